"""Fresh central databases for tests: SQLite files, or PostgreSQL databases by URL.

With ``CLERK_DESK_TEST_DATABASE_URL`` set (``scripts/start-postgres.sh`` prints one) every
database a test asks for is a new PostgreSQL database on that server, dropped when the test
ends; without it, a new SQLite file in the test's temporary folder. A seeded template is
copied the same way on both: a file copy, or ``CREATE DATABASE ... TEMPLATE`` (a file copy
inside PostgreSQL, far faster than migrating and seeding again).
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

ENV = "CLERK_DESK_TEST_DATABASE_URL"
# Every database the tests create starts so, which tells them apart from anything else.
PREFIX = "cdt_"


def server_url() -> str | None:
    """The PostgreSQL server the tests run against, or ``None`` for SQLite."""
    return os.environ.get(ENV) or None


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


class Databases:
    """Makes databases for one test (or one session) and drops them in :meth:`close`."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._server = server_url()
        self._admin: Engine | None = None
        self._made: list[str] = []

    @property
    def on_postgres(self) -> bool:
        return self._server is not None

    def new(self, name: str = "central", *, template: str | None = None) -> str:
        """A URL to an empty database (or a copy of ``template``, a URL from this class)."""
        if self._server is None:
            path = self._folder / f"{name}.sqlite3"
            if path.exists():
                path = self._folder / f"{name}-{uuid.uuid4().hex[:8]}.sqlite3"
            if template is not None:
                source = make_url(template).database
                assert source is not None
                shutil.copyfile(source, path)
            return f"sqlite:///{path}"
        database = f"{PREFIX}{name}_{uuid.uuid4().hex[:12]}".lower()
        clause = ""
        if template is not None:
            clause = f' TEMPLATE "{make_url(template).database}"'
        with self._admin_engine().connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{database}"{clause}')
        self._made.append(database)
        url = make_url(self._server).set(database=database)
        return url.render_as_string(hide_password=False)

    def _admin_engine(self) -> Engine:
        if self._admin is None:
            assert self._server is not None
            # CREATE and DROP DATABASE cannot run inside a transaction
            self._admin = create_engine(self._server, isolation_level="AUTOCOMMIT")
        return self._admin

    @staticmethod
    def _drop(conn: Connection, database: str) -> None:
        # FORCE: a server thread that did not stop in time may still hold a connection.
        # An autovacuum worker that just started on the new database belongs to the
        # superuser and cannot be ended by this role: it finishes in a moment, so wait.
        for attempt in range(20):
            try:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                return
            except DBAPIError:
                if attempt == 19:
                    raise
                time.sleep(0.25)

    def close(self) -> None:
        if self._admin is None:
            return
        with self._admin.connect() as conn:
            for database in reversed(self._made):
                self._drop(conn, database)
        self._made.clear()
        self._admin.dispose()
        self._admin = None
