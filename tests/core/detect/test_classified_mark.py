"""CLASSIFIED_MARK: 密级 and internal-use marks; not the law's name or secrets in running text."""

from __future__ import annotations

import pytest

from .helpers import spans

T = "CLASSIFIED_MARK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("绝密★长期", "绝密★长期"),
        ("机密★5年", "机密★5年"),
        ("秘密★1年", "秘密★1年"),
        ("机密★", "机密★"),
        ("机密☆10年", "机密☆10年"),
        ("机 密 ★ 5 年", "机 密 ★ 5 年"),
        ("机密★５年", "机密★５年"),
        ("密级：机密", "密级：机密"),
        ("密级:秘密★1年", "密级:秘密★1年"),
        ("机密", "机密"),
        ("  绝密  ", "绝密"),
        ("秘密 5年", "秘密 5年"),
        ("秘密。", "秘密"),
        ("内部资料 注意保存", "内部资料 注意保存"),
        ("内部资料，注意保存", "内部资料，注意保存"),
        ("内部资料\n注意保存", "内部资料\n注意保存"),
        ("（内部资料　注意保存）", "内部资料　注意保存"),
        ("内部文件 注意保存", "内部文件 注意保存"),
        ("内部明电", "内部明电"),
        ("（此件不公开）", "此件不公开"),
        ("山东省地方金融监督管理局\n机密★1年\n鲁金监发〔2018〕21号", "机密★1年"),
        ("标题\n秘密\n正文", "秘密"),
        ("标题\r\n机密★1年\r\n正文", "机密★1年"),
        ("标题\r\n绝密\r\n正文", "绝密"),
    ],
)
def test_found(detector, text, expected):
    found = [d for d in detector.detect(text) if d.type == T]
    assert [d.text for d in found] == [expected]
    assert found[0].score >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "根据《中华人民共和国保守国家秘密法》",
        "严格遵守保守国家秘密的规定",
        "涉及国家秘密的信息不予公开",
        "涉及商业秘密、个人隐私的，应当征求第三方意见",
        "工作秘密不得公开",
        "（此件公开发布）",
        "依法不公开的政府信息",
        "机密文件管理办法",
        "秘密投票",
        "商业秘密",
        "内部资料",
        "注意保存好票据",
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []


def test_mark_wins_overlap(detector):
    found = detector.detect("密级：机密★5年")
    assert [(d.type, d.text) for d in found] == [("CLASSIFIED_MARK", "密级：机密★5年")]
