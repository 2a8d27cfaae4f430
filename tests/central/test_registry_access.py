"""The civil registry follows the work: a record only for the subject of a request the
caller holds under a live lease, refused the same way otherwise, every look-up recorded."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central.db import RegistryLookupRow, make_engine, read_session
from tests.central.conftest import Api
from tests.central.test_refusals import check_refusal

# In the demo registry (its numbers start with a governorate's code): nobody has it.
NOBODY = "99999999999"


def station(api: Api, username: str, workstation: str = "W1") -> dict[str, str]:
    answer = api.post(
        "/login", json={"username": username, "password": "demo", "workstation": workstation}
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def subjects(api: Api, headers: dict[str, str]) -> dict[str, str]:
    items, _ = api.pull_all(headers)
    return {item["id"]: item["subject"]["national_number"] for item in items}


def lookups(api: Api) -> list[tuple[str, str, str, str | None, str]]:
    """(user, workstation, number, request, answer) of every recorded look-up, in order."""
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            rows = session.scalars(select(RegistryLookupRow).order_by(RegistryLookupRow.id))
            return [
                (r.username, r.workstation, r.national_number, r.request_id, r.answer) for r in rows
            ]
    finally:
        engine.dispose()


def answer_of(response: httpx.Response) -> tuple[int, Any]:
    return response.status_code, response.json()


def test_a_claim_brings_the_subjects_record_and_is_recorded(api: Api) -> None:
    clerk = station(api, "dam.clerk1")
    request_id = api.acceptable()[0]
    number = subjects(api, clerk)[request_id]
    claim = api.open(request_id, clerk)
    assert claim.status_code == 200
    assert claim.json()["registry"]["national_number"] == number
    assert claim.json()["registry_answer"] == "found"
    assert api.post(f"/requests/{request_id}/claim", clerk).json()["registry"] is None
    assert lookups(api) == [("dam.clerk1", "W1", number, request_id, "found")]


def test_refused_look_ups_are_identical_whether_or_not_the_number_exists(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="central")
    clerk = station(api, "dam.clerk1", "W7")
    held, other = api.acceptable()[:2]
    numbers = subjects(api, clerk)
    no_lease = api.get(f"/registry/{numbers[held]}", clerk)  # a real person, no lease
    assert api.post(f"/requests/{held}/claim", clerk).status_code == 200
    another = api.get(f"/registry/{numbers[other]}", clerk)  # a real person, not the subject
    nobody = api.get(f"/registry/{NOBODY}", clerk)  # nobody at all
    supervisor = api.get(f"/registry/{numbers[held]}", station(api, "dam.supervisor"))
    check_refusal(no_lease, "registry_refused")
    assert answer_of(no_lease) == answer_of(another) == answer_of(nobody) == answer_of(supervisor)
    assert no_lease.content == nobody.content  # byte for byte
    # The subject of the held request is answered, and every call above was recorded.
    assert api.get(f"/registry/{numbers[held]}", clerk).status_code == 200
    assert lookups(api) == [
        ("dam.clerk1", "W7", numbers[held], None, "refused"),
        ("dam.clerk1", "W7", numbers[other], None, "refused"),
        ("dam.clerk1", "W7", NOBODY, None, "refused"),
        ("dam.supervisor", "W1", numbers[held], None, "refused"),
        ("dam.clerk1", "W7", numbers[held], held, "found"),
    ]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "registry look-up by dam.clerk1" in logged
    for number in (numbers[held], numbers[other], NOBODY):
        assert number not in logged  # no national number in a log line


def test_a_lapsed_lease_no_longer_opens_the_registry(api: Api) -> None:
    clerk = station(api, "dam.clerk1")
    request_id = api.acceptable()[0]
    number = subjects(api, clerk)[request_id]
    assert api.post(f"/requests/{request_id}/claim", clerk).status_code == 200
    api.clock.advance(seconds=api.lease_seconds + 1)
    check_refusal(api.get(f"/registry/{number}", clerk), "registry_refused")


def test_supervisors_see_the_look_ups_of_a_request_and_those_without_a_decision(
    api: Api,
) -> None:
    clerk, boss = station(api, "dam.clerk1"), station(api, "dam.supervisor")
    decided, browsed = api.acceptable()[:2]
    assert api.open(decided, clerk).status_code == 200
    body = {"idempotency_key": "lookups-decided", "outcome": "reject", "reason_code": "other"}
    assert api.post(f"/requests/{decided}/decision", clerk, json=body).status_code == 200
    assert api.open(browsed, clerk).status_code == 200  # looked at, then handed back
    assert api.delete(f"/requests/{browsed}/claim", clerk).status_code == 204
    api.get(f"/registry/{NOBODY}", clerk)

    [review] = [
        i for i in api.get("/reviews", boss).json()["items"] if i["request"]["id"] == decided
    ]
    assert [(x["username"], x["workstation"], x["answer"]) for x in review["lookups"]] == [
        ("dam.clerk1", "W1", "found")
    ]
    report = api.get("/registry-lookups", boss)
    assert report.status_code == 200, report.text
    [figures] = [c for c in report.json()["clerks"] if c["clerk"] == "dam.clerk1"]
    assert (figures["lookups"], figures["without_decision"], figures["refused"]) == (3, 2, 1)
    assert [(x["request_id"], x["answer"]) for x in figures["items"]] == [
        (browsed, "found"),
        (None, "refused"),
    ]
    check_refusal(api.get("/registry-lookups", clerk), "wrong_role")
    assert all(
        c["clerk"] != "dam.clerk1"
        for c in api.get("/registry-lookups", station(api, "alp.supervisor")).json()["clerks"]
    )
