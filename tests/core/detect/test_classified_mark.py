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


# -- a quoted or explained mark is not a marking (issue 17, class 6) ---------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "国家秘密标志由密级和保密期限组成，如“机密★5年”，标注在公文首页左上角。",
        "密级分为“绝密”、“机密”、“秘密”三级。",
        "凡标注「秘密★1年」等密级标志的文件，一律不得公开。",
        "以及标明“内部资料　注意保存”或称为《内部明电》的材料，不得在政府网站公开。",
        "例如“此件不公开”字样的文件，应按依申请公开处理。",
        "本通知转发时须标注“秘密”字样，不得在互联网传输。",
        "培训要点：例如机密★10年，应标注在首页左上角。",
        "所谓内部明电，是指……",
    ],
)
def test_cited_marks_are_not_reported(detector, text):
    assert spans(detector, text, T) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("秘密★1年\n济南市历城区人民政府办公室\n关于……的紧急通知", "秘密★1年"),
        ("“机密★5年”\n", None),  # a quoted line is still a quotation
        ("密级：机密★5年\n", "密级：机密★5年"),
        ("本件为内部明电，请妥善保管。", "内部明电"),
    ],
)
def test_carried_marks_still_block(detector, text, expected):
    assert spans(detector, text, T) == ([expected] if expected else [])
