"""Column headers as context for table cells: tab-separated rows with empty cells stay aligned,
and a label / value form (姓名 | 徐某) gives the label to the value cell.  Invented data."""

from __future__ import annotations

from review_desk.core.detect.tables import CONTEXT_SEP, _docx_contexts, _text_contexts, split_cells
from review_desk.core.document.model import Segment, SegmentKind


def _seg(text, location="line 1", kind=SegmentKind.TEXT, offset=0):
    return Segment(part="document", location=location, kind=kind, text=text, offset=offset)


def test_split_cells_keeps_empty_tab_cells_when_asked():
    line = "1\t\t柴永福\t个体\t13900000000\t\t"
    assert [line[s:e] for s, e in split_cells(line, keep_empty=True)] == ["1", "", "柴永福", "个体", "13900000000"]
    assert [line[s:e] for s, e in split_cells(line)] == ["1", "柴永福", "个体", "13900000000"]


def test_row_with_an_empty_cell_is_aligned_with_its_header():
    segs = [_seg("序号\t姓名\t身份\t联系电话\t电子邮箱\t签名"), _seg("1\t柴永福\t个体\t13900000000\t\t")]
    ctx = _text_contexts(segs)[1]
    row = segs[1].text
    assert [(row[s:e], h) for s, e, h in ctx.cells] == [
        ("1", "序号"), ("柴永福", "姓名"), ("个体", "身份"), ("13900000000", "联系电话"),
    ]


def test_label_value_form_in_docx(rule_detector):
    cells = [("1", "1", "姓名"), ("1", "2", "柴永福"), ("2", "1", "身份证号码"), ("2", "2", "110105198407230422")]
    segs = [
        _seg(text, location=f"tbl[1]/tr[{r}]/tc[{c}]/p[1]", kind=SegmentKind.PARAGRAPH) for r, c, text in cells
    ]
    ctx = _docx_contexts(segs)
    assert ctx[1].cells[0][2].split(CONTEXT_SEP) == ["姓名"]
    assert "身份证号码" in ctx[3].cells[0][2].split(CONTEXT_SEP)
