"""The audit log: a hash chain in the real store that shows any edit made behind its back."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import audit
from clerk_desk.store.db import open_store
from clerk_desk.store.models import AuditEntry
from tests.store_keys import TEST_STORE_KEY

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

ENTRIES = [
    dict(actor="dam.clerk1", workstation="W1", action="claim", request_id="DAM-000001"),
    dict(
        actor="dam.clerk1",
        workstation="W1",
        action="reject",
        request_id="DAM-000001",
        detail={"reason_code": "data_mismatch", "note": "اسم الأم مختلف"},
    ),
    dict(actor="dam.clerk2", workstation="W2", action="login"),
    dict(
        actor="dam.clerk2",
        workstation="W2",
        action="print",
        request_id="DAM-000002",
        detail={"document_number": "DAM-2026-W2-000001"},
    ),
    dict(actor="dam.supervisor", workstation="W9", action="review_uphold", request_id="DAM-000001"),
]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def sessions(db_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_store(db_path, TEST_STORE_KEY)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def ids(sessions: sessionmaker[Session]) -> list[int]:
    """The five entries above, one transaction each, a minute apart."""
    made = []
    for n, entry in enumerate(ENTRIES):
        with sessions.begin() as session:
            made.append(audit.append(session, at=T0 + timedelta(minutes=n), **entry).id)
    return made


def check(sessions: sessionmaker[Session]) -> audit.ChainCheck:
    with sessions() as session:
        return audit.verify(session)


@contextlib.contextmanager
def raw(db_path: Path) -> Iterator[sqlite3.Connection]:
    """The store file opened with plain sqlite3, as someone editing it by hand would."""
    with contextlib.closing(sqlite3.connect(db_path)) as connection, connection:
        yield connection


def test_an_empty_log_is_intact(sessions: sessionmaker[Session]) -> None:
    result = check(sessions)
    assert result.intact
    assert result.entries == 0


def test_appended_entries_verify_intact(sessions: sessionmaker[Session], ids: list[int]) -> None:
    result = check(sessions)
    assert result == audit.ChainCheck(entries=5, first_broken_id=None)
    assert result.intact


def test_each_entry_links_to_the_one_before(
    sessions: sessionmaker[Session], ids: list[int]
) -> None:
    with sessions() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert entries[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
    assert len({e.hash for e in entries}) == len(entries)


def test_entries_are_kept_as_given(sessions: sessionmaker[Session], ids: list[int]) -> None:
    with sessions() as session:
        second = session.get_one(AuditEntry, ids[1])
        assert second.detail == {"reason_code": "data_mismatch", "note": "اسم الأم مختلف"}
        assert second.at == T0 + timedelta(minutes=1)
        assert session.get_one(AuditEntry, ids[2]).request_id is None
        assert session.get_one(AuditEntry, ids[2]).detail == {}


def test_an_entry_in_another_time_zone_still_verifies(sessions: sessionmaker[Session]) -> None:
    damascus = timezone(timedelta(hours=3))
    with sessions.begin() as session:
        audit.append(
            session,
            actor="dam.clerk1",
            workstation="W1",
            action="claim",
            at=datetime(2026, 3, 1, 12, 0, 0, 654321, tzinfo=damascus),
        )
    assert check(sessions).intact
    with sessions() as session:
        [entry] = session.scalars(select(AuditEntry))
        assert entry.at == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)  # seconds kept, UTC


def test_entries_appended_in_one_transaction_chain_too(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        for entry in ENTRIES:
            audit.append(session, **entry)
    assert check(sessions) == audit.ChainCheck(5, None)


def test_history_lists_one_requests_entries_in_order(
    sessions: sessionmaker[Session], ids: list[int]
) -> None:
    with sessions() as session:
        actions = [e.action for e in audit.history(session, "DAM-000001")]
        assert actions == ["claim", "reject", "review_uphold"]
        assert audit.history(session, "DAM-999999") == []


TAMPERINGS = [
    ("at", "2026-03-01 08:00:00.000000"),
    ("actor", "dam.clerk2"),
    ("workstation", "W3"),
    ("request_id", "DAM-000009"),
    ("request_id", None),
    ("action", "accept"),
    ("detail", '{"reason_code": "other", "note": "اسم الأم مختلف"}'),
    ("detail", '{"added": true}'),
    ("prev_hash", "f" * 64),
    ("hash", "0" * 64),
]


@pytest.mark.parametrize(("column", "value"), TAMPERINGS)
@pytest.mark.parametrize("index", [0, 1, 4])
def test_tampering_with_any_field_names_that_entry(
    sessions: sessionmaker[Session],
    db_path: Path,
    ids: list[int],
    index: int,
    column: str,
    value: str | None,
) -> None:
    target = ids[index]
    with raw(db_path) as connection:
        changed = connection.execute(
            f"UPDATE audit_log SET {column} = ? WHERE id = ?",  # column from the list above
            (value, target),
        ).rowcount
    assert changed == 1
    result = check(sessions)
    assert not result.intact
    assert result.first_broken_id == target
    assert result.entries == index + 1  # checking stopped at the broken entry


def test_rewriting_an_entry_with_a_fresh_hash_breaks_the_next_link(
    sessions: sessionmaker[Session], db_path: Path, ids: list[int]
) -> None:
    # Whoever edits an entry and recomputes its hash still leaves the next entry pointing
    # at the old one.
    with sessions() as session:
        entry = session.get_one(AuditEntry, ids[1])
        forged = audit.entry_hash(
            entry.prev_hash, entry.at, entry.actor, entry.workstation,
            entry.request_id, "accept", entry.detail,
        )  # fmt: skip
    with raw(db_path) as connection:
        connection.execute(
            "UPDATE audit_log SET action = 'accept', hash = ? WHERE id = ?", (forged, ids[1])
        )
    assert check(sessions).first_broken_id == ids[2]


@pytest.mark.parametrize("index", [0, 1, 3])
def test_a_deleted_entry_is_detected_at_the_one_after_it(
    sessions: sessionmaker[Session], db_path: Path, ids: list[int], index: int
) -> None:
    with raw(db_path) as connection:
        connection.execute("DELETE FROM audit_log WHERE id = ?", (ids[index],))
    result = check(sessions)
    assert not result.intact
    assert result.first_broken_id == ids[index + 1]


COLUMNS = "at, actor, workstation, request_id, action, detail, prev_hash, hash"


@pytest.mark.parametrize(("first", "second"), [(0, 1), (1, 3), (3, 4)])
def test_swapping_two_entries_is_detected(
    sessions: sessionmaker[Session], db_path: Path, ids: list[int], first: int, second: int
) -> None:
    with raw(db_path) as connection:
        a, b = (
            connection.execute(
                f"SELECT {COLUMNS} FROM audit_log WHERE id = ?", (ids[i],)
            ).fetchone()
            for i in (first, second)
        )
        assignments = ", ".join(f"{name.strip()} = ?" for name in COLUMNS.split(","))
        connection.execute(f"UPDATE audit_log SET {assignments} WHERE id = ?", (*b, ids[first]))
        connection.execute(f"UPDATE audit_log SET {assignments} WHERE id = ?", (*a, ids[second]))
    result = check(sessions)
    assert not result.intact
    assert result.first_broken_id == ids[first]


def test_swapping_only_the_details_is_detected(
    sessions: sessionmaker[Session], db_path: Path, ids: list[int]
) -> None:
    with raw(db_path) as connection:
        connection.execute(
            "UPDATE audit_log SET detail = (SELECT detail FROM audit_log WHERE id = ?) "
            "WHERE id = ?",
            (ids[3], ids[1]),
        )
        connection.execute("UPDATE audit_log SET detail = '{}' WHERE id = ?", (ids[3],))
    assert check(sessions).first_broken_id == ids[1]


def test_the_chain_continues_from_the_last_entry_after_reopening(
    db_path: Path, ids: list[int], sessions: sessionmaker[Session]
) -> None:
    sessions.kw["bind"].dispose()
    reopened = open_store(db_path, TEST_STORE_KEY)
    try:
        with reopened.begin() as session:
            audit.append(session, actor="dam.clerk1", workstation="W1", action="logout")
        assert check(reopened) == audit.ChainCheck(6, None)
    finally:
        reopened.kw["bind"].dispose()


def test_an_entry_deleted_from_the_end_after_the_server_had_it_is_found(
    sessions: sessionmaker[Session], ids: list[int], db_path: Path
) -> None:
    with sessions.begin() as session:
        newest = session.get_one(AuditEntry, ids[-1])
        audit.remember_server_head(session, newest.id, newest.hash)
    assert check(sessions).intact
    with raw(db_path) as connection:
        connection.execute("DELETE FROM audit_log WHERE id = ?", (ids[-1],))
    assert check(sessions).first_broken_id == ids[-1]
