"""Draws a read document into a ``QTextDocument`` the way it looks: tables as ``QTextTable`` (header
row shaded, merged cells merged, borders as in the file), headings, alignment, spacing, bold /
italic / underline, from :mod:`review_desk.core.document.layout`.

Why a ``QTextDocument`` built from the reader's segments (and not HTML, or a page renderer such as
LibreOffice): every character of a segment is inserted exactly once, in reading order, as one
contiguous run of text, so the position where a segment starts plus a segment offset is the view
position of that character — findings are highlighted in place, a selection maps back to segment
offsets (manual findings), and nothing of the file reaches the screen that the core did not read.

Each part has its own labelled area (正文, 页眉, 页脚, 脚注, 尾注, 批注 …).  In each area the
running text comes first; text before tracked changes (修订) and the other places text hides in
(field codes, authors, link targets, alt text …) follow under their own labels.

:func:`render` returns ``(segment, view position)`` pairs in increasing position order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from review_desk.core.document import Document, Segment, SegmentKind
from review_desk.core.document.layout import DocumentLayout, ParagraphLayout, TableLayout, cell_path, table_of

from .parts import part_label, segment_label

_FLOW = (SegmentKind.PARAGRAPH, SegmentKind.TEXT)
_ALIGN = {"center": Qt.AlignmentFlag.AlignHCenter, "right": Qt.AlignmentFlag.AlignRight,
          "justify": Qt.AlignmentFlag.AlignJustify, "left": Qt.AlignmentFlag.AlignLeft}
_HEADING_PT = {1: 16.0, 2: 14.5, 3: 13.0}
AREA_BACKGROUND = "#e3e8ef"
HEADER_CELL_BACKGROUND = "#eef1f5"
PT_TO_PX = 4 / 3


def view_text(text: str) -> str:
    """A segment's text as inserted: a line break stays inside its block (one character for one)."""
    return text.replace("\n", "\u2028")


