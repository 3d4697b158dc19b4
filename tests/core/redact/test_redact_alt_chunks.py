"""``w:altChunk``: an embedded .docx, HTML, text or MHTML file Word merges into the text is read
(detection sees it) and in the published copy becomes ordinary, redacted paragraphs; an RTF chunk
is removed and reported.  Nothing of a chunk is ever copied unread."""

from __future__ import annotations

import zipfile

import docx

from docx_factory import REL_ALT_CHUNK, docx_bytes
from redact_checks import leaks

from review_desk.core.detect.scanner import scan_document
from review_desk.core.document import read_document
from review_desk.core.redact import load_policy, redact_document, suggested_redactions

DOCX_ID = "11010519491231002X"
HTML_PHONE = "13812345678"
CELL_PHONE = "13712345678"
TXT_PHONE = "13612345678"
MHT_PHONE = "13512345678"
RTF_PHONE = "13412345678"

_MHT = f"""MIME-Version: 1.0
Content-Type: multipart/related; boundary="b1"

--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{__import__("base64").encodebytes(f"<html><body><p>网页存档：联系电话{MHT_PHONE}</p></body></html>".encode()).decode()}
--b1--
""".encode()


def _chunked(tmp_path):
    inner = docx_bytes([f"附件一：身份证号{DOCX_ID}"])
    html = f"<html><head><style>p{{}}</style></head><body><p>附件说明</p><table><tr><td>电话{CELL_PHONE}</td></tr></table>" \
           f"<div>联系电话<b>{HTML_PHONE[:3]}</b>{HTML_PHONE[3:]}</div><script>var x='{HTML_PHONE}'</script></body></html>"
    body = ["正文第一段。"] + [f'<w:altChunk r:id="rIdC{n}"/>' for n in range(1, 6)] + ["正文最后一段。"]
    data = docx_bytes(
        body,
        parts={"word/chunk1.docx": inner, "word/chunk2.htm": html.encode(), "word/chunk3.txt": f"文本附件\n手机{TXT_PHONE}\n".encode(),
               "word/chunk4.mht": _MHT, "word/chunk5.rtf": f"{{\\rtf1 phone {RTF_PHONE}}}".encode()},
        rels=[(f"rIdC{n}", REL_ALT_CHUNK, f"chunk{n}.{ext}", False)
              for n, ext in enumerate(("docx", "htm", "txt", "mht", "rtf"), start=1)],
    )
    source = tmp_path / "chunks.docx"
    source.write_bytes(data)
    return source


def test_alt_chunks_are_read(tmp_path):
    doc = read_document(_chunked(tmp_path))
    by_part = {}
    for seg in doc.segments:
        by_part.setdefault(seg.part, []).append(seg.text)
    assert by_part["word/chunk1.docx"] == [f"附件一：身份证号{DOCX_ID}"]
    assert by_part["word/chunk2.htm"] == ["附件说明", f"电话{CELL_PHONE}", f"联系电话{HTML_PHONE}"]
    assert by_part["word/chunk3.txt"] == ["文本附件", f"手机{TXT_PHONE}"]
    assert by_part["word/chunk4.mht"] == [f"网页存档：联系电话{MHT_PHONE}"]
    assert "word/chunk5.rtf" not in by_part
    assert any("chunk5.rtf" in n and "RTF" in n for n in doc.notes)


def test_alt_chunks_become_redacted_paragraphs(tmp_path, detector):
    doc = read_document(_chunked(tmp_path))
    findings = scan_document(doc, detector)
    found = {f.text for f in findings}
    assert {DOCX_ID, HTML_PHONE, CELL_PHONE, TXT_PHONE, MHT_PHONE} <= found
    policy = load_policy("default")
    out = tmp_path / "out.docx"
    report = redact_document(doc, suggested_redactions(findings, policy), out, policy)
    assert report.residual.passed
    actions = {a.code: a.count for a in report.sanitize}
    assert actions["alt_chunks_converted"] == 4 and actions["alt_chunks_removed"] == 1
    assert leaks(out, [DOCX_ID, HTML_PHONE, CELL_PHONE, TXT_PHONE, MHT_PHONE, RTF_PHONE]) == []
    with zipfile.ZipFile(out) as archive:
        assert not [n for n in archive.namelist() if "chunk" in n]
        body = archive.read("word/document.xml").decode()
    assert "altChunk" not in body and "aFChunk" not in body
    written = [s.text for s in read_document(out).segments if s.part == "word/document.xml"]
    assert written[0] == "正文第一段。" and written[-1] == "正文最后一段。"
    assert "附件说明" in written and "文本附件" in written
    assert any(t.startswith("附件一：身份证号") and DOCX_ID not in t for t in written)
    docx.Document(str(out))  # the copy still opens
