"""One text model for Strict (``purl.oclc.org``) and Transitional WordprocessingML, also mixed in
one part: Strict paragraphs inside a Transitional body are read run-joined like any other, the
detectors find what they hold, and the written copy keeps none of it."""

from __future__ import annotations

from docx_factory import docx_bytes
from redact_checks import leaks

from review_desk.core.document import SegmentKind, read_document
from review_desk.core.redact import load_policy, redact_document, suggested_redactions

T = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://purl.oclc.org/ooxml/wordprocessingml/main"
ID = "11010519491231002X"
PHONE = "13812345678"
HIDDEN_PHONE = "13987654321"


def _mixed_document() -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{T}" xmlns:s="{S}"><w:body>
<w:p><w:r><w:t>通知如下。</w:t></w:r></w:p>
<s:p><s:r><s:t>身份证号</s:t></s:r><s:r><s:rPr><s:b/></s:rPr><s:t>110105</s:t></s:r><s:r><s:t>19491231002X</s:t></s:r></s:p>
<w:p><w:r><w:t>电话</w:t></w:r><s:r><s:t>138</s:t></s:r><w:r><w:t>1234</w:t></w:r><s:r><s:t>5678</s:t></s:r></w:p>
<s:tbl><s:tr><s:tc><s:p><s:r><s:t>备用</s:t></s:r><s:r><s:rPr><s:vanish/></s:rPr><s:t>{HIDDEN_PHONE}</s:t></s:r></s:p></s:tc></s:tr></s:tbl>
<w:sectPr/></w:body></w:document>""".encode()


def test_mixed_strict_and_transitional_paragraphs_are_one_text(tmp_path, detector):
    source = tmp_path / "mixed.docx"
    source.write_bytes(docx_bytes(document_xml=_mixed_document()))
    doc = read_document(source)
    paragraphs = {s.location: s.text for s in doc.segments if s.kind is SegmentKind.PARAGRAPH}
    assert paragraphs["p[2]"] == f"身份证号{ID}" and paragraphs["p[3]"] == f"电话{PHONE}"
    assert paragraphs["tbl[1]/tr[1]/tc[1]/p[1]"] == f"备用{HIDDEN_PHONE}"
    hidden = [p for s in doc.segments for p in s.pieces if p.hidden]
    assert hidden, "the Strict w:vanish run is seen as hidden"

    from review_desk.core.detect.scanner import scan_document  # the pipeline the CLI uses

    findings = scan_document(doc, detector)
    found = {(f.type, f.text) for f in findings}
    assert ("CN_ID_CARD", ID) in found and ("PHONE_NUMBER", PHONE) in found and ("PHONE_NUMBER", HIDDEN_PHONE) in found
    policy = load_policy("default")
    out = tmp_path / "out.docx"
    report = redact_document(doc, suggested_redactions(findings, policy), out, policy)
    assert report.residual.passed
    assert leaks(out, [ID, PHONE, HIDDEN_PHONE]) == []
    assert "hidden_text" in {a.code for a in report.sanitize}


def test_fully_strict_document_still_reads(tmp_path):
    xml = _mixed_document().replace(b'xmlns:w="' + T.encode(), b'xmlns:w="' + S.encode())
    source = tmp_path / "strict.docx"
    source.write_bytes(docx_bytes(document_xml=xml))
    texts = [s.text for s in read_document(source).segments if s.kind is SegmentKind.PARAGRAPH]
    assert f"身份证号{ID}" in texts and f"电话{PHONE}" in texts
