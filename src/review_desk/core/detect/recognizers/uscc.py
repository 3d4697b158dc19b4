"""CN_USCC: 统一社会信用代码 (GB 32100-2015).

18 characters from ``0-9 A-H J-N P-R T U W-Y``, characters 3-8 a numeric region code starting
with a province code (``10`` for central registrations), a known registration authority
(``1-9``, ``A``, ``N``, ``Y``) and a correct MOD 31 check character (score 1.0).  Companies' codes are public (双公示); the policy
keeps them, but finding them lets a reviewer see them and tells them apart from ID numbers.
"""

from __future__ import annotations

from ..checksums import plausible_uscc
from .base import NA, NB, ChinesePatternRecognizer

__all__ = ["UsccRecognizer"]

_C = "[0-9A-HJ-NPQRTUWXY]"


class UsccRecognizer(ChinesePatternRecognizer):
    """Unified social credit codes, validated by check character."""

    ENTITY = "CN_USCC"
    PATTERNS = (("uscc", NB + _C + r"{2}\d{6}" + _C + r"{10}" + NA, 0.9),)
    CONTEXT = ("统一社会信用代码", "信用代码", "社会信用")

    def validate_result(self, pattern_text: str) -> bool | None:
        """The GB 32100 check, a known registration authority and a province region code."""
        return plausible_uscc(pattern_text)
