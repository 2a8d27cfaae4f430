"""A decision the server refuses by the core's rules leaves one record for the shift
supervisor (who tried, from which workstation, what, why, when) and nothing else: the
attempt to accept what the registry contradicts is the signal a supervisor most needs.

Everything goes through the real HTTP API, on the database the server runs on.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy import func, select

from central.db import (
    DecisionRow,
    IdempotencyRow,
    RefusedDecisionRow,
    RequestRow,
    make_engine,
    read_session,
)
from clerk_desk.comparison import Verdict
from clerk_desk.refusals import DECISION_RULES, REFUSALS
from tests.central.conftest import Api, accepting
from tests.central.test_decision_check import MADE_UP, first_with
from tests.central.test_refusals import check_refusal
from tests.central.test_registry_access import station


def refused_rows(api: Api) -> list[tuple[str, str, str, str, str]]:
    """(request, user, workstation, outcome, code) of every recorded refusal, in order."""
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            rows = session.scalars(select(RefusedDecisionRow).order_by(RefusedDecisionRow.id))
            return [(r.request_id, r.username, r.workstation, r.outcome, r.code) for r in rows]
    finally:
        engine.dispose()


def stored_of(api: Api, request_id: str) -> tuple[str, str | None, int, int]:
    """The request's status and holder, its decisions and idempotency records."""
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            row = session.get(RequestRow, request_id)
            assert row is not None
            decisions = session.scalar(
                select(func.count())
                .select_from(DecisionRow)
                .where(DecisionRow.request_id == request_id)
            )
            keys = session.scalar(
                select(func.count())
                .select_from(IdempotencyRow)
                .where(IdempotencyRow.request_id == request_id)
            )
            return row.status, row.claimed_by, decisions or 0, keys or 0
    finally:
        engine.dispose()


def clerk_figures(api: Api, headers: dict[str, str], clerk: str) -> dict[str, Any] | None:
    report = api.get("/registry-lookups", headers)
    assert report.status_code == 200, report.text
    return next((c for c in report.json()["clerks"] if c["clerk"] == clerk), None)


def decide(api: Api, headers: dict[str, str], request_id: str, body: dict[str, Any]) -> Any:
    return api.post(f"/requests/{request_id}/decision", headers, json=body)


def test_a_forged_acceptance_is_recorded_once_and_shown_to_its_centers_supervisor(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="central")
    clerk, boss = station(api, "dam.clerk1", "W7"), station(api, "dam.supervisor")
    request_id = first_with(api, Verdict.MISMATCH)
    opened = api.open(request_id, clerk)
    assert opened.status_code == 200
    before = stored_of(api, request_id)

    forged = accepting("forged-acceptance-1", **MADE_UP)
    check_refusal(decide(api, clerk, request_id, forged), "decision_mismatch")
    # The outbox sends the same message again: the same attempt, refused again, kept once.
    check_refusal(decide(api, clerk, request_id, forged), "decision_mismatch")

    assert refused_rows(api) == [(request_id, "dam.clerk1", "W7", "accept", "decision_mismatch")]
    assert stored_of(api, request_id) == before == ("assigned", "dam.clerk1", 0, 0)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert f"decision {request_id} accept by dam.clerk1 refused: decision_mismatch" in logged
    subject = opened.json()["registry"]
    for said in (subject["national_number"], subject["mother_name"], subject["last_name"]):
        assert said not in logged  # no national number or name in a log line

    figures = clerk_figures(api, boss, "dam.clerk1")
    assert figures is not None
    assert figures["refused_decisions"] == 1

    # The clerk then rejects it: the supervisor's review shows the refused acceptance.
    rejection = {"idempotency_key": "then-rejected", "outcome": "reject", "reason_code": "other"}
    assert decide(api, clerk, request_id, rejection).status_code == 200
    [review] = [
        i for i in api.get("/reviews", boss).json()["items"] if i["request"]["id"] == request_id
    ]
    assert [
        (a["username"], a["workstation"], a["request_id"], a["outcome"], a["code"])
        for a in review["refused_attempts"]
    ] == [("dam.clerk1", "W7", request_id, "accept", "decision_mismatch")]
    assert refused_rows(api) == [(request_id, "dam.clerk1", "W7", "accept", "decision_mismatch")]

    # A supervisor of another center sees none of it.
    other = station(api, "alp.supervisor")
    assert all(i["request"]["id"] != request_id for i in api.get("/reviews", other).json()["items"])
    assert clerk_figures(api, other, "dam.clerk1") is None
    check_refusal(api.get(f"/requests/{request_id}", other), "other_center")


