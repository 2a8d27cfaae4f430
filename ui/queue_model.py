"""The queue of requests on the desk, as a table model over rows read from the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_desk.digits import fold_digits
from clerk_desk.service_level import Targets, is_late, waited_minutes
from clerk_desk.states import WORKABLE
from clerk_desk.store.models import Request
from ui.labels import class_name, delivery_name, service_name, state_name

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_ROLE = Qt.ItemDataRole.UserRole + 2
LATE_COLOUR = QColor("#f8d0d0")


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: str
    service_code: str
    service_class: str
    subject_name: str
    national_number: str
    delivery_method: str
    status: str
    assigned_at: datetime


def load_rows(session: Session) -> list[QueueRow]:
    """Read the queue's rows (runs in an operation, not on the GUI thread)."""
    rows = session.execute(
        select(
            Request.id,
            Request.service_code,
            Request.service_class,
            Request.subject,
            Request.subject_national_number,
            Request.delivery_method,
            Request.status,
            Request.assigned_at,
        ).order_by(Request.assigned_at, Request.id)
    )
    return [
        QueueRow(
            rid,
            code,
            cls,
            " ".join(p for p in (subject.get("first_name"), subject.get("last_name")) if p),
            number,
            method,
            status,
            assigned,
        )
        for rid, code, cls, subject, number, method, status, assigned in rows
    ]


class QueueModel(QAbstractTableModel):
    COLUMNS = (
        "id",
        "subject",
        "service",
        "class",
        "delivery",
        "status",
        "waiting",
        "national_number",
    )

    def __init__(self, parent: Any = None, targets: Targets | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._positions: dict[str, int] = {}
        self._now = datetime.now(UTC)
        self.targets = targets or Targets()

    def set_rows(self, rows: list[QueueRow], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._positions = {row.id: i for i, row in enumerate(rows)}
        self._now = now or datetime.now(UTC)
        self.endResetModel()

    def tick(self, now: datetime | None = None) -> None:
        """Move the service-level clock on without reloading the rows."""
        self._now = now or datetime.now(UTC)
        if self._rows:
            column = self.COLUMNS.index("waiting")
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, column))

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, request_id: str) -> int:
        return self._positions.get(request_id, -1)

    def is_late(self, row: QueueRow) -> bool:
        return row.status in WORKABLE and is_late(
            row.service_class, row.assigned_at, self._now, self.targets
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Request"),
            self.tr("Subject"),
            self.tr("Service"),
            self.tr("Class"),
            self.tr("Delivery"),
            self.tr("Status"),
            self.tr("Waiting"),
            self.tr("National number"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == SORT_ROLE:
            if column == "waiting":
                return waited_minutes(row.assigned_at, self._now)
            return self._display(row, column)
        if role == LATE_ROLE:
            return self.is_late(row)
        if role == Qt.ItemDataRole.BackgroundRole and column == "waiting" and self.is_late(row):
            return QBrush(LATE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("id", "national_number"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "waiting":
            since = row.assigned_at.astimezone().strftime("%Y-%m-%d %H:%M")
            target = self.targets.minutes_for(row.service_class)
            return (
                self.tr("Assigned %1; target %2 minutes")
                .replace("%1", since)
                .replace("%2", str(target))
            )
        return None

    def _display(self, row: QueueRow, column: str) -> str:
        match column:
            case "id":
                return row.id
            case "service":
                return service_name(row.service_code)
            case "class":
                return class_name(row.service_class)
            case "subject":
                return row.subject_name
            case "national_number":
                return row.national_number
            case "delivery":
                return delivery_name(row.delivery_method)
            case "status":
                return state_name(row.status)
            case "waiting":
                hours, minutes = divmod(waited_minutes(row.assigned_at, self._now), 60)
                late = " ⚠" if self.is_late(row) else ""
                return f"{hours}:{minutes:02d}{late}"
        return ""


@dataclass(frozen=True, slots=True)
class QueueFilterState:
    service_class: str = ""  # "" for every class
    statuses: frozenset[str] = frozenset(s.value for s in WORKABLE)  # empty: every status
    delivery: str = ""
    late_only: bool = False


class QueueFilter(QSortFilterProxyModel):
    """Narrows the queue by class, status, delivery and lateness, and finds a request by its
    number or the subject's national number typed in any digits.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.state = QueueFilterState()
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold_digits(text.strip()).upper()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_state(self, state: QueueFilterState) -> None:
        self.beginFilterChange()
        self.state = state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, QueueModel):
            return True
        row = model.row_at(source_row)
        if self._needle:  # a search looks through everything on the desk
            return self._needle in row.id or self._needle in row.national_number
        state = self.state
        if state.service_class and row.service_class != state.service_class:
            return False
        if state.statuses and row.status not in state.statuses:
            return False
        if state.delivery and row.delivery_method != state.delivery:
            return False
        return not (state.late_only and not model.is_late(row))

    def counts(self) -> tuple[int, int]:
        """Requests shown, and how many of them are late."""
        model = self.sourceModel()
        shown = self.rowCount()
        if not isinstance(model, QueueModel):
            return shown, 0
        late = sum(
            1
            for r in range(shown)
            if model.is_late(model.row_at(self.mapToSource(self.index(r, 0)).row()))
        )
        return shown, late
