"""Formatting survives redaction: the run properties (bold, colour, East Asian font, size) of the
text around a redaction are unchanged, an entity split over differently formatted runs is edited
run by run, and paragraph count and table structure stay as they were.  No model needed: the
findings are made by hand."""

from __future__ import annotations

import zipfile

import docx
from lxml import etree

from docx_factory import make_docx, p, r, table
from redact_checks import finding_for
from review_desk.core.document import read_document
from review_desk.core.redact import Operation, Redaction, load_policy, redact_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'


def _runs(path, part="word/document.xml"):
    root = etree.fromstring(zipfile.ZipFile(path).read(part))
    out = []
    for run in root.iter(f"{{{W}}}r"):
        rpr = run.find(f"{{{W}}}rPr")
        text = "".join(t.text or "" for t in run.iter(f"{{{W}}}t"))
        out.append((text, etree.tostring(rpr) if rpr is not None else b""))
    return out


def _structure(path):
    document = docx.Document(str(path))
    tables = [[len(row.cells) for row in t.rows] for t in document.tables]
    return len(document.paragraphs), tables


def _make(tmp_path):
    body = [
        p(r("申请人", bold=True, color="FF0000", size=32, rpr_extra=FONT), r("张", italic=True),
          r("三丰", color="0000FF", size=28), r("，联系电话", bold=True, rpr_extra=FONT),
          r("138", size=24), r("1234", bold=True), r("5678", color="00FF00"), r("。", size=24)),
        "第二段：与本案无关的文字。",
        table([["姓名", "电话"], ["李四", "13987654321"], ["王五", [p(r("无", bold=True))]]]),
        p(r("落款：", rpr_extra=FONT), r("济南市历下区人民政府办公室", bold=True, rpr_extra=FONT)),
    ]
    return make_docx(tmp_path, body, name="format.docx")


def test_run_properties_around_a_redaction_are_unchanged(tmp_path):
    source = _make(tmp_path)
    doc = read_document(source)
    policy = load_policy()
    redactions = [
        Redaction(finding_for(doc, "张三丰", "PERSON"), Operation.MASK),
        Redaction(finding_for(doc, "13812345678", "PHONE_NUMBER"), Operation.MASK),
        Redaction(finding_for(doc, "李四", "PERSON"), Operation.REDACT),
        Redaction(finding_for(doc, "13987654321", "PHONE_NUMBER"), Operation.MASK),
    ]
    out = tmp_path / "out.docx"
    redact_document(doc, redactions, out, policy)
    before, after = _runs(source), _runs(out)
    assert len(before) == len(after)
    # every run keeps its properties, only the text of the entity runs changed
    assert [props for _t, props in before] == [props for _t, props in after]
    texts = [t for t, _p in after]
    assert texts[:8] == ["申请人", "张", "**", "，联系电话", "138", "****", "5678", "。"]
    assert "〔依条例第十五条删除〕" in texts and "139****4321" in texts
    assert _structure(source) == _structure(out)


def test_unequal_replacement_goes_into_the_first_run(tmp_path):
    source = _make(tmp_path)
    doc = read_document(source)
    out = tmp_path / "out.docx"
    redact_document(doc, [Redaction(finding_for(doc, "张三丰", "PERSON"), Operation.REDACT, "art15")], out,
                    load_policy())
    texts = [t for t, _p in _runs(out)]
    assert texts[1:3] == ["〔依条例第十五条删除〕", ""]
    assert _runs(out)[0] == _runs(source)[0] and _runs(out)[3] == _runs(source)[3]


def test_text_around_keeps_its_characters(tmp_path):
    source = _make(tmp_path)
    doc = read_document(source)
    out = tmp_path / "out.docx"
    redact_document(doc, [Redaction(finding_for(doc, "张三丰", "PERSON"), Operation.MASK)], out, load_policy())
    written = read_document(out)
    assert written.segments[0].text == "申请人张**，联系电话13812345678。"
    body = [s.text for s in written.segments[1:] if s.part == "word/document.xml"]
    assert body == [s.text for s in doc.segments[1:] if s.part == "word/document.xml"]
