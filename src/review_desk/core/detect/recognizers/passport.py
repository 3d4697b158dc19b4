"""CN_PASSPORT: PRC ordinary passport numbers.

``E`` + 8 digits, ``E`` + a letter (not I/O) + 7 digits (score 0.5), and the older ``G`` +
8 digits (0.4, needs context).  There is no check digit, so the context word ``护照`` lifts
the score.
"""

from __future__ import annotations

from .base import NA, NB, ChinesePatternRecognizer

__all__ = ["PassportRecognizer"]


class PassportRecognizer(ChinesePatternRecognizer):
    """Passport numbers."""

    ENTITY = "CN_PASSPORT"
    PATTERNS = (
        ("passport_e_digits", NB + r"E\d{8}" + NA, 0.5),
        ("passport_e_letter", NB + r"E[A-HJ-NP-Z]\d{7}" + NA, 0.5),
        ("passport_g", NB + r"G\d{8}" + NA, 0.4),
    )
    CONTEXT = ("护照", "passport", "证件号")
