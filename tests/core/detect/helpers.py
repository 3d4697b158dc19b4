"""Test helpers and synthetic identifiers (made with the test oracle, ``tests/support/check_digits.py``)."""

from __future__ import annotations

from check_digits import make_cn_id, make_luhn, make_uscc
from review_desk.core.detect.detector import Detector

FULLWIDTH_DIGITS = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def spans(detector: Detector, text: str, entity_type: str) -> list[str]:
    """Texts of the detections of one type."""
    return [d.text for d in detector.detect(text) if d.type == entity_type]


def id_ending_in(check: str, region: str = "370102", date: str = "19900307") -> str:
    """A valid 18-character ID whose check character is *check*."""
    for seq in range(1000):
        value = make_cn_id(region, date, seq)
        if value[-1] == check:
            return value
    raise AssertionError("unreachable")


def broken_check(value: str) -> str:
    """The same ID with a wrong check character."""
    good = value[-1].upper()
    wrong = "1" if good != "1" else "2"
    return value[:-1] + wrong


# Fixed synthetic values used across the test files.
ID_A = make_cn_id("370102", "19900307", "123")
ID_X = id_ending_in("X")
ID_B = make_cn_id("110105", "19851112", "042")
CARD_19 = make_luhn("622202" + "123456789012")  # 19 digits, UnionPay BIN
CARD_16 = make_luhn("622588" + "123456789")  # 16 digits
USCC_A = make_uscc("91370100MA3C5XY20")
