"""``clerk-desk server --workers 2``: two uvicorn worker processes on one database (a
SQLite file, or PostgreSQL with ``CLERK_DESK_TEST_DATABASE_URL`` as in CI), ready, and
sharing what must be shared: a revoked token is refused by the other process, wrong
guesses made on both are counted once each. (tests/central/test_login_processes.py runs
the throttle's waits and lock-out across two processes with a shared clock.)"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from central.db import LoginThrottleRow, make_engine, read_session
from central.service import expected_revision
from clerk_desk.api import API_PREFIX

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def workers(database_url: str, tmp_path: Path) -> Iterator[str]:
    """The base URL (with the prefix) of a two-worker server, once a worker is ready."""
    port = _free_port()
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    command = [
        sys.executable, "-m", "clerk_desk.cli", "--data-dir", str(tmp_path), "server",
        "--db", database_url, "--port", str(port), "--workers", "2",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, start_new_session=True, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}{API_PREFIX}"
    try:
        for _ in range(600):  # each try waits up to a second for the connection
            if process.poll() is not None:
                raise RuntimeError("the server stopped while starting")
            try:
                if httpx.get(f"{url}/ready", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=0.1)  # the pause before trying again
        else:
            raise TimeoutError("the server was not ready in time")
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def one_per_process(url: str) -> list[httpx.Client]:
    """Two clients, each kept on its own connection to a different worker process."""
    clients: dict[int, httpx.Client] = {}
    spare: list[httpx.Client] = []
    try:
        for _ in range(200):
            client = httpx.Client(base_url=url, timeout=30)
            answer = client.get("/ready").json()
            assert answer["status"] == "ready"
            assert answer["revision"] == expected_revision()
            if answer["process"] in clients:
                spare.append(client)
            else:
                clients[answer["process"]] = client
            if len(clients) == 2:
                return list(clients.values())
        raise AssertionError("every connection went to the same worker process")
    finally:
        for client in spare:
            client.close()


def test_two_workers_share_revocations_and_failed_log_ins(workers: str, database_url: str) -> None:
    first, second = one_per_process(workers)
    try:
        token = first.post("/login", json={"username": "dam.clerk2", "password": "demo"})
        headers = {"Authorization": f"Bearer {token.json()['token']}"}
        assert second.get("/requests", headers=headers, params={"limit": 1}).status_code == 200
        assert first.post("/logout", headers=headers).status_code == 204
        answer = second.get("/requests", headers=headers, params={"limit": 1})
        assert answer.status_code == 401
        assert answer.json()["code"] == "session_revoked"

        for client in (first, second, first):
            wrong = {"username": "dam.clerk1", "password": "not-the-password"}
            assert client.post("/login", json=wrong).status_code == 401
        engine = make_engine(database_url)
        try:
            with read_session(engine) as session:
                row = session.get(LoginThrottleRow, ("account", "dam.clerk1"))
                assert row is not None
                assert row.failures == 3  # one count, whichever process answered
        finally:
            engine.dispose()
    finally:
        first.close()
        second.close()
