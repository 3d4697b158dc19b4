"""The audit log: a table of its entries and a fresh verification of the whole chain.

:class:`AuditLogModel` shows one row per entry (number, local time, event, reviewer, summary).
Summaries name the review and what happened (finding id, action and basis, attribute, the first
16 hex digits of a published copy's SHA-256); they never show a finding's value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from review_desk.core.audit import Entry, Verification
from review_desk.core.audit.register_import import REGISTER_IMPORTED
from review_desk.core.audit.verify import NO_HEAD_WARNING
from review_desk.core.names import ATTRIBUTES, error_text
from review_desk.core.review.integrity import verify_desk
from review_desk.core.review import events as ev
from review_desk.core.review.workflow import ReviewDesk

from ._common import ERROR_COLOUR, OK_COLOUR, plain_label

WARNING_COLOUR = "#9a6700"

#: Role holding an entry's review id ("" when it has none); the dialog filters on it.
REVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEQ, TIME, EVENT, REVIEWER, SUMMARY = range(5)


def local_time(iso: str) -> str:
    """``2024-05-01T02:03:04.123456Z`` as local ``2024-05-01 10:03:04`` (the text itself if unparsable)."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except (ValueError, TypeError, AttributeError):
        return str(iso)


def _text(value: object) -> str:
    return "" if value is None else str(value)


class AuditLogModel(QAbstractTableModel):
    """Read-only rows over audit entries; ``names`` maps fingerprints to reviewer names."""

    def __init__(self, entries: Sequence[Entry] = (), names: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[Entry, ...] = tuple(entries)
        self._names: dict[str, str] = dict(names or {})
        self._bad_seq: int | None = None
        self._headers = (self.tr("#"), self.tr("Time"), self.tr("Event"), self.tr("Reviewer"), self.tr("Summary"))
        self._event_labels = {
            "reviewer_added": self.tr("Reviewer added"),
            ev.REVIEW_STARTED: self.tr("Review started"),
            ev.FINDING_ADDED: self.tr("Finding added"),
            ev.FINDING_DECIDED: self.tr("Finding decided"),
            ev.REVIEW_SIGNED: self.tr("Review signed"),
            ev.REVIEW_COUNTERSIGNED: self.tr("Review countersigned"),
            ev.DOCUMENT_PUBLISHED: self.tr("Document published"),
            ev.LOG_EXPORTED: self.tr("Log exported"),
            ev.REVIEW_REVOKED: self.tr("Review revoked"),
            ev.REVIEW_APPROVED: self.tr("Review approved"),
            REGISTER_IMPORTED: self.tr("Desk log imported into the register"),
        }
        self._actions = {"redact": self.tr("redact"), "mask": self.tr("mask"), "keep": self.tr("keep")}

    # -- content ----------------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[Entry], names: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self._entries = tuple(entries)
        if names is not None:
            self._names = dict(names)
        self.endResetModel()

    def set_bad_seq(self, seq: int | None) -> None:
        """Mark the first entry verification found wrong (shown in red)."""
        self._bad_seq = seq
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(self._headers) - 1))

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def event_label(self, event: str) -> str:
        """``review_started`` -> "Review started"; unknown events as they are."""
        return self._event_labels.get(event, event)

    def reviewer_name(self, fingerprint: str) -> str:
        return self._names.get(fingerprint, fingerprint)

    def summary(self, entry: Entry) -> str:
        """The review and a short description of what the entry records (no finding values)."""
        p = entry.payload if isinstance(entry.payload, dict) else {}
        try:
            detail = self._detail(entry.event, p)
        except (KeyError, TypeError, ValueError, AttributeError):
            detail = ""
        review = _text(p.get("review_id"))
        return " · ".join(part for part in (review, detail) if part)

    def _detail(self, event: str, p: dict) -> str:
        if event == "reviewer_added":
            name, unit = _text(p.get("name")), _text(p.get("unit"))
            return self.tr("{0} ({1})").format(name, unit) if unit else name
        if event == ev.REVIEW_STARTED:
            findings = p.get("findings")
            count = len(findings) if isinstance(findings, list) else 0
            return self.tr("{0}, {1} finding(s)").format(_text(p.get("file_name")), count)
        if event == ev.FINDING_ADDED:
            f = p.get("finding") if isinstance(p.get("finding"), dict) else {}
            return self.tr("manual finding {0} ({1})").format(_text(f.get("id")), _text(f.get("type")))
        if event == ev.FINDING_DECIDED:
            action = _text(p.get("action"))
            text = f"{_text(p.get('finding_id'))} → {self._actions.get(action, action)}"
            if p.get("basis"):
                text += " " + self.tr("({0})").format(_text(p.get("basis")))
            if p.get("suggested"):
                text += " " + self.tr("[suggested]")
            return text
        if event == ev.REVIEW_SIGNED:
            attribute = _text(p.get("attribute"))
            text = ATTRIBUTES.get(attribute, attribute)
            if p.get("basis"):
                text += " " + self.tr("({0})").format(_text(p.get("basis")))
            return text
        if event == ev.REVIEW_COUNTERSIGNED:
            return self.tr("countersigned")
        if event == ev.DOCUMENT_PUBLISHED:
            return self.tr("output SHA-256 {0}…").format(_text(p.get("sha256_out"))[:16])
        if event == ev.LOG_EXPORTED:
            scope = "" if p.get("review_id") else self.tr("all reviews") + ", "
            return scope + self.tr("{0} item(s), PDF SHA-256 {1}…").format(
                _text(p.get("items")), _text(p.get("pdf_sha256"))[:16])
        return ""

    # -- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e, column = self._entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SEQ:
                return e.seq
            if column == TIME:
                return local_time(e.time)
            if column == EVENT:
                return self.event_label(e.event)
            if column == REVIEWER:
                return self.reviewer_name(e.actor)
            if column == SUMMARY:
                return self.summary(e)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == TIME:
                return e.time
            if column == REVIEWER:
                return e.actor
            if column == EVENT:
                return e.event
        elif role == REVIEW_ID_ROLE:
            p = e.payload if isinstance(e.payload, dict) else {}
            return _text(p.get("review_id"))
        elif role == Qt.ItemDataRole.ForegroundRole and self._bad_seq is not None and e.seq == self._bad_seq:
            return QBrush(QColor(ERROR_COLOUR))
        return None


