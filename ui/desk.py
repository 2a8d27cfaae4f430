"""The clerk's desk: the workstation's parts wired together, as blocking calls.

Nothing here touches Qt; every method is meant to run inside an operation (see
``ui.operations``) so the GUI thread never waits on the network, the disk or the printer.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk import dispatch, workflow
from clerk_desk.api import (
    Center,
    LoginOut,
    Role,
)
from clerk_desk.crypto import StoreKey
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.ports.link import Courier
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.counter import Counter
from clerk_desk.usecases.session import WorkSession
from clerk_desk.usecases.supervision import Supervision
from clerk_desk.workflow import Actor, RuleViolation
from printing.verification import DocumentSigner
from sync.client import CentralClient, Offline, ServerError
from sync.credentials import TokenStore
from sync.enrollment import KeyEnroller
from sync.events import EventHub
from sync.leases import LeaseKeeper
from sync.number_blocks import NumberBlocks, TopUpAside
from sync.outbox import OutboxPusher, PushResult
from sync.puller import Puller
from sync.session_delivery import PusherDelivery
from ui.desk_printing import DeskPrinting
from ui.desk_reconciliation import DeskReconciliation

log = logging.getLogger(__name__)


class _PushNow:
    """The outbox pushed at once, on the caller's thread (until one sync worker owns it)."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def deliver_soon(self) -> None:
        self._desk.push_quietly()


