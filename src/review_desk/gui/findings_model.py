"""The findings table (Qt model/view): one row per finding of the draft review in queue order
(:mod:`.queue`: marks, personal data, informational), sortable and filterable by type, status and
part, the informational group collapsed until opened (:class:`FindingsFilter`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from review_desk.core.legal import BY_CODE
from review_desk.core.names import ENTITY_TYPES as TYPE_LABELS
from review_desk.core.review.draft import DraftReview

from .document_view import STATUS_COLOURS
from .parts import part_kind, part_label
from .queue import INFORMATIONAL, group_of, queue_order

FID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
TYPE_ROLE = Qt.ItemDataRole.UserRole + 3
PART_ROLE = Qt.ItemDataRole.UserRole + 4
GROUP_ROLE = Qt.ItemDataRole.UserRole + 5
STATUSES = ("undecided", "redact", "mask", "keep", "block", "not_a_mark")


class FindingsModel(QAbstractTableModel):
    COLUMNS = ("Status", "Type", "Text", "Where", "Suggested", "Basis")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft: DraftReview | None = None
        self._ids: list[str] = []

    def status_label(self, status: str) -> str:
        return {"undecided": self.tr("Undecided"), "redact": self.tr("Redact"), "mask": self.tr("Mask"),
                "keep": self.tr("Keep"), "block": self.tr("Block (classified)"),
                "not_a_mark": self.tr("Not a mark")}.get(status, status)

    def set_draft(self, draft: DraftReview | None) -> None:
        self.beginResetModel()
        self.draft = draft
        self._ids = [f.id for f in queue_order(draft.findings)] if draft else []
        self.endResetModel()

    @property
    def ids(self) -> list[str]:
        """Finding ids in queue order (marks, personal data, informational)."""
        return list(self._ids)

    def reload(self) -> None:
        """The list of findings changed (a manual finding added or removed)."""
        self.set_draft(self.draft)

    def refresh(self, fids=None) -> None:
        """Decisions of ``fids`` (default all) changed."""
        if not self._ids:
            return
        rows = [self._ids.index(f) for f in fids if f in self._ids] if fids is not None else [0, len(self._ids) - 1]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(self.COLUMNS) - 1))

    def fid(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, fid: str) -> int:
        return self._ids.index(fid)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Status"), self.tr("Type"), self.tr("Text"), self.tr("Where"), self.tr("Suggested"),
                    self.tr("Basis"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: C901 - one branch per Qt role
        if not index.isValid() or self.draft is None or not 0 <= index.row() < len(self._ids):
            return None
        fid = self._ids[index.row()]
        f = self.draft.by_id.get(fid)
        if f is None:  # removed from the draft (undo) and the model not reloaded yet
            return None
        status = self.draft.status(fid)
        if role == FID_ROLE:
            return fid
        if role == STATUS_ROLE:
            return status
        if role == TYPE_ROLE:
            return f.type
        if role == PART_ROLE:
            return part_kind(f.part)
        if role == GROUP_ROLE:
            return group_of(f)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["undecided"])[0])
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["undecided"])[1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.recognizer} · {f.score:.2f}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        decision = self.draft.decisions.get(fid)
        column = index.column()
        if column == 0:
            return self.status_label(status)
        if column == 1:
            return TYPE_LABELS.get(f.type, f.type)
        if column == 2:
            return f.text.replace("\n", " ")
        if column == 3:
            return f"{part_label(f.part)} {f.location}"
        if column == 4:
            return self.status_label(self.draft.suggested(fid))
        if column == 5:
            return BY_CODE[decision.basis].label if decision and decision.basis in BY_CODE else ""
        return None


class FindingsFilter(QSortFilterProxyModel):
    """Rows whose type, status and part kind match the chosen filters (``None``: any), and whose
    text contains the search string."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.type_filter: str | None = None
        self.status_filter: str | None = None
        self.part_filter: str | None = None
        self.show_informational = False  # the informational group is collapsed until opened
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(2)

    def set_filters(self, *, entity_type: str | None = None, status: str | None = None, part: str | None = None) -> None:
        self.beginFilterChange()
        self.type_filter, self.status_filter, self.part_filter = entity_type, status, part
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_informational(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_informational = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 (Qt API)
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if not self.show_informational and model.data(index, GROUP_ROLE) == INFORMATIONAL:
            return False
        if self.type_filter and model.data(index, TYPE_ROLE) != self.type_filter:
            return False
        if self.status_filter and model.data(index, STATUS_ROLE) != self.status_filter:
            return False
        if self.part_filter and model.data(index, PART_ROLE) != self.part_filter:
            return False
        return super().filterAcceptsRow(row, parent)
