"""CN_BANK_CARD: bank card numbers (16-19 digits, Luhn-valid).

Written plain or in groups of four separated by spaces or hyphens
(``6222 0212 3456 7890 123``).  Numbers starting with a card issuer digit (3, 4, 5, 6 — UnionPay
is 62 — or 9 for older domestic cards) score 0.6; other starts (serial numbers usually begin
with a year ``20…``) score 0.3 and need a context word (银行卡, 卡号, 账号, 开户行, …).
A Luhn failure drops the match, and so does an 18-digit number that is a valid ID number or
an all-digit 统一社会信用代码 (18-digit cards are rare; 16 and 19 are the norm).
"""

from __future__ import annotations

from ..checksums import luhn_ok, plausible_uscc, valid_cn_id
from .base import NA, NB, ChinesePatternRecognizer, strip_separators

__all__ = ["BankCardRecognizer"]

_GROUPED = r"\d{3}(?P<s>[ -])\d{4}(?:(?P=s)\d{4}){2}(?:(?P=s)\d{1,3})?"


class BankCardRecognizer(ChinesePatternRecognizer):
    """Bank card numbers, validated by the Luhn check."""

    ENTITY = "CN_BANK_CARD"
    PATTERNS = (
        ("card_issuer_plain", NB + r"[3-69]\d{15,18}" + NA, 0.6),
        ("card_issuer_grouped", NB + r"[3-69]" + _GROUPED + NA, 0.6),
        ("card_other_plain", NB + r"[0-278]\d{15,18}" + NA, 0.3),
        ("card_other_grouped", NB + r"[0-278]" + _GROUPED + NA, 0.3),
    )
    CONTEXT = ("银行卡", "卡号", "账号", "帐号", "开户行", "银行账户", "开户银行", "账户", "银行")

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Drop Luhn failures, and 18-digit strings that are valid ID numbers or credit codes."""
        digits = strip_separators(pattern_text)
        if not luhn_ok(digits):
            return True
        return len(digits) == 18 and (valid_cn_id(digits) or plausible_uscc(digits))
