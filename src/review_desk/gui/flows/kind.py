"""Choosing the document's kind (更改文件类型…): the reviewer overrides the kind read from the title,
文号 and structure, as ``review start --kind`` does.  The draft takes the chosen kind's policy (and the
抄送 findings of a proposal reply, or loses them); the kind is recorded as chosen by the reviewer when
the review goes into the log at sign-off.  Only while the review is not yet in the log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from review_desk.core.names import DOCUMENT_KINDS, error_text

from ..dialogs._common import plain_label

if TYPE_CHECKING:
    from ..main_window import MainWindow


class KindDialog(QDialog):
    """A combo box of the kinds; ``kind`` holds the chosen one."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the document kind"))
        self.combo = QComboBox()
        for code, name in DOCUMENT_KINDS.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("The review uses the chosen kind's policy; the kind is recorded as "
                                             "chosen by the reviewer.")))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    @property
    def kind(self) -> str:
        return str(self.combo.currentData())


class KindFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def allowed(self) -> bool:
        draft = self.window.draft
        return draft is not None and draft.kind is not None and draft.review is None

    def _refuse(self) -> None:
        self.window.show_error(QCoreApplication.translate(
            "KindFlow", "The kind can be changed only before the review is signed."))

    def choose(self) -> None:
        window = self.window
        if not self.allowed():
            self._refuse()
            return
        dialog = KindDialog(window.draft.kind.kind.value, window)
        window.show_dialog(dialog, lambda: self.apply(dialog.kind))

    def apply(self, kind: str) -> bool:
        window = self.window
        draft = window.draft
        if not self.allowed():
            self._refuse()
            return False
        try:
            draft.choose_kind(kind)
        except Exception as exc:  # noqa: BLE001 - the rule that refused it is shown, never raised
            window.show_error(error_text(exc))
            return False
        window.undo_stack.clear()  # the undo steps refer to the findings of the former policy
        window.model.set_draft(draft)
        window.kind_label.show_draft(draft)
        window.view.show_document(draft.document, draft.findings, draft.status, window.doc_layout)
        window._update_progress()
        window.apply_state()
        window._autosave()
        window.statusBar().showMessage(QCoreApplication.translate("KindFlow", "Kind: {0}; policy: {1}.").format(
            DOCUMENT_KINDS[kind], draft.policy.name))
        return True
