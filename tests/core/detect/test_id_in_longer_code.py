"""CN_ID_CARD inside a longer code (issue 17, class 1) and legacy 15-digit IDs in rosters (class 2).

A valid ID inside a 20-digit 残疾人证号 (ID + category + grade) or after the letter of a 学籍号 /
特种作业操作证 number is the holder's ID: the ID part is reported, so masking it removes the ID.
A 15-digit number with a real county code and a real date is an ID in a roster row or table cell,
but not after a serial-number word or under a serial-number column.
"""

from __future__ import annotations

import pytest

from check_digits import make_cn_id
from review_desk.core.detect.recognizers.id_card import legacy_id_in_roster

from .helpers import ID_A, ID_X

T = "CN_ID_CARD"
KID = make_cn_id("370102", "20150917", "046")
LEGACY = "370102420815171"  # 历下区, 1942-08-15
LEGACY_F = "371581350203062"  # 临清市, 1935-02-03


def found(detector, text: str, context=None) -> list[str]:
    return [d.text for d in detector.detect(text, context=context) if d.type == T]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("残疾人证号：" + ID_A + "43", ID_A),  # ID + category 4 (肢体) + grade 3
        ("1\t王秀兰\t" + ID_X + "12\t视力\t二级", ID_X),  # roster row, no label
        ("持证人残疾人证号" + ID_A + "71，", ID_A),
        ("全国学籍号：G" + KID + "，", KID),
        ("历下区燕山小学\t胡梦瑶\tG" + KID + "\t三年级", KID),
        ("证号T" + ID_A + "　低压电工作业", ID_A),  # 特种作业操作证
        ("驾驶证号" + ID_A + "，驾驶鲁A12345号小型汽车", ID_A),  # the 驾驶证号 is the ID
        ("纳税人识别号：" + ID_X + "；", ID_X),  # an individual's 纳税人识别号 is the ID
    ],
)
def test_id_inside_a_longer_code_is_found(detector, text, expected):
    assert found(detector, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "账号" + ID_A + "5",  # 19 digits: one trailing digit is no 残疾人证号
        "编号" + ID_A + "80",  # category 8 does not exist
        "流水号" + ID_A + "123",  # three trailing digits
        "ABC" + ID_A,  # three letters
        "GT" + ID_A[:-1] + ("1" if ID_A[-1] != "1" else "2"),  # a broken check character
        "订单号9" + ID_A,
    ],
)
def test_no_id_in_other_codes(detector, text):
    assert found(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "孔令山　男　" + LEGACY + "　85周岁",  # full-width spaces, no label anywhere
        "1\t孔令山\t男\t" + LEGACY + "\t分散供养",
        "3｜孔令山｜" + LEGACY + "｜松林镇",
        "孔令山，男，" + LEGACY + "，85周岁，分散供养。",
        "王秀英 女 " + LEGACY_F + " 91岁",
    ],
)
def test_legacy_id_in_a_roster_row_is_found(detector, text):
    value = LEGACY if LEGACY in text else LEGACY_F
    assert found(detector, text) == [value]


def test_legacy_id_in_a_table_cell_under_a_header_without_the_keyword(detector):
    assert found(detector, LEGACY, context=["证号"]) == [LEGACY]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("档案编号：" + LEGACY + "（共3页）", None),
        ("原营业执照注册号" + LEGACY + "已换发", None),
        (LEGACY, ["订单号"]),  # a cell under a serial-number column
        (LEGACY, None),  # a lone number with no header at all
        ("本批共" + LEGACY + "件", None),  # running text, no roster
        ("1\t孔令山\t" + "202606150012345" + "\t男", None),  # 202606 is no county
        ("1\t孔令山\t" + "370102421315171" + "\t男", None),  # month 13
    ],
)
def test_serials_are_not_legacy_ids(detector, text, context):
    assert found(detector, text, context=context) == []


def test_roster_evidence_needs_a_real_county_code():
    row = "孔令山　男　{}　85周岁"
    assert legacy_id_in_roster(row.format(LEGACY), 6, 21)
    assert not legacy_id_in_roster(row.format("379902420815171"), 6, 21)  # 3799: no such prefecture
