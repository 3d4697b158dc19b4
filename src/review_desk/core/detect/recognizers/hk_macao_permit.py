"""CN_HK_MACAO_PERMIT: 往来港澳通行证 (and 回乡证) numbers.

``C`` + 8 digits and the new card's ``C`` + letter (not I/O) + 7 digits score 0.5; ``H``/``M``
+ 8 digits (permits of Hong Kong / Macao residents) score 0.4 and need context.  Context words
港澳通行证, 往来港澳, 通行证, 回乡证 lift the score.
"""

from __future__ import annotations

from .base import NA, NB, ChinesePatternRecognizer

__all__ = ["HkMacaoPermitRecognizer"]


class HkMacaoPermitRecognizer(ChinesePatternRecognizer):
    """Exit-entry permits for Hong Kong and Macao."""

    ENTITY = "CN_HK_MACAO_PERMIT"
    PATTERNS = (
        ("permit_c_digits", NB + r"C\d{8}" + NA, 0.5),
        ("permit_c_letter", NB + r"C[A-HJ-NP-Z]\d{7}" + NA, 0.5),
        ("permit_h_m", NB + r"[HM]\d{8}" + NA, 0.4),
    )
    CONTEXT = ("港澳通行证", "往来港澳", "通行证", "回乡证", "来往内地", "证件号")
