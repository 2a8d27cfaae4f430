"""A workstation doing a clerk's work in a loop, to be killed with SIGKILL (test_crash.py).

Run as ``python -m tests.sync.crash_driver SERVER_URL STORE PHASE_FILE`` from the
repository root. It imports everything and logs in once, prints ``ready``, then for every
line ``go <seed> <phase> <occurrence> <offset>`` on its standard input forks a workstation
process and prints ``pid <n>``. That process stops itself (SIGSTOP) ``offset`` Python calls
into the ``occurrence``-th time it enters ``phase`` — or at the end of that phase, if the
phase is shorter — and the driver prints ``stopped <phase>`` for the test to kill it. When
the process ends it prints ``exit <status>``. Forking from a warm parent puts the kills in
the clerk's work, not in Python's start-up, and keeps 50 runs within seconds.

Where a kill lands is counted in the program's own steps, never in seconds: the same seed
kills at the same place on a fast machine and on one half as fast.

A workstation process does what the desk does, without Qt: it opens the store (which a
killed predecessor may have left mid-transaction), pushes what the outbox holds, pulls, and
then works the center's requests — claim on the server, registry snapshot, accept or reject,
print (record the issuance), push — writing the phase it is in to PHASE_FILE, and where in
it stopped.
"""

from __future__ import annotations

import os
import random
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy import select

from clerk_desk import number_blocks, workflow
from clerk_desk.comparison import Verdict
from clerk_desk.decision_rules import compare_with_registry
from clerk_desk.store.db import open_store
from clerk_desk.store.models import Request
from clerk_desk.workflow import Actor, IssuanceNumbers
from sync.client import CentralClient
from sync.events import EventHub
from sync.number_blocks import NumberBlocks
from sync.outbox import OutboxPusher, RetryPolicy
from sync.puller import Puller
from tests.store_keys import TEST_STORE_KEY

CLERK = Actor("dam.clerk1", "W1", "DAM")
PHASES = ("start", "push", "pull", "claim", "decide", "print", "idle")


class Phase:
    """The phase this process is in, kept in a file the test reads; and the stop point.

    The process stops itself ``offset`` profiled calls into the ``occurrence``-th entry of
    the ``target`` phase, or when that phase ends before. ``sys.setprofile`` counts Python
    and C calls alike, so a stop can land just before a commit, an fsync or a send.
    """

    def __init__(self, path: Path, target: str, occurrence: int, offset: int) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        self._target = target
        self._entries_left = occurrence
        self._offset = offset
        self._armed = False

    def __call__(self, name: str) -> None:
        if self._armed:  # the target phase ended before the offset: stop at its end
            self._stop("end")
        os.pwrite(self._fd, name.ljust(8).encode("ascii"), 0)
        if name == self._target:
            self._entries_left -= 1
            if self._entries_left == 0:
                self._arm()

    def _arm(self) -> None:
        self._armed = True
        calls = self._offset

        def count(frame: FrameType, event: str, arg: Any) -> None:
            nonlocal calls
            if event in ("call", "c_call"):
                calls -= 1
                if calls <= 0:
                    self._stop("inside")

        sys.setprofile(count)

    def _stop(self, where: str) -> None:
        sys.setprofile(None)
        self._armed = False
        os.pwrite(self._fd, where.ljust(8).encode("ascii"), 8)
        os.kill(os.getpid(), signal.SIGSTOP)  # the test kills this process now
        raise AssertionError("a stopped workstation process went on")


def work(server_url: str, token: str, store: Path, phase: Phase, rng: random.Random) -> None:
    phase("start")
    sessions = open_store(store, TEST_STORE_KEY)
    client = CentralClient(server_url, token=token)
    hub = EventHub()
    # No backoff: a push interrupted by the kill is retried by the next process at once.
    pusher = OutboxPusher(client, sessions, hub, policy=RetryPolicy(base=0.0, cap=0.0))
    phase("push")
    pusher.retry_now()
    pusher.push()
    phase("pull")
    Puller(client, sessions, hub).pull()
    blocks = NumberBlocks(client, sessions, lambda: "RR")
    blocks.refill()  # the numbers the server reserved for this workstation
    while True:
        with sessions() as session:
            rows = list(
                session.execute(
                    select(Request.id, Request.status)
                    .where(Request.status.in_(("assigned", "in_review", "accepted")))
                    .order_by(Request.id)
                    .limit(1)
                )
            )
        if not rows:
            phase("idle")
            pusher.push()
            return
        [(request_id, status)] = rows
        if status in ("assigned", "in_review"):
            phase("claim")
            claim = client.claim(request_id, with_registry=True)
            assert claim.registry is not None, "every demo subject is in the registry"
            with sessions.begin() as session:
                workflow.record_claim(session, CLERK, request_id, claim.lease_expires_at)
                workflow.record_snapshot(session, CLERK, request_id, claim.registry)
                request = workflow.get_request(session, request_id)
                comparison = compare_with_registry(
                    request.service_code, request.subject, claim.registry.model_dump(mode="json")
                )
            phase("decide")
            with sessions.begin() as session:
                if comparison.verdict is Verdict.MISMATCH:
                    workflow.reject(session, CLERK, request_id, "data_mismatch", "لا يطابق السجل")
                else:
                    workflow.accept(session, CLERK, request_id, comparison.equivalent_fields)
        elif status == "accepted":
            phase("print")
            with sessions.begin() as session:
                numbers = IssuanceNumbers(
                    number_blocks.next_document_number(session, CLERK, workflow.now().year),
                    number_blocks.next_tracking_number(session, "RR"),
                )
                digest = f"{rng.getrandbits(256):064x}"
                workflow.record_issuance(
                    session, CLERK, request_id, numbers, digest, digest, "d.pdf", "e.pdf"
                )
            blocks.refill_if_low(CLERK, workflow.now().year)
        if rng.random() < 0.6:
            phase("push")
            pusher.push()


def main() -> None:
    server_url, store, phase_file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    login = CentralClient(server_url)
    token = login.login(CLERK.username, "demo", CLERK.workstation).token
    login.close()
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command != "go":
            break
        seed, target, occurrence, offset = args
        pid = os.fork()
        if pid == 0:  # the workstation process
            status = 0
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)  # the parent's stdout is the test's protocol
                phase = Phase(phase_file, target, int(occurrence), int(offset))
                work(server_url, token, store, phase, random.Random(int(seed)))
            except BaseException:
                import traceback

                traceback.print_exc()
                status = 1
            finally:
                os._exit(status)
        print(f"pid {pid}", flush=True)
        _, wait_status = os.waitpid(pid, os.WUNTRACED)
        if os.WIFSTOPPED(wait_status):
            print(f"stopped {target}", flush=True)
            _, wait_status = os.waitpid(pid, 0)
        print(f"exit {os.waitstatus_to_exitcode(wait_status)}", flush=True)


if __name__ == "__main__":
    main()
