"""Opening the local store: SQLite in WAL mode with foreign keys, migrated by Alembic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.crypto import StoreKey
from clerk_desk.store.models import set_store_key

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
ENCRYPTING_REVISION = "0004"  # the migration that encrypts an older store's personal data


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Transactions are begun by _begin_immediate below, not by the driver.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Deleted rows are overwritten, not left readable in free pages; sorts and temporary
    # tables stay in memory, never in a temporary file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # Take the write lock when the transaction starts: two actions of one workstation
    # (a pool thread pushing, the clerk deciding) then queue up instead of both reading the
    # audit chain's head and failing, or forking it, when the second one writes.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path, key: StoreKey | None = None) -> Engine:
    """An engine on the store at `path`; without `key` its personal columns cannot be used."""
    engine = create_engine(f"sqlite:///{path}")
    if key is not None:
        set_store_key(engine, key)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def head_revision() -> str:
    """The newest migration, by the project's naming rule: ``NNNN_description.py`` holds
    revision ``NNNN`` (a test checks this agrees with Alembic's own view)."""
    numbers = [p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")]
    return max(numbers)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if has_table is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, key: StoreKey, target: str = "head") -> None:
    """Bring the store's schema to the newest migration (or to `target`).

    Alembic is imported only when there is something to do: at an ordinary start-up the
    store is already current, and importing it would cost the clerk half a second. The key
    is needed by the migration that encrypts an older store's personal data.
    """
    set_store_key(engine, key)
    before = current_revision(engine)
    if before == head_revision() and target == "head":
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["store_key"] = key
        command.upgrade(config, target)
    if before is not None and before < ENCRYPTING_REVISION <= head_revision():
        _scrub(engine)


def _scrub(engine: Engine) -> None:
    """Rewrite the file after personal data was encrypted in place: the clear values must
    not survive in free pages or in the write-ahead log."""
    raw = engine.raw_connection()  # autocommit (see _sqlite_pragmas): VACUUM needs no BEGIN
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def is_encrypted_store(path: Path) -> bool:
    """Whether `path` is a store whose personal data is already encrypted (so only its own
    key reads it; a new key must not be made for it)."""
    if not path.exists():
        return False
    engine = make_engine(path)
    try:
        revision = current_revision(engine)
    finally:
        engine.dispose()
    return revision is not None and revision >= ENCRYPTING_REVISION


def open_store(path: Path, key: StoreKey) -> sessionmaker[Session]:
    """Open (creating if needed) and migrate the store at ``path``; return a session factory.

    `key` encrypts and decrypts the personal data (see :mod:`clerk_desk.crypto`).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, key)
    migrate(engine, key)
    return sessionmaker(engine, expire_on_commit=False)
