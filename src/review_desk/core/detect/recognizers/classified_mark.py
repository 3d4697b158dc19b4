"""CLASSIFIED_MARK: 密级 and internal-use marks that block proactive publication.

Reported (score 0.9-0.95): ``绝密★长期``, ``机密★5年``, ``秘密★1年``, ``机密★`` (also ☆, spaces,
``机 密``), ``密级：机密``, a line that holds only a 密级 word with an optional star/period
(``机密``, ``秘密 5年``), ``内部资料 注意保存`` / ``内部文件，注意保存`` (space, comma or line
break between), ``内部明电``, ``此件不公开``.

Not reported: the law's name 《中华人民共和国保守国家秘密法》, 保守国家秘密, 国家秘密 / 商业秘密 /
工作秘密 in running text, ``（此件公开发布）``, ``不公开`` in other phrases.  Every pattern needs a
star, a ``密级`` label, a line of its own, or a fixed phrase, which running text does not have.

Not reported either: a mark that is quoted or explained rather than carried — in quotes or title
marks (“机密★5年”, 「秘密」, 《内部明电》), after a citing word (标注, 标明, 注明, 如, 例如, 称为, 所谓 …) or
followed by 字样 / 等密级 / 标志 — as in a policy interpretation or a training text.  A mark on a
line of its own (the top of the first page) is never a citation.
"""

from __future__ import annotations


import regex as re
from presidio_analyzer import RecognizerResult

from .base import ChinesePatternRecognizer

__all__ = ["CITING_WORDS", "ClassifiedMarkRecognizer", "cited"]

#: Words that introduce a mark as an example or a quotation rather than carry it.
CITING_WORDS = (
    "标注", "标明", "注明", "标有", "标识", "标记", "标示", "印有", "写有", "加注", "加盖", "如", "例如", "比如",
    "譬如", "称为", "所谓", "诸如",
)  # fmt: skip
_OPEN = "“‘「『《〈\"'（(【"
_CLOSE = "”’」』》〉\"'）)】"
_AFTER = re.compile(r"^[”’」』》〉\"')）】]?\s*(?:字样|等密级|等标志|等标识|等字|标志|标识|密级标志|三级|二字|两字|等)")

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

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Drop marks that are quoted or explained (module docstring)."""
        return not cited(text, result.start, result.end)


def cited(text: str, start: int, end: int) -> bool:
    """Whether the mark ``text[start:end]`` is quoted or cited rather than carried."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    before, after = text[lo:start].rstrip(" \t"), text[end : len(text) if hi == -1 else hi].lstrip(" \t")
    if not before.strip("（( \t") and not after.strip("（）() \t。."):
        return False  # a line of its own, bracketed or not
    if before and before[-1] in _OPEN and after and after[0] in _CLOSE:
        return True
    bare = before.rstrip(_OPEN + " ")
    if any(bare.endswith(w) for w in CITING_WORDS):
        return True
    return bool(_AFTER.match(after))
