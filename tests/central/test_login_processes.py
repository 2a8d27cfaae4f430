"""Throttling holds across server processes: two real server processes on one database
(a SQLite file, or PostgreSQL with ``CLERK_DESK_TEST_DATABASE_URL``), the wrong guesses
alternating between them, see one count, one wait and one lock-out."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest

from central.login_guard import LoginPolicy
from clerk_desk.api import API_PREFIX
from tests.central.conftest import START

ROOT = Path(__file__).resolve().parents[2]
POLICY = LoginPolicy()


class Process:
    """One ``tests.central.clocked_server`` process; ``url`` once it serves."""

    def __init__(self, database_url: str, clock_file: Path) -> None:
        paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.central.clocked_server", database_url, str(clock_file)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.url = self._read_url(deadline=time.monotonic() + 60)

    def _read_url(self, deadline: float) -> str:
        assert self.process.stdout is not None
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("the server process did not start")
            ready, _, _ = select.select([self.process.stdout], [], [], remaining)
            if ready:
                return self.process.stdout.readline().strip()

    def stop(self) -> None:
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()  # the process's signal to stop
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


class SharedClock:
    """The clock file both processes read."""

    def __init__(self, path: Path, now: datetime) -> None:
        self.path = path
        self.now = now
        self._write()

    def _write(self) -> None:
        self.path.write_text(self.now.isoformat(), encoding="utf-8")

    def advance(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)
        self._write()


@pytest.fixture
def clock(tmp_path: Path) -> SharedClock:
    return SharedClock(tmp_path / "clock.txt", START)


@pytest.fixture
def servers(database_url: str, clock: SharedClock) -> Iterator[list[httpx.Client]]:
    """Two server processes on the same database, each with its own client. Started one
    after the other: the first one to start makes the centers' keys."""
    processes: list[Process] = []
    clients: list[httpx.Client] = []
    try:
        for _ in range(2):
            processes.append(Process(database_url, clock.path))
        clients = [httpx.Client(base_url=p.url + API_PREFIX, timeout=30) for p in processes]
        assert len({p.url for p in processes}) == 2
        yield clients
    finally:
        for client in clients:
            client.close()
        for process in processes:
            process.stop()


def log_in(client: httpx.Client, username: str, password: str) -> httpx.Response:
    return client.post("/login", json={"username": username, "password": password})


def test_wrong_guesses_alternating_between_two_processes_are_counted_once(
    servers: list[httpx.Client], clock: SharedClock
) -> None:
    statuses: list[int] = []
    for guess in range(30):
        answer = log_in(servers[guess % 2], "dam.clerk1", f"guess-{guess}")
        statuses.append(answer.status_code)
        if answer.status_code == 429:
            clock.advance(int(answer.headers["retry-after"]))

    free = POLICY.account_free_failures
    # The third failure was on the first process; the second process makes the next
    # guess wait: it counted the first process's failures too.
    assert statuses[:free] == [401] * free
    assert statuses[free] == 429
    assert statuses.count(401) == POLICY.account_lockout  # not twice as many
    first_lock = statuses.index(423)
    assert set(statuses[first_lock:]) == {423}

    # Locked on both: the right password is refused by either process.
    for client in servers:
        assert log_in(client, "dam.clerk1", "demo").status_code == 423
    # A supervisor unlocks on one process; the clerk logs in on the other.
    token = log_in(servers[0], "dam.supervisor", "demo").json()["token"]
    unlocked = servers[0].post(
        "/users/dam.clerk1/unlock", headers={"Authorization": f"Bearer {token}"}
    )
    assert unlocked.status_code == 204
    assert log_in(servers[1], "dam.clerk1", "demo").status_code == 200


def test_a_token_revoked_on_one_process_is_refused_by_the_other(
    servers: list[httpx.Client],
) -> None:
    token = log_in(servers[0], "dam.clerk2", "demo").json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert servers[1].get("/requests", headers=headers).status_code == 200
    assert servers[0].post("/logout", headers=headers).status_code == 204
    answer = servers[1].get("/requests", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["code"] == "session_revoked"
