"""CN_ID_CARD: 居民身份证号 (18 characters with check character, or legacy 15 digits).

Spellings: ``370102199003071235``, ``37010219900307123X``/``…123x``, grouped
``370102 19900307 1235`` (6-8-4) or ``3701 0219 9003 0712 35`` (4-4-4-4-2) with spaces or
hyphens.  An 18-character number is reported only with a correct GB 11643 check character, a
known province code and a real birth date (score 1.0).  A 15-digit number has no check
character, so it starts below the threshold (0.4) and needs a context word such as ``身份证``.
"""

from __future__ import annotations

from ..checksums import valid_cn_id
from .base import NA, NB, ChinesePatternRecognizer, strip_separators

__all__ = ["CnIdCardRecognizer"]


class CnIdCardRecognizer(ChinesePatternRecognizer):
    """Resident identity card numbers, validated by checksum and birth date."""

    ENTITY = "CN_ID_CARD"
    PATTERNS = (
        ("cn_id_18", NB + r"\d{17}[\dXx]" + NA, 0.9),
        ("cn_id_18_grouped_6_8_4", NB + r"\d{6}(?P<s>[ -])\d{8}(?P=s)\d{3}[\dXx]" + NA, 0.9),
        (
            "cn_id_18_grouped_4",
            NB + r"\d{4}(?P<s>[ -])\d{4}(?P=s)\d{4}(?P=s)\d{4}(?P=s)\d[\dXx]" + NA,
            0.9,
        ),
        ("cn_id_15", NB + r"\d{15}" + NA, 0.4),
    )
    CONTEXT = ("身份证", "身份号码", "证件号", "公民身份号码", "身份证号")

    def validate_result(self, pattern_text: str) -> bool | None:
        """18 characters: the full check decides (valid -> score 1.0, else dropped)."""
        s = strip_separators(pattern_text)
        if len(s) == 18:
            return valid_cn_id(s)
        return None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """15 digits: drop unless the province code and the 19YYMMDD date are real."""
        s = strip_separators(pattern_text)
        if len(s) == 15:
            return not valid_cn_id(s)
        return None
