"""Printing through the print ledger, on a real CUPS queue (cups-pdf): a workstation killed
at each phase of printing accounts for every number after its restart, and the clerk is
asked what came out of every printing that may have put paper out.

The workstation is ``print_driver.py``, a separate process that kills itself (SIGKILL) at a
chosen point of the program: no timings.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from central.server import ServerThread
from clerk_desk import audit, number_blocks
from clerk_desk.digits import fold_digits
from clerk_desk.ledger import Answer, IntentState
from clerk_desk.number_blocks_api import BlockKind
from clerk_desk.store.models import AuditEntry, Issuance, PrintIntent
from tests.core.usecases.print_driver import PHASES, file_keyring, make_desk
from tests.printing.cups import Queue
from tests.ui.test_end_to_end import pdf_text, server_status
from ui.workstation import Workstation

ROOT = Path(__file__).resolve().parents[3]


def run_driver(server: ServerThread, data: Path, queue: Queue, phase: str) -> tuple[str, int, str]:
    """Print one request in the driver, killed at `phase`: (request, intent id, number)."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.core.usecases.print_driver",
            server.url,
            str(data),
            queue.name,
            phase,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-3000:]
    lines = done.stdout.split("\n")
    assert f"phase {phase}" in lines, done.stdout
    _, request_id, intent_id, number = lines[0].split()
    return request_id, int(intent_id), number


@pytest.fixture
def restarted(live_server: ServerThread, cups: Queue, tmp_path: Path) -> Iterator[Workstation]:
    """The same workstation started again: its store, and its keyring with its own key."""
    previous = keyring.get_keyring()
    file_keyring(tmp_path / "desk")
    desk = make_desk(live_server.url, tmp_path / "desk", cups.name)
    yield desk
    desk.client.close()
    desk.sessions.kw["bind"].dispose()
    keyring.set_keyring(previous)


def every_number_accounted_for(desk: Workstation) -> list[PrintIntent]:
    """Each number the server's blocks gave out is an intent printed-and-recorded or
    spoiled-and-recorded, its audit entries in an intact chain."""
    with desk.sessions() as session:
        intents = list(session.scalars(select(PrintIntent).order_by(PrintIntent.id)))
        used = sum(u.used for u in number_blocks.uses(session) if u.kind == BlockKind.DOCUMENT)
        assert len(intents) == used
        assert all(i.state in (IntentState.PRINTED, IntentState.SPOILED) for i in intents)
        issued = set(session.scalars(select(Issuance.document_number)))
        assert issued == {i.document_number for i in intents if i.state == IntentState.PRINTED}
        numbers = {i.document_number for i in intents}
        audited = {e.detail.get("document_number") for e in session.scalars(select(AuditEntry))}
        assert numbers <= audited
        assert audit.verify(session).intact
        return intents


@pytest.mark.parametrize("phase", PHASES)
def test_a_desk_killed_while_printing_accounts_for_every_number(
    phase: str, live_server: ServerThread, cups: Queue, restarted: Workstation, tmp_path: Path
) -> None:
    submitted = time.time()
    request_id, intent_id, number = run_driver(live_server, tmp_path / "desk", cups, phase)

    desk = restarted
    desk.session.login("dam.clerk1", "demo")
    recovery = desk.paper.recovery()  # what the window asks at log-in
    asked = [p.intent_id for p in recovery.unsettled]
    with desk.sessions() as session:
        intent = session.get_one(PrintIntent, intent_id)
        jobs = intent.job_ids.split()
    if phase == "prepared":  # nothing reached the printer: spoiled, and shown
        assert asked == []
        assert [p.intent_id for p in recovery.never_sent] == [intent_id]
    elif phase == "recorded":  # nothing left unknown; the issuance goes to the server
        assert asked == [] and recovery.never_sent == []
        desk.sync.push()
        assert server_status(live_server.url, request_id) == "printed"
    else:  # paper may be out: the clerk is asked, with the number to look for
        [question] = recovery.unsettled
        assert (question.intent_id, question.document_number) == (intent_id, number)
        assert question.sent_to_printer == (phase != "sending")
        if phase == "sending":
            assert jobs == []
            answer = Answer.NOT_PRINTED
        else:  # the document's job was accepted: cups-pdf printed it
            paper = pdf_text(cups.output_of(jobs[0], submitted))
            assert number in fold_digits(paper)
            assert request_id in paper
            answer = Answer.PRINTED
        desk.paper.settle(intent_id, answer)
        assert desk.paper.recovery().unsettled == []

    intents = every_number_accounted_for(desk)
    [only] = intents
    if only.state == IntentState.SPOILED:  # the request prints again, with new numbers
        again = desk.paper.prepare(request_id)
        assert again.document_number == number[:-6] + f"{int(number[-6:]) + 1:06d}"
        assert again.tracking_number != only.tracking_number
    else:
        with desk.sessions() as session:
            [issuance] = session.scalars(select(Issuance))
            assert (issuance.request_id, issuance.document_number) == (request_id, number)
