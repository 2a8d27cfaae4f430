"""The queue: a search box over a sortable table of the requests on the desk.

Signals:
    request_chosen(str): the clerk opened a request (Enter, double-click or scan).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.queue_model import QueueFilter, QueueModel, QueueRow
from ui.views import select_row


class QueueView(QWidget):
    request_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Request or national number (scan or type)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._open_search_result)
        self.table = QTableView()
        self.table.setObjectName("queue")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[QueueRow]) -> None:
        current = self.current_request_id()
        self.model.set_rows(rows)
        if current:
            self.select(current)

    def current_request_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(Qt.ItemDataRole.UserRole)) if rows else None

    def select(self, request_id: str) -> bool:
        source_row = self.model.row_of(request_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        select_row(self.table, index.row())
        return True

    def _activated(self, index: QModelIndex) -> None:
        self.request_chosen.emit(str(index.data(Qt.ItemDataRole.UserRole)))

    def _open_search_result(self) -> None:
        if self.proxy.rowCount() >= 1:
            index = self.proxy.index(0, 0)
            select_row(self.table, 0)
            self.request_chosen.emit(str(index.data(Qt.ItemDataRole.UserRole)))
