"""Column headers as context for table cells.

In a roster the word that makes a date a birth date (出生年月) or a 15-digit number an ID number
(身份证号码) stands once in the header row, not in each data row.  This module finds, for every
segment that is a table cell (a ``.docx`` cell paragraph) or a table row (a plain-text line with
cells separated by ``｜``, ``|``, tabs, ideographic or multiple spaces), the header cell above each
of its cells, so the scanner can give the detector that header as context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from review_desk.core.document.model import Segment, SegmentKind

_SEPARATORS = ("｜", "|", "\t", "　")
_MULTISPACE = re.compile(r" {2,}")
_RULE = re.compile(r"^[\s|｜:：\-—=+]+$")  # markdown / ASCII table rules such as |---|---|
_DOCX_CELL = re.compile(r"^(?P<table>.*tbl\[\d+\])/tr\[(?P<row>\d+)\]/tc\[(?P<col>\d+)\]/p\[\d+\]$")
MIN_CELLS = 3


@dataclass(frozen=True)
class CellContext:
    """Header text for character ranges of one segment: ``((start, end, header), ...)``."""

    cells: tuple[tuple[int, int, str], ...]

    @property
    def words(self) -> list[str]:
        return [header for _, _, header in self.cells if header]

    def header_at(self, start: int, end: int) -> str | None:
        for cell_start, cell_end, header in self.cells:
            if cell_start <= start and end <= cell_end:
                return header
        return None


def split_cells(line: str) -> list[tuple[int, int]]:
    """Character ranges of the cells of a text-table row (empty list when it is not a row)."""
    for sep in _SEPARATORS:
        if line.count(sep) >= MIN_CELLS - 1:
            pattern = re.compile(re.escape(sep) + "+")
            break
    else:
        if len(_MULTISPACE.findall(line.strip())) < MIN_CELLS - 1:
            return []
        pattern = _MULTISPACE
    cells, pos = [], 0
    for m in pattern.finditer(line):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, len(line)))
    cells = [(s, e) for s, e in cells if line[s:e].strip()]
    return cells if len(cells) >= MIN_CELLS else []


def _is_header(line: str, cells: list[tuple[int, int]]) -> bool:
    return not any(ch.isdigit() for ch in line) and len(cells) >= MIN_CELLS


def _text_contexts(segments: Sequence[Segment]) -> dict[int, CellContext]:
    out: dict[int, CellContext] = {}
    header: list[str] | None = None
    for i, seg in enumerate(segments):
        if _RULE.match(seg.text):
            continue
        cells = split_cells(seg.text)
        if not cells:
            header = None  # the table ended
            continue
        if _is_header(seg.text, cells):
            header = [seg.text[s:e].strip() for s, e in cells]
            continue
        if header is not None and len(header) == len(cells):
            out[i] = CellContext(tuple((s, e, h) for (s, e), h in zip(cells, header)))
    return out


def _docx_contexts(segments: Sequence[Segment]) -> dict[int, CellContext]:
    first_row: dict[tuple[str, str, str], str] = {}
    parsed: list[tuple[int, tuple[str, str, str]]] = []
    for i, seg in enumerate(segments):
        if seg.kind is not SegmentKind.PARAGRAPH:
            continue
        m = _DOCX_CELL.match(seg.location)
        if not m:
            continue
        key = (seg.part, m["table"], m["col"])
        if m["row"] == "1":
            first_row[key] = first_row.get(key, "") + seg.text
        else:
            parsed.append((i, key))
    out = {}
    for i, key in parsed:
        header = first_row.get(key, "").strip()
        if header and not any(ch.isdigit() for ch in header):
            out[i] = CellContext(((0, len(segments[i].text), header),))
    return out


def header_contexts(segments: Sequence[Segment], plain_text: bool) -> dict[int, CellContext]:
    """For each table-cell segment index, the header text of its cells."""
    return _text_contexts(segments) if plain_text else _docx_contexts(segments)
