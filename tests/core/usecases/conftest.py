"""Fixtures of the use-case tests: a workstation's use cases wired, without Qt, to the
live reference server and a real store, as ``ui.desk.Desk`` wires them."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.server import ServerThread
from clerk_desk import config as cfg
from clerk_desk.store.db import open_store
from clerk_desk.store.models import AuditEntry
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.session import WorkSession
from clerk_desk.usecases.supervision import Supervision
from printing.verification import DocumentSigner
from sync.client import CentralClient, ServerError
from sync.credentials import TokenStore
from sync.enrollment import KeyEnroller
from sync.events import EventHub
from sync.number_blocks import NumberBlocks, TopUpAside
from sync.outbox import OutboxPusher
from sync.session_delivery import PusherDelivery
from tests.number_blocks import hold
from tests.paper_desk import CLERK
from tests.printing.cups import Queue, start_cups
from tests.store_keys import TEST_STORE_KEY
from tests.sync.test_outbox import FakeClock


class PushAtOnce:
    """The courier: the outbox pushed on the caller's thread (what the sync worker does in
    its turn), so a test sees what the server made of it when the call returns."""

    def __init__(self, pusher: OutboxPusher) -> None:
        self.pusher = pusher
        self.calls = 0

    def deliver_soon(self) -> None:
        self.calls += 1
        with contextlib.suppress(ServerError):  # offline: it waits for the next turn
            self.pusher.push()


@dataclass
class Station:
    """One workstation's use cases and the parts they were given."""

    context: WorkContext
    client: CentralClient
    tokens: TokenStore
    pusher: OutboxPusher
    clock: FakeClock
    courier: PushAtOnce
    top_up: TopUpAside
    session: WorkSession[DocumentSigner]
    supervision: Supervision

    @property
    def workstation(self) -> str:
        return self.context.settings.get(cfg.WORKSTATION)

    def audited(self) -> list[str]:
        with self.context.sessions() as session:
            return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


StationFactory = Callable[..., Station]


@pytest.fixture
def station_at(live_server: ServerThread, tmp_path: Path) -> Iterator[StationFactory]:
    """``station_at(data_dir, server_url=…, workstation=…)``: a workstation on the store in
    ``data_dir`` (made if missing), nobody logged in. Its counter name is new to the
    keyring unless given."""
    made: list[Station] = []

    def make(
        data_dir: Path | str = "desk", *, server_url: str = "", workstation: str = ""
    ) -> Station:
        settings = cfg.Config()
        settings.set(cfg.SERVER_URL, server_url or live_server.url)
        settings.set(cfg.WORKSTATION, workstation or "T" + secrets.token_hex(3).upper())
        folder = tmp_path / data_dir
        folder.mkdir(parents=True, exist_ok=True)
        sessions = open_store(folder / "workstation.sqlite3", TEST_STORE_KEY)
        context = WorkContext(settings, sessions, TEST_STORE_KEY, folder / "documents")
        client = CentralClient(settings.get(cfg.SERVER_URL))
        tokens = TokenStore()
        clock = FakeClock()  # the outbox's backoff moves only when a test says so
        pusher = OutboxPusher(client, sessions, EventHub(), clock=clock)
        courier = PushAtOnce(pusher)
        blocks = NumberBlocks(client, sessions, lambda: settings.get(cfg.S10_SERVICE))
        top_up = TopUpAside(blocks)
        session = WorkSession(
            context,
            client,
            tokens,
            KeyEnroller(client, tokens),
            DocumentSigner.from_keyring,
            PusherDelivery(client, pusher),
            supply=blocks,
            top_up=top_up,
            door=client,
        )
        station = Station(
            context,
            client,
            tokens,
            pusher,
            clock,
            courier,
            top_up,
            session,
            Supervision(context, client, courier),
        )
        made.append(station)
        return station

    yield make
    for station in made:
        station.top_up.wait()
        station.client.close()
        station.context.sessions.kw["bind"].dispose()


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    """A workstation's store holding number blocks, as the server would have reserved."""
    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    with factory.begin() as session:
        hold(session, CLERK)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def cups() -> Queue:
    """The cups-pdf print queue (started if need be)."""
    return start_cups()
