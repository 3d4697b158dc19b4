"""Check characters: ID (GB 11643), USCC (GB 32100), Luhn, against the independent oracle in
``tests/support/check_digits.py`` and the standards' own examples."""

from __future__ import annotations

import datetime as dt

import pytest

import check_digits as oracle
from check_digits import make_cn_id, make_luhn, make_uscc
from review_desk.core.detect.checksums import (
    cn_id_birth_date,
    cn_id_check_char,
    luhn_check_digit,
    luhn_ok,
    uscc_check_char,
    valid_cn_id,
    valid_uscc,
)

from .helpers import ID_A, ID_X, USCC_A, broken_check


def test_gb11643_standard_example():
    # The worked example printed in GB 11643-1999 itself.
    assert cn_id_check_char("11010519491231002") == "X"
    assert valid_cn_id("11010519491231002X")
    assert valid_cn_id("11010519491231002x")


@pytest.mark.parametrize("value", [ID_A, ID_X, ID_X.lower(), make_cn_id("650102", "20000229", "7")])
def test_valid_ids(value):
    assert valid_cn_id(value)


@pytest.mark.parametrize(
    "value",
    [
        broken_check(ID_A),
        broken_check(ID_X),
        make_cn_id("370102", "19900230", "123"),  # 30 February
        make_cn_id("370102", "19901301", "123"),  # month 13
        make_cn_id("370102", "18991231", "123"),  # before 1900
        make_cn_id("370102", "20990101", "123"),  # in the future
        make_cn_id("990102", "19900307", "123"),  # no such province
        make_cn_id("010102", "19900307", "123"),  # region starting with 0
        ID_A[:17],
        ID_A + "1",
        "37010219900307123Y",
        "",
    ],
)
def test_invalid_ids(value):
    assert not valid_cn_id(value)


def test_future_relative_to_today():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert not valid_cn_id(make_cn_id("370102", f"{tomorrow:%Y%m%d}", "001"))
    assert valid_cn_id(make_cn_id("370102", f"{tomorrow:%Y%m%d}", "001"), today=tomorrow)


def test_legacy_15_digit():
    assert valid_cn_id("370102900307123")
    assert not valid_cn_id("370102901307123")  # month 13
    assert not valid_cn_id("370102900230123")  # 30 February
    assert not valid_cn_id("990102900307123")
    assert cn_id_birth_date("370102900307123") == dt.date(1990, 3, 7)
    assert cn_id_birth_date(ID_A) == dt.date(1990, 3, 7)


def test_check_char_rejects_bad_lengths():
    with pytest.raises(ValueError):
        cn_id_check_char("123")


def test_uscc():
    assert valid_uscc(USCC_A)
    assert uscc_check_char(USCC_A[:17]) == USCC_A[17]
    wrong = "0" if USCC_A[17] != "0" else "1"
    assert not valid_uscc(USCC_A[:17] + wrong)
    assert not valid_uscc(USCC_A[:17])
    assert not valid_uscc(USCC_A.lower())
    # The region code (positions 3-8) must be digits.
    assert not valid_uscc(make_uscc("91A70100MA3C5XY20"))
    # I, O, S, V, Z are not in the alphabet.
    for bad in "IOSVZ":
        assert not valid_uscc(USCC_A[:10] + bad + USCC_A[11:])
    with pytest.raises(ValueError):
        uscc_check_char("91370100MA3C5XYO0")


@pytest.mark.parametrize("prefix", ["62220212345678901", "4563510000000", "9558800000000000001"])
def test_luhn_check_digit(prefix):
    value = make_luhn(prefix)
    assert luhn_ok(value)
    assert not luhn_ok(value[:-1] + str((int(value[-1]) + 1) % 10))


def test_luhn_known_values():
    assert luhn_ok("79927398713")
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    assert not luhn_ok("1")
    assert not luhn_ok("41111111111111a1")


def test_the_product_agrees_with_the_oracle_on_random_values():
    import random

    rng = random.Random(20260302)
    alphabet = oracle.USCC_ALPHABET
    for _ in range(2000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(12, 18)))
        assert luhn_check_digit(digits) == oracle.luhn_check_digit(digits)
        assert luhn_ok(digits) == oracle.luhn_ok(digits)
        body = "".join(rng.choice("0123456789") for _ in range(17))
        assert cn_id_check_char(body) == oracle.id_check_char(body)
        code = "".join(rng.choice(alphabet) for _ in range(17))
        code = code[:2] + body[:6] + code[8:]  # positions 3-8 are a region code: digits
        assert uscc_check_char(code) == oracle.uscc_check_char(code)
        for candidate in (code + oracle.uscc_check_char(code), code + rng.choice(alphabet)):
            assert valid_uscc(candidate) == oracle.uscc_ok(candidate)
        assert luhn_ok(oracle.make_luhn(digits))
