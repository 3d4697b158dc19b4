"""Revoking (撤销) a signed review: the way forward when a signed decision must change.  The reviewer
(or countersigner) gives a reason; the core records the revocation, signed, and the same file can
then be reviewed again (the new review supersedes the revoked one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from review_desk.core.names import error_text

from ..dialogs._common import plain_label

if TYPE_CHECKING:
    from ..main_window import MainWindow


class RevokeDialog(QDialog):
    """Ask the reason for revoking; ``reason`` holds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke the review (撤销)"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why the signed decisions no longer stand"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Revoke"))
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("The revocation is signed and recorded in the log; the file can then be "
                                             "reviewed again.")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()


class RevokeFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def choose(self) -> None:
        window = self.window
        review = window.draft.review if window.draft else None
        if review is None or review.signature is None or review.revocation is not None:
            window.show_error(QCoreApplication.translate("RevokeFlow", "Only a signed review can be revoked."))
            return
        dialog = RevokeDialog(window)
        window.show_dialog(dialog, lambda: window.with_identity(lambda: self.revoke(dialog.reason)))

    def revoke(self, reason: str) -> bool:
        window = self.window
        try:
            state = window.desk.revoke(window.draft.review.review_id, reason, window.identity)
        except Exception as exc:  # noqa: BLE001 - the rule that refused it is shown, never raised
            window.show_error(error_text(exc))
            return False
        window.draft.review = state
        window.apply_state()
        window.statusBar().showMessage(QCoreApplication.translate("RevokeFlow", "Review {0} revoked.").format(
            state.review_id))
        return True