class Desk:
    def __init__(
        self,
        settings: cfg.Config,
        sessions: sessionmaker[Session],
        client: CentralClient,
        tokens: TokenStore,
        events: EventHub,
        documents_dir: Path,
        *,
        store_key: StoreKey,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.client = client
        self.tokens = tokens
        self.events = events
        self.documents_dir = documents_dir
        self.store_key = store_key  # encrypts the store's personal data and the PDFs
        self.puller = Puller(client, sessions, events)
        self.pusher = OutboxPusher(client, sessions, events)
        # What the use cases (clerk_desk.usecases) share; Desk's areas move into them.
        self.context = WorkContext(settings, sessions, store_key, documents_dir)
        self.store_file = self.context.store_file  # checked before each record
        self.courier: Courier = _PushNow(self)
        self.counter = Counter(self.context, client, self.courier, events)
        blocks = NumberBlocks(client, sessions, lambda: settings.get(cfg.S10_SERVICE))
        self.session = WorkSession(
            self.context,
            client,
            tokens,
            KeyEnroller(client, tokens),
            DocumentSigner.from_keyring,
            PusherDelivery(client, self.pusher),
            supply=blocks,
            top_up=TopUpAside(blocks),
            door=client,
        )
        self.supervision = Supervision(self.context, client, self.courier)
        self.printing = DeskPrinting(
            settings,
            sessions,
            client,
            documents_dir,
            store_key,
            actor=lambda: self.actor,
            center=lambda: self.center,
            signer=self.session.ready_signer,
            delivered=self._after_print,
        )
        self.reports = DeskReconciliation(
            settings,
            sessions,
            client,
            documents_dir,
            store_key,
            center=lambda: self.center,
            person=lambda: self.login_result.user.full_name if self.login_result else "",
        )

    @property
    def login_result(self) -> LoginOut | None:
        """Set by the session's use cases only (``self.session.login``)."""
        return self.context.desk.login

    def _after_print(self) -> None:
        """After a print (or a settled interruption): the outbox to the courier, and the
        number blocks topped up aside when running low (the clerk never waits for that;
        for the push, not once the sync worker is the courier)."""
        self.courier.deliver_soon()  # seam: the sync worker's
        self.session.numbers.after_print()

    @property
    def actor(self) -> Actor:
        if self.login_result is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "nobody is logged in"))
        user = self.login_result.user
        return Actor(user.username, self.settings.get(cfg.WORKSTATION), user.center.code)

    def _is_clerk(self) -> bool:
        return self.login_result is not None and self.login_result.user.role is Role.CLERK

    @property
    def center(self) -> Center:
        if self.login_result is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "nobody is logged in"))
        return self.login_result.user.center

    # --- sync ---------------------------------------------------------------------------

    def pull(self) -> workflow.UpsertResult:
        self.store_file.check()  # the timer's pull is where a vanished store is noticed
        result = self.puller.pull()
        self.push_quietly()
        return result

    def push(self) -> PushResult:
        return self.pusher.push()

    def push_quietly(self) -> None:
        """Try to deliver the outbox now; if it cannot, it waits for the next try."""
        try:
            self.pusher.push()
        except ServerError as exc:  # offline, log-in expired, certificate refused
            log.info("outbox waits: %s", type(exc).__name__)

    def keep_lease(self, request_id: str) -> None:
        """Renew the open request's claim when it nears expiry (raises LeaseTaken if a
        colleague took it meanwhile; offline, the clerk works on inside the lease)."""
        if not self._is_clerk():
            return
        keeper = LeaseKeeper(self.client, self.sessions, self.events, self.actor)
        try:
            keeper.renew_if_due(request_id)
        except Offline:
            log.info("lease not renewed: offline")

    # --- through to the post -----------------------------------------------------------------

    def seal(self, request_id: str) -> None:
        with self.sessions.begin() as session:
            dispatch.seal(session, self.actor, request_id)
        self.push_quietly()

    def hand_to_citizen(self, request_id: str, received_by: str) -> None:
        with self.sessions.begin() as session:
            dispatch.hand_to_citizen(session, self.actor, request_id, received_by)
        self.push_quietly()

    def keep_for_pickup(self, request_id: str) -> None:
        with self.sessions.begin() as session:
            dispatch.keep_for_pickup(session, self.actor, request_id)
        self.push_quietly()

    def check_scan(self, code: str, already: list[str]) -> dispatch.ScannedEnvelope:
        with self.sessions() as session:
            return dispatch.check_scan(session, code, already)

    def prepare_manifest(self, codes: list[str]) -> tuple[str, Path]:
        """Store the scanned envelopes as a batch and render its manifest; (batch id, PDF)."""
        from printing.manifest import ManifestFacts, ManifestLine, render_manifest
        from printing.pdf import write_pdf

        with self.sessions.begin() as session:
            batch = dispatch.create_dispatch(session, self.actor, codes)
            lines = tuple(
                ManifestLine(item.request_id, item.tracking_number, item.recipient_city)
                for item in batch.items
            )
            batch_id = batch.id
        login = self.login_result
        facts = ManifestFacts(
            batch_id=batch_id,
            prepared_on=datetime.now(UTC).date(),
            center_name=self.center.name_ar,
            center_city=self.center.city_ar,
            clerk_name=login.user.full_name if login else "",
            lines=lines,
        )
        path = write_pdf(
            self.documents_dir / "dispatch" / f"{batch_id}.pdf",
            render_manifest(facts),
            self.store_key,
        )
        return batch_id, path

    def read_pdf(self, path: Path) -> bytes:
        """The clear bytes of a PDF this desk wrote (they are encrypted on disk)."""
        from printing.pdf import read_pdf

        return read_pdf(path, self.store_key)

    def print_file(self, path: Path, title: str) -> None:
        from printing import printer

        name = self.settings.get(cfg.PRINTER) or printer.default_printer()
        if not name:
            raise printer.PrinterMissing("(none)")
        printer.wait_for_job(printer.submit(name, self.read_pdf(path), title=title))

    def hand_over(self, batch_id: str, courier_name: str) -> int:
        with self.sessions.begin() as session:
            batch = dispatch.hand_over(session, self.actor, batch_id, courier_name)
            count = len(batch.items)
        self.push_quietly()
        return count

    def print_shift_envelopes(self, since: datetime) -> int:
        """All envelopes printed since ``since`` and not yet sealed, as one print job."""
        from printing import printer
        from printing.batch import print_batch

        name = self.settings.get(cfg.PRINTER) or printer.default_printer()
        if not name:
            raise printer.PrinterMissing("(none)")
        with self.sessions() as session:
            issuances = dispatch.printed_not_sealed(session, since)
            if not issuances:
                return 0
            job = print_batch(
                name,
                issuances,
                key=self.store_key,
                which="envelope",
                envelope_size=self.settings.get(cfg.ENVELOPE_SIZE),
            )
        printer.wait_for_job(job)
        return len(issuances)

    def reconciliation(self, since: datetime) -> Path:
        """This counter's reconciliation since ``since``, compared with the server, written
        among the desk's documents for printing."""
        report = self.reports.of_this_counter(since, datetime.now(UTC))
        return self.reports.for_printing(report)
