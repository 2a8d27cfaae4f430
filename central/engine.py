"""The central server's engine, its two kinds of writing session, the locks writers take,
and the migration runner.

SQLite (WAL, foreign keys on) is the default; PostgreSQL is what a real deployment of many
centers uses. How writers keep out of each other's way:

- On SQLite every writing transaction starts with BEGIN IMMEDIATE: the database file
  allows one writer at a time, so writers are serialized whatever the session.
- On PostgreSQL, a *row* writer (:func:`row_session`, the counter's hot calls: log in,
  claim, release, decide, issue, seal, review) waits only for the rows it touches: it locks
  the request row (``SELECT … FOR UPDATE``, :func:`central.routing._load_request`), the
  number block it draws from, or a named key (:func:`lock_keys`: the log-in throttle of
  one account name and one address) before it reads what it checks, so two writers of
  one request or one account still run one after the other, and writers of different
  ones run at once. It also holds the *shared* form of one advisory lock.
- A *serialized* writer (:func:`write_session`: the rare calls not yet converted, such as
  reserving number blocks, enrolling a workstation, a dispatch batch, the seed) holds
  that advisory lock's *exclusive* form: it runs alone, as every writer used to, and its
  read-check-write needs no row locks. PostgreSQL queues lock requests fairly, so a
  serialized writer waits for the row writers in flight and is not starved by new ones.

Under READ COMMITTED each statement sees what committed before it started, so a check made
after taking a row's lock sees the previous holder's committed work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The execution option that makes a transaction a writer: BEGIN IMMEDIATE on SQLite, an
# advisory lock on PostgreSQL (exclusive; shared with ROW_LOCKS as well).
SQLITE_IMMEDIATE = "central_sqlite_immediate"
ROW_LOCKS = "central_row_locks"
# The advisory lock every writing transaction on PostgreSQL takes, shared by row writers,
# exclusive by serialized ones (any fixed bigint; this one spells "CLRKDESK" in ASCII).
WRITE_LOCK_KEY = 0x434C524B4445534B
# The first half of the two-integer advisory locks of :func:`lock_keys` (a key space of
# its own: PostgreSQL tells the one-bigint and the two-integer forms apart).
NAMED_LOCK_SPACE = 0x434C5244
# Where a writing transaction on PostgreSQL keeps its transaction id (Connection.info).
WRITER_XID = "central_writer_xid"


def _is_memory_sqlite(url: str) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


def is_postgresql(session_or_engine: Session | Engine | Connection) -> bool:
    bind = (
        session_or_engine.get_bind()
        if isinstance(session_or_engine, Session)
        else session_or_engine
    )
    return bind.dialect.name == "postgresql"


def make_engine(database_url: str, *, echo: bool = False, pool_size: int = 5) -> Engine:
    """An engine for ``database_url``; SQLite gets WAL, foreign keys and real transactions.

    ``pool_size``: connections a PostgreSQL engine keeps per process (as many again may
    be opened under a burst); a server process's thread pool is the ceiling of its use.
    """
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        return _postgresql_engine(
            create_engine(
                url, echo=echo, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size
            )
        )
    if url.get_backend_name() != "sqlite":
        return create_engine(url, echo=echo, pool_pre_ping=True)

    if _is_memory_sqlite(database_url):
        # One shared connection, or every checkout would see a different empty database.
        engine = create_engine(
            url, echo=echo, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30}
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Workaround for the sqlite3 driver's legacy transaction control, which does not
        # BEGIN before a SELECT: we emit BEGIN ourselves (SQLAlchemy's documented recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            if not _is_memory_sqlite(database_url):
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writing transaction takes the write lock up front: a deferred one that read
        # first would fail with SQLITE_BUSY when another writer committed meanwhile.
        if conn.get_execution_options().get(SQLITE_IMMEDIATE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def _postgresql_engine(engine: Engine) -> Engine:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Times are converted to UTC by UTCDateTime either way; a UTC session keeps what
        # psql and the server's own log show in step with what the API answers.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # See the module's docstring: row writers share the lock, serialized ones hold it
        # alone. The lock ends with the transaction; readers never take it.
        # In the same round trip, the writer's transaction id, which its change numbers
        # are made of (central.db.next_change_seqs): kept for this transaction only.
        options = conn.get_execution_options()
        conn.info.pop(WRITER_XID, None)
        if options.get(ROW_LOCKS):
            lock = f"pg_advisory_xact_lock_shared({WRITE_LOCK_KEY})"
        elif options.get(SQLITE_IMMEDIATE):
            lock = f"pg_advisory_xact_lock({WRITE_LOCK_KEY})"
        else:
            return
        xid = conn.exec_driver_sql(f"SELECT {lock}, pg_current_xact_id()::text::bigint")
        conn.info[WRITER_XID] = xid.one()[1]

    return engine


def write_session(engine: Engine) -> Session:
    """A session for work that writes and runs alone: it holds the database's write lock
    from its first statement to its commit (BEGIN IMMEDIATE on SQLite, the exclusive
    advisory lock on PostgreSQL)."""
    return Session(engine, execution_options={SQLITE_IMMEDIATE: True}, expire_on_commit=False)


def row_session(engine: Engine) -> Session:
    """A session for work that writes and locks what it touches (see the module's
    docstring): on PostgreSQL it waits only for writers of the same rows and keys, and for
    a serialized writer; on SQLite it is a :func:`write_session`."""
    return Session(
        engine,
        execution_options={SQLITE_IMMEDIATE: True, ROW_LOCKS: True},
        expire_on_commit=False,
    )


def read_session(engine: Engine) -> Session:
    """A session that only reads. On PostgreSQL it runs in autocommit: under READ
    COMMITTED every statement sees what committed before it started, in a transaction or
    not, so a reader loses nothing and saves the BEGIN and ROLLBACK round trips (of the
    five an empty pull used to make). It must not write: nothing it does is undone."""
    if engine.dialect.name == "postgresql":
        # The same pool's connections, switched for this session (no round trip).
        autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        return Session(autocommit, expire_on_commit=False)
    return Session(engine, expire_on_commit=False)


def lock_keys(session: Session, *keys: str) -> None:
    """Lock named things until the transaction ends (PostgreSQL; on SQLite the writer is
    alone anyway): for what has no row to lock yet, such as a log-in throttle's first
    failure. Taken in sorted order, so two writers of the same keys never deadlock."""
    if not is_postgresql(session):
        return
    for key in sorted(set(keys)):
        session.execute(
            text("SELECT pg_advisory_xact_lock(:space, hashtext(:key))"),
            {"space": NAMED_LOCK_SPACE, "key": key},
        )


# --- migrations -----------------------------------------------------------------------


def alembic_config(database_url: str | None = None) -> Config:
    """Alembic's configuration for the central schema, without an ini file."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if database_url is not None:
        # ConfigParser interpolation would eat a % in a password.
        config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(target: str | Engine, revision: str = "head") -> None:
    """Bring the schema at ``target`` (a URL or an engine) up to ``revision``."""
    if isinstance(target, str):
        engine = make_engine(target)
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
        return
    config = alembic_config()
    with target.execution_options(**{SQLITE_IMMEDIATE: True}).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
