"""Finding what the detector missed (plain Python over the draft, no Qt): every match of a text or
a pattern in every part of the document, the occurrences of a value that are not findings yet,
and the findings of one table column.  Spans are ``(part, location, start, end)`` in finding
coordinates (into the segment for .docx, into the whole text for plain text)."""

from __future__ import annotations

import re

from review_desk.core.document import Document, DocumentFormat
from review_desk.core.document.layout import DocumentLayout, cell_path, table_of
from review_desk.core.review.draft import DraftReview

Span = tuple[str, str, int, int]
_TC = re.compile(r"tc\[(\d+)\]$")


def matches(document: Document, query: str, *, regex: bool = False) -> list[Span]:
    """Every non-empty match of ``query`` (literal text, or a regular expression when ``regex``;
    raises ``re.error`` for a bad pattern) in every segment, in reading order."""
    if not query:
        return []
    pattern = re.compile(query if regex else re.escape(query))
    out = []
    for seg in document.segments:
        base = seg.offset if document.format is DocumentFormat.TEXT else 0
        for m in pattern.finditer(seg.text):
            if m.end() > m.start() and seg.text[m.start():m.end()].strip():
                out.append((seg.part, seg.location, base + m.start(), base + m.end()))
    return out


def uncovered(draft: DraftReview, spans: list[Span]) -> list[Span]:
    """The spans that overlap no finding of the draft."""
    taken: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for f in draft.findings:
        taken.setdefault((f.part, f.location), []).append((f.start, f.end))
    return [s for s in spans if not any(a < s[3] and s[2] < b for a, b in taken.get((s[0], s[1]), []))]


def missing_occurrences(draft: DraftReview, fid: str) -> list[Span]:
    """Occurrences of finding ``fid``'s value, in any part (headers, comments, properties …), that
    are not findings yet (values of two characters or more)."""
    f = draft.by_id[fid]
    if len(f.text) < 2:
        return []
    return uncovered(draft, matches(draft.document, f.text))


def _column(location: str, part: str, layout: DocumentLayout | None) -> tuple[str, int] | None:
    cells = cell_path(location)
    if not cells:
        return None
    cell = cells[-1]
    table = table_of(cell)
    drawn = layout.tables.get((part, table)) if layout else None
    placed = drawn.cell(cell) if drawn else None
    if placed is not None:
        return table, placed.column
    m = _TC.search(cell)
    return (table, int(m.group(1)) - 1) if m else None


def column_findings(draft: DraftReview, fid: str, layout: DocumentLayout | None) -> list[str]:
    """The findings of the same type in the same table column as ``fid`` (itself included); empty
    when ``fid`` is not in a table cell."""
    f = draft.by_id[fid]
    column = _column(f.location, f.part, layout)
    if column is None:
        return []
    return [g.id for g in draft.findings
            if g.type == f.type and g.part == f.part and _column(g.location, g.part, layout) == column]
