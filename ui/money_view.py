"""The shift supervisor's money view: the center's fees for the shift or for days chosen,
collected by service and channel, refunds ordered and executed, in Syrian pounds; CSV out.

Signals (MoneyPanel):
    requested(object, object): fetch the figures of [since, until) (UTC datetimes).
    export_requested(str): write the shown figures as CSV to this path.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.api_payments import Collected, MoneyOut
from ui.i18n import ltr, shown
from ui.labels import channel_name, pounds, service_name
from ui.period_edit import SHIFT, PeriodEdit
from ui.views import RowsModel, compact_rows, table_view


class CollectedModel(RowsModel[Collected]):
    """Fees collected per service and channel: how many, how much."""

    COLUMN_COUNT = 4

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Service"), self.tr("Channel"), self.tr("Fees"), self.tr("Amount"))

    def cells(self, c: Collected) -> tuple[str, ...]:
        return (
            service_name(c.service_code),
            channel_name(c.channel.value),
            shown(str(c.count)),
            pounds(c.amount),
        )

    def role_data(self, item: Collected, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MoneyPanel(QWidget):
    requested = Signal(object, object)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: MoneyOut | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("money_period")
        self.kind.addItem(self.tr("This shift (8 hours)"), "shift")
        self.kind.addItem(self.tr("Days"), "days")
        self.days = PeriodEdit(self.tr("From"), by_day=True)
        self.days.setEnabled(False)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("show_money")
        self.show_button.clicked.connect(self.ask)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("export_money")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._ask_export)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.days)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.totals: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        for column, (key, caption) in enumerate(
            (
                ("collected", self.tr("Fees collected")),
                ("ordered", self.tr("Refunds ordered")),
                ("executed", self.tr("Refunds executed")),
            )
        ):
            title = QLabel(caption)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            amount = QLabel("—")
            amount.setObjectName(f"{key}_amount")
            amount.setStyleSheet("font-size: 16pt; font-weight: bold;")
            amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count = QLabel()  # beside the caption: the page keeps its height for the table
            count.setObjectName(f"{key}_count")
            heading = QHBoxLayout()
            heading.addStretch(1)
            heading.addWidget(title)
            heading.addWidget(count)
            heading.addStretch(1)
            grid.addLayout(heading, 0, column)
            grid.addWidget(amount, 1, column)
            self.totals[key] = (amount, count)
        self.totals_box = QGroupBox(self.tr("The center's fees"))
        self.totals_box.setObjectName("money_totals")
        self.totals_box.setLayout(grid)

        self.collected = CollectedModel(self)
        self.table = table_view(self.collected, "collected", stretch=0)
        compact_rows(self.table)  # every service and channel of a day in view
        self.message = QLabel()
        self.message.setObjectName("money_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals_box)
        layout.addWidget(QLabel(self.tr("Fees collected by service and channel")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _kind_changed(self) -> None:
        self.days.setEnabled(self.kind.currentData() == "days")

    def period(self) -> tuple[datetime, datetime]:
        if self.kind.currentData() == "days":
            return self.days.period()
        until = datetime.now(UTC)
        return until - SHIFT, until

    def ask(self) -> None:
        if not self.days.is_valid():
            self.message.setText(self.tr("The last day must not come before the first."))
            return
        self.message.setText(self.tr("Fetching the figures…"))
        self.show_button.setEnabled(False)
        self.requested.emit(*self.period())

    def show_figures(self, figures: MoneyOut) -> None:
        self.figures = figures
        self.show_button.setEnabled(True)
        self.message.clear()
        self.redraw()
        self.export_button.setEnabled(True)

    def redraw(self) -> None:
        """Draw the figures again (the digit style changed)."""
        figures = self.figures
        if figures is None:
            return
        since, until = (
            t.astimezone().strftime("%Y-%m-%d %H:%M") for t in (figures.since, figures.until)
        )
        self.totals_box.setTitle(
            shown(
                self.tr("The center's fees from %1 to %2")
                .replace("%1", ltr(since))
                .replace("%2", ltr(until))
            )
        )
        fees = sum(c.count for c in figures.collected)
        ordered, executed = figures.refunds_ordered, figures.refunds_executed
        for key, amount, count in (
            ("collected", figures.collected_total, self.tr("%n fee(s)", "", fees)),
            ("ordered", ordered.amount, self.tr("%n refund(s)", "", ordered.count)),
            ("executed", executed.amount, self.tr("%n refund(s)", "", executed.count)),
        ):
            amount_label, count_label = self.totals[key]
            amount_label.setText(pounds(amount))
            count_label.setText(shown(f"({count})"))
        self.collected.set_items(list(figures.collected))

    def failed(self, text: str) -> None:
        self.show_button.setEnabled(True)
        self.message.setText(shown(text))

    def _ask_export(self) -> None:
        figures = self.figures
        if figures is None:
            return
        day = figures.until.astimezone().strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the fees"), f"fees-{figures.center_code}-{day}.csv",
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path:
            self.export_requested.emit(path)
