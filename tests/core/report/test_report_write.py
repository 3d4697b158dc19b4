"""Writing the review log: atomic replacement, no partial output on failure, same bytes each time."""

from __future__ import annotations

import dataclasses
import os

import pytest

from review_desk.core import atomic
from review_desk.core.report import pdf, write_review_log_pdf

from . import sample

OLD = b"%PDF-1.4 previous review log\n"


def _listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_writes_a_pdf_and_leaves_no_temp_file(tmp_path):
    out = tmp_path / "审查记录.pdf"
    write_review_log_pdf(sample.report(), out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _listing(tmp_path) == ["审查记录.pdf"]


def test_replaces_an_existing_file(tmp_path):
    out = tmp_path / "log.pdf"
    out.write_bytes(OLD)
    write_review_log_pdf(sample.report(with_items=False), out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert _listing(tmp_path) == ["log.pdf"]


def test_same_report_same_bytes(tmp_path):
    write_review_log_pdf(sample.report(), tmp_path / "a.pdf")
    write_review_log_pdf(sample.report(), tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_failure_while_rendering_leaves_nothing(tmp_path, monkeypatch):
    calls = []

    def broken(n, item, st):
        calls.append(n)
        if n == 2:
            raise RuntimeError("rendering failed")
        return original(n, item, st)

    original = pdf.item_section
    monkeypatch.setattr(pdf, "item_section", broken)
    out = tmp_path / "log.pdf"
    out.write_bytes(OLD)
    with pytest.raises(RuntimeError, match="rendering failed"):
        write_review_log_pdf(sample.report(), out)
    assert calls == [1, 2]
    assert out.read_bytes() == OLD
    assert _listing(tmp_path) == ["log.pdf"]


def test_failure_after_bytes_were_written_leaves_nothing(tmp_path, monkeypatch):
    """The canvas has written the whole file into the temp file when the rename fails."""
    seen = []

    def broken_replace(src, dst):
        seen.append(os.path.getsize(src))
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)  # the shared atomic writer renames
    out = tmp_path / "new.pdf"
    with pytest.raises(OSError, match="disk full"):
        write_review_log_pdf(sample.report(), out)
    assert seen and seen[0] > 10_000
    assert _listing(tmp_path) == []


def test_missing_folder_raises_and_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_review_log_pdf(sample.report(), tmp_path / "missing" / "log.pdf")
    assert _listing(tmp_path) == []


def test_hostile_values_render(tmp_path):
    """Markup, control characters, emoji, huge cells and unknown codes do not break the layout."""
    report = sample.report(ok=False)
    item = report.items[0]
    first = dataclasses.replace(
        item.decisions[0],
        note="很长的备注" * 900,  # taller than a page: the row is split
        where="</para><b>" * 40,
        preview="\x00张\x07*😀",
        action="blur",
        type="NEW_TYPE",
    )
    item = dataclasses.replace(
        item,
        title="T" * 300,
        file_name="非常长的文件名" * 40 + ".docx",
        sha256_in="ab" * 200,
        status="archived",
        attribute=None,
        decisions=(first, *item.decisions[1:3]),
        reviewers=(
            dataclasses.replace(item.reviewers[0], fingerprint="f" * 400, unit="单位" * 80, signed_at="not a time"),
        ),
    )
    report = dataclasses.replace(report, items=(item,), agency="很长的机构名称" * 20, period_from=None, period_to=None)
    out = tmp_path / "hostile.pdf"
    write_review_log_pdf(report, out)
    assert out.read_bytes().startswith(b"%PDF-")
