"""Sign-off: the disclosure attribute (公开属性), its legal basis and reason, and what still blocks signing.

``blockers(attribute, basis, reason)`` returns the plain sentences of
:func:`review_desk.core.review.rules.sign_blockers` (for example
``functools.partial(draft.blockers, fingerprint)``); the list is refreshed whenever a field changes
and the Sign button stays disabled while it is not empty.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.core.errors import ReviewDeskError
from review_desk.core.legal import BASES
from review_desk.core.names import ATTRIBUTES, error_text

from ._common import ERROR_COLOUR, OK_COLOUR, plain_label

Blockers = Callable[[str, "str | None", "str | None"], list[str]]


class SignOffDialog(QDialog):
    """Choose the attribute, basis and reason, then sign (optionally with the passphrase)."""

    def __init__(self, blockers: Blockers, parent: QWidget | None = None, needs_passphrase: bool = False) -> None:
        super().__init__(parent)
        self._blockers = blockers
        self.needs_passphrase = needs_passphrase
        self.current_blockers: list[str] = []
        self.setWindowTitle(self.tr("Sign the review"))

        self.attribute_group = QButtonGroup(self)
        self.attribute_buttons: dict[str, QRadioButton] = {}
        attribute_row = QHBoxLayout()
        for code, label in ATTRIBUTES.items():
            button = QRadioButton(label)
            button.setObjectName(f"attribute_{code}")
            self.attribute_group.addButton(button)
            self.attribute_buttons[code] = button
            attribute_row.addWidget(button)
        attribute_row.addStretch(1)
        self.attribute_buttons["public"].setChecked(True)

        self.basis_combo = QComboBox()
        self.basis_combo.addItem("", None)
        for b in BASES:
            self.basis_combo.addItem(f"{b.code} — {b.label}", b.code)
            self.basis_combo.setItemData(self.basis_combo.count() - 1, b.label_en, Qt.ItemDataRole.ToolTipRole)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why the document is not published proactively"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.summary_check = QCheckBox(self.tr("Published as a summary (摘要公开), recorded in the signed entry"))

        form = QFormLayout()
        form.addRow(self.tr("Disclosure attribute:"), attribute_row)
        form.addRow(self.tr("Legal &basis:"), self.basis_combo)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow("", self.summary_check)
        if needs_passphrase:
            form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        else:
            self.passphrase_edit.hide()

        self.blockers_heading = plain_label(self.tr("Signing is not yet allowed because:"))
        self.blockers_list = QListWidget()
        self.blockers_list.setWordWrap(True)
        self.blockers_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("&Sign"))
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.blockers_heading)
        layout.addWidget(self.blockers_list, 1)
        layout.addWidget(self.buttons)

        buttons = list(self.attribute_buttons.values())
        chain: list[QWidget] = [*buttons, self.basis_combo, self.reason_edit, self.summary_check]
        if needs_passphrase:
            chain.append(self.passphrase_edit)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.attribute_buttons["public"].setFocus()

        self.attribute_group.buttonToggled.connect(self.refresh)
        self.basis_combo.currentIndexChanged.connect(self.refresh)
        self.reason_edit.textChanged.connect(self.refresh)
        self.passphrase_edit.textChanged.connect(self.refresh)
        self.refresh()

    # -- the choices ------------------------------------------------------------------------------

    @property
    def attribute(self) -> str:
        """``public`` / ``on-request`` / ``withheld`` (keys of ATTRIBUTES)."""
        for code, button in self.attribute_buttons.items():
            if button.isChecked():
                return code
        return "public"

    def set_attribute(self, code: str) -> None:
        self.attribute_buttons[code].setChecked(True)

    @property
    def basis(self) -> str | None:
        """The chosen legal basis code, or ``None``."""
        return self.basis_combo.currentData()

    def set_basis(self, code: str | None) -> None:
        self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(code)))

    @property
    def reason(self) -> str | None:
        return self.reason_edit.text().strip() or None

    @property
    def summary(self) -> bool:
        """摘要公开: the item is published as a summary (plan item 5)."""
        return self.summary_check.isChecked()

    @property
    def passphrase(self) -> str | None:
        return self.passphrase_edit.text() if self.needs_passphrase else None

    # -- blockers ---------------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        try:
            problems = list(self._blockers(self.attribute, self.basis, self.reason))
        except ReviewDeskError as exc:
            problems = [error_text(exc)]
        if self.needs_passphrase and not self.passphrase_edit.text():
            problems.append(self.tr("Enter your passphrase to sign."))
        self.current_blockers = problems
        self.blockers_list.clear()
        self.blockers_list.addItems(problems)
        self.blockers_list.setVisible(bool(problems))
        if problems:
            self.blockers_heading.setText(self.tr("Signing is not yet allowed because:"))
            self.blockers_heading.setStyleSheet(f"color: {ERROR_COLOUR};")
        else:
            self.blockers_heading.setText(self.tr("Nothing blocks signing."))
            self.blockers_heading.setStyleSheet(f"color: {OK_COLOUR};")
        self.sign_button.setEnabled(not problems)

    def accept(self) -> None:
        self.refresh()
        if self.current_blockers:
            return
        super().accept()