def test_an_acceptance_without_a_look_up_counts_for_a_clerk_with_no_look_ups(api: Api) -> None:
    clerk, boss = station(api, "dam.clerk2", "W9"), station(api, "dam.supervisor")
    request_id = first_with(api, Verdict.MATCH)
    assert api.post(f"/requests/{request_id}/claim", clerk).status_code == 200  # no record
    check_refusal(decide(api, clerk, request_id, accepting()), "no_registry_lookup")

    assert refused_rows(api) == [(request_id, "dam.clerk2", "W9", "accept", "no_registry_lookup")]
    figures = clerk_figures(api, boss, "dam.clerk2")
    assert figures is not None
    assert (figures["lookups"], figures["refused_decisions"]) == (0, 1)

    # Opened properly and accepted: the four-eyes sample shows the earlier refusal beside it.
    assert api.open(request_id, clerk).status_code == 200
    assert decide(api, clerk, request_id, accepting()).status_code == 200
    sample = api.get("/acceptances/sample", boss, params={"share": 1.0})
    assert sample.status_code == 200, sample.text
    [item] = [i for i in sample.json()["items"] if i["request"]["id"] == request_id]
    assert [a["code"] for a in item["refused_attempts"]] == ["no_registry_lookup"]


def test_an_accepted_decision_records_no_refusal(api: Api) -> None:
    clerk, boss = station(api, "dam.clerk1"), station(api, "dam.supervisor")
    request_id = api.acceptable()[0]
    assert api.open(request_id, clerk).status_code == 200
    body = accepting()
    assert decide(api, clerk, request_id, body).status_code == 200
    assert decide(api, clerk, request_id, body).status_code == 200  # a replay
    assert refused_rows(api) == []
    figures = clerk_figures(api, boss, "dam.clerk1")
    assert figures is not None
    assert figures["refused_decisions"] == 0


def test_refusals_of_the_transport_or_the_input_are_no_attempt(api: Api) -> None:
    clerk = station(api, "dam.clerk1")
    request_id = first_with(api, Verdict.MISMATCH)
    check_refusal(decide(api, clerk, request_id, accepting(**MADE_UP)), "not_claimed")
    assert api.open(request_id, clerk).status_code == 200
    check_refusal(
        decide(api, clerk, request_id, {"idempotency_key": "no-reason", "outcome": "reject"}),
        "reason_required",
    )
    check_refusal(
        decide(api, station(api, "dam.supervisor"), request_id, accepting()), "wrong_role"
    )
    assert refused_rows(api) == []


def test_every_rule_recorded_is_a_decision_refusal_of_the_catalogue() -> None:
    assert set(DECISION_RULES) == {
        "decision_mismatch",
        "decision_unacknowledged",
        "acknowledgement_not_sent",
        "no_registry_lookup",
        "payment_not_paid",
    }
    assert all(REFUSALS[code].status == 409 for code in DECISION_RULES)


def test_a_forged_acceptance_of_an_unpaid_request_is_refused_and_recorded(api: Api) -> None:
    from central.db import write_session
    from central.payment_rows import PaymentRow

    clerk = station(api, "dam.clerk1", "W7")
    request_id = first_with(api, Verdict.MATCH)
    assert api.open(request_id, clerk).status_code == 200
    engine = make_engine(api.database_url)
    try:
        with write_session(engine) as session:
            payment = session.get_one(PaymentRow, request_id)
            payment.state = "refund_ordered"
            session.commit()
    finally:
        engine.dispose()
    check_refusal(decide(api, clerk, request_id, accepting("unpaid-1")), "payment_not_paid")
    assert refused_rows(api) == [(request_id, "dam.clerk1", "W7", "accept", "payment_not_paid")]
    assert stored_of(api, request_id)[0] == "assigned"
