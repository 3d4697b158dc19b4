"""A span the detector missed: the reviewer selected it and says what kind of personal data it is."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from review_desk.core.detect.policy import PERSONAL_DATA_TYPES
from review_desk.core.names import ENTITY_TYPES as TYPE_LABELS

from ._common import plain_label

#: Personal-data types in the order of TYPE_LABELS (姓名 first).
#: personal data first, then a missed classification mark (it blocks 主动公开) and an organisation
MANUAL_TYPES: tuple[str, ...] = tuple(t for t in TYPE_LABELS if t in PERSONAL_DATA_TYPES) + tuple(
    sorted(PERSONAL_DATA_TYPES - set(TYPE_LABELS))) + ("CLASSIFIED_MARK", "ORGANIZATION")
#: How much of a long selection is shown.
MAX_SHOWN = 200


class ManualFindingDialog(QDialog):
    """Ask the type of the selected ``text``; ``entity_type`` holds the choice (default PERSON)."""

    def __init__(self, text: str, parent: QWidget | None = None, entity_type: str = "PERSON") -> None:
        super().__init__(parent)
        self.text = text
        self.setWindowTitle(self.tr("Add a finding"))

        shown = text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"
        self.text_label = plain_label(shown)
        self.text_label.setStyleSheet("font-weight: bold;")
        self.type_combo = QComboBox()
        for t in MANUAL_TYPES:
            self.type_combo.addItem(f"{TYPE_LABELS.get(t, t)} ({t})", t)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(entity_type)))

        form = QFormLayout()
        form.addRow(self.tr("Selected text:"), self.text_label)
        form.addRow(self.tr("&Type:"), self.type_combo)
        self.hint_label = plain_label(self.tr(
            "Every occurrence of this text in the document becomes a finding to decide."))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add finding"))
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(bool(text.strip()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self.type_combo.setFocus()

    @property
    def entity_type(self) -> str:
        return self.type_combo.currentData()

    def accept(self) -> None:
        if not self.text.strip():
            return
        super().accept()
