"""CLASSIFIED_MARK: 密级 and internal-use marks that block proactive publication.

Reported (score 0.9-0.95): ``绝密★长期``, ``机密★5年``, ``秘密★1年``, ``机密★`` (also ☆, spaces,
``机 密``), ``密级：机密``, a line that holds only a 密级 word with an optional star/period
(``机密``, ``秘密 5年``), ``内部资料 注意保存`` / ``内部文件，注意保存`` (space, comma or line
break between), ``内部明电``, ``此件不公开``.

Not reported: the law's name 《中华人民共和国保守国家秘密法》, 保守国家秘密, 国家秘密 / 商业秘密 /
工作秘密 in running text, ``（此件公开发布）``, ``不公开`` in other phrases.  Every pattern needs a
star, a ``密级`` label, a line of its own, or a fixed phrase, which running text does not have.
"""

from __future__ import annotations

from .base import ChinesePatternRecognizer

__all__ = ["ClassifiedMarkRecognizer"]

_S = r"[ \t\r]*"
_LEVEL = rf"(?:绝|机|秘){_S}密"
_TERM = rf"(?:{_S}(?:\d{{1,3}}{_S}(?:年|个月)|长期))"


class ClassifiedMarkRecognizer(ChinesePatternRecognizer):
    """Classification and internal-use marks."""

    ENTITY = "CLASSIFIED_MARK"
    PATTERNS = (
        ("level_star", rf"{_LEVEL}{_S}[★☆]{_TERM}?", 0.95),
        ("level_label", rf"密{_S}级{_S}[：:]{_S}{_LEVEL}(?:{_S}[★☆])?{_TERM}?", 0.95),
        (
            "level_line",
            rf"(?<=^{_S}[（(]?{_S}){_LEVEL}(?:{_S}[★☆])?{_TERM}?(?={_S}[）)]?{_S}[。.]?{_S}$)",
            0.9,
        ),
        ("internal_keep", r"内部(?:资料|文件)[\s，,、；;]{0,4}注意保存", 0.9),
        ("internal_telegram", r"内部明电", 0.9),
        ("not_public", r"此件不公开", 0.9),
    )
