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


def test_a_roster_written_with_single_spaces_is_a_table():
    segs = [_seg("姓名 详细地址 补奖面积（亩） 金额（元）"), _seg("林某 树林召镇哈什拉村五社 122 5654"),
            _seg("这是 一行 普通 文字 12 个")]
    ctx = _text_contexts(segs)
    row = segs[1].text
    assert [(row[s:e], h.split(CONTEXT_SEP)[0]) for s, e, h in ctx[1].cells] == [
        ("林某", "姓名"), ("树林召镇哈什拉村五社", "详细地址"), ("122", "补奖面积（亩）"), ("5654", "金额（元）"),
    ]
    assert 2 not in ctx  # a different number of words: not a row of that table


def test_a_spaced_line_under_no_header_is_no_table():
    segs = [_seg("2026年 工作 总结 如下"), _seg("林某 树林召镇哈什拉村五社 122 5654")]
    assert _text_contexts(segs) == {}


def test_an_address_column_of_a_persons_table_carries_the_person_column():
    segs = [_seg("被执行人\t身份证号码\t地址\t执行标的（元）"), _seg("许某\t420606198301165219\t樊城区王寨街道东门巷2号\t731453")]
    ctx = _text_contexts(segs)[1]
    assert ctx.cells[2][2].split(CONTEXT_SEP) == ["地址", "被执行人"]
    assert ctx.cells[0][2] == "被执行人"


def test_an_address_column_beside_an_organisation_column_does_not():
    segs = [_seg("当事人名称\t统一社会信用代码\t地址\t处罚内容"), _seg("某某有限公司\t91370102MA3C4X5Y6K\t历下区某路1号\t罚款")]
    assert _text_contexts(segs)[1].cells[2][2] == "地址"


def test_the_address_cell_of_a_persons_table_is_a_home(rule_detector):
    from .conftest import found

    cell = "樊城区王寨街道东门巷2号"
    assert found(rule_detector, cell, "CN_ADDRESS", context=["地址", "被执行人"]) == [cell]
    assert found(rule_detector, cell, "CN_ADDRESS", context=["地址"]) == []


def test_a_docx_persons_table_gives_its_address_column_the_person_column():
    cells = [("1", "1", "姓名"), ("1", "2", "身份证号码"), ("1", "3", "地址"),
             ("2", "1", "许某"), ("2", "2", "420606198301165219"), ("2", "3", "樊城区王寨街道东门巷2号")]
    segs = [
        _seg(text, location=f"tbl[1]/tr[{r}]/tc[{c}]/p[1]", kind=SegmentKind.PARAGRAPH) for r, c, text in cells
    ]
    ctx = _docx_contexts(segs)
    assert ctx[5].cells[0][2].split(CONTEXT_SEP)[:2] == ["地址", "姓名"]
    assert ctx[3].cells[0][2].split(CONTEXT_SEP)[0] == "姓名"
