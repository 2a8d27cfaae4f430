"""A decision forged by a workstation is refused by the server, which checks it again with
the core's rules and its own registry record, and stores its own evidence.

Each attack goes through the real HTTP API with nothing but a clerk's token; each is
refused with its catalogue code, and nothing changes on the server.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from central.db import DecisionRow, IdempotencyRow, make_engine, read_session
from clerk_desk.comparison import Verdict
from tests.central.conftest import Api, accepting
from tests.central.test_refusals import check_refusal

# What a forger posts: a "match" and a registry record of their own making.
MADE_UP = {
    "comparison": {"verdict": "match", "fields": {}},
    "registry_snapshot": {"national_number": "01234567890", "mother_name": "مزورة"},
}


def first_with(api: Api, verdict: Verdict) -> str:
    return next(i for i, v in api.verdicts().items() if v is verdict)


def nothing_recorded(api: Api, headers: dict[str, str], request_id: str, key: str) -> None:
    """The request is as it was (assigned, the clerk's lease), with no decision stored."""
    request = api.get(f"/requests/{request_id}", headers).json()
    assert request["status"] == "assigned"
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            decisions = session.scalar(
                select(func.count())
                .select_from(DecisionRow)
                .where(DecisionRow.request_id == request_id)
            )
            assert decisions == 0
            assert session.get(IdempotencyRow, key) is None
    finally:
        engine.dispose()


def decide(api: Api, headers: dict[str, str], request_id: str, body: dict[str, Any]) -> Any:
    return api.post(f"/requests/{request_id}/decision", headers, json=body)


def test_a_forged_match_on_a_mismatching_request_is_refused(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_with(api, Verdict.MISMATCH)
    assert api.open(request_id, clerk).status_code == 200
    body = accepting(**MADE_UP)
    check_refusal(decide(api, clerk, request_id, body), "decision_mismatch")
    nothing_recorded(api, clerk, request_id, body["idempotency_key"])


def test_an_acceptance_without_a_registry_look_up_is_refused(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_with(api, Verdict.MATCH)
    assert api.post(f"/requests/{request_id}/claim", clerk).status_code == 200  # no record
    body = accepting(**MADE_UP)
    values = check_refusal(decide(api, clerk, request_id, body), "no_registry_lookup")
    assert values == {"request_id": request_id}
    nothing_recorded(api, clerk, request_id, body["idempotency_key"])


def test_a_look_up_under_an_earlier_lease_does_not_count(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_with(api, Verdict.MATCH)
    assert api.open(request_id, clerk).status_code == 200
    assert api.delete(f"/requests/{request_id}/claim", clerk).status_code == 204
    assert api.post(f"/requests/{request_id}/claim", clerk).status_code == 200  # a new lease
    body = accepting()
    check_refusal(decide(api, clerk, request_id, body), "no_registry_lookup")
    nothing_recorded(api, clerk, request_id, body["idempotency_key"])
    # A renewal keeps the lease: the look-up made under it still counts.
    assert api.open(request_id, clerk).status_code == 200
    assert api.post(f"/requests/{request_id}/claim", clerk).status_code == 200
    assert decide(api, clerk, request_id, accepting()).status_code == 200


def test_another_clerks_look_up_does_not_count(api: Api) -> None:
    first, second = api.login("dam.clerk1"), api.login("dam.clerk2")
    request_id = first_with(api, Verdict.MATCH)
    assert api.open(request_id, first).status_code == 200
    assert api.delete(f"/requests/{request_id}/claim", first).status_code == 204
    assert api.post(f"/requests/{request_id}/claim", second).status_code == 200
    body = accepting()
    check_refusal(decide(api, second, request_id, body), "no_registry_lookup")
    nothing_recorded(api, second, request_id, body["idempotency_key"])


def test_an_unacknowledged_spelling_variant_is_refused(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_with(api, Verdict.ACKNOWLEDGE)
    claim = api.open(request_id, clerk)
    assert claim.status_code == 200 and claim.json()["registry_answer"] == "found"
    unticked = accepting(acknowledged_fields=[])
    values = check_refusal(decide(api, clerk, request_id, unticked), "decision_unacknowledged")
    assert values["names"]  # the fields still to confirm, by code
    nothing_recorded(api, clerk, request_id, unticked["idempotency_key"])
    # A workstation older than acknowledged_fields is told so, not misled.
    older = {"idempotency_key": uuid.uuid4().hex, "outcome": "accept"}
    check_refusal(decide(api, clerk, request_id, older), "acknowledgement_not_sent")
    nothing_recorded(api, clerk, request_id, older["idempotency_key"])
    # Every variant confirmed: accepted.
    ticked = accepting(acknowledged_fields=values["names"].split(", "))
    assert decide(api, clerk, request_id, ticked).json()["status"] == "accepted"


def test_the_stored_evidence_is_the_servers_and_supervisors_see_it(api: Api) -> None:
    clerk, boss = api.login("dam.clerk1"), api.login("dam.supervisor")
    request_id = first_with(api, Verdict.MATCH)
    record = api.open(request_id, clerk).json()["registry"]
    forged = {"verdict": "match", "fields": {}, "forged": True}
    body = accepting(comparison=forged, registry_snapshot={"mother_name": "مزورة"})
    assert decide(api, clerk, request_id, body).status_code == 200
    sample = api.get("/acceptances/sample", boss, params={"share": 1.0}).json()["items"]
    [mine] = [item for item in sample if item["request"]["id"] == request_id]
    assert mine["comparison"]["verdict"] == "match"
    assert "forged" not in mine["comparison"]
    assert mine["comparison"]["fields"]["mother_name"]["registry"] == record["mother_name"]
    assert mine["registry_snapshot"] == record
    assert mine["workstation_comparison"] == forged  # kept beside it, marked as the workstation's
    assert [(x["username"], x["answer"]) for x in mine["lookups"]] == [("dam.clerk1", "found")]


def test_a_rejection_is_kept_with_the_servers_comparison(api: Api) -> None:
    clerk, boss = api.login("dam.clerk1"), api.login("dam.supervisor")
    request_id = first_with(api, Verdict.MISMATCH)
    assert api.open(request_id, clerk).status_code == 200
    missing_reason = {"idempotency_key": uuid.uuid4().hex, "outcome": "reject"}
    check_refusal(decide(api, clerk, request_id, missing_reason), "reason_required")
    body = {
        "idempotency_key": uuid.uuid4().hex,
        "outcome": "reject",
        "reason_code": "data_mismatch",
        "reason_text": "لا يطابق",
        "comparison": {"verdict": "match"},
    }
    assert decide(api, clerk, request_id, body).status_code == 200
    queue = api.get("/reviews", boss).json()["items"]
    [mine] = [item for item in queue if item["request"]["id"] == request_id]
    assert mine["comparison"]["verdict"] == "mismatch"
    assert mine["workstation_comparison"] == {"verdict": "match"}
    assert [x["answer"] for x in mine["lookups"]] == ["found"]
