"""A workstation's store lost after some prints, through the real API: the restarted desk
is recognised, prints nothing, is recovered by a supervisor and never reuses a number; and
a desk offline with its blocks used up refuses clearly instead of inventing numbers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from central.server import ServerThread
from clerk_desk import audit, number_blocks, workflow
from clerk_desk import config as cfg
from clerk_desk.number_blocks import NoNumbersLeft, StoreNotRecovered
from clerk_desk.store.models import Issuance, PrintIntent
from clerk_desk.store_recovery import StoreCheck
from sync.number_blocks import TopUpAside
from tests.enrollment import approve_desk
from tests.sync.test_outbox import CLERK
from tests.sync.test_outbox import Workstation as SyncStation
from ui.app import build_workstation, create_application
from ui.explain import explain
from ui.operations import Runner
from ui.recovery_dialog import RecoveryDialog
from ui.workstation import Workstation


@pytest.fixture
def desks(live_server: ServerThread, tmp_path: Path) -> Iterator[list[Workstation]]:
    create_application([], "ar")
    made: list[Workstation] = []
    yield made
    for desk in made:
        desk.client.close()
        desk.sessions.kw["bind"].dispose()


def start_desk(live_server: ServerThread, data_dir: Path, desks: list[Workstation]) -> Workstation:
    """Workstation W1 started on the store in ``data_dir`` (made if missing), dam.clerk1
    logged in."""
    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, live_server.url)
    settings.set(cfg.WORKSTATION, CLERK.workstation)
    desk = build_workstation(settings, data_dir)
    desks.append(desk)
    desk.session.login(CLERK.username, "demo")
    return desk


def station(live_server: ServerThread, desk: Workstation) -> SyncStation:
    ws = SyncStation(live_server, desk.client, desk.sessions, desk.events)
    ws.puller.pull()
    return ws


def issued_here(desk: Workstation) -> list[tuple[str, str | None]]:
    with desk.sessions() as session:
        rows = session.scalars(select(Issuance).order_by(Issuance.id))
        return [(i.document_number, i.tracking_number) for i in rows]


def test_a_lost_store_is_recognised_recovered_and_no_number_is_reused(
    live_server: ServerThread, tmp_path: Path, desks: list[Workstation], qtbot: QtBot
) -> None:
    data_dir = tmp_path / "W1"
    desk = start_desk(live_server, data_dir, desks)
    approve_desk(desk, live_server.url)
    assert desk.session.numbers.check is StoreCheck.RECOGNISED
    ws = station(live_server, desk)
    first, second, third = ws.matching(3)
    for request_id in (first, second):
        ws.accept(request_id, ws.open(request_id))
        ws.print_(request_id)
    assert ws.pusher.push().sent == 4
    before = issued_here(desk)
    year = workflow.now().year
    assert [n for n, _ in before] == [f"DAM-{year}-W1-000001", f"DAM-{year}-W1-000002"]
    ws.accept(third, ws.open(third))
    ws.pusher.push()

    # The store is deleted while the desk runs; the desk is restarted on a new, empty one.
    desk.client.close()
    desk.sessions.kw["bind"].dispose()
    for leftover in data_dir.glob("workstation.sqlite3*"):
        leftover.unlink()
    desk = start_desk(live_server, data_dir, desks)
    assert desk.session.numbers.check is StoreCheck.LOST
    with pytest.raises(StoreNotRecovered) as refused, desk.sessions.begin() as session:
        number_blocks.next_document_number(session, CLERK, workflow.now().year)
    assert "مشرف" in explain(refused.value)  # said in Arabic: a supervisor recovers it

    # The recovery screen, then a clerk's password refused, then the supervisor's.
    runner = Runner()
    dialog = RecoveryDialog(desk.session.numbers.recover, runner, CLERK.workstation)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("dam.clerk1")
    dialog.password.setText("demo")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.recover_button.isEnabled())
    assert dialog.recovered is None and dialog.message.text()
    dialog.username.setText("dam.supervisor")
    dialog.password.setText("demo")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    runner.wait()
    recovered = dialog.recovered
    assert recovered is not None
    assert len(recovered.recovery.closed) == 2  # the old document and S10 blocks
    assert recovered.recovery.revoked_keys  # re-enrolment: the old key is cut off
    assert recovered.rebuilt.issuances == 2  # the last known ledger, from the server
    assert desk.session.numbers.check is StoreCheck.RECOGNISED
    assert desk.session.signer is not None  # a new key, approved by the supervisor
    with desk.sessions() as session:
        ledger = {i.document_number for i in session.scalars(select(PrintIntent))}
        assert ledger == {n for n, _ in before}
        assert audit.verify(session).intact

    # Printing again: new numbers, after the old blocks, accepted by the server.
    ws = station(live_server, desk)
    ws.print_(third)
    assert ws.pusher.push().sent == 1
    [(document, tracking)] = issued_here(desk)
    old_documents = {n for n, _ in before}
    old_serials = {t for _, t in before}
    assert document not in old_documents and tracking not in old_serials
    assert int(document.rpartition("-")[2]) > 2  # never starting again at 1


def test_offline_with_its_blocks_used_up_the_desk_refuses_clearly(
    live_server: ServerThread, tmp_path: Path, desks: list[Workstation]
) -> None:
    desk = start_desk(live_server, tmp_path / "W1", desks)
    with desk.sessions.begin() as session:
        size = sum(u.unused for u in number_blocks.uses(session) if u.kind == "document")
        for _ in range(size):
            number_blocks.next_document_number(session, CLERK, workflow.now().year)
    desk.client.base_url = "http://127.0.0.1:9"  # the link is down
    numbers = desk.session.numbers
    numbers.after_print()  # asks for more, off the clerk's path: cannot, and says nothing
    assert isinstance(numbers.top_up, TopUpAside)
    numbers.top_up.wait()
    with pytest.raises(NoNumbersLeft) as refused, desk.sessions.begin() as session:
        number_blocks.next_document_number(session, CLERK, workflow.now().year)
    said = explain(refused.value)
    assert "أرقام" in said and "الخادم" in said
