"""Alembic environment for the central server's schema.

Run programmatically by :func:`central.db.upgrade`, which hands over an open connection in
``config.attributes["connection"]``; a URL in ``sqlalchemy.url`` works too (for the
``alembic`` command line during development).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from central import family_db, outreach_db  # noqa: F401  (their tables join Base.metadata)
from central.db import Base, make_engine

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database: pass a connection or set sqlalchemy.url")
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported for central")
run_migrations_online()
