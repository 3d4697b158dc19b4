"""Rare surnames and names glued to titles (issue 17, class 3): a rare surname of the gazetteer (郇, 阙)
after a person cue (被征收人, 受援人, 债务人 …) or before a title counts when punctuation or the title
ends it; the title is never part of the name, and a title, an organisation or a town alone is not a
name."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.person import find_persons


def names(text: str, context=None) -> list[str]:
    return [text[p.start : p.end] for p in find_persons(text, context=context)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("被征收人郇燕峰（住金水区纬五路）与征收部门未达成协议。", ["郇燕峰"]),
        ("市民阙莹雪先生在海滨路晨练时救起一名落水游客。", ["阙莹雪"]),
        ("债务人甯海伟，男，公民身份号码见附件。", ["甯海伟"]),
        ("被执行人莫春风，男，1972年1月25日出生。", ["莫春风"]),
        ("授予王建军同志、李明同志“防汛抗洪先进个人”称号。", ["王建军", "李明"]),
    ],
)
def test_rare_surnames_and_titles(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "信访人名单：",  # 名, 会, 另 are rare surnames, but 名单, 会议, 另称 are words
        "抽中小区未完成登记住户名单（请相关住户主动联系）",
        "召开村民代表会议，讨论低保对象。",
        "第三人另称，事发当晚其母在家。",
        "经查，当事人于2026年6月3日在张村镇擅自占用城市道路。",
        "会议议定事项报局长审定后执行。",
        "希望受表彰的同志珍惜荣誉。",
    ],
)
def test_no_name(text: str) -> None:
    assert names(text) == []


def test_an_organisation_under_a_name_header_is_not_a_name() -> None:
    assert names("万里集团", context=["姓名"]) == []
    assert names("万里", context=["姓名"]) == ["万里"]
