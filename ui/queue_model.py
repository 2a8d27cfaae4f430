"""The queue of requests on the desk, as a table model over rows read from the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_desk.digits import fold_digits
from clerk_desk.service_level import Targets, waited_minutes
from clerk_desk.states import WORKABLE
from clerk_desk.store.models import Request
from ui.i18n import shown
from ui.labels import class_name, collected_name, delivery_name, service_name, state_name
from ui.views import Index, TableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_ROLE = Qt.ItemDataRole.UserRole + 2
LATE_COLOUR = QColor("#f8d0d0")


@dataclass(frozen=True, slots=True)
class QueueFilterState:
    service_class: str = ""  # "" for every class
    statuses: frozenset[str] = frozenset(s.value for s in WORKABLE)  # empty: every status
    delivery: str = ""
    late_only: bool = False
    channel: str = ""  # the fee's payment channel; "" for every channel


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
    collected: bool = False  # a pickup envelope already handed to the citizen
    channel: str = ""  # how the fee was paid ("": no payment known)


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
            Request.collected_at.is_not(None),
            Request.payment["channel"].as_string(),
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
            bool(collected),
            channel or "",
        )
        for rid, code, cls, subject, number, method, status, assigned, collected, channel in rows
    ]


class QueueModel(TableModel):
    """The rows on the desk, filtered and sorted here rather than by a proxy.

    Rows are turned into their display texts once, when set, and the waiting column on
    each tick of the clock; a filter or a sort is one pass over Python lists followed by
    one reset or layout change. A proxy that asked Python row by row (filterAcceptsRow,
    lessThan) blocked the event loop for most of a second with ten thousand requests.
    """

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
    COLUMN_COUNT = len(COLUMNS)

    def __init__(self, parent: Any = None, targets: Targets | None = None) -> None:
        super().__init__(parent)
        self._all: list[QueueRow] = []
        self._cells: list[list[str]] = []
        self._waited: list[int] = []
        self._late: list[bool] = []
        self._visible: list[int] = []  # positions in _all of the rows shown, in order
        self._positions: dict[str, int] = {}  # request id -> visible row
        self._now = datetime.now(UTC)
        self.targets = targets or Targets()
        self.state = QueueFilterState()
        self.needle = ""

    # --- content ------------------------------------------------------------------------

    def set_rows(self, rows: list[QueueRow], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._all = rows
        services = {code: service_name(code) for code in {r.service_code for r in rows}}
        classes = {code: class_name(code) for code in ("fast", "slow")}
        deliveries = {code: delivery_name(code) for code in ("post", "pickup")}
        states = {code: state_name(code) for code in {r.status for r in rows}}
        handed_over = collected_name()
        self._cells = [
            [
                r.id,
                r.subject_name,
                services[r.service_code],
                classes.get(r.service_class, r.service_class),
                deliveries.get(r.delivery_method, r.delivery_method),
                handed_over if r.collected else states[r.status],
                "",
                shown(r.national_number),  # typed back in either digits: the search folds
            ]
            for r in rows
        ]
        self._advance(now or datetime.now(UTC))
        self._select()
        self.endResetModel()

    def _advance(self, now: datetime) -> None:
        self._now = now
        targets = self.targets
        self._waited = [waited_minutes(r.assigned_at, now) for r in self._all]
        self._late = [
            r.status in WORKABLE and waited > targets.minutes_for(r.service_class)
            for r, waited in zip(self._all, self._waited, strict=True)
        ]
        for cells, waited, late in zip(self._cells, self._waited, self._late, strict=True):
            cells[self.WAITING] = shown(self.waiting_text(waited)) + (" ⚠" if late else "")

    def waiting_text(self, minutes: int) -> str:
        """A wait in days and hours, hours and minutes, or minutes: never read as a clock."""
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if days:
            text = self.tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
        elif hours:
            text = self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        else:
            text = self.tr("%1 min").replace("%1", str(minutes))
        return text

    def _select(self) -> None:
        needle, state = self.needle, self.state
        rows = self._all
        if needle:  # a search looks through everything on the desk
            keep = [needle in r.id or needle in r.national_number for r in rows]
        else:
            keep = [
                (not state.service_class or r.service_class == state.service_class)
                and (not state.statuses or r.status in state.statuses)
                and (not state.delivery or r.delivery_method == state.delivery)
                and (not state.late_only or late)
                and (not state.channel or r.channel == state.channel)
                for r, late in zip(rows, self._late, strict=True)
            ]
        self._visible = [i for i, k in enumerate(keep) if k]
        self._positions = {rows[i].id: n for n, i in enumerate(self._visible)}

    def set_filter(self, state: QueueFilterState, needle: str) -> None:
        self.beginResetModel()
        self.state, self.needle = state, needle
        self._select()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS) or not self._all:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._all[self._visible[i.row()]].id for i in old]
        if column == self.WAITING:
            keys: list[Any] = self._waited
        else:
            keys = [cells[column] for cells in self._cells]
        ranked = sorted(
            range(len(self._all)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._all = [self._all[i] for i in ranked]
        self._cells = [self._cells[i] for i in ranked]
        self._waited = [self._waited[i] for i in ranked]
        self._late = [self._late[i] for i in ranked]
        self._select()
        self.changePersistentIndexList(
            old,
            [
                self.index(self._positions.get(rid, -1), i.column())
                if rid in self._positions
                else QModelIndex()
                for rid, i in zip(old_ids, old, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def tick(self, now: datetime | None = None) -> None:
        """Move the service-level clock on without reloading the rows."""
        self._advance(now or datetime.now(UTC))
        if self._visible:
            top = self.index(0, self.WAITING)
            self.dataChanged.emit(top, self.index(len(self._visible) - 1, self.WAITING))

    # --- what the view and the window ask ------------------------------------------------

    def all_rows(self) -> list[QueueRow]:
        """Every row on the desk, shown or filtered out."""
        return list(self._all)

    def row_at(self, row: int) -> QueueRow:
        return self._all[self._visible[row]]

    def row_of(self, request_id: str) -> int:
        return self._positions.get(request_id, -1)

    def is_late_at(self, row: int) -> bool:
        return self._late[self._visible[row]]

    def counts(self) -> tuple[int, int]:
        """Requests shown, and how many of them are late."""
        late = self._late
        return len(self._visible), sum(1 for i in self._visible if late[i])

    def row_count(self) -> int:
        return len(self._visible)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Request"),
            self.tr("Subject"),
            self.tr("Service"),
            self.tr("Class"),
            self.tr("Delivery"),
            self.tr("Status"),
            self.tr("Waiting"),
            self.tr("National number"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._visible):
            return None
        at = self._visible[row]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[at][column]
        if role == SORT_ROLE:
            return self._waited[at] if column == self.WAITING else self._cells[at][column]
        if role == Qt.ItemDataRole.UserRole:
            return self._all[at].id
        if role == LATE_ROLE:
            return self._late[at]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LATE_COLOUR) if column == self.WAITING and self._late[at] else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, len(self.COLUMNS) - 1):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WAITING:
            item = self._all[at]
            since = item.assigned_at.astimezone().strftime("%Y-%m-%d %H:%M")
            target = self.targets.minutes_for(item.service_class)
            return shown(
                self.tr("Assigned %1; target %2 minutes")
                .replace("%1", since)
                .replace("%2", str(target))
            )
        return None


class QueueFilter(QSortFilterProxyModel):
    """The view's handle on the queue's filters and sorting, which the model does itself
    (see QueueModel); this proxy passes rows straight through, in C++."""

    def set_search(self, text: str) -> None:
        model = self.sourceModel()
        if isinstance(model, QueueModel):
            model.set_filter(model.state, fold_digits(text.strip()).upper())

    def set_state(self, state: QueueFilterState) -> None:
        model = self.sourceModel()
        if isinstance(model, QueueModel):
            model.set_filter(state, model.needle)

    @property
    def state(self) -> QueueFilterState:
        model = self.sourceModel()
        return model.state if isinstance(model, QueueModel) else QueueFilterState()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, QueueModel) and column >= 0:
            model.sort(column, order)

    def counts(self) -> tuple[int, int]:
        model = self.sourceModel()
        return model.counts() if isinstance(model, QueueModel) else (self.rowCount(), 0)
