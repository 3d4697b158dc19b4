"""The public API: read_document's result as a whole (hash, format, order, invariants)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from docx_checks import assert_maps_back, segments_with
from docx_factory import EVERY_PLACE, make_docx, make_every_place_docx, p, r

from review_desk.core.document import DocumentFormat, SegmentKind, read_document


@pytest.fixture(scope="module")
def every_place(tmp_path_factory):
    path = make_every_place_docx(tmp_path_factory.mktemp("every"))
    return path, read_document(path)


@pytest.mark.parametrize(("kind", "part", "text"), EVERY_PLACE, ids=[f"{k}-{t}" for k, _, t in EVERY_PLACE])
def test_every_hiding_place_is_read(every_place, kind, part, text):
    path, doc = every_place
    found = segments_with(doc, text, kind=SegmentKind(kind), part=part)
    assert found, f"{text!r} not found as {kind} in {part}"
    for seg in found:
        assert_maps_back(path, seg)


def test_every_segment_maps_back_and_locations_are_unique(every_place):
    path, doc = every_place
    for seg in doc.segments:
        assert seg.text.strip()
        assert_maps_back(path, seg)
    keys = [(s.part, s.location) for s in doc.segments]
    assert len(keys) == len(set(keys))
    assert any("EXIF" in note for note in doc.notes)


def test_sha256_format_and_path(every_place):
    path, doc = every_place
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.format is DocumentFormat.DOCX
    assert doc.encoding is None
    assert doc.path == str(path)
    assert doc.char_count == sum(len(s.text) for s in doc.segments)


def test_reading_leaves_the_file_untouched_and_is_deterministic(tmp_path):
    path = make_every_place_docx(tmp_path)
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    first = read_document(path)
    second = read_document(str(path))
    assert first == second
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime


def test_accepts_str_and_pathlike(tmp_path):
    path = make_docx(tmp_path, ["正文"])
    assert read_document(str(path)).segments == read_document(Path(path)).segments


def test_large_document_reads_in_linear_time(tmp_path):
    body = [p(r(f"第{i}段 张三"), r("138", bold=True), r(f"{i:08d}"), r(f"，编号{i * 7919:012d}。")) for i in range(3000)]
    doc = read_document(make_docx(tmp_path, body))
    paragraphs = [s for s in doc.segments if s.part == "word/document.xml"]
    assert len(paragraphs) == 3000
    assert paragraphs[-1].location == "p[3000]"
    assert paragraphs[-1].text == "第2999段 张三13800002999，编号000023749081。"
