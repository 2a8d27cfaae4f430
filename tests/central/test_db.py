"""The schema comes from the migration, and SQLite is set up as the architecture says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from central.db import (
    CHANGE_BITS,
    Base,
    CenterRow,
    TokenRow,
    UserRow,
    alembic_config,
    make_engine,
    next_change_seqs,
    read_session,
    upgrade,
    write_session,
)
from tests.databases import Databases, is_sqlite


@pytest.fixture
def url(databases: Databases) -> str:
    """An empty database: SQLite, or PostgreSQL with ``CLERK_DESK_TEST_DATABASE_URL``."""
    return databases.new()


def test_upgrade_creates_every_table_and_is_repeatable(url: str) -> None:
    upgrade(url)
    upgrade(url)  # already at head: nothing to do
    engine = make_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
    finally:
        engine.dispose()


def test_models_and_migration_do_not_drift(url: str) -> None:
    upgrade(url)
    command.check(alembic_config(url))  # raises when autogenerate would find changes


def test_sqlite_runs_in_wal_with_foreign_keys(url: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    try:
        if is_sqlite(url):
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with write_session(engine) as session:
            session.add(
                UserRow(
                    username="x", full_name="x", role="clerk", center_code="NOP", password_hash="x"
                )
            )
            with pytest.raises(IntegrityError):
                session.commit()
    finally:
        engine.dispose()


def test_times_come_back_aware_and_in_utc(url: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    damascus = timezone(timedelta(hours=3))
    issued = datetime(2026, 3, 1, 12, 0, tzinfo=damascus)
    try:
        with write_session(engine) as session:
            session.add(
                CenterRow(code="DAM", name_ar="د", name_en="D", address_ar="", city_ar="دمشق")
            )
            session.flush()  # without relationship() the unit of work does not order by FK
            session.add(
                UserRow(
                    id=1,
                    username="u",
                    full_name="u",
                    role="clerk",
                    center_code="DAM",
                    password_hash="h",
                )
            )
            session.flush()
            session.add(
                TokenRow(token_sha256="0" * 64, user_id=1, issued_at=issued, expires_at=issued)
            )
            session.commit()
        with read_session(engine) as session:
            token = session.get(TokenRow, "0" * 64)
            assert token is not None
            assert token.issued_at == issued
            assert token.issued_at.tzinfo is UTC
        with write_session(engine) as session, pytest.raises(Exception, match="naive"):
            session.add(
                TokenRow(
                    token_sha256="1" * 64,
                    user_id=1,
                    issued_at=datetime(2026, 1, 1),
                    expires_at=issued,
                )
            )
            session.commit()
    finally:
        engine.dispose()


def test_change_numbers_only_grow(url: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    try:
        with write_session(engine) as session:
            first = next_change_seqs(session)
            block = next_change_seqs(session, 10)
            session.commit()
        with write_session(engine) as session:
            after = next_change_seqs(session)
            session.commit()
        if engine.dialect.name == "postgresql":
            # The transaction's id, shifted, then the place within it (central.db).
            assert block == first + 1
            assert after >> CHANGE_BITS > first >> CHANGE_BITS
            assert after & ((1 << CHANGE_BITS) - 1) == 0
            return
        assert (first, block, after) == (1, 2, 12)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM counters")).scalar() == 12
    finally:
        engine.dispose()


def test_an_in_memory_database_works(tmp_path: Path) -> None:
    engine = make_engine("sqlite://")
    try:
        upgrade(engine)
        with read_session(engine) as session:
            assert session.get(CenterRow, "DAM") is None
    finally:
        engine.dispose()
