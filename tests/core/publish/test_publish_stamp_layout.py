"""The stamp as a typesetter places it: indented like 抄送 (one character in, no first-line indent)
and kept on the 版记's page (keep-with-next, keep-lines).  LibreOffice renders copies whose body ends
at every point around a page break; the stamp and 抄送 always share a page, and at least one copy
shows the stamp pulled onto the next page with the 版记 rather than left alone."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from lxml import etree

from docx_factory import make_docx
from review_desk.core.document import read_document
from review_desk.core.publish.stamp import Stamp, StampError, stamp_text
from review_desk.core.redact import load_policy, redact_document

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STAMP = "公开方式：主动公开"


def _draft(tmp_path, n):
    body = ["关于做好政务公开工作的通知", *[f"　　第{i}项：按要求做好本单位政务公开相关工作。" for i in range(1, n + 1)],
            "抄送：市政务公开办公室，各区县政府办公室。", "某某市人民政府办公室　　2026年3月1日印发"]
    return make_docx(tmp_path, body, name=f"draft{n:03d}.docx")


def _stamped(tmp_path, n):
    document = read_document(_draft(tmp_path, n))
    out = tmp_path / f"out{n:03d}.docx"
    redact_document(document, [], str(out), load_policy(), stamp=Stamp("public", "R-test-1"))
    return out


def test_the_stamp_is_kept_with_the_banji_and_indented_like_it(tmp_path):
    import zipfile

    out = _stamped(tmp_path, 3)
    root = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    p = next(p for p in root.iter(f"{{{W}}}p") if p.xpath("string(.)") == STAMP)
    ppr = p.find(f"{{{W}}}pPr")
    names = [etree.QName(c).localname for c in ppr]
    assert "keepNext" in names and "keepLines" in names
    assert names.index("keepNext") < names.index("ind")  # the schema's order
    ind = ppr.find(f"{{{W}}}ind")
    assert ind.get(f"{{{W}}}leftChars") == "100" and ind.get(f"{{{W}}}firstLineChars") == "0"


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None, reason="LibreOffice or poppler missing")
def test_stamp_and_banji_share_a_page_when_rendered(tmp_path):
    sizes = range(12, 40)
    docs = [_stamped(tmp_path, n) for n in sizes]
    outdir = tmp_path / "pdf"
    cmd = [SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docs)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=400)
    assert done.returncode == 0, done.stderr
    pulled = 0
    for n, doc in zip(sizes, docs):
        text = subprocess.run(["pdftotext", str(outdir / (doc.stem + ".pdf")), "-"], capture_output=True,
                              text=True, check=True).stdout
        pages = [re.sub(r"\s+", "", page) for page in text.split("\f")]  # "第 28 项" -> "第28项"
        page_of = {key: next(i for i, t in enumerate(pages) if key in t)
                   for key in (STAMP, "抄送：", f"第{n}项")}
        assert page_of[STAMP] == page_of["抄送："], f"{n} paragraphs: the stamp left alone on its page"
        pulled += page_of[f"第{n}项"] < page_of[STAMP]
    assert pulled, "no copy put the stamp at a page break: the test did not reach the boundary"


# -- the 附注 style a policy may choose instead ------------------------------------------------------


def test_the_annotation_style_goes_under_the_date_indented_two_characters(tmp_path):
    import zipfile

    body = ["关于做好政务公开工作的通知", "　　请各单位按要求做好政务公开相关工作。", "某某市人民政府办公室", "2026年3月1日",
            "抄送：市政务公开办公室。"]
    document = read_document(make_docx(tmp_path, body, name="note.docx"))
    out = tmp_path / "note-out.docx"
    report = redact_document(document, [], str(out), load_policy(), stamp=Stamp("on-request", "R-1", style="annotation"))
    assert report.stamp == "under the 成文日期 (附注)"
    root = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    texts = [p.xpath("string(.)") for p in root.iter(f"{{{W}}}p")]
    assert texts[texts.index("2026年3月1日") + 1] == "（此件依申请公开）" and STAMP not in texts
    note = next(p for p in root.iter(f"{{{W}}}p") if p.xpath("string(.)") == "（此件依申请公开）")
    assert note.find(f"{{{W}}}pPr/{{{W}}}ind").get(f"{{{W}}}firstLineChars") == "200"


def test_the_annotation_style_in_text_and_an_existing_note_replaced():
    text = "通知正文。\n某某办公室\n二〇二六年三月一日\n抄送：某办。\n"
    assert stamp_text(text, Stamp("public", "r", style="annotation")).splitlines()[3] == "　　（此件公开发布）"
    again = stamp_text("正文\n2026年3月1日\n（此件公开发布）\n", Stamp("withheld", "r", style="annotation"))
    assert again.splitlines()[2] == "　　（此件不予公开）" and again.count("此件") == 1
    with pytest.raises(StampError):
        Stamp("public", "r", style="sideways")
