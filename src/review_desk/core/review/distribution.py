"""The 抄送 block (distribution range) of a document as findings of type ``DISTRIBUTION``.

Replies to 人大代表建议 / 政协委员提案 are published in full except the deputies' / members' names,
their contact details and the 抄送 range (plan item 5).  A policy with ``cut_distribution = true``
(``resources/policies/proposal-reply.toml``) makes the review add one finding per paragraph of the
block — the paragraph that starts with ``抄送`` and the ones that continue its list — so that the
reviewer decides it like any other finding, the decision is signed, and the published copy has the
block cut out (the type's ``style = "cut"``: removed without a mark).
"""

from __future__ import annotations

import re

from review_desk.core.detect.finding import Action, Finding
from review_desk.core.document import Document, SegmentKind

TYPE = "DISTRIBUTION"
RECOGNIZER = "distribution"
_START = re.compile(r"^\s*抄\s*送\s*(?:[：:]|单位|机关|范围)")
#: A list that goes on in the next paragraph ends with a separator, not with 。
_CONTINUES = re.compile(r"[，,、；;]\s*$")
_READ = (SegmentKind.PARAGRAPH, SegmentKind.TEXT)


def _span(text: str) -> tuple[int, int] | None:
    """The paragraph without its surrounding white space (``None``: nothing in it)."""
    stripped = text.strip()
    if not stripped:
        return None
    start = len(text) - len(text.lstrip())
    return start, start + len(stripped)


def distribution_findings(document: Document) -> list[Finding]:
    """One finding per paragraph of every 抄送 block of ``document`` (body, tables, headers …)."""
    found: list[Finding] = []
    by_part: dict[str, list] = {}
    for seg in document.segments:
        if seg.kind in _READ:
            by_part.setdefault(seg.part, []).append(seg)
    for segments in by_part.values():
        inside = False
        for seg in segments:
            if _START.match(seg.text):
                inside = True
            elif not inside:
                continue
            span = _span(seg.text)
            if span is None:
                inside = False
                continue
            base = seg.offset if seg.part == "text" else 0
            start, end = span
            found.append(Finding(TYPE, seg.text[start:end], base + start, base + end, seg.part, seg.location, 1.0,
                                 Action.REDACT, RECOGNIZER))
            inside = bool(_CONTINUES.search(seg.text))
    return found
