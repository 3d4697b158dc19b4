"""CN_USCC: 统一社会信用代码 with a valid GB 32100 check character."""

from __future__ import annotations

import pytest

from check_digits import luhn_ok, make_uscc
from review_desk.core.detect.checksums import plausible_uscc

from .helpers import USCC_A, spans

T = "CN_USCC"


def _all_digit_luhn_valid_code() -> str:
    """An all-digit credit code (a public institution's) that also passes the Luhn check."""
    for n in range(100_000):
        code = make_uscc(f"123700000{n:08d}")
        if code.isdigit() and luhn_ok(code):
            return code
    raise AssertionError("unreachable")


USCC_DIGITS = _all_digit_luhn_valid_code()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("统一社会信用代码：" + USCC_A, USCC_A),
        ("某某公司（统一社会信用代码" + USCC_A + "）", USCC_A),
        (USCC_A + "，", USCC_A),
        ("信用代码" + USCC_A.translate(str.maketrans("0123456789MACXY", "０１２３４５６７８９ＭＡＣＸＹ")), None),
    ],
)
def test_found(detector, text, expected):
    found = spans(detector, text, T)
    assert len(found) == 1
    if expected is not None:
        assert found == [expected]


def test_all_digit_code_is_not_a_bank_card(detector):
    # Luhn-valid and starting with 1: could look like a card; the credit code wins.
    found = [(d.type, d.text) for d in detector.detect("统一社会信用代码" + USCC_DIGITS)]
    assert found == [("CN_USCC", USCC_DIGITS)]
    card_like = "9" + USCC_DIGITS[1:17]
    code = make_uscc(card_like)
    if code.isdigit() and luhn_ok(code):  # pragma: no cover - depends on the digits
        assert [d.type for d in detector.detect(code)] == ["CN_USCC"]


def test_plausibility():
    assert plausible_uscc(USCC_A)
    assert plausible_uscc(make_uscc("12100000400012345"))  # central-level registration (region 10xxxx)
    assert not plausible_uscc(make_uscc("47209924034525445"))  # region 20: a serial number by chance
    assert not plausible_uscc(make_uscc("B1370100MA3C5XY20"))  # unknown registration authority


@pytest.mark.parametrize(
    "text",
    [
        "统一社会信用代码：" + USCC_A[:17] + ("0" if USCC_A[17] != "0" else "1"),  # wrong check
        "统一社会信用代码：" + USCC_A.lower(),
        "统一社会信用代码：" + USCC_A + "1",
        "统一社会信用代码：" + make_uscc("91A70100MA3C5XY20"),  # region not digits
        "编号" + make_uscc("47209924034525445"),  # a serial number that passes the check by chance
        "鲁金监发〔2018〕21号",
        "国发〔2016〕55号",
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []
