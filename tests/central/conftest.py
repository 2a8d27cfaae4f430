"""A real central server per test, on loopback, over a copy of one seeded database
(a SQLite file, or a PostgreSQL database with ``CLERK_DESK_TEST_DATABASE_URL`` set).

Starlette's TestClient is not used: with the installed Starlette it warns (and so, with
``filterwarnings = error``, fails) unless ``httpx2`` is installed, which the project's
development dependencies do not list yet.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from central.db import make_engine, upgrade, write_session
from central.gateway_sim import GatewaySimulator
from central.seed import seed_demo
from central.server import ServerThread
from clerk_desk.api import API_PREFIX
from clerk_desk.comparison import Verdict
from clerk_desk.decision_rules import compare_with_registry
from clerk_desk.fields import PersonField
from clerk_desk.tracking import make_tracking_number
from tests.central.gateway_server import GatewayThread, free_port
from tests.databases import Databases
from tests.registry_verdicts import verdicts

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
    # Per token: how far this test has taken each number block (``numbers``).
    used: dict[str, dict[int, int]] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return API_PREFIX + path

    def login(self, username: str, password: str = "demo", workstation: str = "") -> dict[str, str]:
        body = {"username": username, "password": password}
        if workstation:
            body["workstation"] = workstation
        answer = self.client.post(self.url("/login"), json=body)
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['token']}"}

    def numbers(self, headers: dict[str, str]) -> tuple[str, str]:
        """The next unused document number and tracking number of the blocks the server
        reserves for the caller's workstation (taken: the next call gives the following)."""
        held = [
            {"block_id": block_id, "used_through": used}
            for block_id, used in self.used.get(headers["Authorization"], {}).items()
        ]
        answer = self.post("/workstations/blocks", headers, json={"held": held})
        assert answer.status_code == 200, answer.text
        used = self.used.setdefault(headers["Authorization"], {})
        taken: dict[str, str] = {}
        for block in answer.json()["blocks"]:
            through = max(used.get(block["block_id"], 0), block["used_through"])
            used[block["block_id"]] = through
            if block["kind"] in taken or through >= block["last"]:
                continue
            used[block["block_id"]] = through + 1
            taken[block["kind"]] = (
                f"{block['series']}-{through + 1:06d}"
                if block["kind"] == "document"
                else make_tracking_number(block["series"], through + 1)
            )
        return taken["document"], taken["tracking"]

    def get(self, path: str, headers: dict[str, str] | None = None, **kw: Any) -> httpx.Response:
        return self.client.get(self.url(path), headers=headers, **kw)

    def post(self, path: str, headers: dict[str, str] | None = None, **kw: Any) -> httpx.Response:
        return self.client.post(self.url(path), headers=headers, **kw)

    def delete(self, path: str, headers: dict[str, str] | None = None) -> httpx.Response:
        return self.client.delete(self.url(path), headers=headers)

    def open(self, request_id: str, headers: dict[str, str]) -> httpx.Response:
        """What a workstation does to open a request: claim it, with the subject's record."""
        return self.post(f"/requests/{request_id}/claim", headers, params={"with_registry": "true"})

    def acceptable(self, center: str = "DAM") -> list[str]:
        """The center's assigned requests the registry does not contradict (the demo plants
        some that it does), in id order."""
        verdicts = self.verdicts(center)
        return [i for i, verdict in verdicts.items() if verdict is not Verdict.MISMATCH]

    def verdicts(self, center: str = "DAM") -> dict[str, Verdict]:
        """The verdict of each assigned request of the center against the server's registry,
        in id order: read from the database, no call made (so no look-up recorded)."""
        return verdicts(self.database_url, center)

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


# An acceptance's body that confirms every field: enough for any spelling variant.
ACKNOWLEDGE_ALL = [field.value for field in PersonField]


def accepting(idempotency_key: str | None = None, **extra: Any) -> dict[str, Any]:
    """An acceptance as a workstation sends it, every spelling variant confirmed."""
    return {
        "idempotency_key": idempotency_key or uuid.uuid4().hex,
        "outcome": "accept",
        "acknowledged_fields": ACKNOWLEDGE_ALL,
        **extra,
    }


def accept_matching(
    client: httpx.Client, headers: dict[str, str], count: int, key_prefix: str
) -> list[str]:
    """Accept ``count`` assigned requests as a workstation would, through the API
    (``client``'s base URL includes the prefix): open each with the subject's record,
    compare, and accept those the registry does not contradict (the others are released)."""
    pending = client.get("/requests", params={"limit": 1000}, headers=headers).json()["items"]
    accepted: list[str] = []
    for item in pending:
        if item["status"] != "assigned":
            continue
        claim = client.post(
            f"/requests/{item['id']}/claim", params={"with_registry": "true"}, headers=headers
        )
        assert claim.status_code == 200, claim.text
        record = claim.json()["registry"]
        comparison = compare_with_registry(item["service_code"], item["subject"], record)
        if comparison.verdict is Verdict.MISMATCH:
            client.delete(f"/requests/{item['id']}/claim", headers=headers)
            continue
        body = {
            "idempotency_key": f"{key_prefix}-{item['id']}",
            "outcome": "accept",
            "acknowledged_fields": [f.value for f in comparison.equivalent_fields],
        }
        answer = client.post(f"/requests/{item['id']}/decision", json=body, headers=headers)
        assert answer.status_code == 200, answer.text
        accepted.append(item["id"])
        if len(accepted) == count:
            return accepted
    raise AssertionError("the demo data has too few requests to accept")


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


# --- a server with the payment gateway on loopback (tests of payments) --------------------


@dataclass
class Setup:
    """A central server whose payment gateway is ``sim``, served at ``gateway`` (port
    ``port``) and reached by the server only by its URL."""

    api: Api
    sim: GatewaySimulator
    gateway: GatewayThread | None
    port: int


def start_central(database_url: str, gateway_url: str, clock: FakeClock) -> ServerThread:
    server = ServerThread(
        database_url, seed="demo", lease_seconds=LEASE_SECONDS, clock=clock,
        gateway_url=gateway_url,
    )  # fmt: skip
    return server.start()


@pytest.fixture
def setup(database_url: str) -> Iterator[Setup]:
    clock = FakeClock()
    sim = GatewaySimulator(clock=clock)
    port = free_port()
    gateway = GatewayThread(sim, port).start()
    server = start_central(database_url, gateway.url, clock)
    made = Setup(Api(httpx.Client(base_url=server.url, timeout=30), clock, database_url),
                 sim, gateway, port)  # fmt: skip
    try:
        yield made
    finally:
        made.api.client.close()
        server.stop()
        if made.gateway is not None:
            made.gateway.stop()
