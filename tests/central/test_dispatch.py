"""Sealing, shelving for pickup and handing batches to the post, on the server."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from clerk_desk.api import DispatchOut
from tests.central.conftest import accepting

if TYPE_CHECKING:
    from tests.central.conftest import Api


def key() -> str:
    return uuid.uuid4().hex


def printed(api: Api, clerk: dict[str, str], method: str = "post", skip: int = 0) -> str:
    """An assigned request of the given delivery method, taken to printed by this clerk."""
    items, _ = api.pull_all(clerk)
    acceptable = set(api.acceptable())
    ids = [i["id"] for i in items if i["id"] in acceptable and i["delivery"]["method"] == method]
    request_id = ids[skip]
    assert api.open(request_id, clerk).status_code == 200
    decided = api.post(f"/requests/{request_id}/decision", clerk, json=accepting())
    assert decided.status_code == 200, decided.text
    issued = api.post(
        f"/requests/{request_id}/issuance",
        clerk,
        json={
            "idempotency_key": key(),
            "document_number": api.numbers(clerk)[0],
            "document_sha256": "a" * 64,
            "envelope_sha256": "b" * 64,
        },
    )
    assert issued.status_code == 200, issued.text
    return request_id


def seal(api: Api, clerk: dict[str, str], request_id: str) -> Any:
    return api.post(f"/requests/{request_id}/seal", clerk, json={"idempotency_key": key()})


def dispatch_body(request_ids: list[str], batch_id: str = "DAM-2026-W1-D0001") -> dict[str, Any]:
    return {
        "idempotency_key": key(),
        "batch_id": batch_id,
        "courier_name": "سامر الأحمد",
        "request_ids": request_ids,
    }


def status(api: Api, clerk: dict[str, str], request_id: str) -> str:
    answer = api.get(f"/requests/{request_id}", clerk)
    assert answer.status_code == 200
    return str(answer.json()["status"])


def test_seal_then_dispatch_a_batch(api: Api) -> None:
    clerk = api.login("dam.clerk1", workstation="W1")
    a, b = printed(api, clerk), printed(api, clerk, skip=1)
    for request_id in (a, b):
        sealed = seal(api, clerk, request_id)
        assert sealed.status_code == 200, sealed.text
        assert sealed.json()["status"] == "sealed"
    _, cursor = api.pull_all(clerk)
    body = dispatch_body([a, b])
    answer = api.post("/dispatches", clerk, json=body)
    assert answer.status_code == 200, answer.text
    out = DispatchOut.model_validate(answer.json())
    assert out.request_ids == [a, b] and out.status == "dispatched"
    assert status(api, clerk, a) == status(api, clerk, b) == "dispatched"
    changed, _ = api.pull_all(clerk, cursor)
    assert {i["id"] for i in changed} == {a, b}
    # the same key again: the same answer, nothing recorded twice
    again = api.post("/dispatches", clerk, json=body)
    assert again.status_code == 200 and again.json() == answer.json()
    # the same key with another body, or the batch id under a new key: refused
    assert api.post("/dispatches", clerk, json={**body, "courier_name": "x"}).status_code == 409
    assert api.post("/dispatches", clerk, json=dispatch_body([a])).status_code == 409


def test_a_dispatch_with_one_unsealed_request_changes_nothing(api: Api) -> None:
    clerk = api.login("dam.clerk1", workstation="W1")
    a, b = printed(api, clerk), printed(api, clerk, skip=1)
    seal(api, clerk, a)
    answer = api.post("/dispatches", clerk, json=dispatch_body([a, b]))
    assert answer.status_code == 409
    assert b in answer.json()["detail"]
    assert status(api, clerk, a) == "sealed"


def test_pickup_envelopes_are_shelved_not_posted(api: Api) -> None:
    clerk = api.login("dam.clerk1", workstation="W1")
    pickup, post = printed(api, clerk, "pickup"), printed(api, clerk)
    seal(api, clerk, pickup)
    seal(api, clerk, post)
    assert api.post("/dispatches", clerk, json=dispatch_body([pickup])).status_code == 409
    wrong = api.post(f"/requests/{post}/pickup-ready", clerk, json={"idempotency_key": key()})
    assert wrong.status_code == 409
    body = {"idempotency_key": key()}
    shelved = api.post(f"/requests/{pickup}/pickup-ready", clerk, json=body)
    assert shelved.status_code == 200, shelved.text
    assert shelved.json()["status"] == "awaiting_pickup"
    replay = api.post(f"/requests/{pickup}/pickup-ready", clerk, json=body)
    assert replay.json() == shelved.json()

    # The citizen comes for it: handed over at the counter, to the name on their papers.
    handed = {"idempotency_key": key(), "received_by": "سامر الحلبي"}
    supervisor = api.login("dam.supervisor")
    assert api.post(f"/requests/{pickup}/collected", supervisor, json=handed).status_code == 403
    assert api.post(f"/requests/{post}/collected", clerk, json=handed).status_code == 409
    no_name = {"idempotency_key": key(), "received_by": ""}
    assert api.post(f"/requests/{pickup}/collected", clerk, json=no_name).status_code == 422
    done = api.post(f"/requests/{pickup}/collected", clerk, json=handed)
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "collected"  # its last state
    assert api.post(f"/requests/{pickup}/collected", clerk, json=handed).json() == done.json()
    again = {"idempotency_key": key(), "received_by": "سامر الحلبي"}
    twice = api.post(f"/requests/{pickup}/collected", clerk, json=again)
    assert twice.status_code == 409 and twice.json()["code"] == "already_collected"
    items, _ = api.pull_all(clerk)
    [pulled] = [item for item in items if item["id"] == pickup]
    assert pulled["status"] == "collected"  # every workstation of the center sees it
    assert pulled["collected_at"] is not None
    api.clock.advance(minutes=1)  # the shift's figures are counted up to now
    figures = api.get("/dashboard", supervisor).json()
    assert figures["collected"] == 1


def test_roles_centers_and_states_are_enforced(api: Api) -> None:
    clerk, supervisor = api.login("dam.clerk1", workstation="W1"), api.login("dam.supervisor")
    other = api.login("alp.clerk1", workstation="W1")
    request_id = printed(api, clerk)
    assert seal(api, supervisor, request_id).status_code == 403
    assert seal(api, other, request_id).status_code == 403
    assert api.post("/dispatches", other, json=dispatch_body([request_id])).status_code == 403
    assert api.post("/dispatches", clerk, json=dispatch_body([request_id])).status_code == 409
    assert seal(api, clerk, request_id).status_code == 200
    assert seal(api, clerk, request_id).status_code == 409  # already sealed
    repeated = dispatch_body([request_id, request_id])
    assert api.post("/dispatches", clerk, json=repeated).status_code == 422
    assert api.post("/dispatches", clerk, json=dispatch_body([])).status_code == 422
    assert api.post("/dispatches", clerk, json=dispatch_body(["DAM-999999"])).status_code == 404
