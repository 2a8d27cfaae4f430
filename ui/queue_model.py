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
from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_desk.digits import fold_digits
from clerk_desk.store.models import Request
from ui.labels import class_name, delivery_name, service_name, state_name

Index = QModelIndex | QPersistentModelIndex


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
        "service",
        "class",
        "subject",
        "national_number",
        "delivery",
        "status",
        "waiting",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._now = datetime.now(UTC)

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._now = datetime.now(UTC)
        self.endResetModel()

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, request_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == request_id:
                return i
        return -1

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
            self.tr("Service"),
            self.tr("Class"),
            self.tr("Subject"),
            self.tr("National number"),
            self.tr("Delivery"),
            self.tr("Status"),
            self.tr("Waiting"),
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("id", "national_number"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "waiting":
            return row.assigned_at.astimezone().strftime("%Y-%m-%d %H:%M")
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
                minutes = max(0, int((self._now - row.assigned_at).total_seconds() // 60))
                hours, mins = divmod(minutes, 60)
                return f"{hours}:{mins:02d}"
        return ""


class QueueFilter(QSortFilterProxyModel):
    """Finds a request by its number or the subject's national number, in any digits."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold_digits(text.strip()).upper()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, QueueModel):
            return True
        row = model.row_at(source_row)
        return self._needle in row.id or self._needle in row.national_number
