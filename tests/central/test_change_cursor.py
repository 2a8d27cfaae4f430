"""The pull cursor with writers committing out of order: no change skipped, none repeated.

Writers here are open transactions of row sessions (``central.engine.row_session``), each
having changed one request and holding its lock; hypothesis chooses when each begins and
commits and when a workstation pulls (``central.pull.pull_rows``, small pages). On
PostgreSQL several writers are open at once and commit in any order: the classic trap, a
pull that passes the change number of a transaction still in flight, is what this
catches. On SQLite writers are serialized by the database, one open at a time.

After everything committed, one more pull: for every request, what the puller saw last is
what the database holds (nothing skipped), and no change was seen twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from central.db import RequestRow, make_engine, next_change_seqs, read_session, row_session
from central.pull import pull_rows
from tests.central.conftest import START

CENTER = "DAM"
PAGE = 3

Op = tuple[str, int]
ops = st.lists(
    st.one_of(
        st.tuples(st.just("begin"), st.integers(0, 7)),
        st.tuples(st.just("commit"), st.integers(0, 7)),
        st.tuples(st.just("pull"), st.just(0)),
    ),
    max_size=40,
)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    try:
        yield engine
    finally:
        engine.dispose()


@dataclass
class Puller:
    """A workstation's pull loop, keeping every change it was given."""

    engine: Engine
    cursor: int = 0
    seen: list[tuple[str, int]] = field(default_factory=list)

    def pull(self) -> None:
        while True:
            with read_session(self.engine) as session:
                rows, cursor, more = pull_rows(session, CENTER, self.cursor, PAGE)
                self.seen.extend((row.id, row.change_seq) for row in rows)
            assert cursor >= self.cursor
            self.cursor = cursor
            if not more:
                return

    def latest(self) -> dict[str, int]:
        return dict(self.seen)


def change(engine: Engine, request_id: str) -> Session:
    """An open writer that changed ``request_id`` (locked until it commits)."""
    session = row_session(engine)
    row = session.get(RequestRow, request_id, with_for_update=True, populate_existing=True)
    assert row is not None
    row.change_seq = next_change_seqs(session)
    row.updated_at = START
    session.flush()
    return session


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=ops)
def test_no_change_is_skipped_or_repeated(engine: Engine, script: list[Op]) -> None:
    with read_session(engine) as session:
        ids = list(
            session.scalars(select(RequestRow.id).where(RequestRow.center_code == CENTER).limit(8))
        )
    at_once = 4 if engine.dialect.name == "postgresql" else 1
    puller = Puller(engine)
    puller.pull()  # where the workstation stands when the writers start
    puller.seen.clear()
    open_writers: dict[str, Session] = {}
    committed: set[str] = set()
    try:
        for op, number in script:
            if op == "begin":
                request_id = ids[number % len(ids)]
                if request_id not in open_writers and len(open_writers) < at_once:
                    open_writers[request_id] = change(engine, request_id)
            elif op == "commit" and open_writers:
                request_id = sorted(open_writers)[number % len(open_writers)]
                writer = open_writers.pop(request_id)
                writer.commit()
                writer.close()
                committed.add(request_id)
            elif op == "pull":
                puller.pull()
    finally:
        for request_id, writer in open_writers.items():
            writer.commit()
            writer.close()
            committed.add(request_id)
    puller.pull()

    assert len(puller.seen) == len(set(puller.seen)), "a change was pulled twice"
    with read_session(engine) as session:
        held = dict(
            session.execute(
                select(RequestRow.id, RequestRow.change_seq).where(RequestRow.id.in_(ids))
            ).all()
        )
    latest = puller.latest()
    # Every request a writer changed was pulled, at the change it holds now; nothing else.
    assert latest == {request_id: held[request_id] for request_id in committed}
