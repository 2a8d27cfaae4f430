"""Small helpers shared by the item views and their models."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` current and selected.

    QTableView.selectRow finds its column from the header's position under the viewport's
    leading edge; in a right-to-left view not yet laid out that is no column at all and the
    call silently selects nothing, so select through the selection model instead.
    """
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows
        | QItemSelectionModel.SelectionFlag.Current
    )
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A flat table: the subclass says how many rows it has (:meth:`row_count`), how many
    columns (``COLUMN_COUNT``) and their titles (:meth:`headers`, translated when asked)."""

    COLUMN_COUNT = 0

    def row_count(self) -> int:
        raise NotImplementedError

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None


T = TypeVar("T")


class RowsModel(TableModel, Generic[T]):
    """A flat table of items, one a row, replaced whole (:meth:`set_items`): the subclass
    says what a row shows (:meth:`cells`) and may answer other roles (:meth:`role_data`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[T] = []

    def set_items(self, items: list[T]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.items)

    def cells(self, item: T) -> tuple[str, ...]:
        raise NotImplementedError

    def role_data(self, item: T, column: int, role: int) -> Any:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(item)[index.column()]
        return self.role_data(item, index.column(), role)


def compact_rows(table: QTableView) -> None:
    """Rows as tall as their text needs and no taller (the style's minimum is taller), and
    no row numbers: the eight fields of a comparison stay in view on a 1366×768 screen."""
    rows = table.verticalHeader()
    rows.hide()
    height = table.fontMetrics().height() + 2
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setMinimumSectionSize(height)
    rows.setDefaultSectionSize(height)


def table_view(model: QAbstractTableModel, name: str, stretch: int | None = None) -> QTableView:
    """A read-only report table: whole rows selected, no row numbers, each column as wide
    as its text and one filling the rest (no empty band): column ``stretch``, or the last."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