class AuditLogDialog(QDialog):
    """The verification status of the desk's log, its entries, and the PDF export."""

    def __init__(self, desk: ReviewDesk, parent: QWidget | None = None,
                 on_export: Callable[[], None] | None = None,
                 on_export_checkpoint: Callable[[], None] | None = None,
                 on_verify_against: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.on_export = on_export
        self.verification: Verification | None = None
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(900, 520)

        self.status_label: QLabel = plain_label()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.load_error_label: QLabel = plain_label()
        self.load_error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.load_error_label.hide()

        self.model = AuditLogModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(REVIEW_ID_ROLE)
        self.proxy.setFilterKeyColumn(SEQ)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by review id"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SEQ, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.verify_button = QPushButton(self.tr("&Verify again"))
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.setAutoDefault(False)
        self.export_button.setEnabled(on_export is not None)
        self.export_button.clicked.connect(self._export)
        self.checkpoint_button = QPushButton(self.tr("Export &checkpoint…"))
        self.checkpoint_button.setToolTip(self.tr("Save the log's signed checkpoint to a file kept away from this "
                                                  "computer (by an auditor): it later proves the log was not "
                                                  "rolled back, truncated or rewritten."))
        self.checkpoint_button.setAutoDefault(False)
        self.checkpoint_button.setEnabled(on_export_checkpoint is not None)
        if on_export_checkpoint is not None:
            self.checkpoint_button.clicked.connect(on_export_checkpoint)
        self.against_button = QPushButton(self.tr("Verify &against checkpoint…"))
        self.against_button.setToolTip(self.tr("Check that the log still extends a checkpoint kept earlier."))
        self.against_button.setAutoDefault(False)
        self.against_button.setEnabled(on_verify_against is not None)
        if on_verify_against is not None:
            self.against_button.clicked.connect(on_verify_against)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Review:")))
        filter_row.addWidget(self.filter_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.checkpoint_button)
        bottom.addWidget(self.against_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.load_error_label)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        for first, second in ((self.filter_edit, self.table), (self.table, self.verify_button),
                              (self.verify_button, self.export_button), (self.export_button, self.checkpoint_button),
                              (self.checkpoint_button, self.against_button), (self.against_button, self.close_button)):
            QWidget.setTabOrder(first, second)
        self.filter_edit.setFocus()
        self.refresh()

    def refresh(self) -> None:
        """Verify the log from first principles again and reload its entries."""
        self.verification = v = verify_desk(self.desk.home, self.desk.database)
        if v.ok:
            if v.checkpoint_root:
                text = self.tr("Log intact: {0} entries, checkpoint root {1}… (at entry {2}).").format(
                    v.entries, v.checkpoint_root[:16], v.checkpoint_size)
            else:
                text = self.tr("Log intact: {0} entries, no checkpoint yet.").format(v.entries)
            colour = OK_COLOUR
            if NO_HEAD_WARNING in v.warnings:
                text += "\n" + self.tr("Warning: this desk has no head file for the register; only an exported "
                                       "checkpoint (Verify against checkpoint…) proves it was not truncated.")
                colour = WARNING_COLOUR
        else:
            problem = v.problem or ""
            if v.first_bad_seq is not None:
                text = self.tr("Log damaged from entry {0}: {1}").format(v.first_bad_seq, problem)
            else:
                text = self.tr("Log damaged: {0}").format(problem)
            colour = ERROR_COLOUR
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;")

        try:
            names = {r.fingerprint: r.name for r in self.desk.log.reviewers()}
            entries = self.desk.log.entries()
        except Exception as exc:  # noqa: BLE001 - a damaged log is shown, never a crash
            message = error_text(exc)
            self.load_error_label.setText(self.tr("The entries cannot be listed: {0}").format(message))
            self.load_error_label.show()
            self.model.set_entries([], {})
        else:
            self.load_error_label.clear()
            self.load_error_label.hide()
            self.model.set_entries(entries, names)
        self.model.set_bad_seq(None if v.ok else v.first_bad_seq)

    def _export(self) -> None:
        if self.on_export is not None:
            self.on_export()
