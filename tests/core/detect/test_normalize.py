"""Full-width normalisation keeps offsets, so findings report the original characters."""

from __future__ import annotations

import pytest

from review_desk.core.detect.normalize import compact, normalize

from .helpers import ID_X, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("０１２３４５６７８９", "0123456789"),
        ("ＡＢＣＸｙｚ", "ABCXyz"),
        ("＋８６　１３８", "+86 138"),
        ("（０５３１）８６１２３４５６", "(0531)86123456"),
        ("ｚｈａｎｇ＿ｓａｎ＠１６３．ｃｏｍ", "zhang_san@163.com"),
        ("１３８－１２３４", "138-1234"),
        ("0531—86123456", "0531-86123456"),
        ("0531–8612\u20113456", "0531-8612-3456"),
        ("a\u00a0b", "a b"),
        ("中文不变，标点：；。", "中文不变，标点：；。"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected
    assert len(normalize(text)) == len(text)


def test_compact():
    assert compact("（０５３１）８６１９ ８７６５") == "053186198765"
    assert compact("0531-86198765") == "053186198765"


def test_offsets_refer_to_original_text(detector):
    fw_id = ID_X.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    text = "当事人身份证号" + fw_id + "，电话（０５３１）８６１２３４５６。"
    found = detector.detect(text)
    assert [d.type for d in found] == ["CN_ID_CARD", "PHONE_NUMBER"]
    for d in found:
        assert text[d.start : d.end] == d.text
    assert found[0].text == fw_id
    assert found[1].text == "（０５３１）８６１２３４５６"


def test_full_width_id_is_found(detector):
    assert spans(detector, "身份证号：" + ID_X.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")), "CN_ID_CARD")
