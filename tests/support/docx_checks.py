"""Assertions shared by the document reader tests: finding segments and mapping pieces back.

``refused(path, code, *words)`` asserts that reading fails with ``code``, a clear message that
mentions ``words``, and an unchanged input file.

``assert_maps_back(path, segment)`` re-opens the .docx, resolves every non-synthetic piece's
``node`` with :func:`review_desk.core.document.find_node` and checks that the element text, tail
or attribute value there is exactly the piece's slice of the segment text.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from review_desk.core.document import Document, Segment, SegmentKind, find_node, read_document
from review_desk.core.errors import DocumentError, ErrorCode


def segments_with(doc: Document, text: str, *, kind: SegmentKind | None = None,
                  part: str | None = None) -> list[Segment]:
    """The segments whose text contains ``text`` (optionally of one kind / part)."""
    return [
        s for s in doc.segments
        if text in s.text and (kind is None or s.kind == kind) and (part is None or s.part == part)
    ]


def one_segment_with(doc: Document, text: str, *, kind: SegmentKind | None = None,
                     part: str | None = None) -> Segment:
    found = segments_with(doc, text, kind=kind, part=part)
    assert len(found) == 1, f"expected one {kind} segment with {text!r} in {part}, got {found}"
    return found[0]


def part_root(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(part))


def assert_maps_back(path: Path, segment: Segment) -> None:
    """Every piece covers the segment text exactly once and reads back from its node."""
    root = part_root(path, segment.part)
    pos = 0
    for piece in segment.pieces:
        assert piece.start == pos, f"gap or overlap at {piece} in {segment}"
        pos = piece.end
        el = find_node(root, piece.node)
        assert el is not None, f"{piece.node} not found in {segment.part}"
        expected = segment.text[piece.start : piece.end]
        if piece.synthetic:
            assert expected in ("\t", "\n", "-")
            continue
        if piece.attr is not None:
            actual = el.get(piece.attr)
        elif piece.tail:
            actual = el.tail
        else:
            actual = el.text
        assert actual == expected, f"{piece} reads {actual!r}, segment says {expected!r}"
    assert pos == len(segment.text)


def refused(path: Path, code: ErrorCode, *words: str, **kwargs: object) -> DocumentError:
    """Assert that reading ``path`` fails with ``code``, a message naming ``words``, file unchanged."""
    before = path.read_bytes() if path.is_file() else None
    mtime = path.stat().st_mtime_ns if path.is_file() else None
    with pytest.raises(DocumentError) as info:
        read_document(path, **kwargs)
    err = info.value
    assert err.code is code, f"{err.code}: {err.message}"
    assert err.message and err.message[0].isupper() and err.message.endswith((".", ")"))
    assert "Traceback" not in err.message
    for word in words:
        assert word.lower() in err.message.lower(), err.message
    assert err.path == os.fspath(path)
    assert err.to_dict() == {"code": code.value, "message": err.message}
    if before is not None:
        assert path.read_bytes() == before
        assert path.stat().st_mtime_ns == mtime
    return err
