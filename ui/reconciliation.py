"""The shift reconciliation on screen: choose the shift (and, for a supervisor, the counter),
see every number used and each difference with the server, save it as PDF or CSV, print.

The same panel serves the clerk (in a dialog from the menu, this counter only) and the
supervisor (a tab, any counter of the center).

Signals (ReconciliationPanel):
    requested(str, object, object): the counter ("" for this one), since, until.
    save_pdf_requested(str), save_csv_requested(str): write the shown report to this path.
    print_requested(): print the shown report.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.ledger import SPOIL_REASONS, IntentState
from clerk_desk.ledger_compare import DIFFERENCES, Difference, NumberLine
from clerk_desk.reconciliation import Reconciliation
from ui.geometry import fit_dialog
from ui.i18n import QT_TRANSLATE_NOOP, shown, tr
from ui.period_edit import PeriodEdit
from ui.views import RowsModel, table_view

STATES = {
    "prepared": QT_TRANSLATE_NOOP("Reconciliation", "prepared, not sent"),
    "sending": QT_TRANSLATE_NOOP("Reconciliation", "being sent"),
    "sent": QT_TRANSLATE_NOOP("Reconciliation", "sent, not settled"),
    "printed": QT_TRANSLATE_NOOP("Reconciliation", "printed"),
    "reprinted": QT_TRANSLATE_NOOP("Reconciliation", "reprinted"),
    "spoiled": QT_TRANSLATE_NOOP("Reconciliation", "spoiled"),
    "unsure": QT_TRANSLATE_NOOP("Reconciliation", "not known whether printed"),
}


def state_name(line: NumberLine) -> str:
    key = (
        "reprinted" if line.state == IntentState.PRINTED and line.kind == "reprint" else line.state
    )
    return tr("Reconciliation", STATES[key]) if key in STATES else key


def reason_text(line: NumberLine) -> str:
    if line.reason in SPOIL_REASONS:
        return tr("Ledger", SPOIL_REASONS[line.reason])
    return line.reason


class NumbersModel(RowsModel[NumberLine]):
    """Every number the shift used: document and tracking number, request, what became of
    it and why, who took it."""

    COLUMN_COUNT = 6

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Document number"),
            self.tr("Tracking number"),
            self.tr("Request"),
            self.tr("What became of it"),
            self.tr("Reason"),
            self.tr("Clerk"),
        )

    def cells(self, line: NumberLine) -> tuple[str, ...]:
        return (
            line.document_number,
            line.tracking_number or "—",
            line.request_id,
            state_name(line),
            reason_text(line) or "—",
            line.by,
        )


class DifferencesModel(RowsModel[Difference]):
    COLUMN_COUNT = 4

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Document number"),
            self.tr("Request"),
            self.tr("Difference"),
            self.tr("On the other side"),
        )

    def cells(self, d: Difference) -> tuple[str, ...]:
        said = tr("Reconciliation", DIFFERENCES[d.code]) if d.code in DIFFERENCES else d.code
        return (d.document_number, d.request_id, said, d.other or "—")


class ReconciliationPanel(QWidget):
    requested = Signal(str, object, object)
    save_pdf_requested = Signal(str)
    save_csv_requested = Signal(str)
    print_requested = Signal()

    def __init__(self, *, choose_counter: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Reconciliation | None = None
        self.counter = QComboBox()
        self.counter.setObjectName("counter")
        self.counter.setVisible(choose_counter)
        self.counter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.counter.setMinimumContentsLength(10)
        self.shift = PeriodEdit(self.tr("Shift from"), by_day=False)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("show")
        self.show_button.clicked.connect(self.ask)
        top = QHBoxLayout()
        if choose_counter:
            top.addWidget(QLabel(self.tr("Counter:")))
            top.addWidget(self.counter)
        top.addWidget(self.shift)
        top.addWidget(self.show_button)
        top.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.numbers = NumbersModel(self)
        self.differences = DifferencesModel(self)
        self.numbers_view = table_view(self.numbers, "numbers")
        self.differences_view = table_view(self.differences, "differences")
        self.differences_title = QLabel()

        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        self.print_button = QPushButton(self.tr("Print"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.csv_button.clicked.connect(self._ask_csv)
        self.print_button.clicked.connect(self.print_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button, name in (
            (self.pdf_button, "save_pdf"),
            (self.csv_button, "save_csv"),
            (self.print_button, "print"),
        ):
            button.setObjectName(name)
            button.setEnabled(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Every number used")))
        layout.addWidget(self.numbers_view, 3)
        layout.addWidget(self.differences_title)
        layout.addWidget(self.differences_view, 2)
        layout.addLayout(buttons)

    def set_counters(self, names: list[str]) -> None:
        chosen = self.counter.currentText()
        self.counter.clear()
        self.counter.addItems(names)
        if chosen in names:
            self.counter.setCurrentText(chosen)

    def ask(self) -> None:
        since, until = self.shift.period()
        if until <= since:
            self.summary.setText(self.tr("The end of the shift must come after its start."))
            return
        counter = self.counter.currentText() if self.counter.isVisibleTo(self) else ""
        self.show_button.setEnabled(False)
        self.summary.setText(self.tr("Reconciling…"))
        self.requested.emit(counter, since, until)

    def show_report(self, rec: Reconciliation) -> None:
        self.report = rec
        self.show_button.setEnabled(True)
        spoiled = sum(1 for n in rec.numbers if n.state == IntentState.SPOILED)
        unsure = sum(1 for n in rec.numbers if n.state == IntentState.UNSURE)
        counts = (
            self.tr(
                "Counter %1: %2 printed, %3 reprinted, %4 spoiled, %5 not known whether "
                "printed; %6 sealed, %7 handed to the post, %8 kept for pickup."
            )
            .replace("%1", rec.workstation or "—")
            .replace("%2", str(rec.printed))
            .replace("%3", str(rec.reprinted))
            .replace("%4", str(spoiled))
            .replace("%5", str(unsure))
            .replace("%6", str(rec.sealed))
            .replace("%7", str(rec.dispatched))
            .replace("%8", str(rec.kept_for_pickup))
        )
        source = (
            self.tr("From the central server's copy of the counter's audit log.")
            if rec.source == "server"
            else self.tr("From this workstation's print ledger.")
        )
        self.summary.setText(shown(f"{counts}\n{source}"))
        self.numbers.set_items(list(rec.numbers))
        self.differences.set_items(list(rec.differences))
        if not rec.compared:
            title = self.tr("Not compared with the central server: it cannot be reached.")
        elif rec.differences:
            title = self.tr("%n difference(s) with the central server", "", len(rec.differences))
        else:
            title = self.tr("No difference with the central server.")
        self.differences_title.setText(shown(title))
        for button in (self.pdf_button, self.csv_button, self.print_button):
            button.setEnabled(True)

    def failed(self, text: str) -> None:
        self.show_button.setEnabled(True)
        self.summary.setText(shown(text))

    def _file_name(self, extension: str) -> str:
        rec = self.report
        if rec is None:
            return f"reconciliation.{extension}"
        stamp = rec.until.astimezone().strftime("%Y%m%d-%H%M")
        return f"reconciliation-{rec.workstation or 'desk'}-{stamp}.{extension}"

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the reconciliation"), self._file_name("pdf"),
            self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if path:
            self.save_pdf_requested.emit(path)

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the reconciliation"), self._file_name("csv"),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if path:
            self.save_csv_requested.emit(path)


class ReconciliationDialog(QDialog):
    """The clerk's reconciliation of this counter, from the menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift reconciliation"))
        self.panel = ReconciliationPanel(choose_counter=False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        fit_dialog(self, QSize(1000, 640))
