"""The test oracle for identifier check characters, written independently of the product's
``review_desk.core.detect.checksums`` (from the standards, not from that code).

Every test, integrity check and data generator (``tests/data/*_gen``) uses these functions; the
product's module is tested against them (``tests/core/detect/test_checksums.py``).

* GB 11643-1999 (居民身份证号码): ISO 7064 MOD 11-2 over the first 17 digits;
* GB 32100-2015 (统一社会信用代码): MOD 31 over the 31-character alphabet;
* GB 11714-1997 (组织机构代码, the 9th-17th characters of a credit code): MOD 11;
* Luhn (bank cards).
"""

from __future__ import annotations

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check_char(first17: str) -> str:
    """The 18th character of an ID number whose first 17 digits are ``first17``."""
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def id_check_ok(value: str) -> bool:
    """An 18-character ID number whose check character fits (the date is not checked here)."""
    v = value.upper()
    return len(v) == 18 and v[:17].isdigit() and id_check_char(v[:17]) == v[17]


def uscc_check_char(first17: str) -> str:
    """The 18th character of a credit code whose first 17 characters are ``first17``."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_ok(value: str) -> bool:
    """An 18-character credit code over the GB 32100 alphabet whose check character fits."""
    return (len(value) == 18 and all(c in USCC_ALPHABET for c in value)
            and uscc_check_char(value[:17]) == value[17])


def org_code_check_char(first8: str) -> str:
    """GB 11714 organisation code check character (digits and letters A=10 ... Z=35)."""
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first8, ORG_WEIGHTS))
    r = 11 - total % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def luhn_check_digit(partial: str) -> str:
    """The digit that makes ``partial`` + digit pass the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c) * (2 if i % 2 == 0 else 1)  # doubled once the check digit is appended
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    """Digits only, and the last one is the Luhn check digit of the others."""
    return len(number) > 1 and number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]


def make_cn_id(region: str, yyyymmdd: str, seq: str | int) -> str:
    """An 18-character ID number: region (6 digits) + birth date + 3-digit sequence + check character."""
    body = f"{region}{yyyymmdd}{int(seq):03d}"
    if len(body) != 17 or not body.isdigit():
        raise ValueError("region must be 6 digits, date 8 digits, sequence up to 3 digits")
    return body + id_check_char(body)


def make_uscc(prefix17: str) -> str:
    """``prefix17`` + its GB 32100 check character (``ValueError`` for a character outside the alphabet)."""
    return prefix17 + uscc_check_char(prefix17)


def make_luhn(prefix: str) -> str:
    """``prefix`` + its Luhn check digit."""
    return prefix + luhn_check_digit(prefix)
