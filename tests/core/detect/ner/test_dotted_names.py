"""Minority names with a middle dot and transliterated foreign names; Latin passport names."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize(
    "text, name",
    [
        ("阿依古丽·买买提代表提出的建议收悉。", "阿依古丽·买买提"),
        ("约翰·史密斯先生于2023年入境。", "约翰·史密斯"),
        ("申请人：热依拉·吐尔逊，女。", "热依拉·吐尔逊"),
        ("提案人曹某委员、买买提·艾力委员：", "买买提·艾力"),
        ("当事人玛丽亚・加西亚（护照号略）", "玛丽亚・加西亚"),  # katakana middle dot U+30FB
    ],
)
def test_middle_dot_names(rule_detector, text, name):
    assert found(rule_detector, text, "PERSON") == [name]


def test_latin_passport_name(rule_detector):
    text = "山田花子（护照姓名：YAMADA HANAKO）的电子邮箱"
    assert "YAMADA HANAKO" in found(rule_detector, text, "PERSON")
