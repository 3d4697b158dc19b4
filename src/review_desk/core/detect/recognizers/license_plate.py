"""CN_LICENSE_PLATE: motor vehicle plates.

Province abbreviation + issuing-office letter (not I/O) + optional ``·`` or space + 5
characters (ordinary), or 6 for new-energy vehicles (``D``/``F`` first, then a letter or digit
and 4 digits; or 5 digits then ``D``/``F``), or 4 characters + ``挂``/``学``/``警``/``领``…
The characters after the letter must contain a digit, so words such as ``鲁金监发`` never match.
"""

from __future__ import annotations

from .base import NA, ChinesePatternRecognizer

__all__ = ["LicensePlateRecognizer"]

_PROVINCE = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
_LETTER = "[A-HJ-NP-Z]"
_AN = "[A-HJ-NP-Z0-9]"
_SEP = "[·・• ]?"
_HEAD = _PROVINCE + _LETTER + _SEP


class LicensePlateRecognizer(ChinesePatternRecognizer):
    """Licence plates."""

    ENTITY = "CN_LICENSE_PLATE"
    PATTERNS = (
        ("plate", _HEAD + _AN + r"{5,6}" + NA, 0.6),
        ("plate_suffix", _HEAD + _AN + r"{4}[挂学警领港澳试超]", 0.6),
    )
    CONTEXT = ("车牌", "号牌", "车辆", "机动车", "牌照", "驾驶", "车号")

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """The serial part must hold a digit; 6 characters must follow a new-energy layout."""
        serial = pattern_text[2:].lstrip("·・• ")
        if not any(c.isdigit() for c in serial):
            return True
        if len(serial) == 6 and serial.isascii():
            small_nev = serial[0] in "DF" and serial[2:].isdigit()
            large_nev = serial[:5].isdigit() and serial[5] in "DF"
            return not (small_nev or large_nev)
        return False
