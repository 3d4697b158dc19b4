"""DATE_OF_BIRTH: full dates reported only in a personal context (出生, 生于, 出生日期, …)."""

from __future__ import annotations

import pytest

from review_desk.core.detect.recognizers.date_of_birth import parse_date

from .helpers import spans

T = "DATE_OF_BIRTH"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张三，男，1985年3月12日出生，汉族", "1985年3月12日"),
        ("出生日期：1985-03-12", "1985-03-12"),
        ("出生日期：1985.03.12，", "1985.03.12"),
        ("出生日期 1985/3/12", "1985/3/12"),
        ("生于一九八五年三月十二日", "一九八五年三月十二日"),
        ("出生于二〇〇二年十月三十一日", "二〇〇二年十月三十一日"),
        ("生日：1990年12月1日", "1990年12月1日"),
        ("出生年月：1985.03", "1985.03"),
        ("1985年3月出生", "1985年3月"),
        ("李四（女，1979年11月23日生日）", "1979年11月23日"),
        ("出生日期：１９８５－０３－１２", "１９８５－０３－１２"),
    ],
)
def test_found(detector, text, expected):
    found = [d for d in detector.detect(text) if d.type == T]
    assert [d.text for d in found] == [expected]
    assert found[0].score >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "2018年10月19日印发",
        "于2023年5月6日作出处罚决定",
        "鲁金监发〔2018〕21号，2018年10月19日",
        "二〇一八年十月十九日",
        "2023-05-06",
        "事故发生于2023年5月6日下午",  # 生于 inside 发生于
        "中国共产党诞生于1921年7月23日",
        "发生日期：2023年5月6日",  # 生日 inside 发生日
        "出生日期：1985年2月30日",  # not a real date
        "出生日期：2099年1月1日",  # in the future
        "出生日期：1899年1月1日",
        "出生日期：19850312",  # compact form is not supported
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []


def test_event_date_next_to_a_birth_date(detector):
    text = "张三，1985年3月12日出生，于2023年5月6日作出处罚决定"
    assert spans(detector, text, T) == ["1985年3月12日"]


def test_two_people(detector):
    text = "张三，1985年3月12日出生；李四，1990年1月2日出生。"
    assert spans(detector, text, T) == ["1985年3月12日", "1990年1月2日"]


def test_parse_date():
    import datetime as dt

    assert parse_date("一九八五年三月十二日") == dt.date(1985, 3, 12)
    assert parse_date("二〇〇〇年十月二十日") == dt.date(2000, 10, 20)
    assert parse_date("1985/3/12") == dt.date(1985, 3, 12)
    assert parse_date("1985年3月") == dt.date(1985, 3, 1)
    assert parse_date("1985年2月30日") is None


def test_chinese_numeral_date_followed_by_sheng(detector):
    text = "复查请求人：段某，男，一九六〇年四月二十八日生，住某地。"
    found = [(d.type, d.text) for d in detector.detect(text)]
    assert ("DATE_OF_BIRTH", "一九六〇年四月二十八日") in found
