"""Check-digit validation of Chinese identifiers (the one home of these algorithms in the product).

* 居民身份证号 — GB 11643-1999, ISO 7064 MOD 11-2 check character, real birth date;
  legacy 15-digit numbers (region + YYMMDD in the 1900s + 3-digit sequence, no check character).
* 统一社会信用代码 — GB 32100-2015, MOD 31 check character over a 31-symbol alphabet.
* Bank card numbers — the Luhn (mod 10) check.

Tests and the synthetic corpora build their numbers with the independent oracle in
``tests/support/check_digits.py``.
"""

from __future__ import annotations

import datetime as _dt

__all__ = [
    "CN_ID_CHECK_CHARS",
    "CN_ID_WEIGHTS",
    "CN_PROVINCE_CODES",
    "USCC_ALPHABET",
    "USCC_AUTHORITIES",
    "USCC_WEIGHTS",
    "cn_id_birth_date",
    "cn_id_check_char",
    "luhn_check_digit",
    "luhn_ok",
    "plausible_uscc",
    "uscc_check_char",
    "valid_cn_id",
    "valid_uscc",
]

CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_ID_CHECK_CHARS = "10X98765432"

#: First two digits of the region code (GB/T 2260 provinces, plus 71 Taiwan, 81 Hong Kong,
#: 82 Macao and 83 for the residence permits of Taiwan residents).
CN_PROVINCE_CODES = frozenset(
    {
        "11", "12", "13", "14", "15",
        "21", "22", "23",
        "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    }
)  # fmt: skip

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_VALUE = {ch: i for i, ch in enumerate(USCC_ALPHABET)}

_MIN_BIRTH_YEAR = 1900


def _real_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _plausible_birth_date(year: int, month: int, day: int, today: _dt.date | None = None) -> bool:
    date = _real_date(year, month, day)
    if date is None or year < _MIN_BIRTH_YEAR:
        return False
    return date <= (today or _dt.date.today())


def cn_id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits of an ID number."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("need exactly 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(first17, CN_ID_WEIGHTS))
    return CN_ID_CHECK_CHARS[total % 11]


def cn_id_birth_date(s: str) -> _dt.date | None:
    """The birth date encoded in an 18- or 15-character ID number (no checksum test)."""
    if len(s) == 18:
        return _real_date(int(s[6:10]), int(s[10:12]), int(s[12:14])) if s[6:14].isdigit() else None
    if len(s) == 15:
        return _real_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12])) if s[6:12].isdigit() else None
    return None


def valid_cn_id(s: str, *, today: _dt.date | None = None) -> bool:
    """True when *s* (separators already removed) is a well-formed resident ID number.

    18 characters: 17 digits + check character (``X`` or ``x`` for 10) with a correct
    ISO 7064 MOD 11-2 check, a known province code and a real birth date between 1900 and
    today.  15 characters (pre-1999 numbers): all digits, known province code, and a real
    date 19YYMMDD.
    """
    if not s.isascii() or s[:2] not in CN_PROVINCE_CODES:
        return False
    if len(s) == 18:
        body, check = s[:17], s[17].upper()
        if not body.isdigit() or check not in CN_ID_CHECK_CHARS:
            return False
        if cn_id_check_char(body) != check:
            return False
        return _plausible_birth_date(int(s[6:10]), int(s[10:12]), int(s[12:14]), today)
    if len(s) == 15:
        if not s.isdigit():
            return False
        return _plausible_birth_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]), today)
    return False


def uscc_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters of a credit code."""
    if len(first17) != 17:
        raise ValueError("need exactly 17 characters")
    try:
        total = sum(_USCC_VALUE[c] * w for c, w in zip(first17, USCC_WEIGHTS))
    except KeyError as exc:
        raise ValueError(f"character {exc.args[0]!r} is not in the USCC alphabet") from None
    return USCC_ALPHABET[(31 - total % 31) % 31]


def valid_uscc(s: str) -> bool:
    """True when *s* is an 18-character 统一社会信用代码 with a correct check character.

    Positions 3-8 (the administrative region code) must be digits.
    """
    if len(s) != 18 or any(c not in _USCC_VALUE for c in s):
        return False
    if not s[2:8].isdigit():
        return False
    return uscc_check_char(s[:17]) == s[17]


#: GB 32100 登记管理部门代码 (first character of a credit code).
USCC_AUTHORITIES = frozenset("123456789ANY")


def plausible_uscc(s: str) -> bool:
    """:func:`valid_uscc` plus a known registration authority (first character) and a region
    code that starts with a province code (or ``10`` for central-level registrations).

    Used by the recognizer: it rejects the 1 in 31 random 18-digit serial numbers that happen
    to pass the check.
    """
    return valid_uscc(s) and s[0] in USCC_AUTHORITIES and (s[2:4] in CN_PROVINCE_CODES or s[2:4] == "10")


def luhn_check_digit(prefix: str) -> str:
    """The Luhn digit that makes ``prefix + digit`` valid."""
    if not prefix.isascii() or not prefix.isdigit():
        raise ValueError("need ASCII digits")
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    """True when the digit string *s* passes the Luhn check (at least 2 digits)."""
    if len(s) < 2 or not s.isascii() or not s.isdigit():
        return False
    return luhn_check_digit(s[:-1]) == s[-1]
