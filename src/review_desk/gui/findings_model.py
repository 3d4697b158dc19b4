"""A read-only Qt table model over the findings of one scan."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from review_desk.core.detect.finding import Finding

COLUMNS = ("Type", "Suggested", "Score", "Where", "Text")


class FindingsModel(QAbstractTableModel):
    """Rows are findings; columns are type, suggested action, score, place and text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = tuple(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        f = self._findings[index.row()]
        return (f.type, f.action.value, f"{f.score:.2f}", f"{f.part} {f.location}", f.text)[index.column()]
