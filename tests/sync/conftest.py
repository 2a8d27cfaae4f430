"""Fixtures of the sync tests: clients closed after each test,
the answering fake server, a fresh workstation store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from central.server import ServerThread
from clerk_desk.store.db import open_store
from sync.client import CentralClient
from sync.events import EventHub
from sync.number_blocks import NumberBlocks
from tests.store_keys import TEST_STORE_KEY
from tests.sync.servers import FakeCentral
from tests.sync.test_outbox import Workstation


@pytest.fixture
def client_for() -> Iterator[Callable[..., CentralClient]]:
    """Make clients; every one is closed after the test."""
    made: list[CentralClient] = []

    def make(url: str, **kwargs: Any) -> CentralClient:
        client = CentralClient(url, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def fake() -> Iterator[FakeCentral]:
    server = FakeCentral()
    yield server
    server.stop()


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def ws(live_server: ServerThread, tmp_path: Path) -> Iterator[Workstation]:
    """dam.clerk1's workstation at counter W1: logged in, holding the server's number
    blocks, the center's requests pulled."""
    client = CentralClient(live_server.url)
    sessions = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    try:
        client.login("dam.clerk1", "demo", "W1")
        station = Workstation(live_server, client, sessions, EventHub())
        NumberBlocks(client, sessions, lambda: "RR").refill()  # the server's numbers
        station.puller.pull()
        station.events.clear()
        yield station
    finally:
        client.close()
        sessions.kw["bind"].dispose()
