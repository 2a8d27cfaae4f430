"""The audit chain reaches the server with the outbox; tampering is refused there, and
nothing personal reaches a log or a file outside the store."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from central.server import ServerThread
from clerk_desk import audit, workflow
from clerk_desk.api import RegistryRecord
from clerk_desk.store.db import open_store
from clerk_desk.store.models import AuditEntry, Request
from printing.pdf import read_pdf, sha256_hex
from printing.verification import CenterKey
from sync.audit_upload import AuditChainRefused, upload_audit
from sync.client import CentralClient
from sync.events import EventHub, MessageRefused
from sync.number_blocks import NumberBlocks
from tests.paper_desk import make_paper, work_context
from tests.store_keys import TEST_STORE_KEY
from tests.sync.test_outbox import CLERK, Workstation


@pytest.fixture
def ws(live_server: ServerThread, tmp_path: Path) -> Iterator[Workstation]:
    client = CentralClient(live_server.url)
    sessions = open_store(tmp_path / "workstation" / "workstation.sqlite3", TEST_STORE_KEY)
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


@contextlib.contextmanager
def raw(ws: Workstation) -> Iterator[sqlite3.Connection]:
    path = ws.sessions.kw["bind"].url.database
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        yield connection


def test_the_push_carries_the_audit_chain_to_the_server(ws: Workstation) -> None:
    [request_id] = ws.matching(1)
    ws.accept(request_id, ws.open(request_id))
    ws.pusher.push()
    with ws.sessions() as session:
        local = audit.head(session)
        assert audit.server_head(session) == local
        assert audit.verify(session).intact
    head = ws.client.audit_head()
    assert (head.entry_id, head.hash) == local
    assert ws.pusher.last_audit is not None and ws.pusher.last_audit.sent == local[0]
    ws.pusher.push()  # nothing new: nothing sent, still the same head
    assert ws.pusher.last_audit.sent == 0


def test_a_long_log_goes_in_parts(ws: Workstation) -> None:
    with ws.sessions.begin() as session:
        for n in range(23):
            audit.append(session, actor="dam.clerk1", workstation="W1", action=f"lock{n}")
    result = upload_audit(ws.client, ws.sessions, batch=5)
    assert (result.sent, result.head.entry_id) == (23, 23)


def test_a_rewritten_entry_is_refused_by_the_server_and_shown(ws: Workstation) -> None:
    [request_id] = ws.matching(1)
    ws.accept(request_id, ws.open(request_id))
    ws.pusher.push()
    # Rewrite an entry the server has, recompute the whole chain, and add one more entry.
    with ws.sessions.begin() as session:
        rows = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        rows[0].actor = "dam.clerk2"
        prev = audit.GENESIS
        for row in rows:
            row.prev_hash = prev
            row.hash = audit.entry_hash(
                prev, row.at, row.actor, row.workstation, row.request_id, row.action, row.detail
            )
            prev = row.hash
    with ws.sessions.begin() as session:
        audit.append(session, actor="dam.clerk1", workstation="W1", action="lock")
    ws.pusher.push()
    assert ws.pusher.audit_problem is not None
    assert "rewritten" in ws.pusher.audit_problem
    assert any(isinstance(e, MessageRefused) and e.kind == "audit" for e in ws.events)
    with ws.sessions() as session:  # the local check sees it too: the acknowledged head
        assert not audit.verify(session).intact
        assert session.scalar(select(AuditEntry).where(AuditEntry.id == 1)) is not None


def test_deleting_the_newest_entries_is_refused(ws: Workstation) -> None:
    [request_id] = ws.matching(1)
    ws.accept(request_id, ws.open(request_id))
    ws.pusher.push()
    with raw(ws) as connection:
        connection.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    with ws.sessions() as session:
        assert not audit.verify(session).intact  # against the head the server acknowledged
    with pytest.raises(AuditChainRefused, match="entries were deleted"):
        upload_audit(ws.client, ws.sessions)


def test_no_name_or_national_number_in_logs_or_files(
    ws: Workstation, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A whole clerk's workflow with every logger at DEBUG into a file: neither the
    subject's name nor national number appears in it, nor in any file the workstation
    wrote outside its store and the printed PDFs (left to the encryption work)."""
    log_file = tmp_path / "workstation" / "logs" / "clerk-desk.log"
    log_file.parent.mkdir(parents=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    documents = tmp_path / "workstation" / "documents"
    try:
        [request_id] = ws.matching(1)
        comparison = ws.open(request_id)
        ws.accept(request_id, comparison)
        ws.pusher.push()
        with ws.sessions() as session:
            request = session.get_one(Request, request_id)
            record = RegistryRecord.model_validate(workflow.latest_snapshot(request).record)  # type: ignore[union-attr]
            secrets = {
                record.national_number,
                request.subject_national_number,
                record.first_name,
                record.last_name,
                record.father_name,
                record.mother_name,
                request.requester_name,
            }
        login = ws.client.login("dam.clerk1", "demo", "W1")
        prepared = make_paper(
            work_context(ws.sessions, documents, login),
            ws.client,
            signer=CenterKey.generate("DAM-9", "DAM").enroll(),
            today=date(2026, 3, 1),
        ).prepare(request_id)
        with ws.sessions.begin() as session:
            workflow.record_issuance(
                session,
                CLERK,
                request_id,
                workflow.IssuanceNumbers(prepared.document_number, prepared.tracking_number),
                prepared.document_sha256,
                prepared.envelope_sha256,
                str(prepared.document_path),
                str(prepared.envelope_path),
            )
        result = ws.pusher.push()
        assert result.sent == 1 and ws.pusher.audit_problem is None
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()
    assert prepared.document_path.exists()
    logged = log_file.read_text(encoding="utf-8")
    assert f"/requests/{request_id}/claim" in logged  # the client logged at DEBUG
    assert f"registry look-up by dam.clerk1 for {request_id}: found" in logged  # the server
    written = [
        p
        for p in (tmp_path / "workstation").rglob("*")
        if p.is_file() and ".sqlite3" not in p.name and p.suffix != ".pdf"
    ]
    assert log_file in written
    texts = {p: p.read_bytes().decode("utf-8", "replace") for p in written}
    texts[Path("(captured log records)")] = "\n".join(
        f"{r.getMessage()} {r.args}" for r in caplog.records
    )
    for path, text in texts.items():
        for secret in secrets:
            if secret and len(secret) > 2:
                assert secret not in text, f"{secret!r} found in {path}"


def test_the_store_and_the_pdfs_reveal_no_name_or_national_number(
    ws: Workstation, tmp_path: Path
) -> None:
    """A clerk's workflow (open, fetch the registry, accept, prepare the papers, record the
    printing, push), then the raw bytes of the store, its write-ahead log and every file
    under the data folder: no name, no national number. Through the store, with the key,
    the same data reads back."""
    data_dir = tmp_path / "workstation"
    [request_id] = ws.matching(1)
    ws.accept(request_id, ws.open(request_id))
    login = ws.client.login("dam.clerk1", "demo", "W1")
    paper = make_paper(
        work_context(ws.sessions, data_dir / "documents", login),
        ws.client,
        signer=CenterKey.generate("DAM-9", "DAM").enroll(),
        today=date(2026, 3, 1),
    )
    prepared = paper.prepare(request_id)
    with ws.sessions.begin() as session:
        workflow.record_issuance(
            session,
            CLERK,
            request_id,
            workflow.IssuanceNumbers(prepared.document_number, prepared.tracking_number),
            prepared.document_sha256,
            prepared.envelope_sha256,
            str(prepared.document_path),
            str(prepared.envelope_path),
        )
    ws.pusher.push()
    with ws.sessions() as session:
        request = session.get_one(Request, request_id)
        record = RegistryRecord.model_validate(workflow.latest_snapshot(request).record)  # type: ignore[union-attr]
        names = {
            record.first_name,
            record.last_name,
            record.father_name,
            record.mother_name,
            request.requester_name,
            f"{record.first_name} {record.last_name}",
        }
        numbers = {record.national_number, request.subject_national_number}
        assert request.status == "printed"
    assert all(len(n) == 11 for n in numbers)

    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)  # the log is read too
    assert prepared.document_path in files and prepared.envelope_path in files
    for path in files:
        raw_bytes = path.read_bytes()
        for secret in names | numbers:
            if secret and len(secret) > 2:
                assert secret.encode("utf-8") not in raw_bytes, f"{secret!r} in {path.name}"
                # nor as UTF-16 (as a PDF's text strings may hold it)
                assert secret.encode("utf-16-be") not in raw_bytes, f"{secret!r} in {path.name}"

    # with the key: the same data, and the same clear PDFs the ledger hashed
    document = read_pdf(prepared.document_path, TEST_STORE_KEY)
    assert sha256_hex(document) == prepared.document_sha256
    assert sha256_hex(read_pdf(prepared.envelope_path, TEST_STORE_KEY)) == (
        prepared.envelope_sha256
    )
    reopened = open_store(data_dir / "workstation.sqlite3", TEST_STORE_KEY)
    try:
        with reopened() as session:
            request = session.get_one(Request, request_id)
            assert request.subject_national_number == record.national_number
            assert request.subject["first_name"] == record.first_name
            snapshot = workflow.latest_snapshot(request)
            assert snapshot is not None and snapshot.record["last_name"] == record.last_name
    finally:
        reopened.kw["bind"].dispose()


