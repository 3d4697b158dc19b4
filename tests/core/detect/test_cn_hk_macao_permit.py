"""CN_HK_MACAO_PERMIT: C/H/M + 8 digits, C + letter + 7 digits; context 港澳通行证 lifts the score."""

from __future__ import annotations

import pytest

from .helpers import spans

T = "CN_HK_MACAO_PERMIT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("往来港澳通行证号码C12345678。", "C12345678"),
        ("港澳通行证CA1234567", "CA1234567"),
        ("通行证号：H12345678", "H12345678"),
        ("回乡证M12345678", "M12345678"),
        ("C87654321", "C87654321"),
    ],
)
def test_found(detector, text, expected):
    assert spans(detector, text, T) == [expected]


def test_context_raises_score(detector):
    plain = [d.score for d in detector.detect("C12345678") if d.type == T]
    ctx = [d.score for d in detector.detect("港澳通行证C12345678") if d.type == T]
    assert plain and ctx and ctx[0] > plain[0] >= 0.5


@pytest.mark.parametrize(
    "text",
    ["编号H12345678", "M12345678号", "C1234567", "C123456789", "CO1234567", "ABC12345678", "c12345678"],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []


def test_generic_document_number_label_is_context(detector):
    text = "1. 向某，证件号码H70245011，在厦门市遗失"
    assert [(d.type, d.text) for d in detector.detect(text)] == [("CN_HK_MACAO_PERMIT", "H70245011")]
