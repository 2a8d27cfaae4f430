"""Handing sealed envelopes to the Syrian Post: scan them into a batch, print the
manifest, record the hand-over; and the shift's envelopes and reconciliation.

Signals:
    scanned(str, list): a code was scanned; the codes already in the batch.
    manifest_requested(list): prepare the manifest of these scanned codes.
    hand_over_requested(str, str): batch id, courier's name.
    shift_envelopes_requested(): print every envelope printed and not yet sealed.
    reconciliation_requested(): render and print the shift's reconciliation.
    shown(): the panel wants to be in view (a key asked for it from elsewhere).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.dispatch import ScannedEnvelope
from ui.confirm import Confirmation, confirm
from ui.i18n import shown
from ui.shelf_panel import ShelfPanel
from ui.views import Index, TableModel


class ScannedModel(TableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ScannedEnvelope] = []

    def add(self, item: ScannedEnvelope) -> None:
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
        self.items.append(item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.items = []
        self.endResetModel()

    COLUMN_COUNT = 3

    def row_count(self) -> int:
        return len(self.items)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Request"), self.tr("Tracking number"), self.tr("City"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.request_id, item.tracking_number or "—", item.recipient_city)[
                index.column()
            ]
        return None


class DispatchPanel(QWidget):
    scanned = Signal(str, list)
    manifest_requested = Signal(list)
    hand_over_requested = Signal(str, str)
    shift_envelopes_requested = Signal()
    reconciliation_requested = Signal()
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch_id = ""
        self.confirmation: Confirmation | None = None
        self.model = ScannedModel(self)
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("Scan a sealed envelope (request or tracking number)"))
        self.scan.returnPressed.connect(self._scanned)
        self.table = QTableView()
        self.table.setObjectName("scanned")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.count = QLabel()
        remove = QPushButton(self.tr("Remove the selected envelope"))
        remove.clicked.connect(self._remove)
        self.manifest_button = QPushButton(self.tr("Prepare and print the manifest"))
        self.manifest_button.setObjectName("manifest")
        self.manifest_button.clicked.connect(self._manifest)
        self.courier = QLineEdit()
        self.courier.setObjectName("courier")
        self.courier.setPlaceholderText(self.tr("Courier's name (Syrian Post)"))
        self.courier.returnPressed.connect(self._hand_over)  # Enter hands over, once asked
        self.hand_over_button = QPushButton(self.tr("Handed over to the courier"))
        self.hand_over_button.setObjectName("hand_over")
        self.hand_over_button.clicked.connect(self._hand_over)
        self.hand_over_button.setEnabled(False)

        batch = QGroupBox(self.tr("Dispatch to the post"))
        batch_layout = QVBoxLayout(batch)
        batch_layout.addWidget(self.scan)
        batch_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(remove)
        row.addWidget(self.manifest_button)
        batch_layout.addLayout(row)
        courier_row = QHBoxLayout()
        courier_row.addWidget(self.courier, 1)
        courier_row.addWidget(self.hand_over_button)
        batch_layout.addLayout(courier_row)

        shift = QGroupBox(self.tr("This shift"))
        shift_layout = QHBoxLayout(shift)
        envelopes = QPushButton(self.tr("Print the shift's unsealed envelopes"))
        envelopes.setObjectName("shift_envelopes")
        envelopes.clicked.connect(self.shift_envelopes_requested)
        reconcile = QPushButton(self.tr("Print the shift's reconciliation"))
        reconcile.setObjectName("reconciliation")
        reconcile.clicked.connect(self.reconciliation_requested)
        shift_layout.addWidget(envelopes)
        shift_layout.addWidget(reconcile)
        shift_layout.addStretch(1)

        self.shelf = ShelfPanel()  # returns scanned in, pickups, the shelf report
        top = QHBoxLayout()
        top.addWidget(batch, 3)
        top.addWidget(self.shelf, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)
        layout.addWidget(shift)
        self._update()

    def codes(self) -> list[str]:
        return [item.request_id for item in self.model.items]

    def _scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if code and not self.batch_id:
            self.scanned.emit(code, self.codes())

    def add(self, item: ScannedEnvelope) -> None:
        self.model.add(item)
        self.say(self.tr("Added %1.").replace("%1", item.request_id))
        self._update()

    def say(self, text: str) -> None:
        """What just happened (a count, a batch), in the chosen digits."""
        self.message.setStyleSheet("")
        self.message.setText(shown(text))

    def refuse(self, reason: str) -> None:
        self.message.setStyleSheet("color:#a11919; font-weight:bold;")
        self.message.setText(shown(reason))

    def _remove(self) -> None:
        if not self.batch_id:
            self.model.remove(self.table.currentIndex().row())
            self._update()

    def _manifest(self) -> None:
        if self.model.items and not self.batch_id:
            self.manifest_button.setEnabled(False)
            self.manifest_requested.emit(self.codes())

    def manifest_ready(self, batch_id: str) -> None:
        self.batch_id = batch_id
        self.say(
            self.tr(
                "Manifest %1 printed: hand the envelopes and the signed manifest to the courier."
            ).replace("%1", batch_id)
        )
        self._update()
        self.courier.setFocus()

    def start_scanning(self) -> None:
        self.shown.emit()
        (self.scan if self.scan.isEnabled() else self.courier).setFocus()

    def go_to_courier(self) -> None:
        self.shown.emit()
        if self.courier.isEnabled():
            self.courier.setFocus()
        else:
            self.refuse(self.tr("Print the manifest first: the courier signs for it."))
            self.scan.setFocus()

    def _hand_over(self) -> None:
        """The batch leaves the center for good: asked once, Enter confirms."""
        name = self.courier.text().strip()
        if not self.batch_id or not self.hand_over_button.isEnabled():
            return
        if not name:
            self.refuse(self.tr("Write the courier's name."))
            return
        batch_id = self.batch_id

        def hand_over() -> None:
            self.hand_over_button.setEnabled(False)
            self.hand_over_requested.emit(batch_id, name)

        self.confirmation = confirm(
            self,
            self.tr("Hand the batch to the courier"),
            self.tr(
                "Hand %n envelope(s) to %1? This cannot be undone.", "", len(self.model.items)
            ).replace("%1", name),
            self.tr("Hand over to the courier"),
            hand_over,
        )

    def handed_over(self, count: int) -> None:
        self.say(self.tr("%n envelope(s) handed to the post.", "", count))
        self.batch_id = ""
        self.model.clear()
        self.courier.clear()
        self._update()
        self.scan.setFocus()

    def failed(self) -> None:
        self._update()

    def _update(self) -> None:
        started = bool(self.batch_id)
        self.scan.setEnabled(not started)
        self.manifest_button.setEnabled(not started and bool(self.model.items))
        self.hand_over_button.setEnabled(started)
        self.courier.setEnabled(started)
        self.count.setText(shown(self.tr("%n envelope(s) scanned", "", len(self.model.items))))
