"""The server keeps each workstation's audit chain and refuses one that does not continue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from clerk_desk.audit import GENESIS, entry_hash
from tests.central.conftest import Api
from tests.central.test_refusals import check_refusal

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def chain(
    n: int,
    *,
    start_prev: str = GENESIS,
    first: int = 1,
    actor: str = "dam.clerk1",
    workstation: str = "W1",
) -> list[dict[str, Any]]:
    """``n`` entries as a workstation uploads them, hashes included."""
    entries = []
    prev = start_prev
    for i in range(first, first + n):
        at = T0 + timedelta(minutes=i)
        request_id = f"DAM-{i:06d}"
        detail = {"n": i}
        digest = entry_hash(prev, at, actor, workstation, request_id, "claim", detail)
        entries.append(
            {
                "id": i,
                "at": at.isoformat(),
                "actor": actor,
                "workstation": workstation,
                "request_id": request_id,
                "action": "claim",
                "detail": detail,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    return entries


def rehash(entries: list[dict[str, Any]], prev: str = GENESIS) -> list[dict[str, Any]]:
    """The whole chain recomputed after an edit, as a careful forger would."""
    out = []
    for e in entries:
        at = datetime.fromisoformat(e["at"])
        digest = entry_hash(
            prev, at, e["actor"], e["workstation"], e["request_id"], e["action"], e["detail"]
        )
        out.append({**e, "prev_hash": prev, "hash": digest})
        prev = digest
    return out


@pytest.fixture
def station(api: Api) -> dict[str, str]:
    answer = api.post(
        "/login", json={"username": "dam.clerk1", "password": "demo", "workstation": "W1"}
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def upload(
    api: Api, headers: dict[str, str], entries: list[dict[str, Any]], count: int = 0
) -> httpx.Response:
    return api.post(
        "/audit", headers, json={"count": count or entries[-1]["id"], "entries": entries}
    )


def test_a_chain_is_received_in_parts_and_its_head_kept(api: Api, station: dict[str, str]) -> None:
    assert api.get("/audit/head", station).json()["entry_id"] == 0
    entries = chain(5)
    first = upload(api, station, entries[:3], count=5)
    assert first.status_code == 200, first.text
    assert first.json()["entry_id"] == 3
    second = upload(api, station, entries[2:])  # from the server's head on
    assert second.status_code == 200, second.text
    head = api.get("/audit/head", station).json()
    assert (head["entry_id"], head["hash"], head["count"]) == (5, entries[-1]["hash"], 5)
    again = upload(api, station, entries)  # a repeat is harmless
    assert again.status_code == 200
    assert again.json()["entry_id"] == 5


def test_changing_an_entry_is_refused(api: Api, station: dict[str, str]) -> None:
    entries = chain(4)
    entries[2] = {**entries[2], "action": "accept"}
    answer = upload(api, station, entries)
    assert answer.status_code == 409
    assert "entry 3 changed" in answer.json()["detail"]


def test_rewriting_a_received_entry_is_refused_even_rehashed(
    api: Api, station: dict[str, str]
) -> None:
    entries = chain(4)
    assert upload(api, station, entries).status_code == 200
    forged = [dict(e) for e in entries] + chain(1, start_prev=entries[-1]["hash"], first=5)
    forged[1]["request_id"] = "DAM-999999"
    answer = upload(api, station, rehash(forged))
    assert answer.status_code == 409
    assert "W1" in answer.json()["detail"]


def test_deleting_an_entry_is_refused(api: Api, station: dict[str, str]) -> None:
    entries = chain(3)
    assert upload(api, station, entries).status_code == 200
    more = chain(3, start_prev=entries[-1]["hash"], first=4)
    gap = [entries[-1], more[1], more[2]]  # entry 4 left out
    answer = upload(api, station, gap)
    assert answer.status_code == 409
    # deleting it and renumbering/rehashing the rest still breaks the received head
    renumbered = rehash([{**e, "id": i} for i, e in enumerate([*entries[:2], *more], 1)])
    assert upload(api, station, renumbered).status_code == 409


def test_deleting_entries_from_the_end_is_refused(api: Api, station: dict[str, str]) -> None:
    entries = chain(5)
    assert upload(api, station, entries).status_code == 200
    answer = upload(api, station, entries[:3], count=3)
    assert answer.status_code == 409
    assert "entries were deleted" in answer.json()["detail"]


def test_reordering_two_entries_is_refused(api: Api, station: dict[str, str]) -> None:
    entries = chain(4)
    swapped = [entries[0], {**entries[2], "id": 2}, {**entries[1], "id": 3}, entries[3]]
    assert upload(api, station, swapped).status_code == 409
    swapped_ids = [entries[0], entries[2], entries[1], entries[3]]
    assert upload(api, station, swapped_ids).status_code == 409


def test_a_chain_belongs_to_its_workstation_and_center(api: Api, station: dict[str, str]) -> None:
    assert upload(api, station, chain(3)).status_code == 200
    other = api.post(
        "/login", json={"username": "dam.clerk2", "password": "demo", "workstation": "W2"}
    ).json()["token"]
    head = api.get("/audit/head", {"Authorization": f"Bearer {other}"}).json()
    assert (head["workstation"], head["entry_id"]) == ("W2", 0)
    no_name = api.login("dam.clerk1")  # logged in without a workstation name
    assert upload(api, no_name, chain(1)).status_code == 422


def test_a_request_history_is_read_from_the_uploaded_chains_of_its_center(
    live_server: object,
) -> None:
    import httpx

    with httpx.Client(base_url=live_server.api_url, timeout=10) as client:  # type: ignore[attr-defined]

        def token(username: str) -> dict[str, str]:
            answer = client.post(
                "/login", json={"username": username, "password": "demo", "workstation": "W9"}
            )
            return {"Authorization": f"Bearer {answer.json()['token']}"}

        boss, other = token("dam.supervisor"), token("alp.supervisor")
        history = client.get("/requests/DAM-000001/history", headers=boss)
        assert history.status_code == 200 and history.json()["items"] == []
        assert client.get("/requests/DAM-000001/history", headers=other).status_code == 403
        assert client.get("/requests/DAM-999999/history", headers=boss).status_code == 404


# --- the trail names only its author ---------------------------------------------------------


def test_an_entry_naming_another_person_is_refused_and_nothing_is_stored(
    api: Api, station: dict[str, str]
) -> None:
    held = chain(2)
    assert upload(api, station, held).status_code == 200
    # A clerk's token sends an entry whose actor is the supervisor: the chain itself is sound.
    forged = chain(2, start_prev=held[-1]["hash"], first=3, actor="dam.supervisor")
    answer = upload(api, station, [held[-1], *forged])
    check_refusal(answer, "audit_actor_not_caller")
    assert answer.json()["values"]["actor"] == "dam.supervisor"
    assert api.get("/audit/head", station).json()["entry_id"] == 2  # nothing of it stored
    history = api.get("/requests/DAM-000003/history", api.login("dam.supervisor")).json()
    assert history["items"] == []  # the supervisor is not shown doing what they never did
    # The same entries sent with the supervisor's own log-in at this workstation go in.
    boss = api.post(
        "/login", json={"username": "dam.supervisor", "password": "demo", "workstation": "W1"}
    ).json()["token"]
    assert upload(api, {"Authorization": f"Bearer {boss}"}, [held[-1], *forged]).status_code == 200


def test_an_entry_naming_another_workstation_is_refused(api: Api, station: dict[str, str]) -> None:
    elsewhere = chain(1, workstation="W2")
    answer = upload(api, station, elsewhere)
    check_refusal(answer, "audit_workstation_not_caller")
    assert api.get("/audit/head", station).json()["entry_id"] == 0


def test_entries_the_program_wrote_with_nobody_logged_in_go_with_any_log_in(
    api: Api, station: dict[str, str]
) -> None:
    purge = chain(1, actor="clerk-desk purge")
    assert upload(api, station, purge).status_code == 200
