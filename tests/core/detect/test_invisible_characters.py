"""Invisible characters (zero-width space / joiners, word joiner, BOM, soft hyphen) and spacing
characters (NBSP, narrow NBSP, U+3000) inside IDs, phones and card numbers: the detectors see the
number, the finding covers the original characters (the invisible ones too), and the redacted copy
holds none of it."""

from __future__ import annotations

import pytest
from check_digits import make_luhn
from docx_factory import docx_bytes
from redact_checks import leaks

from review_desk.core.detect.normalize import compact, fold
from review_desk.core.detect.scanner import scan_document
from review_desk.core.document import read_document
from review_desk.core.redact import load_policy, redact_document, suggested_redactions

ID = "11010519491231002X"
PHONE = "13812345678"
CARD = make_luhn("622202123456789")
INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def _sprinkle(value: str, mark: str, every: int = 3) -> str:
    return mark.join(value[i : i + every] for i in range(0, len(value), every))


def test_fold_maps_spans_back_over_the_invisible_characters():
    text = "电话" + _sprinkle(PHONE, "\u200b") + "。"
    folded = fold(text)
    assert folded.text == f"电话{PHONE}。"
    start = folded.text.index(PHONE)
    s, e = folded.span(start, start + len(PHONE))
    assert text[s:e] == _sprinkle(PHONE, "\u200b")
    assert fold("没有不可见字符").origin is None
    assert compact(_sprinkle(PHONE, "\u2060")) == PHONE


@pytest.mark.parametrize("mark", INVISIBLES)
def test_detectors_see_through_invisible_characters(detector, mark):
    for label, value, entity in (("身份证号", ID, "CN_ID_CARD"), ("手机", PHONE, "PHONE_NUMBER"),
                                 ("银行卡号", CARD, "CN_BANK_CARD")):
        text = f"{label}：{_sprinkle(value, mark)}，请核对。"
        found = [d for d in detector.detect(text) if d.type == entity]
        assert [d.text for d in found] == [_sprinkle(value, mark)], (label, repr(mark))


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u3000"])
def test_spacing_characters_in_grouped_numbers(detector, space):
    text = f"联系电话{PHONE[:3]}{space}{PHONE[3:7]}{space}{PHONE[7:]}。"
    assert [d.type for d in detector.detect(text)] == ["PHONE_NUMBER"]


def test_redacted_copy_keeps_no_digit_and_no_invisible_mark(tmp_path, detector):
    body = [f"身份证号{_sprinkle(ID, mark)}" for mark in INVISIBLES[:3]]
    body += [f"手机{_sprinkle(PHONE, mark, 4)}" for mark in INVISIBLES[3:]]
    body.append(f"银行卡号{_sprinkle(CARD, chr(0x200B), 4)}")
    source = tmp_path / "invisible.docx"
    source.write_bytes(docx_bytes(body))
    doc = read_document(source)
    findings = scan_document(doc, detector)
    assert sum(f.type == "CN_ID_CARD" for f in findings) == 3 and sum(f.type == "PHONE_NUMBER" for f in findings) == 3
    policy = load_policy("default")
    out = tmp_path / "out.docx"
    report = redact_document(doc, suggested_redactions(findings, policy), out, policy)
    assert report.residual.passed
    assert leaks(out, [ID, PHONE, CARD]) == []
    written = "".join(s.text for s in read_document(out).segments if s.part == "word/document.xml")
    assert not any(mark in written for mark in INVISIBLES)  # the mask covered the invisible characters
