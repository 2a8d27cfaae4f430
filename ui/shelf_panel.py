"""The center's pickup shelf, on the post tab: envelopes the post brought back scanned in
(each gets a slot), a shelved envelope scanned to hand it over, and the shelf report.

Signals:
    scanned_in(str): a returned envelope's code was scanned.
    pickup_scanned(str): the code of an envelope to hand over was scanned.
    print_slot_requested(str): print the slot on the envelope of this request.
    report_requested(): list the envelopes waiting longer than the configured period.
    csv_requested(): save that list as a CSV file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from clerk_desk.shelf_report import WaitingEnvelope
from clerk_desk.usecases.post import ShelfReport, Shelved
from ui.i18n import ltr, shown
from ui.views import RowsModel


class ShelfModel(RowsModel[WaitingEnvelope]):
    """The shelf report: slot, request, days waiting."""

    COLUMN_COUNT = 3

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Shelf slot"), self.tr("Request"), self.tr("Days waiting"))

    def cells(self, line: WaitingEnvelope) -> tuple[str, ...]:
        # The request number is a code: its digits stay Western.
        return (shown(line.shelf_slot), line.request_id, shown(str(line.days_waiting)))


class ShelfPanel(QGroupBox):
    scanned_in = Signal(str)
    pickup_scanned = Signal(str)
    print_slot_requested = Signal(str)
    report_requested = Signal()
    csv_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pickup shelf"))
        self.returned = QLineEdit()
        self.returned.setObjectName("scan_in")
        self.returned.setPlaceholderText(self.tr("Scan an envelope the post brought back"))
        self.returned.returnPressed.connect(lambda: self._take(self.returned, self.scanned_in))
        self.pickup = QLineEdit()
        self.pickup.setObjectName("scan_pickup")
        self.pickup.setPlaceholderText(self.tr("Scan the envelope a citizen collects"))
        self.pickup.returnPressed.connect(lambda: self._take(self.pickup, self.pickup_scanned))
        self.slot = QLabel()
        self.slot.setObjectName("slot")
        self.slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slot.setStyleSheet("font-size:16pt; font-weight:bold;")
        self.shelved_id = ""  # the envelope shelved last: its slot can be printed on it
        self.print_slot = QPushButton(self.tr("Print the slot on the envelope"))
        self.print_slot.setObjectName("print_slot")
        self.print_slot.setEnabled(False)
        self.print_slot.clicked.connect(lambda: self.print_slot_requested.emit(self.shelved_id))
        self.message = QLabel()
        self.message.setObjectName("shelf_message")
        self.message.setWordWrap(True)
        self.model = ShelfModel(self)
        self.table = QTableView()
        self.table.setObjectName("shelf_report")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        report = QPushButton(self.tr("Envelopes waiting too long"))
        report.setObjectName("shelf_report_button")
        report.clicked.connect(self.report_requested)
        self.csv = QPushButton(self.tr("Save as CSV"))
        self.csv.setObjectName("shelf_csv")
        self.csv.clicked.connect(self.csv_requested)
        self.report_title = QLabel()

        layout = QVBoxLayout(self)
        returned = QHBoxLayout()
        returned.addWidget(self.returned, 1)
        returned.addWidget(self.slot)
        returned.addWidget(self.print_slot)
        layout.addLayout(returned)
        layout.addWidget(self.pickup)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(report)
        buttons.addWidget(self.csv)
        buttons.addWidget(self.report_title, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _take(self, field: QLineEdit, signal: Any) -> None:
        code = field.text().strip()
        field.clear()
        if code:
            signal.emit(code)

    def shelved(self, shelved: Shelved) -> None:
        """Say where the returned envelope goes: its slot, large."""
        self.slot.setText(shown(ltr(shelved.shelf_slot)))
        self.shelved_id = shelved.request_id
        self.print_slot.setEnabled(True)
        self.say(
            self.tr("Envelope of %1 shelved in slot %2; the citizen is told.")
            .replace("%1", ltr(shelved.request_id))
            .replace("%2", ltr(shelved.shelf_slot))
        )
        self.returned.setFocus()

    def show_report(self, report: ShelfReport) -> None:
        self.model.set_items(list(report.lines))
        self.report_title.setText(
            shown(
                self.tr(
                    "%n envelope(s) waiting longer than %1 days", "", len(report.lines)
                ).replace("%1", str(report.days))
            )
        )

    def say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(shown(text))

    def refuse(self, reason: str) -> None:
        self.message.setStyleSheet("color:#a11919; font-weight:bold;")
        self.message.setText(shown(reason))
