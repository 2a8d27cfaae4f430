"""The shift supervisor's dashboard: the center's shift in numbers and charts, CSV out;
beside it, on pages of their own, the fees (``ui.money_view``) and their reconciliation
with the gateway's settlement (``ui.fee_reconciliation``).

Signals:
    refresh_requested(datetime): fetch the figures since that moment.
    export_requested(str): write the shown figures as CSV to this path.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.api import ClerkFigures, DashboardOut, LookupReport
from ui.fee_reconciliation import FeeReconciliationPanel
from ui.i18n import digit_locale, shown, shown_digits
from ui.labels import class_name, reason_name, states_now
from ui.lookups import LookupsModel
from ui.money_view import MoneyPanel
from ui.period_edit import SHIFT as SHIFT  # where the others import it from
from ui.views import RowsModel, table_view

FIGURES_PER_ROW = 6  # eleven figures in two rows
CHART_HEIGHT = 200

PERIODS = {"shift": SHIFT, "day": timedelta(days=1), "week": timedelta(days=7)}


class ClerksModel(RowsModel[ClerkFigures]):
    """Per clerk: decided, rejected, rejection rate, overturned, overturn rate, and of the
    acceptances a supervisor looked at again, how many raised a concern."""

    COLUMN_COUNT = 7

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Clerk"),
            self.tr("Decided"),
            self.tr("Rejected"),
            self.tr("Rejection rate"),
            self.tr("Overturned"),
            self.tr("Overturn rate"),
            self.tr("Concerns / second looks"),
        )

    def cells(self, c: ClerkFigures) -> tuple[str, ...]:
        rejection = f"{c.rejected / c.decided:.0%}" if c.decided else "—"
        overturn = f"{c.overturned / c.rejected:.0%}" if c.rejected else "—"
        return tuple(
            shown(cell)
            for cell in (
                c.full_name or c.clerk,
                str(c.decided),
                str(c.rejected),
                rejection,
                str(c.overturned),
                overturn,
                f"{c.concerns} / {c.second_looks}" if c.second_looks else "—",
            )
        )

    def role_data(self, item: ClerkFigures, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return item.clerk
        return None


def bar_chart(title: str, labels: list[str], values: list[int]) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setLocalizeNumbers(True)  # the values beside the bars, in the chosen digits
    chart.setLocale(digit_locale(shown_digits()))
    chart.legend().hide()
    series = QHorizontalBarSeries()
    bars = QBarSet(title)
    bars.append([float(v) for v in values])
    series.append(bars)
    series.setLabelsVisible(True)  # the number beside each bar, not only its length
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels or ["—"])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = QValueAxis()
    top = max([*values, 1])
    axis.setRange(0, top)
    axis.setLabelFormat("%d")
    if top <= 5:  # whole requests: no tick between 0 and 1 labelled "0" again
        axis.setTickCount(top + 1)
    else:
        axis.applyNiceNumbers()
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    return chart


class DashboardPanel(QWidget):
    refresh_requested = Signal(object)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: DashboardOut | None = None
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.addItem(self.tr("This shift (8 hours)"), "shift")
        self.period.addItem(self.tr("Last 24 hours"), "day")
        self.period.addItem(self.tr("Last 7 days"), "week")
        self.period.currentIndexChanged.connect(self.refresh)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self._ask_export)
        self.export_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(refresh)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.numbers: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = (
            ("received", self.tr("Received")),
            ("decided", self.tr("Decided")),
            ("accepted", self.tr("Accepted")),
            ("rejected", self.tr("Rejected")),
            ("printed", self.tr("Printed")),
            ("dispatched", self.tr("Dispatched")),
            ("awaiting_pickup", self.tr("Awaiting pickup")),
            ("collected", self.tr("Handed to citizens")),
            ("open_now", self.tr("Open now")),
            ("late_fast", self.tr("Late (fast)")),
            ("late_slow", self.tr("Late (slow)")),
        )
        for n, (key, label) in enumerate(names):
            value = QLabel("—")
            value.setObjectName(key)
            value.setStyleSheet("font-size: 16pt; font-weight: bold;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.numbers[key] = value
            caption = QLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row, column = divmod(n, FIGURES_PER_ROW)
            grid.addWidget(caption, 2 * row, column)
            grid.addWidget(value, 2 * row + 1, column)
        self.by_state = QLabel()  # the center's requests now, by state
        self.by_state.setObjectName("by_state")
        self.by_state.setWordWrap(True)
        grid.addWidget(self.by_state, grid.rowCount(), 0, 1, FIGURES_PER_ROW)
        figures_box = QGroupBox(self.tr("Requests"))
        figures_box.setLayout(grid)

        self.reasons_view = QChartView()
        self.reasons_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.clerks_view = QChartView()
        self.clerks_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.clerks = ClerksModel(self)
        self.clerks_table = table_view(self.clerks, "clerks")
        for view in (self.reasons_view, self.clerks_view):
            view.setMinimumHeight(CHART_HEIGHT)  # its bars and labels, the page scrolls
        charts = QHBoxLayout()
        charts.addWidget(self.reasons_view, 1)
        charts.addWidget(self.clerks_view, 1)
        # The server's record of who looked up whom: those that led to no decision first.
        self.lookups = LookupsModel(self)
        self.lookups_table = table_view(self.lookups, "lookups")
        lookups_box = QGroupBox(self.tr("Civil-registry look-ups, per clerk"))
        lookups_layout = QVBoxLayout(lookups_box)
        lookups_layout.addWidget(self.lookups_table)
        self.message = QLabel()
        requests_page = QWidget()
        layout = QVBoxLayout(requests_page)
        layout.addLayout(top)
        layout.addWidget(figures_box)
        layout.addLayout(charts, 2)
        layout.addWidget(self.clerks_table, 1)
        layout.addWidget(lookups_box, 1)
        layout.addWidget(self.message)
        # The fees: their own pages, each with its own period (ui.money_view,
        # ui.fee_reconciliation); ui.supervisor wires them.
        self.money = MoneyPanel()
        self.fees = FeeReconciliationPanel()
        self.pages = QTabWidget()
        self.pages.setObjectName("dashboard_pages")
        # The requests' page scrolls rather than make the window taller than a 1366×768
        # screen: its charts and two tables ask for more height than the fees' pages.
        requests_scroll = QScrollArea()
        requests_scroll.setWidgetResizable(True)
        requests_scroll.setFrameShape(QFrame.Shape.NoFrame)
        requests_scroll.setWidget(requests_page)
        self.pages.addTab(requests_scroll, self.tr("Requests"))
        self.pages.addTab(self.money, self.tr("Fees"))
        self.pages.addTab(self.fees, self.tr("Fee reconciliation"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def since(self) -> datetime:
        return datetime.now(UTC) - PERIODS[str(self.period.currentData())]

    def refresh(self) -> None:
        self.refresh_requested.emit(self.since())

    def show_figures(self, figures: DashboardOut) -> None:
        self.figures = figures
        for key, label in self.numbers.items():
            if key.startswith("late_"):
                label.setText(shown(str(figures.late_now.get(key.removeprefix("late_"), 0))))
            else:
                label.setText(shown(str(getattr(figures, key))))
        self.numbers["late_fast"].setToolTip(class_name("fast"))
        self.by_state.setText(states_now(figures.by_state))
        reasons = sorted(figures.rejections_by_reason.items())
        self.reasons_view.setChart(
            bar_chart(
                self.tr("Rejections by reason"),
                [reason_name(code) for code, _ in reasons],
                [count for _, count in reasons],
            )
        )
        self.clerks_view.setChart(
            bar_chart(
                self.tr("Rejections by clerk"),
                [c.full_name or c.clerk for c in figures.clerks],
                [c.rejected for c in figures.clerks],
            )
        )
        self.clerks.set_items(figures.clerks)
        self.export_button.setEnabled(True)

    def redraw(self) -> None:
        """Draw what is shown again (the digit style changed)."""
        if self.figures is not None:
            self.show_figures(self.figures)
        self.money.redraw()
        self.fees.redraw()

    def show_lookups(self, report: LookupReport) -> None:
        self.lookups.set_clerks(sorted(report.clerks, key=lambda c: (-c.without_decision, c.clerk)))

    def _ask_export(self) -> None:
        if self.figures is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the dashboard"),
            f"dashboard-{self.figures.center_code}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_requested.emit(path)
