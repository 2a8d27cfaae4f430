"""Numbers are the server's: blocks per workstation, the check of each issuance against
them, and a supervisor's recovery of a workstation whose store was lost."""

from __future__ import annotations

from typing import Any

from clerk_desk.tracking import make_tracking_number
from tests.central.conftest import Api
from tests.central.test_app import accept, key


def _blocks(api: Api, headers: dict[str, str], held: list[dict[str, int]]) -> Any:
    return api.post("/workstations/blocks", headers, json={"held": held})


def _held(blocks: list[dict[str, Any]], **used: int) -> list[dict[str, int]]:
    return [
        {"block_id": b["block_id"], "used_through": used.get(b["kind"], b["used_through"])}
        for b in blocks
    ]


def _accepted(api: Api, clerk: dict[str, str], count: int) -> list[str]:
    ids = api.acceptable()[:count]
    for request_id in ids:
        assert api.open(request_id, clerk).status_code == 200
        decided = api.post(f"/requests/{request_id}/decision", clerk, json=accept(request_id))
        assert decided.status_code == 200, decided.text
    return ids


def _issue(
    api: Api, clerk: dict[str, str], request_id: str, document: str, tracking: str | None
) -> Any:
    return api.post(
        f"/requests/{request_id}/issuance",
        clerk,
        json={
            "idempotency_key": key(),
            "document_number": document,
            "tracking_number": tracking,
            "document_sha256": "a" * 64,
            "envelope_sha256": "b" * 64,
        },
    )


def test_each_workstation_holds_its_own_blocks_refilled_below_half(api: Api) -> None:
    one = api.login("dam.clerk1", workstation="W1")
    two = api.login("dam.clerk2", workstation="W2")
    lost_answer = _blocks(api, one, []).json()
    # The answer never reached the workstation: asking again gives the same blocks.
    first = _blocks(api, one, []).json()
    assert first["blocks"] == lost_answer["blocks"]
    assert first["block_size"] == 50 and first["refill_below"] == 25
    kinds = {b["kind"]: b for b in first["blocks"]}
    assert kinds["document"]["series"] == "DAM-2026-W1"
    assert kinds["tracking"]["series"] == "RR"
    assert kinds["document"]["last"] - kinds["document"]["first"] == 49
    other = {b["kind"]: b for b in _blocks(api, two, []).json()["blocks"]}
    # S10 serials are shared by every workstation: the ranges never overlap.
    assert other["tracking"]["first"] == kinds["tracking"]["last"] + 1
    assert other["document"]["series"] == "DAM-2026-W2"

    # Half used: nothing new. Past half: a second block of that kind only.
    held = _held(first["blocks"], document=kinds["document"]["first"] + 24)
    assert len(_blocks(api, one, held).json()["blocks"]) == 2
    held = _held(first["blocks"], document=kinds["document"]["first"] + 25)
    refilled = _blocks(api, one, held).json()["blocks"]
    documents = sorted(b["first"] for b in refilled if b["kind"] == "document")
    assert documents == [kinds["document"]["first"], kinds["document"]["last"] + 1]

    # Used up: the block is closed, and no longer answered as held.
    used_up = [
        {**h, "used_through": kinds["document"]["last"]}
        if h["block_id"] == kinds["document"]["block_id"]
        else h
        for h in _held(refilled)
    ]
    after = _blocks(api, one, used_up).json()["blocks"]
    assert kinds["document"]["block_id"] not in {b["block_id"] for b in after}
    listed = api.get("/workstations/W1/blocks", api.login("dam.supervisor")).json()["items"]
    closed = [b for b in listed if b["block_id"] == kinds["document"]["block_id"]]
    assert closed[0]["close_reason"] == "used_up" and closed[0]["closed_by"] == "dam.clerk1"