class _Renderer:
    def __init__(self, cursor: QTextCursor, document: Document, layout: DocumentLayout | None) -> None:
        self.cursor = cursor
        self.document = document
        self.layout = layout or DocumentLayout()
        self.placed: list[tuple[Segment, int]] = []
        self.tables: list[tuple[str, QTextTable, TableLayout]] = []  # open tables, outermost first
        self.filled: set[tuple[int, int, int]] = set()  # (table id, row, column) of cells with text
        self.first = True
        base = QTextCharFormat()
        self.body = base
        self.label = QTextCharFormat()
        self.label.setForeground(QBrush(QColor("#555555")))

    # -- areas --------------------------------------------------------------------------------

    def new_block(self, fmt: QTextBlockFormat | None = None) -> None:
        if self.first:
            self.first = False
            if fmt is not None:
                self.cursor.setBlockFormat(fmt)
            return
        self.cursor.insertBlock(fmt or QTextBlockFormat(), self.body)

    def area_heading(self, text: str, small: bool = False) -> None:
        self.close_tables(0)
        fmt = QTextBlockFormat()
        fmt.setBackground(QBrush(QColor(AREA_BACKGROUND if not small else "#f1f3f6")))
        fmt.setTopMargin(10 if not small else 4)
        fmt.setBottomMargin(4)
        self.new_block(fmt)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        char.setForeground(QBrush(QColor("#34495e")))
        self.cursor.insertText(text, char)

    def run(self) -> list[tuple[Segment, int]]:
        if self.document.format.value == "text":
            self.area_heading(f"【{part_label('text')}】")
            for seg in self.document.segments:
                self.new_block()
                self.place(seg)
            return self.placed
        groups: list[tuple[str, list[Segment]]] = []
        for seg in self.document.segments:
            if groups and groups[-1][0] == seg.part:
                groups[-1][1].append(seg)
            else:
                groups.append((seg.part, [seg]))
        last_label = None
        for part, segments in groups:
            label = part_label(part)
            if label != last_label:  # core.xml after app.xml: one heading
                self.area_heading(f"【{label}】")
                last_label = label
            self.part(part, segments)
        self.close_tables(0)
        return self.placed

    def part(self, part: str, segments: Sequence[Segment]) -> None:
        flow, deleted, other = [], [], []
        for s in segments:
            if s.kind in _FLOW and "vml-txbx" not in s.location:
                flow.append(s)
            else:
                (deleted if s.kind is SegmentKind.DELETED else other).append(s)
        for seg in flow:
            self.paragraph(part, seg)
        self.close_tables(0)
        if deleted:
            self.area_heading(QCoreApplication.translate("document", "Tracked changes: the text before the revision"),
                              small=True)
            for seg in deleted:
                self.labelled(seg)
        if other:
            if flow or deleted:
                self.area_heading(QCoreApplication.translate("document", "Other places in this part"), small=True)
            for seg in other:
                self.labelled(seg)

    def labelled(self, seg: Segment) -> None:
        self.new_block()
        if seg.kind not in _FLOW or "vml-txbx" in seg.location:
            self.cursor.insertText(f"{segment_label(seg)}: ", self.label)
        self.place(seg)

    def place(self, seg: Segment, layout: ParagraphLayout | None = None, base: QTextCharFormat | None = None) -> None:
        self.placed.append((seg, self.cursor.position()))
        base = base or self.body
        if layout is None or not layout.runs:
            self.cursor.insertText(view_text(seg.text), base)
            return
        at = 0
        for start, end, style in layout.runs:
            if start > at:
                self.cursor.insertText(view_text(seg.text[at:start]), base)
            fmt = QTextCharFormat(base)
            if style.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if style.italic:
                fmt.setFontItalic(True)
            if style.underline:
                fmt.setFontUnderline(True)
            if style.size and not base.hasProperty(QTextCharFormat.Property.FontPointSize):
                fmt.setFontPointSize(min(max(style.size * 0.7, 9.0), 18.0))
            self.cursor.insertText(view_text(seg.text[start:end]), fmt)
            at = end
        if at < len(seg.text):
            self.cursor.insertText(view_text(seg.text[at:]), base)

    # -- paragraphs and tables ----------------------------------------------------------------

    def paragraph(self, part: str, seg: Segment) -> None:
        layout = self.layout.paragraph(seg)
        chain = []
        for cell in cell_path(seg.location):
            table = self.layout.tables.get((part, table_of(cell)))
            drawn = table.cell(cell) if table else None
            if drawn is None:
                break
            chain.append((table_of(cell), table, drawn))
        keep = 0
        while keep < min(len(chain), len(self.tables)) and self.tables[keep][0] == chain[keep][0]:
            keep += 1
        self.close_tables(keep)
        for loc, table_layout, _cell in chain[keep:]:
            self.open_table(loc, table_layout, chain)
        block = self.block_format(layout, in_table=bool(chain))
        char = QTextCharFormat(self.body)
        if layout is not None and layout.heading:
            char.setFontWeight(QFont.Weight.Bold)
            char.setFontPointSize(_HEADING_PT.get(layout.heading, 12.0))
        if chain:
            _loc, table_layout, cell = chain[-1]
            table = self.tables[-1][1]
            if cell.row < table_layout.header_rows:
                char.setFontWeight(QFont.Weight.Bold)
            key = (id(table), cell.row, cell.column)
            self.cursor = table.cellAt(cell.row, cell.column).lastCursorPosition()
            if key in self.filled:
                self.cursor.insertBlock(block, char)
            else:
                self.cursor.setBlockFormat(block)
                self.filled.add(key)
        else:
            self.new_block(block)
        self.place(seg, layout, char)

    def block_format(self, layout: ParagraphLayout | None, in_table: bool) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        if layout is None:
            fmt.setBottomMargin(2 if in_table else 4)
            return fmt
        if layout.alignment in _ALIGN:
            fmt.setAlignment(_ALIGN[layout.alignment])
        if not in_table:
            fmt.setTopMargin(min(layout.space_before, 24) * PT_TO_PX)
            fmt.setBottomMargin(max(4.0, min(layout.space_after, 24) * PT_TO_PX))
            fmt.setTextIndent(min(layout.first_line_indent, 48) * PT_TO_PX * 0.7)
        if layout.heading:
            fmt.setHeadingLevel(layout.heading)
        return fmt

    def open_table(self, loc: str, layout: TableLayout, chain) -> None:
        if self.tables:  # a nested table: inside the outer cell
            outer_loc, outer_layout, outer_cell = chain[len(self.tables) - 1]
            outer = self.tables[-1][1]
            self.cursor = outer.cellAt(outer_cell.row, outer_cell.column).lastCursorPosition()
            key = (id(outer), outer_cell.row, outer_cell.column)
            if key in self.filled:
                self.cursor.insertBlock()
            self.filled.add(key)
        else:
            self.new_block()
        fmt = QTextTableFormat()
        fmt.setBorder(1 if layout.borders else 0)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(QBrush(QColor("#444444" if layout.borders else "#dddddd")))
        fmt.setBorderCollapse(True)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(4)
        fmt.setHeaderRowCount(layout.header_rows)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        if layout.widths:
            fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w * 100)
                                           for w in layout.widths])
        table = self.cursor.insertTable(layout.rows, layout.columns, fmt)
        for cell in layout.cells:
            if cell.row_span > 1 or cell.column_span > 1:
                table.mergeCells(cell.row, cell.column, cell.row_span, cell.column_span)
        shade = QBrush(QColor(HEADER_CELL_BACKGROUND))
        for row in range(min(layout.header_rows, layout.rows)):
            for column in range(layout.columns):
                qcell = table.cellAt(row, column)
                cell_format = qcell.format()
                cell_format.setBackground(shade)
                qcell.setFormat(cell_format)
        self.tables.append((loc, table, layout))

    def close_tables(self, keep: int) -> None:
        """Leave the open tables deeper than ``keep``: the cursor goes to the block after each."""
        while len(self.tables) > keep:
            _loc, table, _layout = self.tables.pop()
            self.cursor.setPosition(table.lastPosition() + 1)
            self.first = False


def render(cursor: QTextCursor, document: Document, layout: DocumentLayout | None) -> list[tuple[Segment, int]]:
    """Draw ``document`` at ``cursor`` (an empty document); ``(segment, position)`` in view order."""
    return _Renderer(cursor, document, layout).run()

