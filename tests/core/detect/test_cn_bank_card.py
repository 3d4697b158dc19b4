"""CN_BANK_CARD: Luhn-valid 16-19 digit numbers, plain or grouped; not ID numbers or serials."""

from __future__ import annotations

import pytest

from check_digits import luhn_ok, make_luhn

from .helpers import CARD_16, CARD_19, FULLWIDTH_DIGITS, ID_A, spans

T = "CN_BANK_CARD"


def _grouped(v: str, sep: str = " ") -> str:
    return sep.join(v[i : i + 4] for i in range(0, len(v), 4))


def _bad(v: str) -> str:
    return v[:-1] + str((int(v[-1]) + 1) % 10)


SERIAL_LUHN = make_luhn("202305161234567")  # 16 digits, starts like a date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("银行卡号" + CARD_19 + "。", CARD_19),
        (CARD_16, CARD_16),  # issuer BIN, no context
        ("开户行：中国工商银行，账号：" + CARD_19, CARD_19),
        ("卡号" + _grouped(CARD_19), _grouped(CARD_19)),
        ("卡号" + _grouped(CARD_16, "-") + "，", _grouped(CARD_16, "-")),
        (CARD_16.translate(FULLWIDTH_DIGITS) + "为其银行卡", CARD_16.translate(FULLWIDTH_DIGITS)),
        ("银行账户" + SERIAL_LUHN, SERIAL_LUHN),  # unusual first digit, lifted by context
    ],
)
def test_found(detector, text, expected):
    assert spans(detector, text, T) == [expected]


def test_context_raises_score(detector):
    plain = [d.score for d in detector.detect("号码" + CARD_16) if d.type == T]
    ctx = [d.score for d in detector.detect("银行卡号" + CARD_16) if d.type == T]
    assert plain and ctx and ctx[0] > plain[0]


@pytest.mark.parametrize(
    "text",
    [
        "银行卡号" + _bad(CARD_19),  # Luhn failure
        "卡号" + _grouped(_bad(CARD_16)),
        "订单号" + SERIAL_LUHN,  # serial-number shape without bank context
        "身份证号" + ID_A,  # a valid ID is not a bank card
        "编号" + CARD_19 + "1",  # 20 digits
        "编号" + CARD_16[:15],  # 15 digits
        "鲁金监发〔2018〕21号",
        "罚款人民币1,234,567.89元",
        "卡号6222 02** **** 1234",
    ],
)
def test_not_found(detector, text):
    assert spans(detector, text, T) == []


def test_luhn_valid_id_number_is_an_id(detector):
    # An 18-digit string that is both a valid ID and Luhn-valid is reported as the ID.
    from check_digits import make_cn_id

    value = next(
        v for v in (make_cn_id("370102", "19900307", s) for s in range(1000)) if luhn_ok(v)
    )
    assert [(d.type, d.text) for d in detector.detect("卡号" + value)] == [("CN_ID_CARD", value)]
