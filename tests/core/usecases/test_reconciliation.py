"""clerk_desk.usecases.reconciliation: the counter's shift from this store compared with the
reference server, the supervisor's from the server's copy, and the papers of either."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from central.server import ServerThread
from clerk_desk import config as cfg
from clerk_desk import workflow
from clerk_desk.digits import to_arabic_indic
from clerk_desk.pdf_files import read_pdf
from clerk_desk.store.db import open_store
from clerk_desk.usecases.reconciliation import Reconciliations
from printing.reconciliation import DAMASCUS
from printing.renderer import Renderer
from sync.client import CentralClient
from sync.events import EventHub
from sync.number_blocks import NumberBlocks
from tests.paper_desk import make_paper, unreachable_client, work_context
from tests.printing.cups import Queue
from tests.printing.pdfcheck import all_text
from tests.store_keys import TEST_STORE_KEY
from tests.sync.test_outbox import Workstation


@pytest.fixture
def ws(live_server: ServerThread, tmp_path: Path) -> Iterator[Workstation]:
    """dam.clerk1 at counter W1, its requests pulled and number blocks reserved."""
    client = CentralClient(live_server.url)
    sessions = open_store(tmp_path / "workstation.sqlite3", TEST_STORE_KEY)
    try:
        client.login("dam.clerk1", "demo", "W1")
        station = Workstation(live_server, client, sessions, EventHub())
        NumberBlocks(client, sessions, lambda: "RR").refill()
        station.puller.pull()
        yield station
    finally:
        client.close()
        sessions.kw["bind"].dispose()


def test_the_counters_shift_is_compared_with_the_server_and_printed(
    ws: Workstation, tmp_path: Path, cups: Queue
) -> None:
    since = workflow.now() - timedelta(minutes=1)
    [request_id] = ws.matching(1)
    ws.accept(request_id, ws.open(request_id))
    login = ws.client.login("dam.clerk1", "demo", "W1")
    context = work_context(ws.sessions, tmp_path / "documents", login, printer=cups.name)
    paper = make_paper(context, ws.client)
    prepared = paper.prepare(request_id)
    paper.print_documents(prepared, request_id)
    ws.pusher.push()  # what the courier would deliver

    reports = Reconciliations(context, link=ws.client, renderer=Renderer())
    rec = reports.of_this_counter(since, workflow.now() + timedelta(seconds=1))
    assert rec.compared and rec.differences == ()
    assert rec.printed == 1 and rec.workstation == "W1"
    assert [line.document_number for line in rec.numbers] == [prepared.document_number]
    path = reports.for_printing(rec)
    assert not path.read_bytes().startswith(b"%PDF")  # names the clerk: encrypted
    assert prepared.document_number in all_text(read_pdf(path, TEST_STORE_KEY))
    csv = reports.save_csv(rec, str(tmp_path / "shift.csv"))
    assert prepared.document_number in csv.read_text(encoding="utf-8-sig")


def test_offline_the_shift_is_reconciled_but_not_compared(ws: Workstation, tmp_path: Path) -> None:
    login = ws.client.login("dam.clerk1", "demo", "W1")
    link = unreachable_client()
    try:
        context = work_context(ws.sessions, tmp_path / "documents", login)
        reports = Reconciliations(context, link=link, renderer=Renderer())
        since = workflow.now() - timedelta(hours=1)
        rec = reports.of_this_counter(since, workflow.now())
    finally:
        link.close()
    assert not rec.compared and rec.source == "workstation"
    assert reports.save_pdf(rec, str(tmp_path / "shift.pdf")).read_bytes().startswith(b"%PDF")
    # the paper in the desk's digits (the setting), dates and counts alike
    shift_day = f"{rec.until.astimezone(DAMASCUS):%d/%m/%Y}"
    assert shift_day in all_text(reports.pdf(rec))
    context.settings.set(cfg.DIGITS, cfg.ARABIC_INDIC_DIGITS)
    text = all_text(reports.pdf(rec))
    assert to_arabic_indic(shift_day) in text and shift_day not in text


def test_the_supervisor_reconciles_any_counter_from_the_servers_copy(
    live_server: ServerThread, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    supervisor = CentralClient(live_server.url)
    try:
        login = supervisor.login("dam.supervisor", "demo", "W9")
        context = work_context(sessions, tmp_path / "documents", login)
        context.settings.set(cfg.WORKSTATION, "W9")
        reports = Reconciliations(context, link=supervisor, renderer=Renderer())
        assert "W9" in reports.counters()  # the supervisor's own, enrolled or not
        since = workflow.now() - timedelta(hours=1)
        rec = reports.of_counter("W1", since, workflow.now())
    finally:
        supervisor.close()
    assert rec.source == "server" and rec.workstation == "W1"
