"""The HTTP API's behaviour, in process (FastAPI's TestClient)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from central.db import DecisionRow, IdempotencyRow, make_engine, read_session
from clerk_desk.api import MAX_BODY_BYTES, ActionOut, ClaimOut, LoginOut, RejectionList, RequestPage
from tests.central.conftest import accepting

if TYPE_CHECKING:
    from tests.central.conftest import Api


def key() -> str:
    return uuid.uuid4().hex


def first_assigned(api: Api, headers: dict[str, str]) -> str:
    items, _ = api.pull_all(headers)
    return next(item["id"] for item in items if item["status"] == "assigned")


def accept(request_id: str, idempotency_key: str | None = None) -> dict[str, Any]:
    return accepting(idempotency_key)


def reject(idempotency_key: str | None = None, **extra: Any) -> dict[str, Any]:
    body = {
        "idempotency_key": idempotency_key or key(),
        "outcome": "reject",
        "reason_code": "data_mismatch",
        "reason_text": "اسم الأم لا يطابق السجل المدني",
        "comparison": {"mother_name": {"verdict": "different"}},
        "registry_snapshot": {"mother_name": "فاطمة الحلبي"},
    }
    body.update(extra)
    return body


# --- log-in -----------------------------------------------------------------------------


def test_login_with_the_demo_password_returns_a_token_and_the_center(api: Api) -> None:
    answer = api.post(
        "/login", json={"username": "dam.clerk1", "password": "demo", "workstation": "W1"}
    )
    assert answer.status_code == 200
    login = LoginOut.model_validate(answer.json())
    assert login.user.role == "clerk"
    assert login.user.center.code == "DAM"
    assert login.user.center.city_ar == "دمشق"
    assert login.expires_at > api.clock.now


@pytest.mark.parametrize(
    ("username", "password"), [("dam.clerk1", "wrong"), ("nobody", "demo"), ("DAM.CLERK1", "demo")]
)
def test_login_refuses_a_wrong_user_or_password(api: Api, username: str, password: str) -> None:
    answer = api.post("/login", json={"username": username, "password": password})
    assert answer.status_code == 401
    assert answer.json()["detail"] == "wrong user name or password"


def test_login_refuses_unknown_keys(api: Api) -> None:
    answer = api.post("/login", json={"username": "dam.clerk1", "password": "demo", "admin": True})
    assert answer.status_code == 422


@pytest.mark.parametrize(
    "headers", [None, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}]
)
def test_calls_without_a_valid_token_get_401(api: Api, headers: dict[str, str] | None) -> None:
    answer = api.get("/requests", headers)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert isinstance(answer.json()["detail"], str)


def test_an_expired_token_gets_401(api: Api) -> None:
    headers = api.login("dam.clerk1")
    api.clock.advance(hours=13)
    answer = api.get("/requests", headers)
    assert answer.status_code == 401
    assert "expired" in answer.json()["detail"]


def test_health_needs_no_token(api: Api) -> None:
    assert api.get("/health").json() == {"status": "ok"}


# --- pulling ----------------------------------------------------------------------------


def test_a_clerk_pulls_only_the_own_center(api: Api) -> None:
    dam, _ = api.pull_all(api.login("dam.clerk1"))
    alp, _ = api.pull_all(api.login("alp.clerk2"))
    assert len(dam) >= 25
    assert {item["center_code"] for item in dam} == {"DAM"}
    assert {item["center_code"] for item in alp} == {"ALP"}
    assert all(item["id"].startswith("DAM-") for item in dam)


def test_pages_follow_the_cursor_without_gaps_or_repeats(api: Api) -> None:
    headers = api.login("dam.clerk1")
    everything, _ = api.pull_all(headers)
    seen: list[str] = []
    since = None
    while True:
        params: dict[str, Any] = {"limit": 7}
        if since:
            params["since"] = since
        page = RequestPage.model_validate(api.get("/requests", headers, params=params).json())
        seen += [item.id for item in page.items]
        since = page.cursor
        if not page.more:
            break
    assert seen == [item["id"] for item in everything]


def test_the_cursor_returns_only_what_changed(api: Api) -> None:
    headers = api.login("dam.clerk1")
    _, cursor = api.pull_all(headers)
    assert api.get("/requests", headers, params={"since": cursor}).json()["items"] == []

    request_id = first_assigned(api, headers)
    assert api.post(f"/requests/{request_id}/claim", headers).status_code == 200
    changed, cursor2 = api.pull_all(headers, since=cursor)
    assert [item["id"] for item in changed] == [request_id]
    assert changed[0]["claimed_by"] == "dam.clerk1"
    assert api.pull_all(headers, since=cursor2)[0] == []


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1001}, {"since": "garbage"}])
def test_bad_pull_parameters_get_422(api: Api, params: dict[str, Any]) -> None:
    assert api.get("/requests", api.login("dam.clerk1"), params=params).status_code == 422


def test_one_request_of_another_center_is_forbidden(api: Api) -> None:
    alp_id = first_assigned(api, api.login("alp.clerk1"))
    dam = api.login("dam.clerk1")
    answer = api.get(f"/requests/{alp_id}", dam)
    assert answer.status_code == 403
    assert "ALP" in answer.json()["detail"]
    assert api.get("/requests/DAM-999999", dam).status_code == 404
    dam_id = first_assigned(api, dam)
    assert api.get(f"/requests/{dam_id}", dam).json()["id"] == dam_id


# --- claims -----------------------------------------------------------------------------


def test_two_clerks_cannot_claim_the_same_request(api: Api) -> None:
    first, second = api.login("dam.clerk1"), api.login("dam.clerk2")
    request_id = first_assigned(api, first)
    claim = ClaimOut.model_validate(api.post(f"/requests/{request_id}/claim", first).json())
    assert claim.claimed_by == "dam.clerk1"

    refused = api.post(f"/requests/{request_id}/claim", second)
    assert refused.status_code == 409
    assert "dam.clerk1" in refused.json()["detail"]

    # The holder renews; after the lease runs out the other clerk may take it.
    api.clock.advance(seconds=60)
    renewed = ClaimOut.model_validate(api.post(f"/requests/{request_id}/claim", first).json())
    assert renewed.lease_expires_at > claim.lease_expires_at
    api.clock.advance(seconds=api.lease_seconds + 1)
    taken = api.post(f"/requests/{request_id}/claim", second)
    assert taken.status_code == 200
    assert taken.json()["claimed_by"] == "dam.clerk2"


def test_release_frees_the_request_for_another_clerk(api: Api) -> None:
    first, second = api.login("dam.clerk1"), api.login("dam.clerk2")
    request_id = first_assigned(api, first)
    api.post(f"/requests/{request_id}/claim", first)
    assert api.delete(f"/requests/{request_id}/claim", second).status_code == 409
    assert api.delete(f"/requests/{request_id}/claim", first).status_code == 204
    assert api.delete(f"/requests/{request_id}/claim", first).status_code == 204  # no-op
    assert api.post(f"/requests/{request_id}/claim", second).status_code == 200


def test_a_supervisor_cannot_claim(api: Api) -> None:
    supervisor = api.login("dam.supervisor")
    request_id = first_assigned(api, supervisor)
    assert api.post(f"/requests/{request_id}/claim", supervisor).status_code == 403


# --- decisions --------------------------------------------------------------------------


def test_a_decision_needs_the_lease(api: Api) -> None:
    first, second = api.login("dam.clerk1"), api.login("dam.clerk2")
    request_id = first_assigned(api, first)
    unclaimed = api.post(f"/requests/{request_id}/decision", first, json=accept(request_id))
    assert unclaimed.status_code == 409
    assert "claim" in unclaimed.json()["detail"]

    api.post(f"/requests/{request_id}/claim", second)
    held = api.post(f"/requests/{request_id}/decision", first, json=accept(request_id))
    assert held.status_code == 409
    assert "dam.clerk2" in held.json()["detail"]


def test_accept_then_issue(api: Api) -> None:
    clerk = api.login("dam.clerk1", workstation="W1")
    request_id = api.acceptable()[0]
    assert api.open(request_id, clerk).status_code == 200
    accepted = ActionOut.model_validate(
        api.post(f"/requests/{request_id}/decision", clerk, json=accept(request_id)).json()
    )
    assert accepted.status == "accepted"
    document_number, tracking_number = api.numbers(clerk)
    issuance = {
        "idempotency_key": key(),
        "document_number": document_number,
        "tracking_number": tracking_number,
        "document_sha256": "a" * 64,
        "envelope_sha256": "b" * 64,
    }
    printed = api.post(f"/requests/{request_id}/issuance", clerk, json=issuance)
    assert printed.status_code == 200, printed.text
    assert printed.json()["status"] == "printed"
    # A reprint is recorded with a new key and new numbers, and stays printed.
    document_number, tracking_number = api.numbers(clerk)
    reprint = api.post(
        f"/requests/{request_id}/issuance",
        clerk,
        json={
            **issuance,
            "idempotency_key": key(),
            "document_number": document_number,
            "tracking_number": tracking_number,
        },
    )
    assert reprint.json()["status"] == "printed"
    # A second decision on an accepted request is refused.
    again = api.post(f"/requests/{request_id}/decision", clerk, json=accept(request_id))
    assert again.status_code == 409


def test_issuance_needs_an_accepted_request(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_assigned(api, clerk)
    body = {
        "idempotency_key": key(),
        "document_number": "X1",
        "document_sha256": "a" * 64,
        "envelope_sha256": "b" * 64,
    }
    answer = api.post(f"/requests/{request_id}/issuance", clerk, json=body)
    assert answer.status_code == 409
    assert "assigned" in answer.json()["detail"]


def test_a_rejection_needs_a_reason(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_assigned(api, clerk)
    api.post(f"/requests/{request_id}/claim", clerk)
    missing = api.post(f"/requests/{request_id}/decision", clerk, json=reject(reason_code=None))
    assert missing.status_code == 422
    assert "reason" in missing.json()["detail"]
    unknown = api.post(f"/requests/{request_id}/decision", clerk, json=reject(reason_code="whim"))
    assert unknown.status_code == 422


def test_a_rejection_without_text_gets_the_catalogue_sentence(api: Api) -> None:
    clerk, supervisor = api.login("dam.clerk1"), api.login("dam.supervisor")
    request_id = first_assigned(api, clerk)
    api.post(f"/requests/{request_id}/claim", clerk)
    answer = api.post(f"/requests/{request_id}/decision", clerk, json=reject(reason_text=""))
    assert answer.json()["status"] == "rejected"
    queue = RejectionList.model_validate(api.get("/reviews", supervisor).json())
    mine = next(item for item in queue.items if item.request.id == request_id)
    assert mine.reason_text.startswith("البيانات المدخلة")
    assert mine.decided_by == "dam.clerk1"
    assert mine.decided_by_name == "رنا محمود الشامي"  # the supervisor reads names
    # No registry record was fetched: the server keeps no evidence of its own, and what the
    # workstation sent is kept apart, as the workstation's.
    assert mine.registry_snapshot == {}
    assert mine.comparison == {}
    assert mine.workstation_comparison == {"mother_name": {"verdict": "different"}}
    assert mine.request.claimed_by is None


def test_a_clerk_cannot_decide_for_another_center(api: Api) -> None:
    alp_id = first_assigned(api, api.login("alp.clerk1"))
    answer = api.post(f"/requests/{alp_id}/decision", api.login("dam.clerk1"), json=accept(alp_id))
    assert answer.status_code == 403


def test_a_repeated_key_returns_the_original_answer(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_assigned(api, clerk)
    api.post(f"/requests/{request_id}/claim", clerk)
    body = reject()
    first = api.post(f"/requests/{request_id}/decision", clerk, json=body)
    api.clock.advance(minutes=5)
    second = api.post(f"/requests/{request_id}/decision", clerk, json=body)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()

    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            decisions = session.scalars(
                select(DecisionRow).where(DecisionRow.request_id == request_id)
            )
            assert len(list(decisions)) == 1
            assert session.get(IdempotencyRow, body["idempotency_key"]) is not None
    finally:
        engine.dispose()


def test_a_repeated_key_with_another_body_is_refused(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_assigned(api, clerk)
    api.post(f"/requests/{request_id}/claim", clerk)
    body = reject()
    assert api.post(f"/requests/{request_id}/decision", clerk, json=body).status_code == 200
    changed = {**body, "reason_text": "سبب آخر"}
    answer = api.post(f"/requests/{request_id}/decision", clerk, json=changed)
    assert answer.status_code == 409
    assert "idempotency key" in answer.json()["detail"]


# --- reviews ----------------------------------------------------------------------------


def rejected_in(api: Api, center: str) -> str:
    clerk = api.login(f"{center}.clerk1")
    request_id = api.acceptable(center.upper())[0]
    api.post(f"/requests/{request_id}/claim", clerk)
    answer = api.post(f"/requests/{request_id}/decision", clerk, json=reject())
    assert answer.status_code == 200, answer.text
    return request_id


def review(outcome: str, idempotency_key: str | None = None) -> dict[str, Any]:
    return {"idempotency_key": idempotency_key or key(), "outcome": outcome, "note": "راجعت"}


def test_a_clerk_cannot_review(api: Api) -> None:
    request_id = rejected_in(api, "dam")
    clerk = api.login("dam.clerk2")
    assert api.get("/reviews", clerk).status_code == 403
    answer = api.post(f"/reviews/{request_id}", clerk, json=review("uphold"))
    assert answer.status_code == 403
    assert "supervisor" in answer.json()["detail"]


def test_a_supervisor_of_another_center_cannot_review(api: Api) -> None:
    request_id = rejected_in(api, "dam")
    aleppo = api.login("alp.supervisor")
    answer = api.post(f"/reviews/{request_id}", aleppo, json=review("overturn"))
    assert answer.status_code == 403
    queue = RejectionList.model_validate(api.get("/reviews", aleppo).json())
    assert all(item.request.center_code == "ALP" for item in queue.items)
    assert request_id not in {item.request.id for item in queue.items}


def test_the_seeded_review_queue_is_not_empty(api: Api) -> None:
    queue = RejectionList.model_validate(api.get("/reviews", api.login("hms.supervisor")).json())
    assert queue.items
    assert all(item.reason_code == "data_mismatch" for item in queue.items)
    assert all(item.comparison for item in queue.items)


def test_overturn_returns_the_request_to_the_queue_and_the_next_pull(api: Api) -> None:
    request_id = rejected_in(api, "dam")
    clerk, supervisor = api.login("dam.clerk2"), api.login("dam.supervisor")
    _, cursor = api.pull_all(clerk)

    answer = api.post(f"/reviews/{request_id}", supervisor, json=review("overturn"))
    assert answer.status_code == 200
    assert answer.json()["status"] == "assigned"

    changed, _ = api.pull_all(clerk, since=cursor)
    assert [(item["id"], item["status"], item["claimed_by"]) for item in changed] == [
        (request_id, "assigned", None)
    ]
    queue = api.get("/reviews", supervisor).json()["items"]
    assert request_id not in {item["request"]["id"] for item in queue}
    # Back in the queue: any clerk may claim and decide it again.
    assert api.open(request_id, clerk).status_code == 200
    decided = api.post(f"/requests/{request_id}/decision", clerk, json=accept(request_id))
    assert decided.json()["status"] == "accepted"


def test_uphold_is_final_and_idempotent(api: Api) -> None:
    request_id = rejected_in(api, "dam")
    supervisor = api.login("dam.supervisor")
    body = review("uphold")
    first = api.post(f"/reviews/{request_id}", supervisor, json=body)
    assert first.json()["status"] == "upheld"
    assert api.post(f"/reviews/{request_id}", supervisor, json=body).json() == first.json()
    again = api.post(f"/reviews/{request_id}", supervisor, json=review("overturn"))
    assert again.status_code == 409


# --- the edge ---------------------------------------------------------------------------


def test_an_oversized_body_is_refused_with_413(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = first_assigned(api, clerk)
    body = reject(reason_text="x" * (MAX_BODY_BYTES + 10))
    answer = api.post(f"/requests/{request_id}/decision", clerk, json=body)
    assert answer.status_code == 413
    assert "too large" in answer.json()["detail"]


def test_an_oversized_streamed_body_is_refused_with_413(api: Api) -> None:
    def chunks() -> Any:
        for _ in range(MAX_BODY_BYTES // 10_000 + 2):
            yield b"x" * 10_000

    answer = api.client.post("/api/v1/login", content=chunks())
    assert answer.status_code == 413


def test_malformed_json_gets_422_with_fastapi_detail(api: Api) -> None:
    answer = api.client.post(
        "/api/v1/login", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422
    assert isinstance(answer.json()["detail"], list)
    wrong_type = api.post("/login", json={"username": ["a"], "password": 3})
    assert wrong_type.status_code == 422


@pytest.mark.parametrize("number", ["123", "0123456789a", "01 23456789", "012345678901"])
def test_a_malformed_national_number_gets_422(api: Api, number: str) -> None:
    answer = api.get(f"/registry/{number}", api.login("dam.clerk1"))
    assert answer.status_code == 422
    assert "national number" in answer.json()["detail"]


def test_registry_lookup_of_the_subject_of_a_held_request(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    items, _ = api.pull_all(clerk)
    item = next(i for i in items if i["id"] == api.acceptable()[0])
    number = item["subject"]["national_number"]
    assert api.post(f"/requests/{item['id']}/claim", clerk).status_code == 200
    record = api.get(f"/registry/{number}", clerk)
    assert record.status_code == 200
    assert record.json()["national_number"] == number
    indic = number.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert api.get(f"/registry/{indic}", clerk).json()["national_number"] == number


def test_the_openapi_document_names_the_contract_models(api: Api) -> None:
    schemas = api.client.get("/openapi.json").json()["components"]["schemas"]
    for name in (
        "LoginOut",
        "RequestPage",
        "ClaimOut",
        "RegistryRecord",
        "ActionOut",
        "RejectionList",
    ):
        assert name in schemas
