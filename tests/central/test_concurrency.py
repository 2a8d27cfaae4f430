"""Writers racing each other: one winner, never two (the point of running on PostgreSQL,
where writers are not serialized by the database file as they are on SQLite)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy import func, select

from central.db import (
    DecisionRow,
    LoginThrottleRow,
    RequestRow,
    make_engine,
    read_session,
    row_session,
)
from tests.central.conftest import accepting
from tests.databases import server_url

if TYPE_CHECKING:
    from tests.central.conftest import Api

ROUNDS = 6
RACERS = 6


def race(api: Api, calls: list[Callable[[httpx.Client], httpx.Response]]) -> list[int]:
    """Run ``calls`` at once, each on its own connection; their status codes."""
    barrier = threading.Barrier(len(calls))
    codes: list[int] = [0] * len(calls)

    def run(index: int) -> None:
        with httpx.Client(base_url=str(api.client.base_url), timeout=30) as client:
            barrier.wait()
            codes[index] = calls[index](client).status_code

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return codes


def assigned_ids(api: Api, headers: dict[str, str], count: int) -> list[str]:
    items, _ = api.pull_all(headers)
    return [item["id"] for item in items if item["status"] == "assigned"][:count]


def test_two_clerks_racing_for_a_request_get_one_lease(api: Api) -> None:
    clerks = [api.login("dam.clerk1"), api.login("dam.clerk2")]
    for request_id in assigned_ids(api, clerks[0], ROUNDS):
        path = api.url(f"/requests/{request_id}/claim")
        calls = [(lambda c, h=clerks[i % 2], p=path: c.post(p, headers=h)) for i in range(RACERS)]
        codes = race(api, calls)
        assert set(codes) <= {200, 409}, codes
        # Both clerks may renew their own lease, but only one of them may hold it.
        winners = {i % 2 for i, code in enumerate(codes) if code == 200}
        assert len(winners) == 1, (request_id, codes)


def test_racing_decisions_with_different_keys_record_one(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    ids = api.acceptable()[:ROUNDS]
    for request_id in ids:
        assert api.open(request_id, clerk).status_code == 200
        path = api.url(f"/requests/{request_id}/decision")

        def decide(client: httpx.Client, path: str = path) -> httpx.Response:
            return client.post(path, headers=clerk, json=accepting())

        codes = race(api, [decide] * RACERS)
        assert sorted(codes) == [200] + [409] * (RACERS - 1), codes

    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            per_request = Counter(
                session.scalars(
                    select(DecisionRow.request_id).where(DecisionRow.request_id.in_(ids))
                )
            )
            assert per_request == dict.fromkeys(ids, 1)
            seqs = list(session.scalars(select(RequestRow.change_seq)))
            assert len(seqs) == len(set(seqs))
            assert session.scalar(select(func.count()).select_from(RequestRow)) == len(seqs)
    finally:
        engine.dispose()


def test_racing_repeats_of_one_key_record_it_once(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    request_id = api.acceptable()[0]
    assert api.open(request_id, clerk).status_code == 200
    body = accepting()
    path = api.url(f"/requests/{request_id}/decision")
    codes = race(api, [lambda c: c.post(path, headers=clerk, json=body)] * RACERS)
    assert codes == [200] * RACERS
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            count = session.scalar(
                select(func.count())
                .select_from(DecisionRow)
                .where(DecisionRow.request_id == request_id)
            )
            assert count == 1
    finally:
        engine.dispose()


def test_racing_wrong_passwords_are_each_counted(api: Api) -> None:
    path = api.url("/login")
    body = {"username": "dam.clerk2", "password": "wrong-wrong"}
    codes = race(api, [lambda c: c.post(path, json=body)] * RACERS)
    assert set(codes) <= {401, 429}, codes
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            row = session.get(LoginThrottleRow, ("account", "dam.clerk2"))
            # Every attempt let through to the password check was counted, none lost.
            assert row is not None
            assert row.failures == codes.count(401)
    finally:
        engine.dispose()


@pytest.mark.skipif(server_url() is None, reason="SQLite has one writer at a time")
def test_a_writer_waits_only_for_the_rows_it_touches(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    held, other = api.acceptable()[:2]
    engine = make_engine(api.database_url)
    try:
        with row_session(engine) as session:
            assert session.get(RequestRow, held, with_for_update=True) is not None
            # Another request is claimed while this one is locked, and a decision on it
            # goes through: nothing waits for a lock it does not need.
            assert api.open(other, clerk).status_code == 200
            answer = api.post(f"/requests/{other}/decision", clerk, json=accepting())
            assert answer.status_code == 200, answer.text
            session.commit()
    finally:
        engine.dispose()