def test_the_server_refuses_a_number_used_or_outside_the_blocks(api: Api) -> None:
    clerk = api.login("dam.clerk1", workstation="W1")
    first, second, third = _accepted(api, clerk, 3)
    document, tracking = api.numbers(clerk)
    assert _issue(api, clerk, first, document, tracking).status_code == 200

    # The same document number on another request: refused, whatever the tracking number.
    _, fresh_tracking = api.numbers(clerk)
    twice = _issue(api, clerk, second, document, fresh_tracking)
    assert twice.status_code == 409
    assert twice.json()["code"] == "document_number_used"
    assert twice.json()["values"] == {"number": document, "request_id": first}
    # The same tracking number: refused too.
    fresh_document, _ = api.numbers(clerk)
    again = _issue(api, clerk, second, fresh_document, tracking)
    assert (again.status_code, again.json()["code"]) == (409, "tracking_number_used")

    # Numbers outside this workstation's blocks: another workstation's, or made up.
    other = api.login("dam.clerk2", workstation="W2")
    theirs, their_tracking = api.numbers(other)
    for number, envelope in (
        (theirs, None),
        ("DAM-2026-W1-900000", None),
        ("DAM-D-0001", None),
        (document[:-6] + "0" + document[-6:], None),  # an issued number, one zero longer
        (fresh_document, their_tracking),
        (fresh_document, make_tracking_number("RR", 99_000_000)),
    ):
        outside = _issue(api, clerk, second, number, envelope)
        assert outside.status_code == 409, (number, envelope)
        assert outside.json()["code"] == "number_outside_blocks"
    # None of the refusals changed anything: the request still takes its own numbers.
    assert _issue(api, clerk, second, fresh_document, fresh_tracking).status_code == 200
    assert _issue(api, clerk, third, *api.numbers(clerk)).status_code == 200
    # A log-in without a workstation's name holds no numbers.
    nameless = api.login("dam.clerk1")
    assert _blocks(api, nameless, []).json()["code"] == "no_workstation_named"


def test_a_lost_store_is_recognised_and_recovered_by_a_supervisor(api: Api) -> None:
    clerk = api.login("dam.clerk1", workstation="W1")
    [printed, later] = _accepted(api, clerk, 2)
    document, tracking = api.numbers(clerk)
    assert _issue(api, clerk, printed, document, tracking).status_code == 200
    old = {b["kind"]: b for b in _blocks(api, clerk, _held_of(api, clerk)).json()["blocks"]}

    # The store is gone: the workstation says it holds nothing.
    lost = _blocks(api, clerk, [])
    assert lost.status_code == 409
    assert lost.json()["code"] == "workstation_store_mismatch"
    assert lost.json()["values"] == {"workstation": "W1"}

    # Only a supervisor recovers it.
    refused = api.post("/workstations/recovery", clerk, json={"workstation": "W1"})
    assert refused.status_code == 403
    supervisor = api.login("dam.supervisor")
    recovered = api.post("/workstations/recovery", supervisor, json={"workstation": "W1"})
    assert recovered.status_code == 200, recovered.text
    answer = recovered.json()
    assert {b["block_id"] for b in answer["closed"]} == {b["block_id"] for b in old.values()}
    assert all(b["close_reason"] == "store_lost" for b in answer["closed"])
    assert answer["issued"] == 1 and answer["recovered_by"] == "dam.supervisor"
    issued = api.get("/workstations/W1/issuances", supervisor).json()["items"]
    assert [(i["document_number"], i["tracking_number"]) for i in issued] == [(document, tracking)]

    # The recovered store holds new blocks, after the old ones: no number comes back.
    fresh = {b["kind"]: b for b in _blocks(api, clerk, []).json()["blocks"]}
    assert fresh["document"]["first"] == old["document"]["last"] + 1
    assert fresh["tracking"]["first"] > old["tracking"]["last"]
    # An unused number of a closed block is never issued (a copy of the old store).
    unused = f"DAM-2026-W1-{old['document']['used_through'] + 1:06d}"
    closed = _issue(api, clerk, later, unused, None)
    assert (closed.status_code, closed.json()["code"]) == (409, "number_block_closed")
    # Reporting a closed block as held is the old store speaking: refused.
    stale = _blocks(api, clerk, [{"block_id": old["document"]["block_id"], "used_through": 0}])
    assert stale.json()["code"] == "workstation_store_mismatch"


def _held_of(api: Api, headers: dict[str, str]) -> list[dict[str, int]]:
    return [
        {"block_id": block_id, "used_through": used}
        for block_id, used in api.used[headers["Authorization"]].items()
    ]
