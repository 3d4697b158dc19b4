"""CN_PASSPORT: E + 8 digits, E + letter + 7 digits, G + 8 digits; context 护照 lifts the score."""

from __future__ import annotations

import pytest

from .helpers import spans

T = "CN_PASSPORT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("护照号码E12345678。", "E12345678"),
        ("护照号：EA1234567，", "EA1234567"),
        ("护照G12345678", "G12345678"),  # older passports need context
        ("E98765432", "E98765432"),
        ("持护照（Ｅ１２３４５６７８）入境", "Ｅ１２３４５６７８"),
    ],
)
def test_found(detector, text, expected):
    assert spans(detector, text, T) == [expected]


def test_context_raises_score(detector):
    plain = [d.score for d in detector.detect("编号E12345678") if d.type == T]
    ctx = [d.score for d in detector.detect("护照号码E12345678") if d.type == T]
    assert plain == [0.5]
    assert ctx and ctx[0] >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "编号G12345678",  # old form without context
        "EI1234567",  # I and O are not used
        "EO1234567",
        "E1234567",
        "E123456789",
        "XE12345678",
        "护照e12345678",
        "鲁金监发〔2018〕21号",
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []
