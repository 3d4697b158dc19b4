"""The welcome page shown before any document is open: the sample draft, Open…, recent files.

:class:`WelcomePage` only emits signals; the main window decides what opening means.  The recent
files list lives in ``QSettings`` under ``recent/files`` (:func:`recent_files`, :func:`add_recent`).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from review_desk.core.paths import resource

RECENT_KEY = "recent/files"
RECENT_LIMIT = 8
SAMPLE = ("samples", "sample_notice.docx")

#: Item data role holding the full path of a recent file.
PATH_ROLE = Qt.ItemDataRole.UserRole
#: Item data role holding whether the file existed when the list was filled.
EXISTS_ROLE = Qt.ItemDataRole.UserRole + 1


def sample_path() -> Path:
    """The bundled, invented sample draft (``resources/samples/sample_notice.docx``)."""
    return resource(*SAMPLE)


def _as_list(value: object) -> list[str]:
    # QSettings gives back None (unset), a str (one entry, INI/native formats) or a list.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str) and v]
    return []


def _key(path: str) -> str:
    return os.path.normcase(os.path.normpath(path))


def recent_files(settings: QSettings) -> list[str]:
    """The recently opened files, newest first (as stored; existence is not checked)."""
    seen: set[str] = set()
    paths = []
    for path in _as_list(settings.value(RECENT_KEY)):
        if _key(path) not in seen:
            seen.add(_key(path))
            paths.append(path)
    return paths


def add_recent(settings: QSettings, path: str | os.PathLike[str], limit: int = RECENT_LIMIT) -> list[str]:
    """Put ``path`` (made absolute) first in the recent list, dropping duplicates and the oldest
    beyond ``limit``; returns the new list."""
    new = os.path.abspath(os.fspath(path))
    paths = [new] + [p for p in recent_files(settings) if _key(p) != _key(new)]
    paths = paths[: max(limit, 0)]
    settings.setValue(RECENT_KEY, paths)
    return paths


class WelcomePage(QWidget):
    """Product name, what it does, "Open the sample draft", "Open a document…", recent files."""

    open_sample = Signal()
    open_file_requested = Signal()
    open_recent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")

        name = QLabel("审查台")
        name.setObjectName("welcomeName")
        name_font = QFont(name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 2.6)
        name_font.setBold(True)
        name.setFont(name_font)
        latin_name = QLabel("Review Desk")
        latin_font = QFont(latin_name.font())
        latin_font.setPointSizeF(latin_font.pointSizeF() * 1.3)
        latin_name.setFont(latin_font)
        latin_name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        title_row = QHBoxLayout()
        title_row.addWidget(name, 0, Qt.AlignmentFlag.AlignBaseline)
        title_row.addWidget(latin_name, 0, Qt.AlignmentFlag.AlignBaseline)
        title_row.addStretch(1)

        self.tagline = QLabel(self.tr(
            "Finds personal data and other sensitive details in a document before it is published, "
            "and helps you decide, redact and sign off."))
        self.tagline.setWordWrap(True)

        self.sample_button = QPushButton(self.tr("Open the &sample draft"))
        self.sample_button.setObjectName("openSampleButton")
        self.sample_button.setDefault(True)
        self.sample_button.setAutoDefault(True)
        self.sample_button.setMinimumHeight(self.sample_button.sizeHint().height() * 3 // 2)
        bold = QFont(self.sample_button.font())
        bold.setBold(True)
        self.sample_button.setFont(bold)
        self.sample_button.setToolTip(self.tr("An invented draft decision with personal data to find."))
        self.sample_button.clicked.connect(self.open_sample)

        self.open_button = QPushButton(self.tr("&Open a document…"))
        self.open_button.setObjectName("openFileButton")
        self.open_button.setAutoDefault(True)
        self.open_button.setMinimumHeight(self.sample_button.minimumHeight())
        self.open_button.setToolTip(self.tr("Word (.docx) or plain text (.txt, .md)"))
        self.open_button.clicked.connect(self.open_file_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        self.recent_label = QLabel(self.tr("&Recent documents"))
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.recent_list.setAccessibleName(self.tr("Recent documents"))
        self.recent_list.itemActivated.connect(self._activated)
        self.recent_label.setBuddy(self.recent_list)
        self.empty_label = QLabel(self.tr("No recent documents."))
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addLayout(title_row)
        column.addWidget(self.tagline)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 3)
        column.addWidget(self.empty_label)
        column.addStretch(1)  # keeps the page at the top when the recent list is hidden

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 32, 24, 24)

        self.setTabOrder(self.sample_button, self.open_button)
        self.setTabOrder(self.open_button, self.recent_list)
        self.setFocusProxy(self.sample_button)
        self.set_recent([])

    def set_recent(self, paths: list[str]) -> None:
        """Fill the recent list; files that no longer exist are greyed and cannot be opened."""
        self.recent_list.clear()
        for path in paths:
            exists = os.path.isfile(path)
            p = Path(path)
            item = QListWidgetItem(f"{p.name}    {p.parent}")
            item.setData(PATH_ROLE, path)
            item.setData(EXISTS_ROLE, exists)
            item.setToolTip(path)
            if not exists:
                self._mark_missing(item)
            self.recent_list.addItem(item)
        has_items = bool(paths)
        self.recent_list.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        if has_items:
            self.recent_list.setCurrentRow(0)

    def recent_paths(self) -> list[str]:
        return [self.recent_list.item(i).data(PATH_ROLE) for i in range(self.recent_list.count())]

    def _mark_missing(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        item.setData(EXISTS_ROLE, False)
        item.setText(self.tr("{0}    (not found)").format(Path(path).name))
        item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        item.setToolTip(self.tr("File not found: {0}").format(path))

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if item.data(EXISTS_ROLE) and os.path.isfile(path):
            self.open_recent.emit(path)
        elif item.data(EXISTS_ROLE):  # removed since the list was filled
            self._mark_missing(item)
