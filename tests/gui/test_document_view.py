"""The document view looks like the document: a roster is a QTextTable with its rows, columns,
merged cells and header row; findings are highlighted in the right cells; a selection inside a
cell still maps back to the segment offsets (manual findings); other parts have labelled areas."""

from __future__ import annotations

import docx
from PySide6.QtGui import QTextCursor, QTextTable

from tests.gui.test_main_window import make_window


def roster(path):
    d = docx.Document()
    d.add_heading("关于补贴对象的公示", level=1)
    d.add_paragraph("现将名单公示如下：")
    table = d.add_table(rows=4, cols=3, style="Table Grid")
    for c, text in enumerate(("姓名", "联系电话", "备注")):
        table.cell(0, c).text = text
    table.cell(1, 0).text, table.cell(1, 1).text = "张三", "13800138000"
    table.cell(2, 0).text, table.cell(2, 1).text = "李四", "13912345678"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "同一户"
    table.cell(3, 0).merge(table.cell(3, 2)).text = "合计两人"
    d.sections[0].header.paragraphs[0].text = "页眉联系人电话13700001111"
    d.add_comment(d.paragraphs[1].runs, text="请核对", author="王审核")
    d.save(path)
    return path


def open_roster(qtbot, tmp_path, detector):
    window = make_window(qtbot, detector, tmp_path)
    window.open_file(str(roster(tmp_path / "roster.docx")))
    qtbot.waitUntil(lambda: window.draft is not None, timeout=60_000)  # the first scan imports spaCy
    return window


def tables(view):
    found = []
    frames = [view.document().rootFrame()]
    while frames:
        frame = frames.pop()
        if isinstance(frame, QTextTable):
            found.append(frame)
        frames.extend(frame.childFrames())
    return found


def test_roster_is_a_table_with_findings_in_their_cells(qtbot, tmp_path, fake_detector):
    window = open_roster(qtbot, tmp_path, fake_detector)
    [table] = tables(window.view)
    assert (table.rows(), table.columns()) == (4, 3)
    assert table.format().headerRowCount() == 1
    assert table.cellAt(1, 2).rowSpan() == 2 and table.cellAt(3, 0).columnSpan() == 3

    def cell_text(r, c):
        cell = table.cellAt(r, c)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    assert [cell_text(0, c) for c in range(3)] == ["姓名", "联系电话", "备注"]
    assert cell_text(1, 2) == "同一户" and cell_text(3, 0) == "合计两人"
    phones = {f.text: f for f in window.draft.findings}
    for text, row in (("13800138000", 1), ("13912345678", 2)):
        start, end = window.view.view_span(phones[text])
        cell = table.cellAt(start)
        assert (cell.row(), cell.column()) == (row, 1)
        cursor = QTextCursor(window.view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == text
    highlighted = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.view.extraSelections()}
    assert window.view.view_span(phones["13800138000"]) in highlighted


def test_selecting_text_in_a_cell_maps_to_segment_offsets(qtbot, tmp_path, fake_detector):
    window = open_roster(qtbot, tmp_path, fake_detector)
    seg = next(s for s in window.draft.document.segments if s.text == "李四")
    phone = next(f for f in window.draft.findings if f.text == "13912345678")
    start = window.view.view_span(phone)[0]
    name_cell = tables(window.view)[0].cellAt(2, 0)
    cursor = name_cell.firstCursorPosition()
    cursor.setPosition(cursor.position() + 2, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    assert window.view.selection_span() == (seg.part, seg.location, 0, 2)
    window.add_finding_at(window.view.selection_span(), "PERSON")
    added = next(f for f in window.draft.findings if f.text == "李四")
    assert added.location == seg.location and window.view.view_span(phone)[0] == start


def test_headings_and_labelled_areas(qtbot, tmp_path, fake_detector):
    window = open_roster(qtbot, tmp_path, fake_detector)
    text = window.view.toPlainText()
    for label in ("【正文】", "【页眉】", "【批注】"):
        assert label in text or label.replace("正文", "Body").replace("页眉", "Header").replace("批注", "Comments") in text
    block = window.view.document().findBlock(window.view.toPlainText().index("关于补贴对象的公示"))
    assert block.blockFormat().headingLevel() == 1
    header_phone = next(f for f in window.draft.findings if f.text == "13700001111")
    start, end = window.view.view_span(header_phone)
    assert window.view.toPlainText()[start:end] == "13700001111"
    assert text.index("13700001111") > text.index("合计两人")  # the header has its own area after the body
