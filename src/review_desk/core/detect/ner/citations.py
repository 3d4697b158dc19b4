"""Citations in a text: statute titles with their article (《中华人民共和国土地管理法》第六十二条),
document numbers (鲁政发〔2024〕3号, 沪公（出）行罚决字〔2026〕1847号) and case numbers
((2026)鲁02民初1187号).  A place or organisation found inside one (中国 in 《外国人在中国工作管理规定》,
历城 in 历城教体发〔2026〕33号) is a fragment of the citation, not a finding of its own."""

from __future__ import annotations

import regex as re

__all__ = ["CITATION", "citation_spans", "inside_citation"]

_OPEN, _CLOSE = "〔［\\[(（", "〕］\\])）"
#: a character of an issuer's abbreviation (鲁政发, 青北市监处): not the last of a body's name (…政府, …办公厅)
_ABBR = r"[\p{Han}--[府厅局院会部]]"
_NUM = r"[一二三四五六七八九十百零〇\d]+"
CITATION = re.compile(
    r"(?V1)《[^《》\n]{2,60}》(?:第(?:" + _NUM + r"|[（(]" + _NUM + r"[）)])[条款项章节目])*"
    # 文号: issuer abbreviation (may hold a bracketed part; never a whole body's name), [year], number 号
    r"|" + _ABBR + r"{1,10}(?:[（(]\p{Han}{1,4}[）)]" + _ABBR + r"{0,8})?[" + _OPEN + r"]\d{4}[" + _CLOSE + r"]第?\d{1,5}号"
    # case numbers: (2026)鲁02民初1187号
    r"|[（(]\d{4}[）)]\p{Han}{1,3}\d{0,4}\p{Han}{1,4}\d{1,6}号"
)


def citation_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every citation in ``text``."""
    return [(m.start(), m.end()) for m in CITATION.finditer(text)]


def inside_citation(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)
