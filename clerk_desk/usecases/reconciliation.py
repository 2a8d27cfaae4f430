"""The shift's reconciliation: the clerk's own, from this store, compared with the server;
the supervisor's of any counter of the center, from the server's copy; and its PDF (for
printing, among the desk's documents, or saved where the person chose) and CSV.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from clerk_desk import config as cfg
from clerk_desk.files import write_atomically
from clerk_desk.link_errors import ServerError
from clerk_desk.pdf_files import write_pdf
from clerk_desk.ports.paper import DocumentRenderer, ShiftInfo
from clerk_desk.ports.reconciliation import ReconciliationLink
from clerk_desk.reconciliation import Reconciliation, from_server, reconcile
from clerk_desk.reports import reconciliation_csv
from clerk_desk.usecases.context import WorkContext

log = logging.getLogger(__name__)


class Reconciliations:
    """The reconciliation use cases of one workstation (``Desk.reports``)."""

    def __init__(
        self, context: WorkContext, *, link: ReconciliationLink, renderer: DocumentRenderer
    ) -> None:
        self.context = context
        self.link = link
        self.renderer = renderer

    @property
    def workstation(self) -> str:
        return self.context.settings.get(cfg.WORKSTATION)

    def of_this_counter(self, since: datetime, until: datetime) -> Reconciliation:
        """This workstation's shift from its own ledger, compared with the server's side
        when the server answers (otherwise marked as not compared)."""
        try:
            server = self.link.workstation_ledger(self.workstation, since, until)
        except ServerError as exc:
            log.info("reconciliation not compared with the server: %s", type(exc).__name__)
            server = None
        with self.context.sessions() as session:
            return reconcile(session, since, until, server, workstation=self.workstation)

    def of_counter(self, workstation: str, since: datetime, until: datetime) -> Reconciliation:
        """Any counter's shift of the center, from the server's copy (a supervisor's)."""
        return from_server(
            self.link.workstation_ledger(workstation, since, until),
            self.link.workstation_blocks(workstation).items,
        )

    def counters(self) -> list[str]:
        """The center's workstations a supervisor can choose: those with a key enrolled,
        and this one."""
        names = {e.workstation for e in self.link.enrollments().items}
        return sorted(names | {self.workstation} - {""})

    def pdf(self, rec: Reconciliation) -> bytes:
        shift = ShiftInfo(
            self.context.center.name_ar,
            self.context.person,
            rec.workstation,
            self.context.settings.get(cfg.DIGITS),
        )
        return self.renderer.reconciliation(rec, shift)

    def save_pdf(self, rec: Reconciliation, path: str) -> Path:
        """The PDF where the person chose to save it (in clear, like any export)."""
        return write_atomically(path, self.pdf(rec))

    @staticmethod
    def save_csv(rec: Reconciliation, path: str) -> Path:
        # utf-8 with a byte-order mark: spreadsheet programs then read the Arabic right.
        return write_atomically(path, reconciliation_csv(rec).encode("utf-8-sig"))

    def for_printing(self, rec: Reconciliation) -> Path:
        """The PDF among the desk's documents (encrypted like them), to be printed."""
        stamp = rec.until.strftime("%Y%m%d-%H%M")
        name = f"shift-{rec.workstation or 'desk'}-{rec.source}-{stamp}.pdf"
        return write_pdf(
            self.context.documents_dir / "reconciliation" / name,
            self.pdf(rec),
            self.context.store_key,
        )
