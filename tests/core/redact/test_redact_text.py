"""Plain-text output: the same encoding, byte-order mark and line endings as the input; only the
redacted values change."""

from __future__ import annotations

import pytest

from redact_checks import finding_for
from review_desk.core.document import read_document
from review_desk.core.redact import Operation, Redaction, load_policy, redact_document

TEXT = "关于张三丰的答复\r\n申请人张三丰，电话13812345678。\r\n济南市市场监督管理局\r\n"


@pytest.mark.parametrize(
    "encoding,bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("utf-16-le", b"\xff\xfe"),
     ("utf-16-be", b"\xfe\xff")],
)
def test_encoding_bom_and_newlines_are_kept(tmp_path, encoding, bom):
    source = tmp_path / "draft.txt"
    source.write_bytes(bom + TEXT.encode(encoding))
    before = source.read_bytes()
    doc = read_document(source)
    redactions = [Redaction(finding_for(doc, "张三丰", "PERSON", nth=n), Operation.MASK) for n in (0, 1)]
    redactions.append(Redaction(finding_for(doc, "13812345678", "PHONE_NUMBER"), Operation.REDACT, "art15"))
    out = tmp_path / "out.txt"
    report = redact_document(doc, redactions, out, load_policy())
    expected = TEXT.replace("张三丰", "张**").replace("13812345678", "〔依条例第十五条删除〕")
    assert out.read_bytes() == bom + expected.encode(encoding)
    assert report.residual.passed and report.sanitize == ()
    assert source.read_bytes() == before


def test_overlapping_edits_in_text_do_not_duplicate(tmp_path):
    source = tmp_path / "draft.txt"
    source.write_text("住址山东省济南市历下区泉城路街道阳光小区3号楼，电话13812345678。\n", encoding="utf-8")
    doc = read_document(source)
    address = finding_for(doc, "山东省济南市历下区泉城路街道阳光小区3号楼", "CN_ADDRESS")
    inner = finding_for(doc, "阳光小区3号楼", "CN_ADDRESS")
    out = tmp_path / "out.txt"
    redact_document(doc, [Redaction(address, Operation.MASK), Redaction(inner, Operation.MASK)], out, load_policy())
    assert out.read_text(encoding="utf-8") == "住址山东省济南市历下区泉城路街道***，电话13812345678。\n"
