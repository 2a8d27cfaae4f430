"""The shift reconciliation's work on the desk, as blocking calls (run them in operations,
see ``ui.operations``): the clerk's from this store compared with the server, the
supervisor's for any counter from the server's copy, and the PDF and CSV of either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk.api import Center
from clerk_desk.crypto import StoreKey
from clerk_desk.files import write_atomically
from clerk_desk.reconciliation import Reconciliation, from_server, reconcile
from clerk_desk.reports import reconciliation_csv
from printing.pdf import write_pdf
from printing.reconciliation import ShiftInfo, render_reconciliation
from sync.client import CentralClient, ServerError

log = logging.getLogger(__name__)


class DeskReconciliation:
    def __init__(
        self,
        settings: cfg.Config,
        sessions: sessionmaker[Session],
        client: CentralClient,
        documents_dir: Path,
        store_key: StoreKey,
        *,
        center: Callable[[], Center],
        person: Callable[[], str],
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.client = client
        self.documents_dir = documents_dir
        self.store_key = store_key
        self.center = center
        self.person = person  # the full name of whoever is logged in

    @property
    def workstation(self) -> str:
        return self.settings.get(cfg.WORKSTATION)

    def of_this_counter(self, since: datetime, until: datetime) -> Reconciliation:
        """This workstation's shift from its own ledger, compared with the server's side
        when the server answers (otherwise marked as not compared)."""
        try:
            server = self.client.workstation_ledger(self.workstation, since, until)
        except ServerError as exc:
            log.info("reconciliation not compared with the server: %s", type(exc).__name__)
            server = None
        with self.sessions() as session:
            return reconcile(session, since, until, server, workstation=self.workstation)

    def of_counter(self, workstation: str, since: datetime, until: datetime) -> Reconciliation:
        """Any counter's shift of the center, from the server's copy (a supervisor's)."""
        return from_server(
            self.client.workstation_ledger(workstation, since, until),
            self.client.workstation_blocks(workstation).items,
        )

    def counters(self) -> list[str]:
        """The center's workstations a supervisor can choose: those with a key enrolled,
        and this one."""
        names = {e.workstation for e in self.client.enrollments().items}
        return sorted(names | {self.workstation} - {""})

    def pdf(self, rec: Reconciliation) -> bytes:
        shift = ShiftInfo(self.center().name_ar, self.person(), rec.workstation)
        return render_reconciliation(rec, shift)

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
            self.documents_dir / "reconciliation" / name, self.pdf(rec), self.store_key
        )
