"""Sealing, shelving for pickup and handing batches to the post, on the server."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from clerk_desk.api import DispatchOut
from tests.central.conftest import accepting
from tests.collectors import subject_json

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
    [item] = [i for i in api.pull_all(clerk)[0] if i["id"] == pickup]
    who = subject_json(item["subject"]["national_number"])
    handed = {"idempotency_key": key(), "received_by": "سامر الحلبي", "collector": who}
    supervisor = api.login("dam.supervisor")
    assert api.post(f"/requests/{pickup}/collected", supervisor, json=handed).status_code == 403
    assert api.post(f"/requests/{post}/collected", clerk, json=handed).status_code == 409
    no_name = {"idempotency_key": key(), "received_by": "", "collector": who}
    assert api.post(f"/requests/{pickup}/collected", clerk, json=no_name).status_code == 422
    done = api.post(f"/requests/{pickup}/collected", clerk, json=handed)
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "collected"  # its last state
    assert api.post(f"/requests/{pickup}/collected", clerk, json=handed).json() == done.json()
    again = {"idempotency_key": key(), "received_by": "سامر الحلبي", "collector": who}
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


def printed_with(api: Api, clerk: dict[str, str], kinds: set[str]) -> dict[str, Any]:
    """A pickup request whose papers include ``kinds`` (none: no power of attorney),
    taken to printed; its pulled item."""
    items, _ = api.pull_all(clerk)
    acceptable = set(api.acceptable())
    pickups = [i for i in items if i["id"] in acceptable and i["delivery"]["method"] == "pickup"]
    for skip, item in enumerate(pickups):
        papers = {a["kind"] for a in item["attachments"]}
        if (kinds <= papers) and (kinds or "power_of_attorney" not in papers):
            assert printed(api, clerk, "pickup", skip) == item["id"]
            return item
    raise AssertionError(f"no acceptable pickup request with {kinds} in the demo data")


def collect(api: Api, clerk: dict[str, str], request_id: str, **collector: Any) -> Any:
    body = {"idempotency_key": key(), "received_by": "رامي العلي", "collector": collector}
    return api.post(f"/requests/{request_id}/collected", clerk, json=body)


def test_the_server_checks_who_collects_with_the_core_s_rule(api: Api) -> None:
    clerk = api.login("dam.clerk1", workstation="W1")
    item = printed_with(api, clerk, set())
    request_id, number = item["id"], item["subject"]["national_number"]
    seal(api, clerk, request_id)
    shelved = api.post(
        f"/requests/{request_id}/pickup-ready",
        clerk,
        json={"idempotency_key": key(), "shelf_slot": "A-01"},
    )
    assert shelved.status_code == 200, shelved.text
    [pulled] = [i for i in api.pull_all(clerk)[0] if i["id"] == request_id]
    assert pulled["shelf_slot"] == "A-01" and pulled["shelved_at"] is not None

    # A workstation that does not say who collects is refused, whatever the name.
    old = api.post(
        f"/requests/{request_id}/collected",
        clerk,
        json={"idempotency_key": key(), "received_by": "رامي العلي"},
    )
    assert old.status_code == 422 and old.json()["code"] == "collector_unidentified"
    card = {"id_document": "national_id_card"}
    refusals = [
        ({"role": "other", **card, "id_number": number}, 403, "collector_not_entitled"),
        ({"role": "subject", **card, "id_number": "99999999999"}, 403, "collector_not_subject"),
        ({"role": "subject", **card, "id_number": "123"}, 422, "collector_id_card_shape"),
        (
            {
                "role": "attorney",
                "id_document": "passport",
                "id_number": "N01234567",
                "poa_number": "1234/2026",
                "poa_date": "2026-01-05",
            },
            403,
            "no_power_of_attorney",
        ),
    ]
    for collector, code, refusal in refusals:
        answer = collect(api, clerk, request_id, **collector)
        assert (answer.status_code, answer.json()["code"]) == (code, refusal), collector
        assert number not in answer.text  # a refusal names no document number
    assert status(api, clerk, request_id) == "awaiting_pickup"
    # The subject's card, its number in Arabic-Indic digits and grouped: handed over.
    arabic = number.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    done = collect(api, clerk, request_id, role="subject", **card, id_number=arabic)
    assert done.status_code == 200, done.text
    [pulled] = [i for i in api.pull_all(clerk)[0] if i["id"] == request_id]
    assert pulled["status"] == "collected" and pulled["shelf_slot"] is None  # slot freed


def test_an_attorney_collects_with_the_power_among_the_papers(api: Api) -> None:
    clerk = api.login("dam.clerk1", workstation="W1")
    item = printed_with(api, clerk, {"power_of_attorney"})
    request_id = item["id"]
    [paper] = [a["id"] for a in item["attachments"] if a["kind"] == "power_of_attorney"]
    seal(api, clerk, request_id)
    # Another desk already put an envelope in A-01: the server gives the next free slot.
    other = printed_with(api, clerk, set())["id"]
    seal(api, clerk, other)
    for rid in (other, request_id):
        body = {"idempotency_key": key(), "shelf_slot": "A-01"}
        assert api.post(f"/requests/{rid}/pickup-ready", clerk, json=body).status_code == 200
    slots = {i["id"]: i["shelf_slot"] for i in api.pull_all(clerk)[0]}
    assert (slots[other], slots[request_id]) == ("A-01", "A-02")
    attorney = {
        "role": "attorney",
        "id_document": "passport",
        "id_number": "N01234567",
        "poa_number": "1234/2026",
        "poa_date": "2026-01-05",
    }
    wrong_paper = collect(api, clerk, request_id, **attorney, poa_attachment=paper + 100_000)
    assert wrong_paper.json()["code"] == "not_its_power_of_attorney"
    future = collect(api, clerk, request_id, **{**attorney, "poa_date": "2099-01-01"})
    assert future.json()["code"] == "power_of_attorney_date"
    done = collect(api, clerk, request_id, **attorney, poa_attachment=paper)
    assert done.status_code == 200, done.text
    assert status(api, clerk, request_id) == "collected"
