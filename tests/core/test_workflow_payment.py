"""The workstation keeps each request's payment as pulled, and refuses to accept a request
whose fee is not in the paid state (the core's rule, which the server checks again)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import workflow
from clerk_desk.decision_rules import UNPAID
from clerk_desk.states import RequestState
from clerk_desk.store.db import open_store
from clerk_desk.store.models import Request
from clerk_desk.workflow import RuleViolation
from tests.core.test_workflow import CLERK, REGISTRY, T0, put, request_out, status
from tests.store_keys import TEST_STORE_KEY


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    yield factory
    factory.kw["bind"].dispose()


def payment(state: str) -> dict[str, Any]:
    return {
        "amount": 7500,
        "channel": "syriatel_cash",
        "reference": "SYC-778812",
        "paid_at": T0 - timedelta(days=1),
        "state": state,
    }


def opened(sessions: sessionmaker[Session], state: str | None) -> None:
    extra = {"payment": payment(state)} if state is not None else {}
    put(sessions, request_out("DAM-000001", **extra))
    with sessions.begin() as session:
        workflow.record_claim(session, CLERK, "DAM-000001", T0 + timedelta(minutes=15))
        workflow.record_snapshot(session, CLERK, "DAM-000001", REGISTRY)


def test_the_store_keeps_the_payment_as_pulled(sessions: sessionmaker[Session]) -> None:
    opened(sessions, "paid")
    with sessions() as session:
        stored = session.get_one(Request, "DAM-000001").payment
    assert stored is not None
    assert (stored["amount"], stored["channel"], stored["reference"], stored["state"]) == (
        7500, "syriatel_cash", "SYC-778812", "paid",
    )  # fmt: skip
    # A later pull says the refund was ordered: the store follows.
    put(sessions, request_out("DAM-000001", payment=payment("refund_ordered")))
    with sessions() as session:
        assert workflow.payment_state(session.get_one(Request, "DAM-000001")) == "refund_ordered"


def test_a_paid_request_is_accepted(sessions: sessionmaker[Session]) -> None:
    opened(sessions, "paid")
    with sessions.begin() as session:
        workflow.accept(session, CLERK, "DAM-000001")
    assert status(sessions) == "accepted"


@pytest.mark.parametrize("state", ["refund_ordered", "refunded", "reversed"])
def test_an_unpaid_request_is_refused_and_nothing_is_recorded(
    sessions: sessionmaker[Session], state: str
) -> None:
    opened(sessions, state)
    before = status(sessions)
    with pytest.raises(RuleViolation) as refused, sessions.begin() as session:
        workflow.accept(session, CLERK, "DAM-000001")
    assert refused.value.template == UNPAID
    assert status(sessions) == before == "in_review"


def test_a_request_pulled_without_a_payment_is_left_to_the_server(
    sessions: sessionmaker[Session],
) -> None:
    opened(sessions, None)
    with sessions.begin() as session:
        workflow.accept(session, CLERK, "DAM-000001")
    assert status(sessions) == "accepted"


def test_a_pull_counts_the_requests_withdrawn_for_a_reversed_payment(
    sessions: sessionmaker[Session],
) -> None:
    put(
        sessions,
        request_out("DAM-000001", payment=payment("paid")),
        request_out("DAM-000002", payment=payment("paid") | {"reference": "MTN-000002"}),
        request_out("DAM-000003"),
    )
    withdrawn = RequestState.WITHDRAWN
    result = put(
        sessions,
        request_out("DAM-000001", status=withdrawn, payment=payment("reversed")),
        request_out("DAM-000002", status=withdrawn, payment=payment("paid")),  # reassigned
        request_out("DAM-000003", status=withdrawn),  # from a server older than payments
    )
    assert (result.withdrawn, result.reversed) == (3, 1)
    # Pulled again, nothing changes: nobody is told twice.
    again = put(sessions, request_out("DAM-000001", status=withdrawn, payment=payment("reversed")))
    assert (again.withdrawn, again.reversed) == (0, 0)
