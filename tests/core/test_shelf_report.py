"""The shelf report: envelopes waiting longer than the period, slot, request and days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import workflow
from clerk_desk.shelf_report import shelf_report_csv, taken_slots, waiting_longer_than
from clerk_desk.states import RequestState
from clerk_desk.store.db import open_store
from clerk_desk.store.models import Request
from tests.core.test_workflow import request_out
from tests.store_keys import TEST_STORE_KEY

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    yield factory
    factory.kw["bind"].dispose()


def shelved(sessions: sessionmaker[Session], request_id: str, slot: str, days: int) -> None:
    item = request_out(request_id, status=RequestState.AWAITING_PICKUP)
    item = item.model_copy(update={"shelf_slot": slot, "shelved_at": NOW - timedelta(days=days)})
    with sessions.begin() as session:
        workflow.upsert_requests(session, [item])


def test_the_report_lists_only_the_envelopes_waiting_too_long(
    sessions: sessionmaker[Session],
) -> None:
    shelved(sessions, "DAM-000001", "A-01", 45)
    shelved(sessions, "DAM-000002", "A-02", 3)
    shelved(sessions, "DAM-000003", "B-07", 31)
    with sessions.begin() as session:
        other = request_out("DAM-000004", status=RequestState.COLLECTED)
        workflow.upsert_requests(session, [other])
    with sessions() as session:
        lines = waiting_longer_than(session, "DAM", NOW, 30)
        assert taken_slots(session, "DAM") == {"A-01", "A-02", "B-07"}
        assert taken_slots(session, "ALP") == set()
        assert session.get_one(Request, "DAM-000004").shelf_slot is None
    assert [(e.shelf_slot, e.request_id, e.days_waiting) for e in lines] == [
        ("A-01", "DAM-000001", 45),
        ("B-07", "DAM-000003", 31),
    ]
    csv = shelf_report_csv(lines).splitlines()
    assert csv[0] == "shelf_slot,request_id,shelved_at,days_waiting"
    assert csv[1].startswith("A-01,DAM-000001,2026-10-15") and csv[1].endswith(",45")
