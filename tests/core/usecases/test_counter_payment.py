"""The fee on the counter's view of a request: what the citizen paid, how, the receipt; a
fee not in the paid state cannot be accepted (the core's rule, asked by the panel); a
payment the gateway reverses withdraws the request from the desk at the next pull.
Through the running reference server and its gateway simulator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.orm.attributes import flag_modified

from central.server import ServerThread
from clerk_desk.comparison import Verdict
from clerk_desk.decision_rules import UNPAID
from clerk_desk.fees import fee_for
from clerk_desk.payments import PaymentChannel, PaymentState
from clerk_desk.states import RequestState
from clerk_desk.store.models import Request
from clerk_desk.usecases.counter import PaymentView
from clerk_desk.workflow import RuleViolation
from sync.events import EventHub, Pulled
from sync.puller import Puller
from tests.payments import paid_request, reverse

from .test_counter import Station, station_for


@pytest.fixture
def desk(live_server: ServerThread, tmp_path: Path) -> Iterator[Station]:
    """dam.clerk1's counter, the center's requests pulled."""
    station = station_for(live_server, tmp_path, "dam.clerk1")
    yield station
    station.client.close()
    station.context.sessions.kw["bind"].dispose()


def test_the_view_carries_the_payment_as_pulled(desk: Station) -> None:
    request_id = desk.with_verdict(Verdict.MATCH)
    view = desk.counter.open(request_id)
    payment = view.payment
    assert isinstance(payment, PaymentView)
    with desk.context.sessions() as session:
        request = session.get_one(Request, request_id)
        submitted_at, stored = request.submitted_at, dict(request.payment or {})
    assert payment.amount == fee_for(view.service_code, submitted_at) > 0
    assert payment.channel in PaymentChannel and payment.reference == stored["reference"]
    assert payment.state is PaymentState.PAID and payment.paid
    assert isinstance(payment.paid_at, datetime) and payment.paid_at.tzinfo is not None
    assert view.can_accept(frozenset())


def set_payment_state(desk: Station, request_id: str, state: str) -> None:
    """What a pull would bring if the server's payment changed (its state alone)."""
    with desk.context.sessions.begin() as session:
        request = session.get_one(Request, request_id)
        assert request.payment is not None
        request.payment = {**request.payment, "state": state}
        flag_modified(request, "payment")


@pytest.mark.parametrize("state", ["refund_ordered", "refunded", "reversed"])
def test_a_fee_not_paid_cannot_be_accepted(desk: Station, state: str) -> None:
    request_id = desk.with_verdict(Verdict.MATCH)
    assert desk.counter.open(request_id).can_accept(frozenset())
    set_payment_state(desk, request_id, state)
    view = desk.counter.view(request_id)
    assert view.payment is not None and not view.payment.paid
    assert not view.can_accept(frozenset())  # the panel's Accept stays disabled
    with pytest.raises(RuleViolation) as refused:
        desk.counter.accept(request_id, frozenset())
    assert refused.value.template == UNPAID
    assert desk.counter.view(request_id).state is RequestState.IN_REVIEW


def test_a_request_from_a_server_older_than_payments_shows_none(desk: Station) -> None:
    request_id = desk.with_verdict(Verdict.MATCH)
    desk.counter.open(request_id)
    with desk.context.sessions.begin() as session:
        session.get_one(Request, request_id).payment = None
    view = desk.counter.view(request_id)
    assert view.payment is None and view.can_accept(frozenset())  # the server checks it


def test_a_reversed_payment_withdraws_the_open_request_at_the_next_pull(
    desk: Station,
) -> None:
    url = desk.server.url
    request_id = paid_request(url, "P-REV-1", "MTN-REV-0001")
    events = EventHub()
    heard: list[object] = []
    events.subscribe(heard.append)
    puller = Puller(desk.client, desk.context.sessions, events)
    assert puller.pull().new == 1
    view = desk.counter.open(request_id)  # the clerk has it open
    assert view.state is RequestState.IN_REVIEW and view.payment is not None
    assert view.payment.reference == "MTN-REV-0001" and view.payment.paid

    reverse(url, "MTN-REV-0001")
    result = puller.pull()
    assert (result.withdrawn, result.reversed) == (1, 1)
    [pulled] = [e for e in heard if isinstance(e, Pulled) and e.withdrawn]
    assert pulled.reversed == 1  # the clerk is told why
    view = desk.counter.view(request_id)
    assert view.state is RequestState.WITHDRAWN and not view.steps
    assert view.payment is not None and view.payment.state is PaymentState.REVERSED
    assert "wallet dispute" in view.payment.note
    assert not view.can_accept(frozenset())
