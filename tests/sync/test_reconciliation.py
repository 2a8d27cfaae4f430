"""A shift reconciled number by number, on the clerk's side (the workstation's own ledger
against the server) and on the supervisor's (the server's copy of the workstation's audit
chain against the issuances it recorded): a reprint, a spoiled number and a crash, with a
real store and the reference server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from central.server import ServerThread
from clerk_desk import ledger, workflow
from clerk_desk.api_ledger import WorkstationLedger
from clerk_desk.decision_rules import compare_with_registry
from clerk_desk.ledger import Answer
from clerk_desk.reconciliation import Reconciliation, from_server, reconcile
from clerk_desk.store.db import open_store
from clerk_desk.store.models import PrintIntent
from clerk_desk.workflow import Actor
from sync.client import CentralClient, Refused
from sync.number_blocks import NumberBlocks
from tests.core.test_ledger import RR, Papers
from tests.store_keys import TEST_STORE_KEY
from tests.sync.test_outbox import CLERK, Workstation


@pytest.fixture
def supervisor(live_server: ServerThread) -> Iterator[CentralClient]:
    client = CentralClient(live_server.url)
    try:
        client.login("dam.supervisor", "demo", "W9")
        yield client
    finally:
        client.close()


@dataclass
class Counter:
    """dam.clerk1 printing at counter W1 through the print ledger, as the paper use cases do."""

    sessions: sessionmaker[Session]
    papers: Papers
    actor: Actor = CLERK

    def prepare(self, request_id: str, reason: str | None = None) -> PrintIntent:
        with self.sessions.begin() as session:
            return ledger.prepare(
                session,
                self.actor,
                request_id,
                year=2026,
                tracking=RR,
                reprint_reason=reason,
                paper=self.papers,
            )

    def send(self, intent: PrintIntent) -> None:
        with self.sessions.begin() as session:
            ledger.begin_sending(
                session,
                self.actor,
                intent.id,
                intent.request_id,
                intent.document_sha256,
                intent.envelope_sha256,
            )
        with self.sessions.begin() as session:
            ledger.job_accepted(session, self.actor, intent.id, f"Q-{intent.id}")

    def print_(self, request_id: str, reason: str | None = None) -> PrintIntent:
        intent = self.prepare(request_id, reason)
        self.send(intent)
        with self.sessions.begin() as session:
            ledger.record_printed(session, self.actor, intent.id)
        return intent

    def crash_and_answer(self, request_id: str, answer: Answer) -> PrintIntent:
        """Sent to the printer, the workstation killed; at start-up the clerk answers."""
        intent = self.prepare(request_id)
        self.send(intent)
        with self.sessions.begin() as session:
            ledger.settle(session, self.actor, intent.id, answer)
        return intent


@dataclass
class Shift:
    ws: Workstation
    workstation: str
    numbers: dict[str, str]  # what happened -> document number
    since: datetime
    until: datetime


def _accept(ws: Workstation, actor: Actor, request_id: str) -> None:
    """Claim with the subject's record and accept, as Desk.open_request and accept do."""
    claim = ws.client.claim(request_id, with_registry=True)
    assert claim.registry is not None
    with ws.sessions.begin() as session:
        workflow.record_claim(session, actor, request_id, claim.lease_expires_at)
        workflow.record_snapshot(session, actor, request_id, claim.registry)
        request = workflow.get_request(session, request_id)
        comparison = compare_with_registry(
            request.service_code, dict(request.subject), claim.registry.model_dump(mode="json")
        )
    with ws.sessions.begin() as session:
        workflow.accept(session, actor, request_id, comparison.equivalent_fields)


def _shift(ws: Workstation, tmp_path: Path, actor: Actor = CLERK) -> Shift:
    """A shift at ``actor``'s counter: a print and its reprint, a crash answered "not
    printed" (then printed again), a crash answered "unsure", a preview open when the
    workstation stopped; all pushed to the server but the last printing."""
    since = workflow.now() - timedelta(minutes=1)
    a, b, c, d, e = ws.matching(5)
    for request_id in (a, b, c, d, e):
        _accept(ws, actor, request_id)
    desk = Counter(ws.sessions, Papers(tmp_path / "papers"), actor)
    numbers = {
        "printed": desk.print_(a).document_number,
        "reprinted": desk.print_(a, "the toner smeared the document number").document_number,
        "not_printed": desk.crash_and_answer(b, Answer.NOT_PRINTED).document_number,
        "printed_again": desk.print_(b).document_number,
        "unsure": desk.crash_and_answer(c, Answer.UNSURE).document_number,
        "never_sent": desk.prepare(d).document_number,
    }
    with ws.sessions.begin() as session:
        ledger.sweep_never_sent(session, actor)  # the restart after the kill with a preview
    ws.pusher.push()  # the issuances and the audit chain reach the server
    numbers["offline"] = desk.print_(e).document_number  # printed after the last push
    return Shift(ws, actor.workstation, numbers, since, workflow.now() + timedelta(minutes=1))


def _server_side(shift: Shift, client: CentralClient) -> WorkstationLedger:
    return client.workstation_ledger(shift.workstation, shift.since, shift.until)


def _clerk_side(shift: Shift) -> Reconciliation:
    server = _server_side(shift, shift.ws.client)
    with shift.ws.sessions() as session:
        return reconcile(session, shift.since, shift.until, server, workstation="W1")


