"""The column a table finding stands in, named by the column's header (the first row's cell text),
so the log and the desk say 表 1 第 3 行「身份证号码」列 rather than 第 2 列.

New reviews store the header with each finding when they start (:func:`with_columns`).  Reviews
started by an older version have none: :func:`fill_columns` fills them on read from the reviewed
document (its SHA-256 checked) when the file is at hand; otherwise the place reads
``第 2 列（列名不详）`` (:func:`review_desk.core.report.places.readable_location`).
"""

from __future__ import annotations

import dataclasses
import re

from review_desk.core.document import Document

from .state import ReviewState

_CELL = re.compile(r"^(?P<table>.*tbl\[\d+\])/tr\[(?P<row>\d+)\]/tc\[(?P<col>\d+)\]/p\[\d+\]$")
_HEADER_MAX = 20


def in_body_row(location: str) -> bool:
    """Whether ``location`` is a paragraph of a table cell below the first (header) row."""
    m = _CELL.match(location or "")
    return m is not None and m["row"] != "1"


def column_headers(document: Document) -> dict[tuple[str, str], str]:
    """``(part, location) -> header`` for every cell paragraph in a table's body rows whose column
    has a header of at most 20 characters."""
    texts = {(s.part, s.location): s.text for s in document.segments}
    out = {}
    for part, location in texts:
        m = _CELL.match(location)
        if not m or m["row"] == "1":
            continue
        header = texts.get((part, f"{m['table']}/tr[1]/tc[{m['col']}]/p[1]"), "").strip()
        if header and len(header) <= _HEADER_MAX:
            out[(part, location)] = header
    return out


def with_columns(records: list[dict], document: Document) -> list[dict]:
    """``records`` (finding records as stored) with ``column`` where the finding has a header."""
    headers = column_headers(document)
    for record in records:
        header = headers.get((record.get("part", ""), record.get("location", "")))
        if header:
            record["column"] = header
    return records


def missing_columns(state: ReviewState) -> bool:
    """Whether a table finding of ``state`` has no column header stored (an older review)."""
    return any(f.column is None and in_body_row(f.location) for f in state.findings.values())


def fill_columns(state: ReviewState, document: Document) -> ReviewState:
    """``state`` with the column headers its findings lack taken from ``document`` (which must be the
    reviewed bytes); the log is not changed."""
    if document.sha256 != state.sha256:
        raise ValueError("fill_columns needs the reviewed document")
    headers = column_headers(document)
    findings = {fid: dataclasses.replace(f, column=headers.get((f.part, f.location)))
                if f.column is None and (f.part, f.location) in headers else f
                for fid, f in state.findings.items()}
    return dataclasses.replace(state, findings=findings)
