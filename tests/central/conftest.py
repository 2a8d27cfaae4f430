"""A real central server per test, on loopback, over a copy of one seeded database
(a SQLite file, or a PostgreSQL database with ``CLERK_DESK_TEST_DATABASE_URL`` set).

Starlette's TestClient is not used: with the installed Starlette it warns (and so, with
``filterwarnings = error``, fails) unless ``httpx2`` is installed, which the project's
development dependencies do not list yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from central.db import make_engine, upgrade, write_session
from central.seed import seed_demo
from central.server import ServerThread
from clerk_desk.api import API_PREFIX
from tests.databases import Databases

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
LEASE_SECONDS = 600


class FakeClock:
    """The server's clock, moved by the test (lease and token expiry)."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@dataclass
class Api:
    """An HTTP client of one running server that knows the prefix and logs demo users in."""

    client: httpx.Client
    clock: FakeClock
    database_url: str
    lease_seconds: int = LEASE_SECONDS

    def url(self, path: str) -> str:
        return API_PREFIX + path

    def login(self, username: str, password: str = "demo") -> dict[str, str]:
        answer = self.client.post(
            self.url("/login"), json={"username": username, "password": password}
        )
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['token']}"}

    def get(self, path: str, headers: dict[str, str] | None = None, **kw: Any) -> httpx.Response:
        return self.client.get(self.url(path), headers=headers, **kw)

    def post(self, path: str, headers: dict[str, str] | None = None, **kw: Any) -> httpx.Response:
        return self.client.post(self.url(path), headers=headers, **kw)

    def delete(self, path: str, headers: dict[str, str] | None = None) -> httpx.Response:
        return self.client.delete(self.url(path), headers=headers)

    def pull_all(
        self, headers: dict[str, str], since: str | None = None
    ) -> tuple[list[dict[str, Any]], str]:
        """Every page after ``since``: (items, the cursor to pass next time)."""
        items: list[dict[str, Any]] = []
        while True:
            params: dict[str, Any] = {"limit": 1000}
            if since is not None:
                params["since"] = since
            page = self.get("/requests", headers, params=params)
            assert page.status_code == 200, page.text
            body = page.json()
            items += body["items"]
            since = body["cursor"]
            if not body["more"]:
                return items, since


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One migrated, demo-seeded database, copied by each test that needs one."""
    templates = Databases(tmp_path_factory.mktemp("central-template"))
    url = templates.new("seeded")
    upgrade(url)
    engine = make_engine(url)
    try:
        with write_session(engine) as session:
            seed_demo(session, now=START)
            session.commit()
    finally:
        # SQLite: the last connection to close checkpoints the WAL into the file;
        # PostgreSQL: a template database may have no connections while it is copied.
        engine.dispose()
    try:
        yield url
    finally:
        templates.close()


@pytest.fixture
def database_url(databases: Databases, seeded_template: str) -> str:
    return databases.new(template=seeded_template)


@pytest.fixture
def api(database_url: str) -> Iterator[Api]:
    clock = FakeClock()
    server = ServerThread(
        database_url, seed="demo", lease_seconds=LEASE_SECONDS, clock=clock
    ).start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            yield Api(client, clock, database_url)
    finally:
        server.stop()
