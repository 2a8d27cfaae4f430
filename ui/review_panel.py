"""The shift supervisor's review of rejections: uphold, or overturn back to the queue.

Signals:
    review_requested(str, str, str): request id, "uphold" or "overturn", note.
    refresh_requested(): fetch the list again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.api import RejectionOut
from ui.labels import reason_name, service_name
from ui.views import select_row

Index = QModelIndex | QPersistentModelIndex


class RejectionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[RejectionOut] = []

    def set_items(self, items: list[RejectionOut]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> RejectionOut:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Request"),
            self.tr("Service"),
            self.tr("Clerk"),
            self.tr("Reason"),
            self.tr("What the citizen reads"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.request.id,
                service_name(item.request.service_code),
                item.decided_by,
                reason_name(item.reason_code),
                item.reason_text,
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return item.request.id
        return None


class ReviewPanel(QWidget):
    review_requested = Signal(str, str, str)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RejectionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("rejections")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note for the clerk (required to overturn)"))
        self.message = QLabel()
        self.uphold_button = QPushButton(self.tr("Uphold the rejection"))
        self.uphold_button.setObjectName("uphold")
        self.overturn_button = QPushButton(self.tr("Overturn: back to the queue"))
        self.overturn_button.setObjectName("overturn")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_requested)
        self.uphold_button.clicked.connect(lambda: self._review("uphold"))
        self.overturn_button.clicked.connect(lambda: self._review("overturn"))
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addStretch(1)
        buttons.addWidget(self.uphold_button)
        buttons.addWidget(self.overturn_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Rejections awaiting review")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def set_items(self, items: list[RejectionOut]) -> None:
        self.model.set_items(items)
        self.message.setText(self.tr("%n rejection(s) awaiting review", "", len(items)))
        if items:
            select_row(self.table, 0)

    def select(self, request_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.item(row).request.id == request_id:
                select_row(self.table, row)
                return True
        return False

    def _review(self, outcome: str) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            self.message.setText(self.tr("Choose a rejection first."))
            return
        note = self.note.text().strip()
        if outcome == "overturn" and not note:
            self.message.setText(self.tr("Say why the rejection is overturned."))
            return
        self.review_requested.emit(self.model.item(current.row()).request.id, outcome, note)
        self.note.clear()