def _states(rec: Reconciliation) -> dict[str, tuple[str, str, str]]:
    return {n.document_number: (n.kind, n.state, n.reason) for n in rec.numbers}


def test_the_clerks_reconciliation_accounts_for_every_number_and_lists_the_differences(
    ws: Workstation, supervisor: CentralClient, tmp_path: Path
) -> None:
    shift = _shift(ws, tmp_path)
    n = shift.numbers
    rec = _clerk_side(shift)
    assert rec.compared and rec.source == "workstation" and rec.workstation == "W1"
    assert _states(rec) == {
        n["printed"]: ("print", "printed", ""),
        n["reprinted"]: ("reprint", "printed", "the toner smeared the document number"),
        n["not_printed"]: ("print", "spoiled", "not_printed_after_interruption"),
        n["printed_again"]: ("print", "printed", ""),
        n["unsure"]: ("print", "unsure", "unsure_after_interruption"),
        n["never_sent"]: ("print", "spoiled", "never_sent"),
        n["offline"]: ("print", "printed", ""),
    }
    assert all(
        line.tracking_number and line.tracking_number.startswith("RR") for line in rec.numbers
    )
    assert (rec.printed, rec.reprinted) == (3, 1)
    # The one printing the server has not received yet, and whose audit entries it lacks.
    assert {(d.code, d.document_number) for d in rec.differences} == {
        ("not_on_server", n["offline"]),
        ("not_uploaded", n["offline"]),
    }
    ws.pusher.push()
    assert _clerk_side(shift).differences == ()  # once delivered, the two sides agree


def test_the_clerks_reconciliation_accounts_for_every_number_of_every_block(
    ws: Workstation, supervisor: CentralClient, tmp_path: Path
) -> None:
    shift = _shift(ws, tmp_path)
    rec = _clerk_side(shift)
    [documents] = [b for b in rec.blocks if b.first.startswith("DAM-")]
    used = sorted(shift.numbers.values())
    # Seven numbers were given out (printed, reprinted, spoiled, unsure, never sent): the
    # block's first seven, in order, and the rest of the block is one unused run.
    assert documents.used == len(used) == 7
    assert used == [documents.first[:-6] + f"{n:06d}" for n in range(1, 8)]
    assert documents.first == used[0]
    assert documents.unused == (f"{documents.first[:-6]}000008 … {documents.last}",)
    [tracking] = [b for b in rec.blocks if b.first.startswith("RR")]
    assert tracking.used == 7 and tracking.first.endswith("SY")

    # The supervisor's side: the blocks as the server holds them, once the workstation has
    # told it how far it used them (it does so after each printing, as it refills).
    NumberBlocks(ws.client, ws.sessions, lambda: "RR").refill()
    server_side = from_server(
        _server_side(shift, supervisor), supervisor.workstation_blocks("W1").items
    )
    [held] = [b for b in server_side.blocks if b.first.startswith("DAM-")]
    assert (held.first, held.used, held.unused) == (
        documents.first,
        7,
        (f"{documents.first[:-6]}000008 … {documents.last}",),
    )


def test_the_supervisor_reconciles_any_counter_from_the_servers_copy(
    ws: Workstation, supervisor: CentralClient, tmp_path: Path
) -> None:
    shift = _shift(ws, tmp_path)
    n = shift.numbers
    rec = from_server(_server_side(shift, supervisor))
    assert rec.source == "server" and rec.workstation == "W1" and rec.compared
    states = _states(rec)
    assert states[n["reprinted"]] == (
        "reprint",
        "printed",
        "the toner smeared the document number",
    )
    assert states[n["not_printed"]][1:] == ("spoiled", "not_printed_after_interruption")
    assert states[n["unsure"]][1:] == ("unsure", "unsure_after_interruption")
    assert states[n["never_sent"]][1:] == ("spoiled", "never_sent")
    assert n["offline"] not in states  # its audit entries have not reached the server
    assert (rec.printed, rec.reprinted) == (2, 1)
    assert rec.differences == ()
    # Every printed request's envelope is still to be sealed, as the server sees it.
    assert len(rec.printed_not_sealed) == 2
    assert rec.server_audit_at is not None


def test_a_replaced_store_sees_the_servers_numbers_it_does_not_hold(
    ws: Workstation, supervisor: CentralClient, tmp_path: Path
) -> None:
    shift = _shift(ws, tmp_path)
    ws.pusher.push()
    server = _server_side(shift, ws.client)
    empty = open_store(tmp_path / "replaced" / "store.sqlite3", TEST_STORE_KEY)
    try:
        with empty() as session:
            rec = reconcile(session, shift.since, shift.until, server)
    finally:
        empty.kw["bind"].dispose()
    printed = {shift.numbers[k] for k in ("printed", "reprinted", "printed_again", "offline")}
    assert {(d.code, d.document_number) for d in rec.differences} == {
        ("not_here", number) for number in printed
    }


def test_a_clerk_sees_only_their_own_counter(ws: Workstation, supervisor: CentralClient) -> None:
    since = workflow.now() - timedelta(hours=1)
    with pytest.raises(Refused) as refused:
        ws.client.workstation_ledger("W2", since, since + timedelta(hours=2))
    assert refused.value.code == "other_workstation"
    assert supervisor.workstation_ledger("W2", since, since + timedelta(hours=2)).numbers == []
