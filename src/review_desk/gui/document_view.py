"""The document as it looks, every part reachable, with findings highlighted by status.

:mod:`.document_render` draws the segments (tables as tables, headings, formatting) in labelled
areas per part (正文, 页眉, 批注, 文档属性 …); each finding is coloured by its status (undecided /
redact / mask / keep) and underlined in its type's colour.  The view maps characters back to findings (click to select)
and a text selection back to a segment span (to add a manual finding).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from review_desk.core.detect.finding import Finding
from review_desk.core.document import Document
from review_desk.core.document.layout import DocumentLayout

if TYPE_CHECKING:
    from review_desk.core.publish.preview import PublicationPreview

from .document_render import render

STATUS_COLOURS = {
    "undecided": ("#fff1a8", "#000000"),
    "redact": ("#222222", "#ffffff"),
    "mask": ("#c9c9c9", "#000000"),
    "keep": ("#cdeed6", "#000000"),
    "block": ("#ff6b6b", "#000000"),  # a classification mark confirmed: blocks 主动公开
    "not_a_mark": ("#cdeed6", "#000000"),
}
STAMP_COLOUR = "#d6e9ff"
_KEEP_ANCHOR = QTextCursor.MoveMode.KeepAnchor
TYPE_COLOURS = {
    "PERSON": "#c0392b", "CN_ADDRESS": "#8e44ad", "CN_ID_CARD": "#d35400", "PHONE_NUMBER": "#2471a3",
    "EMAIL_ADDRESS": "#117a65", "CN_BANK_CARD": "#b7950b", "CLASSIFIED_MARK": "#ff0000",
}


class DocumentView(QTextEdit):
    finding_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._starts: list[int] = []  # view position where each segment's text starts
        self._segments: list = []
        self._seg_index: dict[tuple[str, str], int] = {}
        self._spans: list[tuple[int, int, str]] = []  # (view start, view end, finding id), sorted
        self._cursors: list[QTextCursor] | None = None  # a cursor per span, made on first refresh
        self._span_index: dict[str, list[int]] = {}  # finding id -> its indices in _spans
        self._selections: list | None = None  # the highlight of each span, as last shown
        self._status: Callable[[str], str] = lambda _fid: "undecided"
        self._findings: dict[str, Finding] = {}
        self._current: str | None = None
        self._formats: dict[tuple[str, str, bool], QTextCharFormat] = {}
        self._drawn: QTextDocument | None = None  # the document last drawn by show_document
        self.preview_mode = False  # showing the text as it will be published (no manual findings)

    # -- content ------------------------------------------------------------------------------

    def _draw(self, document: Document, layout: DocumentLayout | None) -> None:
        text = QTextDocument(self)  # drawn detached from the view (no relayout per insertion), then shown
        text.setDefaultFont(self.document().defaultFont())
        placed = render(QTextCursor(text), document, layout)
        old, self._drawn = self._drawn, text
        self.setDocument(text)  # Qt deletes its own first document; ours go here
        if old is not None:
            old.deleteLater()
        self._segments = [seg for seg, _pos in placed]
        self._starts = [pos for _seg, pos in placed]
        self._seg_index = {(seg.part, seg.location): i for i, seg in enumerate(self._segments)}

    def show_document(self, document: Document, findings: Sequence[Finding], status: Callable[[str], str],
                      layout: DocumentLayout | None = None) -> None:
        """Draw ``document`` as it looks (tables, headings, formatting; see :mod:`.document_render`)
        and highlight ``findings`` by ``status``."""
        self._status = status
        self.preview_mode = False
        self._draw(document, layout)
        self.set_findings(findings)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def show_preview(self, preview: PublicationPreview, status: Callable[[str], str], stamp_line: str) -> None:
        """Draw the document as it will be published: every replacement highlighted (by its
        finding's status, clicking selects the finding) and the disclosure stamp line framed."""
        self._status = status
        self.preview_mode = True
        self._draw(preview.document, preview.layout)
        self._findings = {a.finding.id: a.finding for a in preview.applied}
        used: set[tuple[int, int]] = set()
        spans = []
        for a in preview.applied:
            if not a.replacement:
                continue
            key = (a.finding.part, a.finding.location)
            candidates = [self._seg_index[key]] if key in self._seg_index else range(len(self._segments))
            for index in candidates:
                seg, found = self._segments[index], -1
                while (found := seg.text.find(a.replacement, found + 1)) >= 0:
                    span = (self._starts[index] + found, self._starts[index] + found + len(a.replacement))
                    if span not in used:
                        break
                if found >= 0:
                    used.add(span)
                    spans.append((*span, a.finding.id))
                    break
        self._spans = sorted(spans)
        self._cursors = None
        stamp = next((i for i, seg in enumerate(self._segments) if seg.text.strip() == stamp_line), None)
        if stamp is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._starts[stamp])
            cursor.setPosition(self._starts[stamp] + len(self._segments[stamp].text), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(STAMP_COLOUR)))
            fmt.setFontWeight(QFont.Weight.Bold)
            cursor.mergeCharFormat(fmt)
        self.refresh()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = {f.id: f for f in findings}
        spans = []
        for f in findings:
            span = self.view_span(f)
            if span:
                spans.append((span[0], span[1], f.id))
        self._spans = sorted(spans)
        self._cursors = None
        self.refresh()

    def view_span(self, f: Finding) -> tuple[int, int] | None:
        index = self._seg_index.get((f.part, f.location))
        if index is None:
            return None
        seg = self._segments[index]
        base = seg.offset if seg.part == "text" else 0
        start = self._starts[index] + f.start - base
        return start, start + (f.end - f.start)

    def _format(self, status: str, entity_type: str, current: bool) -> QTextCharFormat:
        """One shared format per (status, type, current): built once, reused for every span.

        Brushes are passed explicitly: the implicit QColor -> QBrush conversion of
        ``setBackground`` mis-counts references to None in PySide6 6.12, which crashed the desk
        after some thousand calls (a 100,000-character document)."""
        key = (status, entity_type, current)
        fmt = self._formats.get(key)
        if fmt is None:
            background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["undecided"])
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(background)))
            fmt.setForeground(QBrush(QColor(foreground)))
            fmt.setUnderlineColor(QColor(TYPE_COLOURS.get(entity_type, "#555555")))
            if current:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            self._formats[key] = fmt
        return fmt

    def _span_cursors(self) -> list[QTextCursor]:
        """One cursor per span, made once per set of spans (a decision only changes formats)."""
        if self._cursors is None:
            document, keep = self.document(), _KEEP_ANCHOR
            cursors = []
            self._span_index = {}
            for i, (start, end, fid) in enumerate(self._spans):
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, keep)
                cursors.append(cursor)
                self._span_index.setdefault(fid, []).append(i)
            self._cursors = cursors
            self._selections = None
        return self._cursors

    def _selection(self, cursor: QTextCursor, fid: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format = self._format(self._status(fid), self._findings[fid].type, fid == self._current)
        return sel

    def refresh(self, fids=None) -> None:
        """Recolour the findings ``fids`` (default: all) by their current status, the current one
        with a wave underline; the other highlights are reused as they are."""
        cursors = self._span_cursors()
        if fids is None or self._selections is None:
            self._selections = [self._selection(c, fid) for c, (_s, _e, fid) in zip(cursors, self._spans)]
        else:
            for fid in set(fids):
                for i in self._span_index.get(fid, ()):
                    self._selections[i] = self._selection(cursors[i], fid)
        self.setExtraSelections(self._selections)

    # -- navigation ---------------------------------------------------------------------------

    def scroll_to(self, fid: str) -> None:
        previous, self._current = self._current, fid
        f = self._findings.get(fid)
        span = self.view_span(f) if f else None
        if span:
            cursor = QTextCursor(self.document())
            cursor.setPosition(span[0])
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self.refresh([x for x in (previous, fid) if x])

    def finding_at(self, position: int) -> str | None:
        i = bisect.bisect_right(self._spans, (position, float("inf"), "")) - 1
        while i >= 0:
            start, end, fid = self._spans[i]
            if start <= position < end:
                return fid
            if end <= position and start < position - 2000:
                break
            i -= 1
        return None

    def selection_span(self) -> tuple[str, str, int, int] | None:
        """``(part, location, start, end)`` of the selected text, when it lies in one segment."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.preview_mode:
            return None
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        i = bisect.bisect_right(self._starts, a) - 1
        if i < 0:
            return None
        seg = self._segments[i]
        local_a, local_b = a - self._starts[i], b - self._starts[i]
        if local_b > len(seg.text) or local_a < 0:
            return None
        base = seg.offset if seg.part == "text" else 0
        return seg.part, seg.location, base + local_a, base + local_b

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            fid = self.finding_at(self.cursorForPosition(event.position().toPoint()).position())
            if fid:
                self.finding_clicked.emit(fid)
