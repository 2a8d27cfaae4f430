"""The shift supervisor's two tabs, the review and the dashboard (with its pages of the
fees), and what they ask of the desk: each request goes to the server on a pool thread
(:class:`ui.operations.Runner`) and its answer comes back to the panel. The main window
shows the tabs to supervisors only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from clerk_desk.api import AcceptanceOut, RejectionOut
from sync.events import Event, OutboxChanged
from ui.dashboard import SHIFT, DashboardPanel
from ui.explain import explain
from ui.operations import Runner
from ui.review_panel import ACCEPTANCES, ReviewPanel
from ui.workstation import Workstation

log = logging.getLogger(__name__)


class SupervisorTabs(QObject):
    def __init__(
        self,
        desk: Workstation,
        runner: Runner,
        review: ReviewPanel,
        dashboard: DashboardPanel,
        status: QStatusBar,
        show_error: Callable[[Exception], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self._on_its_way = False  # a review or second look recorded, not yet delivered
        self.review = review
        self.dashboard = dashboard
        self.status = status
        self.show_error = show_error
        self.shown = False  # set once the logged-in user is a supervisor
        review.review_requested.connect(self.submit_review)
        review.refresh_requested.connect(self.refresh_rejections)
        review.second_look_requested.connect(self.record_second_look)
        review.history_requested.connect(self.load_history)
        dashboard.refresh_requested.connect(self.refresh_dashboard)
        dashboard.export_requested.connect(self.export_dashboard)
        dashboard.money.requested.connect(self.refresh_money)
        dashboard.money.export_requested.connect(self.export_money)
        dashboard.fees.file_chosen.connect(self.reconcile_file)
        dashboard.fees.fetch_requested.connect(self.reconcile_training)

    def show(self) -> None:
        """The tabs are on screen: fill them."""
        self.shown = True
        self.refresh_rejections()
        self.dashboard.refresh()
        self.dashboard.money.ask()
        # A training server's gateway simulator can hand the day's settlement over.
        self.runner.run(
            lambda: self.desk.supervision.training_gateway_answers(datetime.now(UTC).date()),
            self.dashboard.fees.set_training_gateway,
            lambda exc: log.info("no training gateway: %s", type(exc).__name__),
        )

    def refresh_rejections(self) -> None:
        if not self.shown:
            return
        if self.review.showing == ACCEPTANCES:
            since = datetime.now(UTC) - SHIFT
            self.runner.run(
                lambda: self.desk.supervision.acceptance_sample(since),
                self._loaded,
                self.show_error,
            )
            return
        self.runner.run(self.desk.supervision.rejections, self._loaded, self.show_error)

    def _loaded(self, items: list[RejectionOut] | list[AcceptanceOut]) -> None:
        self.review.set_items(list(items))

    def load_history(self, request_id: str) -> None:
        self.runner.run(
            lambda: self.desk.supervision.request_history(request_id),
            lambda lines: self.review.show_history(request_id, lines),
            lambda exc: log.info("history not loaded: %s", type(exc).__name__),
        )

    def submit_review(self, request_id: str, outcome: str, note: str) -> None:
        self._on_its_way = True
        self.runner.run(
            lambda: self.desk.supervision.review(request_id, outcome, note),
            lambda _: self.refresh_rejections(),
            self.show_error,
        )

    def on_sync_event(self, event: Event) -> None:
        """A review or a second look goes to the server through the outbox: the list, which
        is the server's, shows it once the outbox has delivered it (whichever of that and
        the local recording reaches this thread first, the list is asked again after both)."""
        if isinstance(event, OutboxChanged) and event.waiting == 0 and self._on_its_way:
            self._on_its_way = False
            self.refresh_rejections()

    def record_second_look(self, request_id: str, concern: str) -> None:
        self._on_its_way = True
        self.runner.run(
            lambda: self.desk.supervision.record_second_look(request_id, concern),
            lambda _: self._second_look_recorded(request_id),
            self.show_error,
        )

    def _second_look_recorded(self, request_id: str) -> None:
        self.refresh_rejections()  # the list shows the check once the server has it
        self.review.message.setText(self.tr("Recorded for %1.").replace("%1", request_id))

    def refresh_dashboard(self, since: datetime) -> None:
        self.runner.run(
            lambda: self.desk.supervision.dashboard(since),
            self.dashboard.show_figures,
            self.show_error,
        )
        self.runner.run(
            lambda: self.desk.supervision.registry_lookups(since),
            self.dashboard.show_lookups,
            self.show_error,
        )

    def export_dashboard(self, path: str) -> None:
        figures = self.dashboard.figures
        if figures is None:
            return
        self.runner.run(
            lambda: self.desk.supervision.export_dashboard(figures, path),
            lambda _: self.status.showMessage(self.tr("Saved %1").replace("%1", path), 8_000),
            self.show_error,
        )

    # --- the fees -------------------------------------------------------------------------

    def refresh_money(self, since: datetime, until: datetime) -> None:
        money = self.dashboard.money
        self.runner.run(
            lambda: self.desk.supervision.money(since, until),
            money.show_figures,
            lambda exc: money.failed(explain(exc)),
        )

    def export_money(self, path: str) -> None:
        figures = self.dashboard.money.figures
        if figures is None:
            return
        self.runner.run(
            lambda: self.desk.supervision.export_money(figures, path),
            lambda _: self.status.showMessage(self.tr("Saved %1").replace("%1", path), 8_000),
            self.show_error,
        )

    def reconcile_file(self, path: str, day: date) -> None:
        fees = self.dashboard.fees
        fees.busy()
        self.runner.run(
            lambda: self.desk.supervision.reconcile_settlement_file(path, day),
            lambda rec: fees.show_reconciliation(rec, Path(path).name),
            fees.failed,
        )

    def reconcile_training(self, day: date) -> None:
        fees = self.dashboard.fees
        fees.busy()
        self.runner.run(
            lambda: self.desk.supervision.reconcile_training_settlement(day),
            lambda rec: fees.show_reconciliation(rec, self.tr("The training gateway")),
            fees.failed,
        )
