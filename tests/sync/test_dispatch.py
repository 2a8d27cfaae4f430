"""Through the real pieces: a store, the outbox pusher and the reference server."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from central.attachments import record_attachment
from central.db import make_engine
from central.demo_papers import power_of_attorney
from central.post_simulator import PostSimulator
from clerk_desk import dispatch
from clerk_desk.api import AttachmentKind, CollectorIn
from clerk_desk.api_outreach import UndeliverableReason
from clerk_desk.collector_rules import (
    Collector,
    CollectorRefused,
    CollectorRole,
    IdentityDocument,
    syrian_today,
)
from clerk_desk.comparison import Verdict
from clerk_desk.store.models import Request
from tests.registry_verdicts import verdicts
from tests.sync.test_outbox import CLERK, Workstation


def matching_post(ws: Workstation, count: int) -> list[str]:
    with ws.sessions() as session:
        postal = set(
            session.scalars(
                select(Request.id).where(
                    Request.status == "assigned", Request.delivery_method == "post"
                )
            )
        )
    found = [
        request_id
        for request_id, verdict in verdicts(ws.server.database_url).items()
        if verdict is Verdict.MATCH and request_id in postal
    ]
    assert len(found) >= count, "the demo data has too few matching postal requests"
    return found[:count]


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


# --- a return comes home, and its collector is checked -----------------------------------

PASSPORT = "N07654321"  # the attorney's passport: personal data, never in a log
POA_NUMBER = "4711/2026"
PICKUP_ROW = "SELECT collector_role, id_number, poa_number FROM pickups WHERE request_id = :id"


def attach_power_of_attorney(database_url: str, request_id: str) -> None:
    engine = make_engine(database_url)
    try:
        with Session(engine) as session, session.begin():
            record_attachment(
                session,
                request_id,
                AttachmentKind.POWER_OF_ATTORNEY,
                "power-of-attorney.pdf",
                power_of_attorney(request_id),
                datetime.now(UTC),
            )
    finally:
        engine.dispose()


def test_a_returned_envelope_is_shelved_and_only_an_attorney_with_the_paper_collects_it(
    ws: Workstation, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    request_id = matching_post(ws, 1)[0]
    attach_power_of_attorney(ws.server.database_url, request_id)  # as the portal took it
    # Accepted, printed, sealed, handed to the post's courier.
    ws.accept(request_id, ws.open(request_id))
    ws.print_(request_id)
    with ws.sessions.begin() as session:
        dispatch.seal(session, CLERK, request_id)
        tracking = dispatch.check_scan(session, request_id).tracking_number
        assert tracking is not None
        batch_id = dispatch.create_dispatch(session, CLERK, [tracking]).id
        dispatch.hand_over(session, CLERK, batch_id, "سامر الأحمد")
    assert ws.pusher.push().refused == 0
    assert ws.server_status(request_id) == "dispatched"

    # The post cannot deliver it: its feed says so, and the workstation hears it.
    post = PostSimulator(ws.server.url)
    post.send(post.journey(tracking, datetime.now(UTC), undeliverable=UndeliverableReason.REFUSED))
    ws.puller.pull()
    with ws.sessions() as session:
        assert session.get_one(Request, request_id).status == "returned"

    # Scanned in at the center by its S10 barcode: shelved in the first free slot.
    with ws.sessions.begin() as session:
        shelved = dispatch.scan_in(session, CLERK, tracking)
        assert (shelved.status, shelved.shelf_slot) == ("awaiting_pickup", "A-01")
    assert ws.pusher.push().refused == 0
    [item] = [i for i in ws.client.requests_page().items if i.id == request_id]
    assert (item.status, item.shelf_slot) == ("awaiting_pickup", "A-01")
    told = [n.template for n in ws.client.notifications(request_id).items]
    assert told == ["dispatched", "returned", "ready_for_pickup"]  # each once

    # A third party without a power of attorney: refused at the desk...
    stranger = Collector(CollectorRole.OTHER, "رامي العلي", IdentityDocument.PASSPORT, PASSPORT)
    today = syrian_today(datetime.now(UTC))
    with ws.sessions() as session, pytest.raises(CollectorRefused, match="only the subject"):
        dispatch.hand_to_citizen(session, CLERK, request_id, stranger, today)
    # ...and by the server, even when the workstation is bypassed.
    bypass = httpx.post(
        f"{ws.server.api_url}/requests/{request_id}/collected",
        headers={"Authorization": f"Bearer {ws.client.token}"},
        json={
            "idempotency_key": uuid.uuid4().hex,
            "received_by": "رامي العلي",
            "collector": CollectorIn.of(stranger).model_dump(mode="json"),
        },
    )
    assert bypass.status_code == 403 and bypass.json()["code"] == "collector_not_entitled"
    assert ws.server_status(request_id) == "awaiting_pickup"

    # The attorney, with the power of attorney among the request's papers: handed over.
    attorney = replace(
        stranger,
        role=CollectorRole.ATTORNEY,
        poa_number=POA_NUMBER,
        poa_date=today - timedelta(days=40),
    )
    with ws.sessions.begin() as session:
        dispatch.hand_to_citizen(session, CLERK, request_id, attorney, today)
    assert ws.pusher.push().refused == 0
    assert ws.server_status(request_id) == "collected"
    engine = make_engine(ws.server.database_url)
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text(PICKUP_ROW),
                {"id": request_id},
            ).one()
    finally:
        engine.dispose()
    assert tuple(row) == ("attorney", PASSPORT, POA_NUMBER)

    # The document's number is nowhere in the logs, nor in clear in the workstation's store.
    assert PASSPORT not in caplog.text and POA_NUMBER not in caplog.text
    store = Path(str(ws.sessions.kw["bind"].url.database))
    for path in (store, store.with_name(store.name + "-wal")):
        if path.exists():
            assert PASSPORT.encode() not in path.read_bytes()
