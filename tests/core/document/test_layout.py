"""The layout of a .docx: table grids with merged cells and header rows, headings, alignment and
run formatting, all keyed by the segment locators the findings use."""

from __future__ import annotations

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement

from review_desk.core.document import read_document
from review_desk.core.document.layout import RunStyle, cell_path, read_layout, table_of


def _roster(path):
    d = docx.Document()
    d.add_heading("关于补贴对象的公示", level=1)
    intro = d.add_paragraph()
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    intro.add_run("现将名单")
    intro.add_run("予以公示").bold = True
    intro.paragraph_format.space_before = docx.shared.Pt(12)
    table = d.add_table(rows=4, cols=3, style="Table Grid")
    for c, text in enumerate(("姓名", "身份证号码", "备注")):
        table.cell(0, c).text = text
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)
    table.cell(1, 0).text = "张三"
    table.cell(1, 1).text = "370102199001011234"
    table.cell(2, 0).text = "李四"
    table.cell(2, 1).text = "370102199202021234"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "同一户"
    table.cell(3, 0).merge(table.cell(3, 2)).text = "合计两人"
    d.save(path)
    return read_document(path)


def test_table_grid_with_merged_cells_and_header_row(tmp_path):
    document = _roster(tmp_path / "roster.docx")
    layout = read_layout(document)
    table = layout.tables[("word/document.xml", "tbl[1]")]
    assert (table.rows, table.columns, table.header_rows, table.borders) == (4, 3, 1, True)
    by_place = {(c.row, c.column): c for c in table.cells}
    assert by_place[(1, 2)].row_span == 2 and (2, 2) not in by_place  # vertical merge
    assert by_place[(3, 0)].column_span == 3  # horizontal merge
    assert len(table.widths) == 3 and abs(sum(table.widths) - 1) < 1e-6
    # every cell paragraph of the reader falls in a drawn cell
    cells = {c.locator for c in table.cells}
    for seg in document.segments:
        for cell in cell_path(seg.location):
            assert cell in cells and table_of(cell) == "tbl[1]"
    id_seg = next(s for s in document.segments if s.text == "370102199001011234")
    assert table.cell(cell_path(id_seg.location)[0]) == by_place[(1, 1)]


def test_headings_alignment_spacing_and_runs(tmp_path):
    document = _roster(tmp_path / "roster.docx")
    layout = read_layout(document)
    title = next(s for s in document.segments if s.text == "关于补贴对象的公示")
    assert layout.paragraph(title).heading == 1
    intro = next(s for s in document.segments if s.text == "现将名单予以公示")
    p = layout.paragraph(intro)
    assert p.alignment == "center" and p.space_before == 12 and p.heading == 0
    assert [(a, b) for a, b, style in p.runs if style.bold] == [(4, 8)]
    assert all(style != RunStyle() for _a, _b, style in p.runs)


def test_plain_text_and_changed_files_have_no_layout(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("电话13800138000\n", encoding="utf-8")
    assert not read_layout(read_document(text)).tables
    document = _roster(tmp_path / "roster.docx")
    (tmp_path / "roster.docx").write_bytes(b"PK changed")
    assert not read_layout(document, b"PK changed").paragraphs


def test_layout_reads_parts_by_content_type(tmp_path):
    from docx_factory import rename_parts

    original = tmp_path / "roster.docx"
    _roster(original)
    renamed = tmp_path / "renamed.docx"
    renamed.write_bytes(rename_parts(original.read_bytes(), {"word/document.xml": "word/document.bin"}))
    document = read_document(renamed)
    layout = read_layout(document)
    assert any(part == "word/document.bin" for part, _loc in layout.paragraphs)
    assert any(part == "word/document.bin" for part, _loc in layout.tables)
