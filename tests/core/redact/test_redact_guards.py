"""The original is never modified or overwritten; outputs are refused or written whole."""

from __future__ import annotations

import os

import pytest

from docx_factory import make_docx
from redact_checks import finding_for
from review_desk.core.errors import ErrorCode
from review_desk.core.document import read_document
from review_desk.core.redact import Operation, OutputRefused, RedactError, Redaction, load_policy, redact_document


def _doc(tmp_path):
    source = make_docx(tmp_path, ["申请人张三丰，电话13812345678。"])
    doc = read_document(source)
    return source, doc, [Redaction(finding_for(doc, "张三丰", "PERSON"), Operation.MASK)]


def test_output_equal_to_input_is_refused(tmp_path):
    source, doc, redactions = _doc(tmp_path)
    before = source.read_bytes()
    for target in (source, tmp_path / "." / source.name):
        with pytest.raises(OutputRefused) as info:
            redact_document(doc, redactions, target, load_policy(), force=True)
        assert info.value.code is ErrorCode.OUTPUT_IS_INPUT
    assert source.read_bytes() == before


def test_a_link_to_the_input_is_refused(tmp_path):
    source, doc, redactions = _doc(tmp_path)
    link = tmp_path / "link.docx"
    os.symlink(source, link)
    with pytest.raises(OutputRefused):
        redact_document(doc, redactions, link, load_policy(), force=True)


def test_existing_output_needs_force(tmp_path):
    source, doc, redactions = _doc(tmp_path)
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")
    with pytest.raises(OutputRefused) as info:
        redact_document(doc, redactions, out, load_policy())
    assert info.value.code is ErrorCode.OUTPUT_EXISTS and out.read_bytes() == b"old"
    redact_document(doc, redactions, out, load_policy(), force=True)
    assert out.read_bytes()[:2] == b"PK"


def test_missing_output_folder(tmp_path):
    _source, doc, redactions = _doc(tmp_path)
    with pytest.raises(OutputRefused) as info:
        redact_document(doc, redactions, tmp_path / "nope" / "out.docx", load_policy())
    assert info.value.code is ErrorCode.OUTPUT_FOLDER_MISSING


def test_input_changed_after_analysis(tmp_path):
    source, doc, redactions = _doc(tmp_path)
    make_docx(tmp_path, ["申请人张三丰，电话13812345679。"])  # same name: the file changed
    with pytest.raises(RedactError) as info:
        redact_document(doc, redactions, tmp_path / "out.docx", load_policy())
    assert info.value.code is ErrorCode.INPUT_CHANGED
    assert not (tmp_path / "out.docx").exists()


def test_findings_from_another_document_are_refused(tmp_path):
    _source, doc, redactions = _doc(tmp_path)
    other = read_document(make_docx(tmp_path, ["另一份文件。"], name="other.docx"))
    with pytest.raises(RedactError) as info:
        redact_document(other, redactions, tmp_path / "out.docx", load_policy())
    assert info.value.code in (ErrorCode.UNKNOWN_LOCATION, ErrorCode.EDIT_MISMATCH)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.docx", "sample.docx"]


def test_a_full_disk_gives_a_clear_error_and_leaves_nothing(tmp_path, monkeypatch):
    import errno

    from review_desk.core.redact.package_editor import PackageEditor

    def full(self, fh):
        fh.write(b"PK partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PackageEditor, "write", full)
    source, doc, redactions = _doc(tmp_path)
    with pytest.raises(RedactError) as info:
        redact_document(doc, redactions, tmp_path / "out.docx", load_policy())
    assert info.value.code is ErrorCode.WRITE_FAILED and "No space left" in info.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name]
