"""The reviewer's identity: first-run setup (a new signing key) and signing in (unlocking it).

Both dialogs hold the unlocked :class:`~review_desk.core.review.workflow.Identity` in
``self.identity`` after they are accepted; an error from the core keeps the dialog open and is
shown in ``error_label``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from review_desk.core.errors import ReviewDeskError
from review_desk.core.identity import WrongPassphrase
from review_desk.core.identity.keys import MIN_PASSPHRASE
from review_desk.core.names import error_text
from review_desk.core.review.workflow import Identity, ReviewDesk

from ._common import busy_cursor, error_label, plain_label


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FirstRunDialog(QDialog):
    """Register the first reviewer of a desk: name, unit and a passphrase (typed twice)."""

    def __init__(self, desk: ReviewDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.identity: Identity | None = None
        self.setWindowTitle(self.tr("Set up your reviewer identity"))

        self.intro_label = plain_label(self.tr(
            "Every decision you record is signed with your own key. Choose a passphrase to protect it; "
            "it cannot be recovered if you forget it."))
        self.name_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.passphrase_edit = _password_edit()
        self.confirm_edit = _password_edit()
        self.hint_label = plain_label()
        self.error_label = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Passphrase &again:"), self.confirm_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create identity"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.name_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.confirm_edit)
        self.name_edit.setFocus()

        for edit in (self.name_edit, self.unit_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._validate)
        self._validate()

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()

    @property
    def unit(self) -> str:
        return self.unit_edit.text().strip()

    def problem(self) -> str | None:
        """Why the identity cannot be created yet (``None``: the fields are complete)."""
        passphrase = self.passphrase_edit.text()
        if not self.name:
            return self.tr("Enter your name.")
        if len(passphrase) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {0} characters.").format(MIN_PASSPHRASE)
        if passphrase != self.confirm_edit.text():
            return self.tr("The two passphrases do not match.")
        return None

    def _validate(self) -> None:
        problem = self.problem()
        self.hint_label.setText(problem or "")
        self.ok_button.setEnabled(problem is None)
        self.error_label.clear()

    def accept(self) -> None:
        if self.problem() is not None:
            return
        passphrase = self.passphrase_edit.text()
        try:
            with busy_cursor():
                self.desk.add_reviewer(self.name, self.unit, passphrase)
                self.identity = self.desk.identity(self.name, passphrase)
        except ReviewDeskError as exc:
            self.error_label.setText(error_text(exc))
            return
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        super().accept()


class SignInDialog(QDialog):
    """Unlock the key of a registered reviewer (chosen from the desk's reviewers)."""

    def __init__(self, desk: ReviewDesk, parent: QWidget | None = None, preselect: str | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.identity: Identity | None = None
        self.setWindowTitle(self.tr("Sign in"))

        self.reviewer_combo = QComboBox()
        self.passphrase_edit = _password_edit()
        self.hint_label = plain_label()
        self.error_label = error_label()

        reviewers = desk.log.reviewers()
        for r in reviewers:
            text = self.tr("{0} ({1})").format(r.name, r.unit) if r.unit else r.name
            self.reviewer_combo.addItem(text, r.name)
        if preselect is not None:
            for i, r in enumerate(reviewers):
                if preselect in (r.name, r.fingerprint):
                    self.reviewer_combo.setCurrentIndex(i)
        if not reviewers:
            self.hint_label.setText(self.tr("No reviewer is registered on this desk yet."))

        form = QFormLayout()
        form.addRow(self.tr("&Reviewer:"), self.reviewer_combo)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Sign in"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.reviewer_combo, self.passphrase_edit)
        (self.passphrase_edit if preselect is not None and reviewers else self.reviewer_combo).setFocus()

        self.passphrase_edit.textChanged.connect(self._validate)
        self.reviewer_combo.currentIndexChanged.connect(self._validate)
        self._validate()

    @property
    def name(self) -> str | None:
        """The name of the chosen reviewer (``None`` when the desk has none)."""
        return self.reviewer_combo.currentData()

    def _validate(self) -> None:
        self.ok_button.setEnabled(self.name is not None and bool(self.passphrase_edit.text()))

    def accept(self) -> None:
        name, passphrase = self.name, self.passphrase_edit.text()
        if name is None or not passphrase:
            return
        try:
            with busy_cursor():
                identity = self.desk.identity(name, passphrase)
        except WrongPassphrase:
            self._failed(self.tr("The passphrase does not unlock the key of {0}. Try again.").format(name))
            return
        except ReviewDeskError as exc:
            self._failed(error_text(exc))
            return
        self.identity = identity
        self.passphrase_edit.clear()
        super().accept()

    def _failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()
