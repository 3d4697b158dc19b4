"""The surname gazetteer: common, compound and rare surnames; the compiled list itself."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.gazetteers import gazetteer_dir, surnames

from .conftest import found

BRIEF_COMPOUND = "欧阳 司马 诸葛 上官 皇甫 司徒 东方 夏侯 慕容 尉迟".split()
BRIEF_RARE = "逄 亓 訾 禤 仉 佘 眭 禚 厍 郗".split()


def test_gazetteer_contents():
    s = surnames()
    assert len(s.single) > 900
    for name in BRIEF_COMPOUND:
        assert name in s.compound and s.confident_at(name + "某", 0)
    for name in BRIEF_RARE + ["王", "李", "张"]:
        assert name in s.single and s.confident_at(name, 0)
    assert (gazetteer_dir() / "README.md").is_file()


@pytest.mark.parametrize("surname", BRIEF_COMPOUND)
def test_compound_surnames(rule_detector, surname):
    name = surname + "晓峰"
    assert found(rule_detector, f"申请人：{name}，联系电话13912345678。", "PERSON") == [name]


@pytest.mark.parametrize("surname", BRIEF_RARE)
def test_rare_surnames(rule_detector, surname):
    name = surname + "立新"
    assert found(rule_detector, f"当事人{name}（身份证号码略）", "PERSON") == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        ("申请人：冯兰，女，1956年出生。", "冯兰"),  # single-character given name
        ("委托代理人：罗洁，女。", "罗洁"),
        ("代收人｜宫雨（系受送达人配偶）", "宫雨"),
        ("复查申请人：刘䶮，男。", "刘䶮"),  # a CJK Extension A character
        ("户主 欧阳明 家庭人口3人", "欧阳明"),
    ],
)
def test_short_and_unusual_given_names(rule_detector, text, name):
    assert found(rule_detector, text, "PERSON") == [name]
