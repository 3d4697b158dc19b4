"""What counts as a Chinese (CJK ideograph) character: the one definition the detector, the name
and address rules and the masks share.

Ranges: CJK Unified Ideographs and Extension A, the compatibility ideographs, and the
supplementary-plane extensions B–G (U+20000–U+3134F).
"""

from __future__ import annotations

__all__ = ["CJK", "CJK_CLASS", "is_cjk"]

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))

#: The ranges as the inside of a regex character class: ``f"[{CJK}]"``.
CJK = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES)
#: One CJK character, as a regex.
CJK_CLASS = f"[{CJK}]"


def is_cjk(ch: str) -> bool:
    """Whether the (first) character of ``ch`` is a CJK ideograph; ``False`` for ``""``."""
    if not ch:
        return False
    o = ord(ch[0])
    # the ranges of _CJK_RANGES written out (a generator over them cost more than the rest of the
    # call); the most frequent range first
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F
