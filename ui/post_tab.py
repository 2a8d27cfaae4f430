"""The dispatch tab's work on the desk: a scanned envelope checked, the manifest prepared
and printed, the batch handed to the courier, the shift's envelopes and reconciliation
printed; each on a pool thread (:class:`ui.operations.Runner`), its answer back to the panel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject

from clerk_desk.usecases.post import HandedOver, Shelved
from ui.dashboard import SHIFT
from ui.dispatch_panel import DispatchPanel
from ui.explain import explain
from ui.i18n import ltr
from ui.operations import Runner
from ui.pickup_dialog import PickupFlow
from ui.workstation import Workstation


class PostTab(QObject):
    def __init__(
        self,
        desk: Workstation,
        runner: Runner,
        panel: DispatchPanel,
        reload_queue: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.panel = panel
        self.reload_queue = reload_queue  # the queue shows the envelopes gone
        panel.scanned.connect(self.check_scan)
        panel.manifest_requested.connect(self.print_manifest)
        panel.hand_over_requested.connect(self.hand_over)
        panel.shift_envelopes_requested.connect(self.print_shift_envelopes)
        panel.reconciliation_requested.connect(self.print_reconciliation)
        shelf = panel.shelf
        shelf.scanned_in.connect(self.scan_in)
        shelf.pickup_scanned.connect(self.hand_over_scanned)
        shelf.print_slot_requested.connect(self.print_shelf_slot)
        shelf.report_requested.connect(self.shelf_report)
        shelf.csv_requested.connect(self.save_shelf_report)
        self.pickup = PickupFlow(desk, runner, panel)

    # --- the pickup shelf ---------------------------------------------------------------

    def scan_in(self, code: str) -> None:
        """A returned envelope scanned in: shelved, its slot shown large."""
        shelf = self.panel.shelf

        def shelved(done: Shelved) -> None:
            shelf.shelved(done)
            self.reload_queue()

        self.runner.run(
            lambda: self.desk.post.scan_in(code),
            shelved,
            lambda exc: shelf.refuse(explain(exc)),
        )

    def print_shelf_slot(self, request_id: str) -> None:
        """The slot printed on the sealed envelope, fed into the envelope tray."""
        shelf = self.panel.shelf
        self.runner.run(
            lambda: self.desk.post.print_shelf_slot(request_id),
            lambda slot: shelf.say(
                self.tr("Slot %1 printed on the envelope of %2.")
                .replace("%1", ltr(slot))
                .replace("%2", ltr(request_id))
            ),
            lambda exc: shelf.refuse(explain(exc)),
        )

    def hand_over_scanned(self, code: str) -> None:
        shelf = self.panel.shelf

        def done(request_id: str) -> None:
            shelf.say(self.tr("Envelope of %1 handed over.").replace("%1", ltr(request_id)))
            self.reload_queue()

        self.pickup.start(code, done, lambda exc: shelf.refuse(explain(exc)))

    def shelf_report(self) -> None:
        shelf = self.panel.shelf
        self.runner.run(
            self.desk.post.shelf_report, shelf.show_report, lambda exc: shelf.refuse(explain(exc))
        )

    def save_shelf_report(self) -> None:
        shelf = self.panel.shelf

        def work() -> Path:
            return self.desk.post.save_shelf_report(self.desk.post.shelf_report())

        self.runner.run(
            work,
            lambda path: shelf.say(self.tr("Shelf report saved: %1").replace("%1", str(path))),
            lambda exc: shelf.refuse(explain(exc)),
        )

    # --- a dispatch ---------------------------------------------------------------------

    def check_scan(self, code: str, already: list[str]) -> None:
        self.runner.run(
            lambda: self.desk.post.check_scan(code, already),
            self.panel.add,
            lambda exc: self.panel.refuse(explain(exc)),
        )

    def print_manifest(self, codes: list[str]) -> None:
        def work() -> str:
            manifest = self.desk.post.prepare_manifest(codes)
            self.desk.post.print_file(manifest.path, manifest.batch_id)
            return manifest.batch_id

        self.runner.run(work, self.panel.manifest_ready, self._failed)

    def hand_over(self, batch_id: str, courier: str) -> None:
        self.runner.run(
            lambda: self.desk.post.hand_over(batch_id, courier), self._handed_over, self._failed
        )

    def _handed_over(self, handed: HandedOver) -> None:
        self.panel.handed_over(handed.envelopes)
        self.reload_queue()

    def _failed(self, exc: Exception) -> None:
        self.panel.refuse(explain(exc))
        self.panel.failed()

    def print_shift_envelopes(self) -> None:
        since = datetime.now(UTC) - SHIFT
        self.runner.run(
            lambda: self.desk.post.print_shift_envelopes(since),
            lambda n: self.panel.say(
                self.tr("%n envelope(s) sent to the printer as one job.", "", n)
            ),
            self._failed,
        )

    def print_reconciliation(self) -> None:
        since = datetime.now(UTC) - SHIFT

        def work() -> str:
            reports = self.desk.reports
            path = reports.for_printing(reports.of_this_counter(since, datetime.now(UTC)))
            self.desk.post.print_file(path, "reconciliation")
            return str(path)

        self.runner.run(
            work,
            lambda path: self.panel.say(
                self.tr("The reconciliation was printed (%1).").replace("%1", path)
            ),
            self._failed,
        )
