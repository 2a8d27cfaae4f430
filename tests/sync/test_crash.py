"""Crash consistency: a workstation killed with SIGKILL anywhere in its work loses nothing
and duplicates nothing.

A driver (``crash_driver.py``) works the center's requests — claim, registry snapshot,
decide, print, push — in a forked process; the test kills that process 50 times, each new
process carrying on from the store the last one left. Each kill is aimed at a phase of the
work, taken in turn, at a random (seeded) occurrence and a random offset inside it counted
in the program's calls, not in seconds: the process stops itself there, the driver reports
it, and the test sends SIGKILL. A slow machine kills at the same places as a fast one. Then
the store must pass SQLite's integrity check, its outbox replayed must leave the server with
exactly one effect per idempotency key, and every request decided here must be decided on
the server exactly once, as it was decided here.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import func, select

from central.db import DecisionRow, IdempotencyRow, IssuanceRow, make_engine, read_session
from central.db import write_session as central_write_session
from central.seed import add_synthetic_requests
from central.server import ServerThread
from clerk_desk.store.db import open_store
from clerk_desk.store.models import Decision, Issuance, OutboxMessage
from sync.client import CentralClient
from sync.events import EventHub
from sync.outbox import OutboxPusher, RetryPolicy, counts
from tests.store_keys import TEST_STORE_KEY

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the driver forks (POSIX)")

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
SEED = 20260301
EXTRA_REQUESTS = 1000  # more than 50 short runs can finish, so every run has work to do
# The phases a kill is aimed at, in turn (the driver's PHASES, less "idle").
TARGETS = ("start", "push", "pull", "claim", "decide", "print")
# Offsets inside a phase spread evenly on a log scale: a short phase (a claim is some
# thousands of calls) is hit early, middle and late; a long one (the first pull) too.
OFFSETS = (1, 300_000)


class Driver:
    """The warm parent of the workstation processes, spoken to over its stdin and stdout."""

    def __init__(self, server_url: str, store: Path, phase_file: Path, log: IO[str]) -> None:
        self.phase_file = phase_file
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.crash_driver",
                server_url,
                str(store),
                str(phase_file),
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        self.expect("ready")

    def expect(self, word: str) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.startswith(word):
            raise AssertionError(f"the crash driver said {line!r}, expected {word!r}")
        return line.removeprefix(word).strip()

    def start(self, seed: int, target: str, occurrence: int, offset: int) -> int:
        assert self.process.stdin is not None
        self.phase_file.write_bytes(b"")
        self.process.stdin.write(f"go {seed} {target} {occurrence} {offset}\n")
        self.process.stdin.flush()
        return int(self.expect("pid"))

    def stopped_at(self) -> tuple[str, str]:
        """The phase the process stopped in, and whether "inside" it or at its "end"."""
        text = self.phase_file.read_bytes().decode("ascii")
        return text[:8].strip(), text[8:].strip()

    def close(self) -> None:
        if self.process.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self.process.stdin.write("stop\n")
                self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def test_kills_during_decide_print_and_push_lose_and_duplicate_nothing(
    live_server: ServerThread, tmp_path: Path
) -> None:
    server = make_engine(live_server.database_url)
    try:
        with central_write_session(server) as session:
            add_synthetic_requests(session, "DAM", EXTRA_REQUESTS)
            session.commit()
            # The demo seed has decisions of its own (rejections awaiting review).
            seeded_decisions = session.scalar(select(func.max(DecisionRow.id))) or 0
            seeded_issuances = session.scalar(select(func.max(IssuanceRow.id))) or 0
            seeded_keys = set(session.scalars(select(IdempotencyRow.key)))
    finally:
        server.dispose()

    store = tmp_path / "store.sqlite3"
    rng = random.Random(SEED)
    phases: Counter[str] = Counter()
    inside: Counter[str] = Counter()  # kills before the phase's own end
    started = time.monotonic()
    log_path = tmp_path / "driver.log"
    with log_path.open("w") as log:
        driver = Driver(live_server.url, store, tmp_path / "phase", log)
        try:
            for run in range(KILLS):
                target = TARGETS[run % len(TARGETS)]
                occurrence = rng.randint(1, 3) if target in ("claim", "decide", "print") else 1
                offset = round(math.exp(rng.uniform(*map(math.log, OFFSETS))))
                pid = driver.start(run, target, occurrence, offset)
                try:
                    stopped = driver.expect("stopped")
                except AssertionError:
                    raise AssertionError(
                        f"run {run} never reached {target} #{occurrence}:\n"
                        + log_path.read_text()[-3000:]
                    ) from None
                assert stopped == target
                os.kill(pid, signal.SIGKILL)
                status = int(driver.expect("exit"))
                if status != -signal.SIGKILL:
                    raise AssertionError(
                        f"run {run} ended by itself ({status}), not by the kill:\n"
                        + log_path.read_text()[-3000:]
                    )
                phase, where = driver.stopped_at()
                assert phase == target, (phase, target)
                phases[target] += 1
                inside[target] += where == "inside"
        finally:
            driver.close()
    killing = time.monotonic() - started

    # The store a killed process left: whole, and consistent with itself.
    with contextlib.closing(sqlite3.connect(store)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []

    sessions = open_store(store, TEST_STORE_KEY)
    client = CentralClient(live_server.url)
    try:
        with sessions() as session:
            messages = list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
            decided = Counter(session.scalars(select(Decision.request_id)))
            outcomes = dict(session.execute(select(Decision.request_id, Decision.outcome)).all())
            printed = Counter(session.scalars(select(Issuance.request_id)))
        pending_before = sum(m.status != "done" for m in messages)
        # Each decision and each printing went to the outbox in its own transaction.
        assert decided == Counter(m.request_id for m in messages if m.kind == "decision")
        assert printed == Counter(m.request_id for m in messages if m.kind == "issuance")
        assert len({m.idempotency_key for m in messages}) == len(messages)

        # Replay what the last process left undelivered.
        client.login("dam.clerk1", "demo", "W1")
        pusher = OutboxPusher(client, sessions, EventHub(), policy=RetryPolicy(base=0.0, cap=0.0))
        pusher.retry_now()
        replay = pusher.push()
        assert counts(sessions) == (0, 0), replay
    finally:
        client.close()
        sessions.kw["bind"].dispose()

    server = make_engine(live_server.database_url)
    try:
        with read_session(server) as session:
            keys = {
                key: (action, request_id)
                for key, action, request_id in session.execute(
                    select(
                        IdempotencyRow.key, IdempotencyRow.action, IdempotencyRow.request_id
                    ).where(IdempotencyRow.key.not_in(seeded_keys))
                )
            }
            server_decided = Counter(
                session.scalars(
                    select(DecisionRow.request_id).where(DecisionRow.id > seeded_decisions)
                )
            )
            server_outcomes = dict(
                session.execute(
                    select(DecisionRow.request_id, DecisionRow.outcome).where(
                        DecisionRow.id > seeded_decisions
                    )
                ).all()
            )
            server_printed = Counter(
                session.scalars(
                    select(IssuanceRow.request_id).where(IssuanceRow.id > seeded_issuances)
                )
            )
    finally:
        server.dispose()

    # One effect per key: every message the server knows, and nothing it knows beyond them.
    assert keys == {m.idempotency_key: (m.kind, m.request_id) for m in messages}
    # Every request decided here is decided there exactly once, the same way.
    assert server_decided == decided
    assert set(decided.values()) == {1}
    assert server_outcomes == outcomes
    assert server_printed == printed

    duplicates = sum(n - 1 for n in server_decided.values()) + sum(
        n - 1 for n in server_printed.values()
    )
    print(
        f"\ncrash test: {KILLS} kills in {killing:.1f} s, by phase {dict(phases)} "
        f"({dict(inside)} inside the phase, the rest at its end); "
        f"{len(messages)} messages ({len(decided)} decisions, {sum(printed.values())} "
        f"issuances), {pending_before} left pending and replayed ({replay.sent} sent); "
        f"duplicates on the server: {duplicates}"
    )
    # The kills landed in every phase of the work, and the work went on between them.
    assert set(phases) == set(TARGETS), phases
    assert set(inside) == set(TARGETS), inside
    assert len(decided) >= 10
    assert sum(printed.values()) >= 5
