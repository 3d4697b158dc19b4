"""The detail pane: why a finding was flagged (recognizer, score, context), what the policy
suggests, and the controls to decide it (legal basis, note, every occurrence)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.core.legal import BASES
from review_desk.core.names import ENTITY_TYPES as TYPE_LABELS
from review_desk.core.detect.policy import BLOCKING_TYPES
from review_desk.core.review.draft import DraftReview

from .parts import part_label

CONTEXT_CHARS = 30


class DetailPane(QWidget):
    decide = Signal(str)  # action: redact | mask | keep
    next_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fid: str | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.value = QLabel()
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel()
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion = QLabel()
        self.decision = QLabel()
        self.basis = QComboBox()
        self.basis.addItem(self.tr("(policy default)"), None)
        for b in BASES:
            self.basis.addItem(f"{b.label}", b.code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.all_occurrences = QCheckBox(self.tr("Apply to every occurrence of this value"))
        self.whole_column = QCheckBox(self.tr("Apply to the whole table column"))
        self.column_of = lambda _fid: []  # the main window sets it: findings of the same table column
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Value:"), self.value)
        form.addRow(self.tr("Where:"), self.where)
        form.addRow(self.tr("Why:"), self.why)
        form.addRow(self.tr("Context:"), self.context)
        form.addRow(self.tr("Suggested:"), self.suggestion)
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow(self.tr("Legal basis:"), self.basis)
        form.addRow(self.tr("Note:"), self.note)

        self.redact_button = QPushButton(self.tr("Redact (R)"))
        self.mask_button = QPushButton(self.tr("Mask (M)"))
        self.keep_button = QPushButton(self.tr("Keep (K)"))
        self.next_button = QPushButton(self.tr("Next undecided (N)"))
        self.block_button = QPushButton(self.tr("Block (B)"))
        self.not_mark_button = QPushButton(self.tr("Not a mark (X)"))
        for button, action in ((self.redact_button, "redact"), (self.mask_button, "mask"), (self.keep_button, "keep"),
                               (self.block_button, "block"), (self.not_mark_button, "not_a_mark")):
            button.clicked.connect(lambda _checked=False, a=action: self.decide.emit(a))
        self.next_button.clicked.connect(self.next_requested)
        buttons = QHBoxLayout()
        for b in (self.redact_button, self.mask_button, self.keep_button, self.block_button, self.not_mark_button,
                  self.next_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.all_occurrences)
        layout.addWidget(self.whole_column)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.show_finding(None, None)

    def status_text(self, status: str) -> str:
        return {"undecided": self.tr("Undecided"), "redact": self.tr("Redact (remove, basis mark left)"),
                "mask": self.tr("Mask (partly hidden)"), "keep": self.tr("Keep"),
                "block": self.tr("Block: a classification mark, not to be published proactively"),
                "not_a_mark": self.tr("Not a classification mark (reason in the note)")}.get(status, status)

    def show_finding(self, draft: DraftReview | None, fid: str | None) -> None:
        self.fid = fid
        self.error.clear()
        enabled = draft is not None and fid is not None
        editable = enabled and (draft.review is None or draft.review.is_open)  # signed: read-only
        for w in (self.redact_button, self.mask_button, self.keep_button, self.basis, self.note, self.all_occurrences,
                  self.whole_column, self.block_button, self.not_mark_button):
            w.setEnabled(editable)
        mark = enabled and draft.by_id[fid].type in BLOCKING_TYPES  # a mark is confirmed or dismissed
        for w in (self.redact_button, self.mask_button, self.keep_button):
            w.setVisible(not mark)
        for w in (self.block_button, self.not_mark_button):
            w.setVisible(mark)
        if not enabled:
            self.whole_column.setVisible(False)
            self.title.setText(self.tr("No finding selected"))
            for label in (self.value, self.where, self.why, self.context, self.suggestion, self.decision):
                label.clear()
            return
        f = draft.by_id[fid]
        self.title.setText(TYPE_LABELS.get(f.type, f.type))
        self.value.setText(f.text)
        self.where.setText(draft.where(fid))  # the PDF log's words, the table column by its header
        self.where.setToolTip(f"{part_label(f.part)} · {f.location}")
        if fid in draft.manual:
            self.why.setText(self.tr("Added by the reviewer"))
        else:
            self.why.setText(self.tr("{0}, confidence {1:.2f}").format(f.recognizer, f.score))
        self.context.setText(self._context(draft, f))
        self.suggestion.setText(self.status_text(draft.suggested(fid)))
        decision = draft.decisions.get(fid)
        self.decision.setText(self.status_text(decision.action if decision else "undecided"))
        basis = decision.basis if decision else draft.suggested_basis(fid)  # undecided: the suggestion's basis
        self.basis.setCurrentIndex(max(0, self.basis.findData(basis)) if basis else 0)
        self.note.setText(decision.note or "" if decision else "")
        same = len(draft.same_value(fid))
        self.all_occurrences.setText(self.tr("Apply to every occurrence of this value ({0})").format(same))
        column = len(self.column_of(fid))
        self.whole_column.setVisible(column > 1)
        self.whole_column.setText(self.tr("Apply to the whole table column ({0} findings)").format(column))

    @staticmethod
    def _context(draft: DraftReview, f) -> str:
        from html import escape

        seg = next((s for s in draft.document.segments if s.part == f.part and s.location == f.location), None)
        if seg is None:
            return ""
        base = seg.offset if seg.part == "text" else 0
        start, end = f.start - base, f.end - base
        before = seg.text[max(0, start - CONTEXT_CHARS) : start]
        after = seg.text[end : end + CONTEXT_CHARS]
        return f"…{escape(before)}<b><u>{escape(seg.text[start:end])}</u></b>{escape(after)}…"

    def chosen_basis(self) -> str | None:
        return self.basis.currentData()

    def chosen_note(self) -> str | None:
        return self.note.text().strip() or None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