def test_each_persons_entries_go_with_their_own_log_in(ws: Workstation) -> None:
    """Two clerks take turns at one workstation: each one's entries reach the server with
    that clerk's own log-in (the server refuses any other), in the chain's order."""

    def lock(actor: str, times: int) -> None:
        with ws.sessions.begin() as session:
            for _ in range(times):
                audit.append(session, actor=actor, workstation="W1", action="lock")

    def push_as(username: str) -> None:
        ws.client.login(username, "demo", "W1")
        ws.pusher.author = username
        ws.pusher.push()
        assert ws.pusher.audit_problem is None  # never refused: nobody sends another's entry

    lock("dam.clerk1", 2)  # written while dam.clerk1 was logged in, not yet sent
    lock("dam.clerk2", 3)  # then dam.clerk2 at the same counter
    push_as("dam.clerk2")
    assert ws.client.audit_head().entry_id == 0  # dam.clerk1's entries come first: they wait
    assert ws.pusher.last_audit is not None and ws.pusher.last_audit.held
    push_as("dam.clerk1")
    assert ws.client.audit_head().entry_id == 2  # up to dam.clerk2's first entry
    push_as("dam.clerk2")
    with ws.sessions() as session:
        assert ws.client.audit_head().entry_id == audit.head(session)[0] == 5
