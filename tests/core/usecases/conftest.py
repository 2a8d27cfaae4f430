from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.store.db import open_store
from tests.number_blocks import hold
from tests.paper_desk import CLERK
from tests.printing.cups import Queue, start_cups
from tests.store_keys import TEST_STORE_KEY


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
