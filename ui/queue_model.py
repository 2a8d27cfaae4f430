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
    """Rows are turned into their display texts once, when set, and the waiting column on
    each tick of the clock: ``data`` only looks them up, so sorting and filtering ten
    thousand requests stays quick."""

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
    WAITING = COLUMNS.index("waiting")

    def __init__(self, parent: Any = None, targets: Targets | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._cells: list[list[str]] = []
        self._waited: list[int] = []
        self._late: list[bool] = []
        self._positions: dict[str, int] = {}
        self._now = datetime.now(UTC)
        self.targets = targets or Targets()

    def set_rows(self, rows: list[QueueRow], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._positions = {row.id: i for i, row in enumerate(rows)}
        services = {code: service_name(code) for code in {r.service_code for r in rows}}
        classes = {code: class_name(code) for code in ("fast", "slow")}
        deliveries = {code: delivery_name(code) for code in ("post", "pickup")}
        states = {code: state_name(code) for code in {r.status for r in rows}}
        self._cells = [
            [
                r.id,
                r.subject_name,
                services[r.service_code],
                classes.get(r.service_class, r.service_class),
                deliveries.get(r.delivery_method, r.delivery_method),
                states[r.status],
                "",
                r.national_number,
            ]
            for r in rows
        ]
        self._advance(now or datetime.now(UTC))
        self.endResetModel()

    def _advance(self, now: datetime) -> None:
        self._now = now
        targets = self.targets
        self._waited = [waited_minutes(r.assigned_at, now) for r in self._rows]
        self._late = [
            r.status in WORKABLE and waited > targets.minutes_for(r.service_class)
            for r, waited in zip(self._rows, self._waited, strict=True)
        ]
        for cells, waited, late in zip(self._cells, self._waited, self._late, strict=True):
            hours, minutes = divmod(waited, 60)
            cells[self.WAITING] = f"{hours}:{minutes:02d}" + (" ⚠" if late else "")

    def tick(self, now: datetime | None = None) -> None:
        """Move the service-level clock on without reloading the rows."""
        self._advance(now or datetime.now(UTC))
        if self._rows:
            top = self.index(0, self.WAITING)
            self.dataChanged.emit(top, self.index(len(self._rows) - 1, self.WAITING))

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, request_id: str) -> int:
        return self._positions.get(request_id, -1)

    def is_late_at(self, row: int) -> bool:
        return self._late[row]

    def is_late(self, row: QueueRow) -> bool:
        position = self._positions.get(row.id, -1)
        if position >= 0 and self._rows[position] is row:
            return self._late[position]
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
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == SORT_ROLE:
            return self._waited[row] if column == self.WAITING else self._cells[row][column]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row].id
        if role == LATE_ROLE:
            return self._late[row]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LATE_COLOUR) if column == self.WAITING and self._late[row] else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, len(self.COLUMNS) - 1):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WAITING:
            item = self._rows[row]
            since = item.assigned_at.astimezone().strftime("%Y-%m-%d %H:%M")
            target = self.targets.minutes_for(item.service_class)
            return (
                self.tr("Assigned %1; target %2 minutes")
                .replace("%1", since)
                .replace("%2", str(target))
            )
        return None


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
        return not (state.late_only and not model.is_late_at(source_row))

    def counts(self) -> tuple[int, int]:
        """Requests shown, and how many of them are late."""
        model = self.sourceModel()
        shown = self.rowCount()
        if not isinstance(model, QueueModel):
            return shown, 0
        if not self._needle and self.state == QueueFilterState(
            service_class="", statuses=frozenset(), delivery="", late_only=False
        ):
            return shown, sum(1 for r in range(shown) if model.is_late_at(r))
        late = sum(
            1 for r in range(shown) if model.is_late_at(self.mapToSource(self.index(r, 0)).row())
        )
        return shown, late
