"""Text budgets (characters per document and per paragraph after decompression) and the cost of a
paragraph made of very many runs: refused with ``too_large`` quickly, never a hang."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from docx_factory import docx_bytes, p, r

from review_desk.core.document import DEFAULT_MAX_PARAGRAPH_CHARS, TextLimits, read_document
from review_desk.core.document.model import Segment, SegmentKind, TextPiece
from review_desk.core.errors import DocumentError, ErrorCode, ReviewDeskError


def _docx(tmp_path, body, name="doc.docx"):
    path = tmp_path / name
    path.write_bytes(docx_bytes(body))
    return path


def test_a_million_character_paragraph_is_refused(tmp_path):
    """Refused by the per-paragraph limit (how fast: benchmarks/bench_hostile.py)."""
    path = _docx(tmp_path, ["张三电话13812345678。" * 70_000])
    assert path.stat().st_size < 100_000  # a small file that inflates to 1.1 million characters
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert info.value.code is ErrorCode.TOO_LARGE and "per paragraph" in info.value.message


def test_document_total_is_limited(tmp_path):
    path = _docx(tmp_path, ["甲" * 400] * 3)
    assert len([s for s in read_document(path, limits=TextLimits(1_500, 500)).segments if s.text.startswith("甲")]) == 3
    with pytest.raises(DocumentError) as info:
        read_document(path, limits=TextLimits(1_000, 500))
    assert info.value.code is ErrorCode.TOO_LARGE and "per document" in info.value.message


def test_plain_text_lines_are_limited(tmp_path):
    path = tmp_path / "one_line.txt"
    path.write_text("乙" * 2_000, encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        read_document(path, limits=TextLimits(10_000, 1_000))
    assert info.value.code is ErrorCode.TOO_LARGE
    with pytest.raises(DocumentError):
        read_document(path, limits=TextLimits(1_500, 100_000))


def test_limits_from_the_environment(tmp_path, monkeypatch):
    path = _docx(tmp_path, ["丙" * 300])
    monkeypatch.setenv("REVIEW_DESK_MAX_PARAGRAPH_CHARS", "200")
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert info.value.code is ErrorCode.TOO_LARGE
    monkeypatch.setenv("REVIEW_DESK_MAX_PARAGRAPH_CHARS", "lots")
    with pytest.raises(ReviewDeskError) as bad:
        read_document(path)
    assert bad.value.code is ErrorCode.USAGE
    monkeypatch.delenv("REVIEW_DESK_MAX_PARAGRAPH_CHARS")
    assert TextLimits.from_env().max_paragraph_chars == DEFAULT_MAX_PARAGRAPH_CHARS


def test_cli_scan_refuses_a_text_bomb_with_too_large(tmp_path):
    path = _docx(tmp_path, ["丁" * 600_000])
    done = subprocess.run([sys.executable, "-m", "review_desk", "scan", "--json", str(path)],
                          capture_output=True, text=True, timeout=120)
    from review_desk.cli.exit_codes import EXIT_UNREADABLE

    assert done.returncode == EXIT_UNREADABLE
    assert json.loads(done.stdout)["errors"][0]["code"] == "too_large"
    assert "Traceback" not in done.stderr


def test_many_runs_are_read_into_one_segment(tmp_path):
    """40,000 runs in one paragraph: one segment with a piece per run (the time grows linearly with
    the runs: benchmarks/bench_hostile.py)."""
    path = _docx(tmp_path, [p(*[r(str(i % 10)) for i in range(40_000)])], name="runs.docx")
    assert len(read_document(path).segments[0].pieces) == 40_000


def test_pieces_for_matches_a_linear_search():
    pieces = tuple(TextPiece(i * 3, i * 3 + 3, f"/r[{i}]") for i in range(1000))
    seg = Segment("p", "p[1]", SegmentKind.PARAGRAPH, "x" * 3000, pieces)
    for start, end in [(0, 1), (2, 4), (3, 6), (2999, 3000), (1500, 1600), (0, 3000), (5, 5)]:
        assert seg.pieces_for(start, end) == tuple(q for q in pieces if q.start < end and q.end > start)
    shuffled = Segment("p", "p[1]", SegmentKind.PARAGRAPH, "x" * 6, (TextPiece(3, 6, "b"), TextPiece(0, 3, "a")))
    assert [q.node for q in shuffled.pieces_for(2, 4)] == ["b", "a"]
