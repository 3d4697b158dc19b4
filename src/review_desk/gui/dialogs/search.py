"""Find what the detector missed: a text or a pattern searched in every part of the document; every
match becomes a finding of the chosen type at once (matches inside existing findings are skipped)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from review_desk.core.names import ENTITY_TYPES
from review_desk.core.review.draft import DraftReview

from ..search import Span, matches, uncovered
from ._common import error_label, plain_label
from .manual_finding import MANUAL_TYPES


class SearchDialog(QDialog):
    """``spans`` and ``entity_type`` hold the result when accepted."""

    def __init__(self, draft: DraftReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.spans: list[Span] = []
        self.setWindowTitle(self.tr("Find and add as findings"))
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Text, or a pattern such as 1[3-9]\\d{9}"))
        self.regex_box = QCheckBox(self.tr("&Regular expression"))
        self.type_combo = QComboBox()
        for t in MANUAL_TYPES:
            self.type_combo.addItem(f"{ENTITY_TYPES.get(t, t)} ({t})", t)
        self.count_label = plain_label()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.query_edit)
        form.addRow("", self.regex_box)
        form.addRow(self.tr("&Type:"), self.type_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.query_edit.textChanged.connect(self.update_matches)
        self.regex_box.toggled.connect(self.update_matches)
        self.update_matches()

    @property
    def entity_type(self) -> str:
        return self.type_combo.currentData()

    def update_matches(self) -> None:
        self.error.clear()
        try:
            found = matches(self.draft.document, self.query_edit.text(), regex=self.regex_box.isChecked())
        except re.error as exc:
            found = []
            self.error.setText(self.tr("Not a valid pattern: {0}").format(exc.msg))
        self.spans = uncovered(self.draft, found)
        self.count_label.setText(self.tr("{0} match(es), {1} not yet a finding.").format(len(found), len(self.spans)))
        self.ok_button.setText(self.tr("&Add {0} finding(s)").format(len(self.spans)))
        self.ok_button.setEnabled(bool(self.spans))
