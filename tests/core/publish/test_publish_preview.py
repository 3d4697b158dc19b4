"""The publication preview is the real output read back: masks and removals in place, the stamp
line, the sanitizer's removals, the layout; nothing is left on disk and the original is untouched."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

import docx

from review_desk.core.detect.finding import Action, Finding
from review_desk.core.document import read_document
from review_desk.core.redact import load_policy
from review_desk.core.publish.preview import preview_publication, redactions_for


def _finding(document, text, entity_type):
    seg = next(s for s in document.segments if text in s.text)
    start = seg.text.index(text) + (seg.offset if seg.part == "text" else 0)
    return Finding(entity_type, text, start, start + len(text), seg.part, seg.location, 0.9, Action.REDACT, "test")


def test_docx_preview_masks_in_place_stamps_and_lists_the_sanitizer(tmp_path):
    path = tmp_path / "roster.docx"
    d = docx.Document()
    d.add_paragraph("关于补贴对象的公示")
    table = d.add_table(rows=2, cols=2, style="Table Grid")
    table.cell(0, 0).text, table.cell(0, 1).text = "姓名", "联系电话"
    table.cell(1, 0).text, table.cell(1, 1).text = "张三丰", "13800138000"
    d.add_comment(d.paragraphs[0].runs, text="请核对", author="王审核")
    d.add_paragraph("抄送：市财政局")
    d.save(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    document = read_document(path)
    findings = [_finding(document, "张三丰", "PERSON"), _finding(document, "13800138000", "PHONE_NUMBER")]
    decisions = {findings[0].id: SimpleNamespace(action="mask", basis=None)}  # the phone: policy suggestion
    policy = load_policy()
    preview = preview_publication(document, redactions_for(findings, decisions, policy), policy)
    texts = [s.text for s in preview.document.segments]
    assert "张**" in texts and "张三丰" not in "".join(texts)
    assert "13800138000" not in "".join(texts)
    assert texts.index("公开方式：主动公开") == texts.index("抄送：市财政局") - 1
    assert "comments" in {a.code for a in preview.sanitize}
    assert "王审核" not in "".join(texts)
    assert preview.layout.tables  # the table is still a table
    assert {a.finding.id for a in preview.applied} == {f.id for f in findings}
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.docx"]


def test_text_preview(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("联系人张三丰，电话13800138000。\n抄送：市财政局\n", encoding="utf-8")
    document = read_document(path)
    findings = [_finding(document, "13800138000", "PHONE_NUMBER")]
    policy = load_policy()
    decisions = {findings[0].id: SimpleNamespace(action="mask", basis=None)}
    preview = preview_publication(document, redactions_for(findings, decisions, policy), policy,
                                  attribute="on-request")
    text = "\n".join(s.text for s in preview.document.segments)
    assert "138****8000" in text and "公开方式：依申请公开\n抄送" in text
    assert preview.document.path == str(path)
