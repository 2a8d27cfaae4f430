"""The clerk's desk: the workstation's parts wired together, as blocking calls.

Nothing here touches Qt; every method is meant to run inside an operation (see
``ui.operations``) so the GUI thread never waits on the network, the disk or the printer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk import workflow
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
from clerk_desk.usecases.paper import Paper as PaperArea  # not attachments.Paper
from clerk_desk.usecases.post import Post
from clerk_desk.usecases.reconciliation import Reconciliations
from clerk_desk.usecases.session import WorkSession
from clerk_desk.usecases.supervision import Supervision
from clerk_desk.workflow import Actor, RuleViolation
from printing.printer import SystemPrintService
from printing.renderer import Renderer
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
        renderer, printers = Renderer(), SystemPrintService()
        self.paper = PaperArea(
            self.context,
            renderer=renderer,
            printers=printers,
            link=client,
            courier=self.courier,
            signer=self.session.ready_signer,
            after_print=self._after_print,
        )
        self.post = Post(self.context, renderer=renderer, printers=printers, courier=self.courier)
        self.reports = Reconciliations(self.context, link=client, renderer=renderer)

    @property
    def login_result(self) -> LoginOut | None:
        """Set by the session's use cases only (``self.session.login``)."""
        return self.context.desk.login

    def _after_print(self) -> None:
        """After a print (or a settled interruption; the paper's use cases have asked the
        courier to deliver the outbox): the number blocks topped up aside when running low
        (the clerk never waits for that)."""
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
