"""The publish dialog: what the published copy will be, confirmed before it is written.

It lists what the sanitizer will remove (the Document Inspector's list: comments, tracked changes,
hidden text, properties, custom XML, embedded objects …), how many values are masked or removed
and the disclosure stamp, all from the real publication preview; the reviewer chooses where the
copy goes and confirms.  What was removed is recorded with the publication in the log.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.core.publish.preview import PublicationPreview

from ..messages import sanitize_text
from ._common import plain_label


class PublishDialog(QDialog):
    """Confirm publishing ``preview`` to ``path`` (editable); ``path`` holds the choice."""

    def __init__(self, preview: PublicationPreview, path: str, stamp_line: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Publish"))
        self.setMinimumWidth(560)
        replaced = sum(1 for a in preview.applied if a.operation.value in ("mask", "redact"))
        self.summary = plain_label(self.tr("{0} value(s) will be masked or removed; the copy is stamped “{1}”.")
                                   .format(replaced, stamp_line))
        self.inspector_label = plain_label(self.tr("The sanitizer will remove:"))
        self.inspector = QListWidget()
        for action in preview.sanitize:
            self.inspector.addItem(sanitize_text(action.code, action.count))
        if not preview.sanitize:
            self.inspector.addItem(self.tr("Nothing: the file carries no comments, revisions, hidden text or "
                                           "metadata to remove."))
        self.path_edit = QLineEdit(path)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.note = plain_label(self.tr("This list is recorded with the publication in the review log."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        for w in (self.summary, self.inspector_label, self.inspector):
            layout.addWidget(w)
        layout.addWidget(plain_label(self.tr("Publish to:")))
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    @property
    def path(self) -> str:
        return self.path_edit.text().strip()

    def browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Publish to"), self.path)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self.path_edit.setText)
        dialog.open()
