"""One workstation's parts, wired: its store and settings, the sync worker that alone
talks to the central server, and the use cases of each area (``clerk_desk.usecases``)
given the ports they need (``sync`` for the server, ``printing`` for paper).

It holds no rule and does nothing itself: the screens call the use cases in operations
(``ui.operations``), so the GUI thread never waits on the network, the disk or the
printer. ``ui.app.build_workstation`` makes one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk.api import (
    Center,
    LoginOut,
)
from clerk_desk.crypto import StoreKey
from clerk_desk.ports.link import Courier
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.counter import Counter
from clerk_desk.usecases.paper import Paper as PaperArea  # not attachments.Paper
from clerk_desk.usecases.post import Post
from clerk_desk.usecases.reconciliation import Reconciliations
from clerk_desk.usecases.session import WorkSession
from clerk_desk.usecases.supervision import Supervision
from clerk_desk.workflow import Actor
from printing.printer import SystemPrintService
from printing.renderer import Renderer
from printing.verification import DocumentSigner, page_url_of
from sync.client import CentralClient
from sync.credentials import TokenStore
from sync.enrollment import KeyEnroller
from sync.events import EventHub
from sync.number_blocks import NumberBlocks, TopUpAside
from sync.session_delivery import WorkerDelivery
from sync.worker import SyncWorker

log = logging.getLogger(__name__)


class Workstation:
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
        self.tokens = tokens
        self.events = events
        self.documents_dir = documents_dir
        self.store_key = store_key  # encrypts the store's personal data and the PDFs
        # What the use cases (clerk_desk.usecases) share.
        self.context = WorkContext(settings, sessions, store_key, documents_dir)
        self.store_file = self.context.store_file  # checked before each record
        # The one thread that talks to the server (sync.worker): it owns the client, whose
        # every call goes through it (``self.client`` is its link), pushes, pulls and keeps
        # the open request's lease. Closing the link stops it.
        self.sync = SyncWorker(
            client,
            sessions,
            events,
            actor=lambda: self.context.actor if self.context.is_clerk else None,
            store_file=self.store_file,
        )
        self.client = self.sync.link
        self.courier: Courier = self.sync
        self.puller = self.sync.puller
        self.pusher = self.sync.pusher
        self.counter = Counter(self.context, self.client, self.courier, events)
        blocks = NumberBlocks(self.client, sessions, lambda: settings.get(cfg.S10_SERVICE))
        self.session = WorkSession(
            self.context,
            self.client,
            tokens,
            KeyEnroller(self.client, tokens),
            # Its documents link to the verification page of the server it works with.
            lambda seed, certificate: DocumentSigner.from_keyring(
                seed, certificate, page_url_of(settings.get(cfg.SERVER_URL))
            ),
            WorkerDelivery(self.sync),
            supply=blocks,
            top_up=TopUpAside(blocks),
            door=self.client,
        )
        self.supervision = Supervision(self.context, self.client, self.courier)
        renderer, printers = Renderer(), SystemPrintService()
        self.paper = PaperArea(
            self.context,
            renderer=renderer,
            printers=printers,
            link=self.client,
            courier=self.courier,
            signer=self.session.ready_signer,
            # More numbers when running low, topped up aside: the clerk never waits.
            after_print=self.session.numbers.after_print,
        )
        self.post = Post(self.context, renderer=renderer, printers=printers, courier=self.courier)
        self.reports = Reconciliations(self.context, link=self.client, renderer=renderer)

    @property
    def login_result(self) -> LoginOut | None:
        """Set by the session's use cases only (``self.session.login``)."""
        return self.context.desk.login

    @property
    def actor(self) -> Actor:
        return self.context.actor

    @property
    def center(self) -> Center:
        return self.context.center
