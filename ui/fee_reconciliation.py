"""The fee reconciliation on screen: the supervisor opens the gateway's settlement file of a
day (or, on a training server, fetches it from the gateway simulator) and sees every
difference with the server's payments and refunds, with the totals of both sides.

A file that cannot be a settlement (wrong columns, a bad amount, not UTF-8) is refused
with a sentence that says where; the reconciliation shown before stays on screen.

Signals (FeeReconciliationPanel):
    file_chosen(str, object): reconcile the settlement file at this path (of this day).
    fetch_requested(object): fetch this day's settlement from the training gateway.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.fee_reconciliation import (
    Difference,
    DifferenceKind,
    FeeReconciliation,
    SettlementError,
)
from ui.explain import explain
from ui.i18n import QT_TRANSLATE_NOOP, ltr, shown, tr, translate
from ui.labels import pounds
from ui.period_edit import chosen_day, day_edit
from ui.views import RowsModel, table_view

KIND_NAMES = {
    DifferenceKind.NOT_SETTLED: QT_TRANSLATE_NOOP("FeeReconciliation", "paid here but not settled"),
    DifferenceKind.UNKNOWN_HERE: QT_TRANSLATE_NOOP("FeeReconciliation", "settled but unknown here"),
    DifferenceKind.AMOUNT_DIFFERS: QT_TRANSLATE_NOOP("FeeReconciliation", "amounts differ"),
}

PROBLEMS = {
    "too_large": QT_TRANSLATE_NOOP(
        "FeeReconciliation", "The file is larger than a settlement can be (%1 bytes)."
    ),
    "encoding": QT_TRANSLATE_NOOP(
        "FeeReconciliation",
        "Line %1 is not UTF-8 text. Ask the gateway for the settlement as CSV in UTF-8.",
    ),
    "header": QT_TRANSLATE_NOOP(
        "FeeReconciliation",
        "The first line is not a settlement's: it must be reference,amount,channel,date.",
    ),
    "line": QT_TRANSLATE_NOOP(
        "FeeReconciliation",
        "Line %1 is not a settlement line: a reference, an amount in whole pounds, a "
        "channel and a date (YYYY-MM-DD).",
    ),
    "too_many": QT_TRANSLATE_NOOP("FeeReconciliation", "The file has more than %1 lines."),
    "too_many_days": QT_TRANSLATE_NOOP(
        "FeeReconciliation", "The file speaks of more than %1 days."
    ),
}


def kind_name(kind: DifferenceKind) -> str:
    return tr("FeeReconciliation", KIND_NAMES[kind])


def problem_text(exc: Exception) -> str:
    """Why a settlement was not reconciled, in the interface's language: the file's fault
    (saying where), the disk's, or the server's."""
    if isinstance(exc, SettlementError):
        value = next(iter(exc.values.values()), "")
        text = tr("FeeReconciliation", PROBLEMS.get(exc.code, exc.code)).replace("%1", str(value))
        return translate("FeeReconciliation", "The settlement was not read: %1").replace("%1", text)
    if isinstance(exc, OSError):
        return translate("FeeReconciliation", "The file could not be read (%1).").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    return explain(exc)


class DifferencesModel(RowsModel[Difference]):
    """Each difference: the reference, its day, what differs, the amounts on each side."""

    COLUMN_COUNT = 5

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Receipt reference"),
            self.tr("Day"),
            self.tr("Difference"),
            self.tr("Here"),
            self.tr("In the settlement"),
        )

    def cells(self, d: Difference) -> tuple[str, ...]:
        return (
            d.reference,
            shown(d.day.isoformat()),
            kind_name(d.kind),
            "—" if d.here is None else pounds(d.here),
            "—" if d.settled is None else pounds(d.settled),
        )


class FeeReconciliationPanel(QWidget):
    file_chosen = Signal(str, object)
    fetch_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: FeeReconciliation | None = None
        self.source = ""  # the file's name, or the training gateway
        self.day = day_edit(date.today())
        self.day.setObjectName("settlement_day")
        self.open_button = QPushButton(self.tr("Open the settlement file…"))
        self.open_button.setObjectName("open_settlement")
        self.open_button.clicked.connect(self._ask_file)
        self.fetch_button = QPushButton(self.tr("Fetch from the training gateway"))
        self.fetch_button.setObjectName("fetch_settlement")
        self.fetch_button.setToolTip(
            self.tr("The training server's gateway simulator gives the day's settlement.")
        )
        self.fetch_button.clicked.connect(self._ask_fetch)
        self.fetch_button.hide()  # until the server is known to have a simulator
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Settlement of the day")))
        top.addWidget(self.day)
        top.addWidget(self.open_button)
        top.addWidget(self.fetch_button)
        top.addStretch(1)

        self.problem = QLabel()
        self.problem.setObjectName("settlement_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("background:#fde2e1; padding:6px;")
        self.problem.hide()
        self.summary = QLabel(self.tr("Open the gateway's settlement file of a day."))
        self.summary.setObjectName("fee_summary")
        self.summary.setWordWrap(True)
        self.differences_title = QLabel()
        self.differences_title.setObjectName("fee_differences_title")
        self.differences = DifferencesModel(self)
        self.table = table_view(self.differences, "fee_differences", stretch=2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.differences_title)
        layout.addWidget(self.table, 1)

    def set_training_gateway(self, available: bool) -> None:
        self.fetch_button.setVisible(available)

    def busy(self) -> None:
        self.problem.hide()
        for button in (self.open_button, self.fetch_button):
            button.setEnabled(False)

    def show_reconciliation(self, rec: FeeReconciliation, source: str) -> None:
        self.report, self.source = rec, source
        self._done()
        if rec.first_day == rec.last_day:
            first = rec.first_day
            self.day.setDate(QDate(first.year, first.month, first.day))
        self.redraw()

    def failed(self, exc: Exception) -> None:
        """Say why; what was shown stays."""
        self._done()
        self.problem.setText(shown(problem_text(exc)))
        self.problem.show()

    def redraw(self) -> None:
        rec = self.report
        if rec is None:
            return
        days = rec.first_day.isoformat()
        if rec.last_day != rec.first_day:
            days = f"{days} — {rec.last_day.isoformat()}"
        text = (
            self.tr(
                "%1, settlement of %2.\nHere: %3 lines, net %4 (refunds %5).\n"
                "In the settlement: %6 lines, net %7 (refunds %8)."
            )
            .replace("%1", ltr(self.source))
            .replace("%2", ltr(days))
            .replace("%3", str(rec.here_lines))
            .replace("%4", pounds(rec.here_total))
            .replace("%5", pounds(rec.here_refunds))
            .replace("%6", str(rec.settled_lines))
            .replace("%7", pounds(rec.settled_total))
            .replace("%8", pounds(rec.settled_refunds))
        )
        if rec.other_center_lines:
            text += "\n" + self.tr(
                "%n line(s) of other centers in the settlement left out.", "",
                rec.other_center_lines,
            )  # fmt: skip
        self.summary.setText(shown(text))
        if rec.differences:
            counts = [
                self.tr("%1: %2").replace("%1", kind_name(kind)).replace("%2", str(rec.count(kind)))
                for kind in DifferenceKind
                if rec.count(kind)
            ]
            title = self.tr("%n difference(s): ", "", len(rec.differences))
            title += self.tr("; ").join(counts)
            gap = rec.settled_total - rec.here_total
            title += "\n" + self.tr("The settlement less ours: %1").replace("%1", pounds(gap))
        else:
            title = self.tr("No difference: every line matches.")
        self.differences_title.setText(shown(title))
        self.differences.set_items(list(rec.differences))

    def _done(self) -> None:
        for button in (self.open_button, self.fetch_button):
            button.setEnabled(True)

    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The gateway's settlement file"), "",
            self.tr("CSV files (*.csv);;All files (*)"),
        )  # fmt: skip
        if path:
            self.file_chosen.emit(path, chosen_day(self.day))

    def _ask_fetch(self) -> None:
        self.fetch_requested.emit(chosen_day(self.day))
