"""Through the real pieces: a store, the outbox pusher and the reference server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from central.server import ServerThread
from clerk_desk import dispatch
from clerk_desk.comparison import Verdict, compare_records
from clerk_desk.fields import PersonField
from clerk_desk.services import SERVICES
from clerk_desk.store.db import open_store
from clerk_desk.store.models import Request
from sync.client import CentralClient
from sync.events import EventHub
from tests.store_keys import TEST_STORE_KEY
from tests.sync.test_outbox import CLERK, Workstation


@pytest.fixture
def ws(live_server: ServerThread, tmp_path: Path) -> Iterator[Workstation]:
    client = CentralClient(live_server.url)
    sessions = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    try:
        client.login("dam.clerk1", "demo", "W1")
        station = Workstation(live_server, client, sessions, EventHub())
        station.puller.pull()
        yield station
    finally:
        client.close()
        sessions.kw["bind"].dispose()


def matching_post(ws: Workstation, count: int) -> list[str]:
    with ws.sessions() as session:
        rows = list(
            session.scalars(
                select(Request)
                .where(Request.status == "assigned", Request.delivery_method == "post")
                .order_by(Request.id)
            )
        )
    found = []
    for row in rows:
        record = ws.client.registry_record(row.subject_national_number).model_dump(mode="json")
        registry = {f.value: record[f.value] for f in PersonField}
        checked = SERVICES[row.service_code].checked_fields
        if compare_records(row.subject, registry, checked).verdict is Verdict.MATCH:
            found.append(row.id)
            if len(found) == count:
                return found
    raise AssertionError("the demo data has too few matching postal requests")


def test_a_dispatch_reaches_the_server_and_the_requests_are_dispatched(ws: Workstation) -> None:
    ids = matching_post(ws, 3)
    for request_id in ids:
        ws.accept(request_id, ws.open(request_id))
        ws.print_(request_id)
        with ws.sessions.begin() as session:
            dispatch.seal(session, CLERK, request_id)
    with ws.sessions.begin() as session:
        tracking = dispatch.check_scan(session, ids[1]).tracking_number
        assert tracking is not None
        batch_id = dispatch.create_dispatch(session, CLERK, [ids[0], tracking, ids[2]]).id
        dispatch.hand_over(session, CLERK, batch_id, "سامر الأحمد")
    result = ws.pusher.push()
    assert result.refused == 0 and result.waiting == 0
    assert [ws.server_status(r) for r in ids] == ["dispatched"] * 3
    assert ws.outbox()[-1].kind == "dispatch" and ws.outbox()[-1].status == "done"
    ws.puller.pull()  # the server's view now agrees with the store's
    with ws.sessions() as session:
        assert {session.get_one(Request, r).status for r in ids} == {"dispatched"}
    assert ws.pusher.push().sent == 0  # nothing sent twice
