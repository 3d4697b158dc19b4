"""``check_pdf``: a signed export is recorded with its SHA-256, size and export id; a PDF is matched to
its entry, an altered copy and an unrecorded PDF are told apart."""

from __future__ import annotations

import pytest

from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.review import events as ev
from review_desk.core.review.exports import check_pdf

from passphrase import PASS


def test_a_signed_export_is_recorded_and_found(desk, tmp_path):
    pdf = tmp_path / "log.pdf"
    report, digest = desk.export_log(pdf, "王审查", PASS)
    [entry] = desk.log.entries(event=ev.LOG_EXPORTED)
    assert entry.payload["pdf_sha256"] == digest and entry.payload["pdf_size"] == pdf.stat().st_size
    assert entry.payload["export_id"] == report.export_id and len(report.export_id) == 32
    checkpoint = desk.log.latest_checkpoint()  # signed before the PDF was made, and printed in it
    assert checkpoint.tree_size == entry.seq - 1 and report.verification.checkpoint_root == checkpoint.root
    assert report.verification.checkpoint_signer.startswith("王审查（")
    found = check_pdf(desk.log, pdf)
    assert found.ok and found.code is None and (found.seq, found.time, found.by) == (entry.seq, entry.time, "王审查")
    assert found.sha256 == digest and found.export_id == report.export_id


def test_an_altered_copy_names_the_export_it_came_from(desk, tmp_path):
    pdf = tmp_path / "log.pdf"
    desk.export_log(pdf, "李复核", PASS)
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(pdf.read_bytes().replace(b"/Producer", b"/Producex"))
    found = check_pdf(desk.log, altered)
    assert not found.ok and found.code == ErrorCode.PDF_ALTERED.value and found.by == "李复核"
    assert found.recorded_sha256 != found.sha256 and "altered after it was exported" in found.problem


def test_unsigned_exports_and_other_files_are_not_recorded(desk, tmp_path):
    unsigned = tmp_path / "unsigned.pdf"
    report, _ = desk.export_log(unsigned, exporter="审计员孙")
    assert desk.log.entries(event=ev.LOG_EXPORTED) == []
    found = check_pdf(desk.log, unsigned)
    assert found.code == ErrorCode.PDF_NOT_RECORDED.value and report.export_id in found.problem
    assert "without --reviewer" in found.problem
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\n%%EOF\n")
    found = check_pdf(desk.log, other)
    assert found.code == ErrorCode.PDF_NOT_RECORDED.value and found.export_id is None


def test_a_missing_file_or_a_folder(desk, tmp_path):
    with pytest.raises(ReviewDeskError) as caught:
        check_pdf(desk.log, tmp_path / "none.pdf")
    assert caught.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(ReviewDeskError) as caught:
        check_pdf(desk.log, tmp_path)
    assert caught.value.code == ErrorCode.NOT_A_FILE
