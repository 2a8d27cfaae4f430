"""The supervisor's second look at acceptances, and the notices reviews leave clerks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from tests.central.conftest import accept_matching
from tests.central.test_dashboard import login


def _accept(client: httpx.Client, clerk: dict[str, str], count: int) -> list[str]:
    return accept_matching(client, clerk, count, "accept")


def _look(
    client: httpx.Client, headers: dict[str, str], request_id: str, outcome: str, note: str = ""
) -> httpx.Response:
    body = {"idempotency_key": f"look-{request_id}-{outcome}", "outcome": outcome, "note": note}
    return client.post(f"/acceptances/{request_id}/second-look", json=body, headers=headers)


def test_a_second_look_is_kept_once_and_a_concern_tells_the_clerk(live_server: object) -> None:
    with httpx.Client(base_url=live_server.api_url, timeout=10) as client:  # type: ignore[attr-defined]
        clerk = login(client, "dam.clerk1")
        other_clerk = login(client, "dam.clerk2")
        boss = login(client, "dam.supervisor")
        fine, doubtful = _accept(client, clerk, 2)
        since = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()

        assert _look(client, clerk, fine, "no_concern").status_code == 403  # clerks do not
        assert _look(client, boss, doubtful, "concern").status_code == 422  # say what it is
        assert _look(client, login(client, "alp.supervisor"), fine, "no_concern").status_code == 403

        first = _look(client, boss, fine, "no_concern")
        assert first.status_code == 200, first.text
        assert _look(client, boss, fine, "no_concern").json() == first.json()  # a repeat
        again = _look(client, boss, fine, "concern", "على كل حال")
        assert again.status_code == 409
        assert "dam.supervisor" in again.json()["detail"]
        assert _look(client, boss, doubtful, "concern", "صورة الهوية غير واضحة").status_code == 200

        sample = client.get("/acceptances/sample", params={"share": 1.0}, headers=boss).json()
        looks = {i["request"]["id"]: i["second_look"] for i in sample["items"]}
        assert (
            looks[fine]["outcome"] == "no_concern" and looks[fine]["looked_by"] == "dam.supervisor"
        )
        assert looks[doubtful] == {
            "outcome": "concern",
            "note": "صورة الهوية غير واضحة",
            "looked_by": "dam.supervisor",
            "looked_by_name": "هالة سليم الخطيب",  # the supervisor's views show people by name
            "looked_at": looks[doubtful]["looked_at"],
        }

        figures = client.get("/dashboard", params={"since": since}, headers=boss).json()
        mine = {c["clerk"]: c for c in figures["clerks"]}["dam.clerk1"]
        assert (mine["second_looks"], mine["concerns"]) == (2, 1)

        # Only the clerk who accepted is told, and only of the concern.
        notices = client.get("/notices", headers=clerk).json()["items"]
        assert [(n["kind"], n["request_id"], n["note"]) for n in notices] == [
            ("concern", doubtful, "صورة الهوية غير واضحة")
        ]
        assert notices[0]["by"] == "dam.supervisor" and notices[0]["by_name"]
        assert client.get("/notices", headers=other_clerk).json()["items"] == []
        notice = notices[0]["id"]
        assert client.post(f"/notices/{notice}/read", headers=other_clerk).status_code == 404
        assert client.post(f"/notices/{notice}/read", headers=clerk).status_code == 204
        assert client.post(f"/notices/{notice}/read", headers=clerk).status_code == 204
        assert client.get("/notices", headers=clerk).json()["items"] == []


def test_a_second_look_needs_an_acceptance(live_server: object) -> None:
    with httpx.Client(base_url=live_server.api_url, timeout=10) as client:  # type: ignore[attr-defined]
        boss = login(client, "dam.supervisor")
        clerk = login(client, "dam.clerk1")
        pending = client.get("/requests", params={"limit": 1000}, headers=clerk).json()["items"]
        undecided = next(r["id"] for r in pending if r["status"] == "assigned")
        answer = _look(client, boss, undecided, "no_concern")
        assert answer.status_code == 409
        assert undecided in answer.json()["detail"]


def test_an_overturn_tells_the_clerk_who_rejected_with_the_note(live_server: object) -> None:
    with httpx.Client(base_url=live_server.api_url, timeout=10) as client:  # type: ignore[attr-defined]
        clerk = login(client, "dam.clerk1")
        boss = login(client, "dam.supervisor")
        rejected = client.get("/reviews", headers=boss).json()["items"]
        upheld, overturned = rejected[0]["request"]["id"], rejected[1]["request"]["id"]
        for request_id, outcome in ((upheld, "uphold"), (overturned, "overturn")):
            body = {"idempotency_key": f"rev-{request_id}", "outcome": outcome, "note": "إملائي"}
            answer = client.post(f"/reviews/{request_id}", json=body, headers=boss)
            assert answer.status_code == 200, answer.text
        notices = client.get("/notices", headers=clerk).json()["items"]
        assert [(n["kind"], n["request_id"], n["note"]) for n in notices] == [
            ("overturned", overturned, "إملائي")
        ]
