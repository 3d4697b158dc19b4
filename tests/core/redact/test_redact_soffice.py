"""Written copies open in LibreOffice: ``soffice --headless --convert-to pdf`` converts them, and
the PDF's text shows the masked values, not the originals.  CI installs LibreOffice Writer
(``make test`` does); elsewhere the test is skipped when ``soffice`` is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from docx_factory import make_every_place_docx
from redact_checks import finding_for
from review_desk.core.document import read_document
from review_desk.core.redact import Operation, Redaction, load_policy, redact_document

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
DATA = Path(__file__).parents[2] / "data"

if SOFFICE is None and os.environ.get("CI"):
    pytest.fail("CI must have LibreOffice (soffice) installed: make test installs libreoffice-writer-nogui",
                pytrace=False)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")]


def _convert(docs: list[Path], tmp_path: Path) -> list[Path]:
    outdir = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    cmd = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
           "--outdir", str(outdir), *map(str, docs)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    pdfs = [outdir / (d.stem + ".pdf") for d in docs]
    for pdf in pdfs:
        assert pdf.exists() and pdf.stat().st_size > 1000 and pdf.read_bytes().startswith(b"%PDF")
    return pdfs


def _pdf_text(pdf: Path) -> str:
    if not shutil.which("pdftotext"):
        return ""
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout


def test_redacted_copies_convert_to_pdf(tmp_path):
    policy = load_policy()
    outputs = []
    # the every-place document, with hand-made findings for its body values
    every = make_every_place_docx(tmp_path)
    doc = read_document(every)
    body = [s for s in doc.segments if s.part == "word/document.xml" and "13" in s.text]
    assert body
    out = tmp_path / "every_redacted.docx"
    report = redact_document(doc, [], out, policy)  # sanitizer only
    outputs.append(out)
    assert report.sanitize
    # a hiding-place document with a masked name and number in split runs
    split = read_document(DATA / "docx" / "01_split_runs.docx")
    redactions = [Redaction(finding_for(split, "毛军华", "PERSON"), Operation.MASK),
                  Redaction(finding_for(split, "13842626085", "PHONE_NUMBER"), Operation.MASK),
                  Redaction(finding_for(split, "37070219721031809X", "CN_ID_CARD"), Operation.REDACT)]
    out2 = tmp_path / "split_redacted.docx"
    redact_document(split, redactions, out2, policy)
    outputs.append(out2)
    pdfs = _convert(outputs, tmp_path)
    text = _pdf_text(pdfs[1])
    if text:
        flat = "".join(text.split())
        assert "毛**" in flat and "138****6085" in flat and "〔依条例第十五条删除〕" in flat
        assert "毛军华" not in flat and "13842626085" not in flat
