"""A paragraph whose every character is cut (the 抄送 block of a proposal reply) leaves no empty
paragraph in the published copy; the rest of the document, its section properties and the table
cells it needs stay."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import zipfile

import docx
import pytest

from docx_factory import bookmark, make_docx, p, r, table
from review_desk.core.document import read_document
from review_desk.core.redact import Operation, Redaction, load_policy, redact_document
from review_desk.core.review.distribution import distribution_findings

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = ["对市人大第0123号建议的答复", "　　您提出的建议收悉，现答复如下。", "　　感谢您的关心和支持。", "某市交通运输局"]
CC = ["抄送：市人大常委会代表工作委员会，", "　　　市政府督查室。"]


def _publish(tmp_path, body, name="reply.docx"):
    path = make_docx(tmp_path, body, name=name)
    document = read_document(str(path))
    cut = [Redaction(f, Operation.REDACT) for f in distribution_findings(document)]
    assert cut
    out = tmp_path / ("published_" + name)
    report = redact_document(document, cut, out, load_policy("proposal-reply"))
    assert report.residual.passed
    return out


def test_the_cut_block_leaves_no_paragraph_behind(tmp_path):
    out = _publish(tmp_path, [*BODY, *CC, "某市交通运输局办公室　　2025年6月3日印发"])
    published = docx.Document(str(out))  # opens
    paragraphs = [x.text for x in published.paragraphs]
    assert paragraphs == [*BODY, "某市交通运输局办公室　　2025年6月3日印发"]
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode()
    assert "抄送" not in xml and "督查室" not in xml
    body = published.element.body
    assert body[-1].tag == f"{W}sectPr"  # the section properties stay where they were


def test_a_block_at_the_end_of_the_body_goes_too(tmp_path):
    out = _publish(tmp_path, [*BODY, *CC])
    assert [x.text for x in docx.Document(str(out)).paragraphs] == BODY


def test_a_cell_keeps_its_last_paragraph_and_marked_paragraphs_stay(tmp_path):
    cell = table([[[CC[0], CC[1]], "备注"]])
    marked = p(r("抄送：区政府办公室，"), bookmark("cc", "区财政局"))
    out = _publish(tmp_path, [*BODY, cell, marked])
    published = docx.Document(str(out))
    cells = published.tables[0].rows[0].cells
    assert [x.text.strip() for x in cells[0].paragraphs] == [""]  # emptied, not removed: a cell ends with a paragraph
    assert cells[1].text == "备注"
    assert [x.text for x in published.paragraphs][: len(BODY)] == BODY
    # a paragraph holding a bookmark is emptied but kept (its anchor would dangle)
    bookmarked = [x for x in published.element.body.iter(f"{W}p") if x.find(f".//{W}bookmarkStart") is not None]
    assert len(bookmarked) == 1 and not "".join(t.text or "" for t in bookmarked[0].iter(f"{W}t")).strip()


def test_a_paragraph_with_text_left_is_kept(tmp_path):
    # only part of the paragraph is cut: nothing else of the document is removed
    path = make_docx(tmp_path, [*BODY, *CC], name="partial.docx")
    document = read_document(str(path))
    findings = distribution_findings(document)
    first = findings[0]
    half = dataclasses.replace(first, text=first.text[:3], end=first.start + 3)
    out = tmp_path / "partial_out.docx"
    redact_document(document, [Redaction(half, Operation.REDACT)], out, load_policy("proposal-reply"))
    paragraphs = [x.text for x in docx.Document(str(out)).paragraphs]
    assert paragraphs == [*BODY, CC[0][3:], CC[1]]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_copy_without_the_block_opens_in_libreoffice(tmp_path):
    cell = table([[[CC[0], CC[1]], "备注"]])
    out = _publish(tmp_path, [*BODY, cell, *CC, "某市交通运输局办公室　　2025年6月3日印发"])
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={profile}", "--headless", "--norestore",
                           "--convert-to", "txt:Text", "--outdir", str(tmp_path / "txt"), str(out)],
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "txt" / (out.stem + ".txt")).read_text(encoding="utf-8-sig")
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[: len(BODY)] == BODY and "备注" in text and "抄送" not in text
    assert lines[-1] == "某市交通运输局办公室　　2025年6月3日印发"
