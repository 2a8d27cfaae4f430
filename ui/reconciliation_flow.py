"""What the reconciliation panel asks of the desk, each on a pool thread
(:class:`ui.operations.Runner`), its answer back to the panel: the report of this counter
(the clerk's) or of a chosen one (the supervisor's), saved as PDF or CSV, or printed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from clerk_desk.reconciliation import Reconciliation
from ui.explain import explain
from ui.operations import Runner
from ui.reconciliation import ReconciliationDialog, ReconciliationPanel
from ui.workstation import Workstation

log = logging.getLogger(__name__)


class ReconciliationFlow(QObject):
    def __init__(
        self,
        desk: Workstation,
        runner: Runner,
        panel: ReconciliationPanel,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.panel = panel
        self.say = say  # a short line in the status bar
        panel.requested.connect(self.reconcile)
        panel.save_pdf_requested.connect(self.save_pdf)
        panel.save_csv_requested.connect(self.save_csv)
        panel.print_requested.connect(self.print_report)

    def load_counters(self) -> None:
        self.runner.run(
            self.desk.reports.counters,
            self.panel.set_counters,
            lambda exc: self.panel.failed(explain(exc)),
        )

    def reconcile(self, counter: str, since: datetime, until: datetime) -> None:
        reports = self.desk.reports
        if counter:
            self.runner.run(
                lambda: reports.of_counter(counter, since, until),
                self.panel.show_report,
                self._failed,
            )
        else:
            self.runner.run(
                lambda: reports.of_this_counter(since, until), self.panel.show_report, self._failed
            )

    def _failed(self, exc: Exception) -> None:
        self.panel.failed(explain(exc))

    def _shown(self) -> Reconciliation | None:
        return self.panel.report

    def save_pdf(self, path: str) -> None:
        rec = self._shown()
        if rec is not None:
            self.runner.run(
                lambda: self.desk.reports.save_pdf(rec, path), self._saved, self._failed
            )

    def save_csv(self, path: str) -> None:
        rec = self._shown()
        if rec is not None:
            self.runner.run(
                lambda: self.desk.reports.save_csv(rec, path), self._saved, self._failed
            )

    def _saved(self, path: Path) -> None:
        self.say(self.tr("Saved %1").replace("%1", str(path)))

    def print_report(self) -> None:
        rec = self._shown()
        if rec is None:
            return

        def work() -> None:
            self.desk.post.print_file(self.desk.reports.for_printing(rec), "reconciliation")

        self.runner.run(
            work,
            lambda _: self.say(self.tr("The reconciliation was sent to the printer.")),
            self._failed,
        )


def open_dialog(
    desk: Workstation, runner: Runner, say: Callable[[str], None], parent: QWidget
) -> ReconciliationDialog:
    """The clerk's reconciliation of this counter, shown at once for the last shift."""
    dialog = ReconciliationDialog(parent)
    ReconciliationFlow(desk, runner, dialog.panel, say, dialog)  # owned by the dialog
    dialog.open()
    dialog.panel.ask()
    return dialog
