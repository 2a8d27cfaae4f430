"""The supervisor's dashboard counts the shift as the clerks worked it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from central.post_simulator import PostSimulator
from clerk_desk.api_outreach import UndeliverableReason
from tests.central.conftest import START, accept_matching
from tests.central.post_office import dispatched, post_office


def login(client: httpx.Client, username: str) -> dict[str, str]:
    token = client.post("/login", json={"username": username, "password": "demo"}).json()
    return {"Authorization": f"Bearer {token['token']}"}


def test_dashboard_counts_decisions_rejections_and_overturns(live_server: object) -> None:
    with httpx.Client(base_url=live_server.api_url, timeout=10) as client:  # type: ignore[attr-defined]
        clerk = login(client, "dam.clerk1")
        boss = login(client, "dam.supervisor")
        since = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
        answer = client.get("/dashboard", params={"since": since}, headers=boss)
        assert answer.status_code == 200, answer.text
        before = answer.json()
        pending = client.get("/requests", params={"limit": 1000}, headers=clerk).json()["items"]
        ids = [r["id"] for r in pending if r["status"] == "assigned"][:3]
        for n, request_id in enumerate(ids):
            assert client.post(f"/requests/{request_id}/claim", headers=clerk).status_code == 200
            body = {
                "idempotency_key": f"dash-{request_id}",
                "outcome": "reject",
                "reason_code": "data_mismatch" if n else "other",
                "reason_text": "سبب",
            }
            answer = client.post(f"/requests/{request_id}/decision", json=body, headers=clerk)
            assert answer.status_code == 200, answer.text
        overturn = {
            "idempotency_key": f"dash-review-{ids[0]}",
            "outcome": "overturn",
            "note": "الاختلاف إملائي",
        }
        assert client.post(f"/reviews/{ids[0]}", json=overturn, headers=boss).status_code == 200

        after = client.get("/dashboard", params={"since": since}, headers=boss).json()
        assert after["rejected"] == before["rejected"] + 3
        assert after["rejections_by_reason"]["data_mismatch"] == 2
        figures = {c["clerk"]: c for c in after["clerks"]}["dam.clerk1"]
        assert figures["rejected"] == 3 and figures["overturned"] == 1
        assert set(after["late_now"]) == {"fast", "slow"}

        assert client.get("/dashboard", headers=clerk).status_code == 403  # clerks do not
        naive = client.get("/dashboard", params={"since": "2026-01-01T00:00:00"}, headers=boss)
        assert naive.status_code == 422


def test_acceptances_are_drawn_for_a_second_look(live_server: object) -> None:
    with httpx.Client(base_url=live_server.api_url, timeout=10) as client:  # type: ignore[attr-defined]
        clerk = login(client, "dam.clerk1")
        boss = login(client, "dam.supervisor")
        ids = accept_matching(client, clerk, 4, "eyes")

        def sample(share: float) -> list[str]:
            answer = client.get("/acceptances/sample", params={"share": share}, headers=boss)
            assert answer.status_code == 200, answer.text
            return [item["request"]["id"] for item in answer.json()["items"]]

        assert sorted(sample(1.0)) == sorted(ids)
        assert sample(0.0) == []
        half = sample(0.5)
        assert half == sample(0.5)  # the same draw every time the supervisor looks
        assert client.get("/acceptances/sample", headers=clerk).status_code == 403


def test_the_requests_now_by_state_count_the_posts_last_word(database_url: str) -> None:
    with post_office(database_url) as office:
        boss = office.api.login("dam.supervisor")

        def by_state() -> dict[str, int]:
            answer = office.api.get("/dashboard", boss)
            assert answer.status_code == 200, answer.text
            counts: dict[str, int] = answer.json()["by_state"]
            return counts

        _, delivered = dispatched(office)
        _, returned = dispatched(office)
        before = by_state()
        assert before["dispatched"] >= 2
        simulator = PostSimulator(str(office.api.client.base_url))
        simulator.send(
            [
                *simulator.journey(delivered, START),
                *simulator.journey(returned, START, undeliverable=UndeliverableReason.REFUSED),
            ]
        )
        after = by_state()
        for state, more in (("delivered", 1), ("returned", 1), ("dispatched", -2)):
            assert after.get(state, 0) == before.get(state, 0) + more, state
        assert all(after.values())  # a state with none is left out
        assert sum(after.values()) == sum(before.values())
