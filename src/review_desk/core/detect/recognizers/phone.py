"""PHONE_NUMBER: mainland mobile and landline numbers of people.

Mobiles ``1[3-9]`` + 9 digits, also ``138 1234 5678``, ``138-1234-5678`` and with a country
prefix ``+86``, ``(+86)``, ``86-``, ``0086``.  Landlines: ``0`` + area code (``010``, ``02x``
or ``0`` + 3 digits) + a 7-8 digit local number starting 2-9, written ``0531-86123456``,
``(0531)86123456`` (full-width brackets are normalised first), ``0531 8612 3456``, ``0531-8612 3456``, with an
optional extension ``转123``/``分机123``/``-123``.  An unseparated 11-12 digit landline is
ambiguous and needs context.  Public service numbers (12345, 110, 95xxx, 400/800 lines) never
match these shapes; the allow list covers the rest.  A landline published as an agency's contact
(监督电话, 咨询电话, a switchboard, ``…民政局…电话``) is not reported (:mod:`.agency_contact`);
mobiles always are.
"""

from __future__ import annotations


import regex as re
from presidio_analyzer import RecognizerResult

from .agency_contact import agency_contact
from .base import NA, NB, ChinesePatternRecognizer

__all__ = ["PhoneRecognizer", "is_mobile"]

_CC = r"(?:(?:\+86|0086|86)[ -]?|\(\+?86\)[ -]?)"
_MOBILE = r"1[3-9]\d(?:\d{8}|(?P<s>[ -])\d{4}(?P=s)\d{4})"
_AREA = r"0(?:10|2\d|[3-9]\d{2})"
_LOCAL = r"(?:[2-9]\d{6,7}|[2-9]\d{3}[ -]\d{3,4}|[2-9]\d{2}[ -]\d{4})"
_EXT = r"(?:(?:转|分机|-)\d{1,6})?"


class PhoneRecognizer(ChinesePatternRecognizer):
    """Mobile and landline numbers."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        ("cn_mobile", NB + _CC + "?" + _MOBILE + NA, 0.75),
        ("cn_landline_bracketed", r"\(" + _AREA + r"\)[ -]?" + _LOCAL + _EXT + NA, 0.7),
        ("cn_landline_separated", NB + _AREA + r"[ -]" + _LOCAL + _EXT + NA, 0.7),
        ("cn_landline_bare", NB + _AREA + r"[2-9]\d{6,7}" + NA, 0.4),
    )
    # Not 号码 (发票号码, 准考证号码) nor 热线 (hotlines are public numbers).
    CONTEXT = ("电话", "手机", "联系方式", "联系人", "座机", "传真", "tel", "mobile")

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Drop landlines published as an agency's contact."""
        return is_mobile(text[result.start : result.end]) or not agency_contact(text, result.start, result.end)


def is_mobile(value: str) -> bool:
    """A mainland mobile number, with or without a country prefix and separators."""
    digits = re.sub(r"\D", "", value)
    for prefix in ("0086", "86"):
        if len(digits) > 11 and digits.startswith(prefix):
            digits = digits[len(prefix) :]
            break
    return len(digits) == 11 and bool(re.match(r"1[3-9]", digits))
