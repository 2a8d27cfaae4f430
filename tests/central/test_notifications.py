"""The citizen is told by SMS: once per event, whatever the retries and however many server
processes see it; what was sent, and whether it arrived, for the clerk to see."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from central.db import RequestRow, make_engine, write_session
from central.notifications import Notifier, send_queued
from central.outreach import Outreach
from central.outreach_db import NotificationRow
from central.routing import Settings
from central.sms import SimulatedSmsGateway
from clerk_desk.api_outreach import NotificationTemplate
from tests.central.conftest import START, FakeClock
from tests.central.post_office import (
    GATEWAY,
    PostOffice,
    act,
    dispatched,
    key,
    notifications,
    post_office,
    printed,
)


@pytest.fixture
def office(database_url: str) -> Iterator[PostOffice]:
    with post_office(database_url) as office:
        yield office


def rejected(office: PostOffice, reason_text: str) -> str:
    """A request the clerk rejected, waiting for the supervisor's review."""
    api, clerk = office.api, office.clerk
    request_id = next(
        i for i in api.acceptable() if api.open(i, clerk).status_code == 200
    )  # the first the clerk can open
    body = {
        "idempotency_key": key(),
        "outcome": "reject",
        "reason_code": "missing_document",
        "reason_text": reason_text,
    }
    answer = api.post(f"/requests/{request_id}/decision", clerk, json=body)
    assert answer.status_code == 200, answer.text
    return request_id


def review(office: PostOffice, request_id: str, outcome: str) -> None:
    boss = office.api.login("dam.supervisor")
    body = {"idempotency_key": key(), "outcome": outcome, "note": ""}
    answer = office.api.post(f"/reviews/{request_id}", boss, json=body)
    assert answer.status_code == 200, answer.text


def test_an_upheld_rejection_tells_the_citizen_its_reason(office: PostOffice) -> None:
    request_id = rejected(office, "لم ترفق صورة الهوية.")
    assert notifications(office, request_id) == []  # a rejection waits for its review
    review(office, request_id, "uphold")
    [told] = notifications(office, request_id)
    assert told["template"] == "rejected" and told["status"] == "sent"
    assert told["text"] == f"رُفض طلبك {request_id}: لم ترفق صورة الهوية."
    assert (told["encoding"], told["segments"]) == ("ucs2", 1)
    [message] = office.sms.messages
    assert message.text == told["text"] and message.to.startswith("09")


def test_a_reason_too_long_for_an_sms_is_replaced_by_the_catalogues(office: PostOffice) -> None:
    request_id = rejected(office, "لم ترفق صورة الهوية الشخصية. " * 10)
    review(office, request_id, "uphold")
    [told] = notifications(office, request_id)
    assert told["text"] == f"رُفض طلبك {request_id}: لم ترفق الوثيقة المطلوبة لإتمام المعاملة."
    assert told["segments"] <= 2


def test_an_overturned_rejection_tells_the_citizen_nothing(office: PostOffice) -> None:
    request_id = rejected(office, "سبب")
    review(office, request_id, "overturn")
    assert notifications(office, request_id) == []


def test_a_pickup_envelope_on_the_shelf_tells_where_when_and_how_long(office: PostOffice) -> None:
    request_id, _ = printed(office, method="pickup")
    assert act(office, request_id, "seal").status_code == 200
    assert act(office, request_id, "pickup-ready").status_code == 200
    [told] = notifications(office, request_id)
    assert told["template"] == "ready_for_pickup"
    for part in ("المزة", "الأحد-الخميس 8:00-15:00", "30 يوماً", request_id):
        assert part in told["text"]


def test_what_the_gateway_did_not_take_goes_with_the_next_event(office: PostOffice) -> None:
    office.sms.unreachable = True
    first, _ = dispatched(office)
    [waiting] = notifications(office, first)
    assert waiting["status"] == "queued" and office.sms.messages == []
    office.sms.unreachable = False
    second, _ = dispatched(office, skip=1)
    assert [n["status"] for n in notifications(office, first)] == ["sent"]
    assert [n["status"] for n in notifications(office, second)] == ["sent"]
    assert {m.reference for m in office.sms.messages} == {
        f"{first}:dispatched",
        f"{second}:dispatched",
    }


