"""CN_ID_CARD: every spelling found with a high score; checksum/date failures never reported."""

from __future__ import annotations

import pytest

from check_digits import luhn_ok, make_cn_id
from review_desk.core.detect.recognizers import CnIdCardRecognizer

from .helpers import FULLWIDTH_DIGITS, ID_A, ID_B, ID_X, broken_check, spans

T = "CN_ID_CARD"


def _grouped_6_8_4(v: str, sep: str = " ") -> str:
    return sep.join((v[:6], v[6:14], v[14:]))


def _grouped_4(v: str, sep: str = " ") -> str:
    return sep.join(v[i : i + 4] for i in range(0, 18, 4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ID_A, ID_A),
        (ID_X, ID_X),
        ("身份证号" + ID_X.lower() + "。", ID_X.lower()),
        ("身份证号" + ID_A + "住", ID_A),  # running Chinese, no spaces
        ("当事人王某某（公民身份号码：" + ID_B + "），", ID_B),
        (ID_A + "为其身份证号", ID_A),  # at segment start
        ("证件号码为" + ID_A, ID_A),  # at segment end
        ("身份证号 " + _grouped_6_8_4(ID_X), _grouped_6_8_4(ID_X)),
        ("身份证号" + _grouped_6_8_4(ID_A, "-") + "。", _grouped_6_8_4(ID_A, "-")),
        ("号码 " + _grouped_4(ID_X) + " 无误", _grouped_4(ID_X)),
        (ID_X.translate(FULLWIDTH_DIGITS), ID_X.translate(FULLWIDTH_DIGITS)),
        ("身份证号：" + ID_X[:-1].translate(FULLWIDTH_DIGITS) + "x", ID_X[:-1].translate(FULLWIDTH_DIGITS) + "x"),
        ("身份证号码370102900307123，", "370102900307123"),  # legacy 15 digits with context
    ],
)
def test_found(detector, text, expected):
    found = [d for d in detector.detect(text) if d.type == T]
    assert [d.text for d in found] == [expected]
    assert found[0].score >= 0.8 if len(expected) == 15 else found[0].score >= 0.95


@pytest.mark.parametrize(
    "text",
    [
        "身份证号" + broken_check(ID_A),  # wrong check digit
        "身份证号" + broken_check(ID_X),
        "身份证号" + make_cn_id("370102", "19900230", "123"),  # impossible birth date
        "身份证号" + make_cn_id("370102", "20990101", "123"),  # future birth date
        "身份证号" + make_cn_id("990102", "19900307", "123"),  # unknown province
        "身份证号" + ID_A + "5",  # a valid ID followed by more digits
        "编号9" + ID_A,  # ... or preceded by more digits
        "ABC" + ID_A,  # glued to ASCII letters
        "编号370102900307123",  # 15 digits without context: too weak
        "身份证号码370102901307123",  # 15 digits, month 13
        "鲁金监发〔2018〕21号",
        "国发〔2016〕55号",
        "依据《行政处罚法》第十五条",
        "罚款人民币1,234,567.89元",
        "订单号202305161234567890",
        "身份证号3701**********1234",  # already masked
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []


def test_valid_id_followed_by_digit_is_not_a_bank_card_either(detector):
    digit = next(d for d in "0123456789" if not luhn_ok(ID_A + d))
    assert detector.detect("身份证号" + ID_A + digit) == []


def test_validate_result_direct():
    rec = CnIdCardRecognizer()
    assert rec.validate_result(ID_A) is True
    assert rec.validate_result(_grouped_4(ID_X)) is True
    assert rec.validate_result(broken_check(ID_A)) is False
    assert rec.validate_result("370102900307123") is None
    assert rec.invalidate_result("370102900307123") is False
    assert rec.invalidate_result("370102901307123") is True
    assert rec.supported_language == "zh"
