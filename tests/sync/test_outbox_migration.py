"""The outbox's retry schedule arrives by migration: a store made at 0001 keeps its rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import sessionmaker

from clerk_desk.store.db import MIGRATIONS_DIR, make_engine, migrate
from clerk_desk.store.models import OutboxMessage, Request
from tests.store_keys import TEST_STORE_KEY


def _to(engine: Engine, revision: str, *, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["store_key"] = TEST_STORE_KEY  # 0004 decrypts on the way down
        (command.downgrade if down else command.upgrade)(config, revision)


def test_a_store_made_at_0001_upgrades_and_keeps_its_rows(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "store.sqlite3")
    try:
        _to(engine, "0001")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO requests (id, service_code, service_class, center_code, status,"
                    " requester_name, relation_ar, subject_national_number, subject,"
                    " delivery_method, delivery, submitted_at, assigned_at, server_updated_at)"
                    " VALUES ('DAM-000001', 'civil_extract_individual', 'fast', 'DAM',"
                    " 'accepted', 'x', '', '01234567890', '{}', 'pickup', '{}',"
                    " '2026-03-01 08:00:00', '2026-03-01 08:00:00', '2026-03-01 08:00:00')"
                )
            )
            for n, status in enumerate(("done", "queued", "failed")):
                connection.execute(
                    text(
                        "INSERT INTO outbox (idempotency_key, request_id, kind, payload, status,"
                        " attempts, last_error, created_at) VALUES (:key, 'DAM-000001',"
                        " 'decision', '{\"idempotency_key\": \"k\"}', :status, :n, :err,"
                        " '2026-03-01 09:00:00')"
                    ),
                    {"key": f"key-{n}", "status": status, "n": n, "err": f"error {n}"},
                )

        migrate(engine, TEST_STORE_KEY)

        columns = {c["name"] for c in inspect(engine).get_columns("outbox")}
        assert {"next_attempt_at", "last_status"} <= columns
        sessions = sessionmaker(engine)
        with sessions() as session:
            rows = list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
            assert [(m.idempotency_key, m.status, m.attempts, m.last_error) for m in rows] == [
                ("key-0", "done", 0, "error 0"),
                ("key-1", "queued", 1, "error 1"),
                ("key-2", "failed", 2, "error 2"),
            ]
            assert all(m.next_attempt_at is None and m.last_status is None for m in rows)
            assert rows[0].created_at == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
            assert session.get_one(Request, "DAM-000001").status == "accepted"
        # The unique idempotency key survived the table copy SQLite needs.
        assert any(
            c["column_names"] == ["idempotency_key"]
            for c in inspect(engine).get_unique_constraints("outbox")
        )

        _to(engine, "0001", down=True)  # and back, rows still there
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM outbox")).scalar_one() == 3
    finally:
        engine.dispose()