def test_the_gateways_delivery_report_shows_whether_it_arrived(office: PostOffice) -> None:
    request_id, _ = dispatched(office)
    [message] = office.sms.messages
    report = {"gateway_id": message.gateway_id, "report": "delivered", "at": START.isoformat()}
    answer = office.api.post("/sms-gateway/reports", GATEWAY, json=report)
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "delivered"
    [told] = notifications(office, request_id)
    assert told["status"] == "delivered" and told["reported_at"] is not None
    # A repeat, or a later contrary report, changes nothing.
    late = {**report, "report": "failed"}
    assert office.api.post("/sms-gateway/reports", GATEWAY, json=late).json()["status"] == (
        "delivered"
    )
    unknown = {**report, "gateway_id": "SIM-999"}
    refused = office.api.post("/sms-gateway/reports", GATEWAY, json=unknown)
    assert refused.status_code == 404 and refused.json()["code"] == "no_such_sms"
    for headers in (None, office.clerk):
        refused = office.api.post("/sms-gateway/reports", headers, json=report)
        assert refused.status_code == 401 and refused.json()["code"] == "not_a_partner"


def test_no_phone_no_message_and_only_the_center_sees_them(office: PostOffice) -> None:
    request_id, _ = printed(office)
    engine = make_engine(office.api.database_url)
    try:
        with write_session(engine) as session:
            session.execute(
                update(RequestRow).where(RequestRow.id == request_id).values(delivery_phone="")
            )
            session.commit()
    finally:
        engine.dispose()
    assert act(office, request_id, "seal").status_code == 200
    body = {
        "idempotency_key": key(),
        "batch_id": "DAM-D-NOPHONE",
        "courier_name": "سامر الأحمد",
        "request_ids": [request_id],
    }
    assert office.api.post("/dispatches", office.clerk, json=body).status_code == 200
    assert [n["status"] for n in notifications(office, request_id)] == ["no_phone"]
    assert office.sms.messages == []
    aleppo = office.api.login("alp.clerk1")
    assert office.api.get(f"/requests/{request_id}/notifications", aleppo).status_code == 403


def test_two_processes_seeing_one_event_queue_and_send_it_once(database_url: str) -> None:
    """Two server processes share the database, not their memory: each records the same
    event in its own transaction, and each then sends what is queued."""
    clock = FakeClock(START)
    sms = SimulatedSmsGateway()
    outreach = Outreach.for_training(sms)
    settings = Settings(lease=timedelta(minutes=10), token_lifetime=timedelta(hours=1), clock=clock)
    engine = make_engine(database_url)
    try:
        notifiers = [Notifier(engine, outreach, settings) for _ in range(2)]
        for notifier in notifiers:
            with write_session(engine) as session:
                row = session.scalars(select(RequestRow).order_by(RequestRow.id)).first()
                assert row is not None
                notifier.tell(session, row, NotificationTemplate.DISPATCHED, "dispatched")
                request_id = row.id
                session.commit()
        # (The seed's own messages, sent long ago, are left out of the counts.)
        ours = NotificationRow.request_id == request_id
        with write_session(engine) as session:
            count = select(func.count()).select_from(NotificationRow).where(ours)
            assert session.scalar(count) == 1
        assert [n.send() for n in notifiers] == [1, 0]
        assert len(sms.messages) == 1 and sms.handovers == 1

        # A process that claimed a message and died: after resend_after it goes again,
        # under the same reference, which the gateway keeps once.
        with write_session(engine) as session:
            session.execute(
                update(NotificationRow).where(ours).values(status="sending", claimed_at=clock.now)
            )
            session.commit()
        assert send_queued(engine, outreach, clock.now) == 0  # not yet: it may be on its way
        clock.advance(minutes=6)
        assert send_queued(engine, outreach, clock.now) == 1
        assert len(sms.messages) == 1 and sms.handovers == 2
    finally:
        engine.dispose()
