"""Fixtures shared by every test folder."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.databases import Databases

if TYPE_CHECKING:
    from central.server import ServerThread

# Tests where processes, threads or the event loop race one another: a slow machine is
# where they would break first, so CI runs them once more pinned to one core (.ci/run,
# ``pytest -m timing``). A test found to depend on the machine's speed joins this list.
TIMING_SENSITIVE = frozenset(
    {
        "tests/central/test_concurrency.py",
        "tests/central/test_server.py",
        "tests/core/test_audit_concurrency.py",
        "tests/sync/test_crash.py",
        "tests/sync/test_faults.py",
        "tests/sync/test_leases.py",
        "tests/core/usecases/test_paper_killed.py",
        "tests/sync/test_worker.py",
        "tests/ui/test_dashboard.py",
        "tests/ui/test_end_to_end.py",
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(str(config.rootpath))
    for item in items:
        if item.path.relative_to(root).as_posix() in TIMING_SENSITIVE:
            item.add_marker(pytest.mark.timing)


@pytest.fixture
def closed_port_url() -> str:
    """The address of a loopback port nobody listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def databases(tmp_path: Path) -> Iterator[Databases]:
    """Fresh central databases for this test: SQLite files, or PostgreSQL databases when
    ``CLERK_DESK_TEST_DATABASE_URL`` names a server (see ``tests/databases.py``)."""
    made = Databases(tmp_path)
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def live_server(databases: Databases) -> Iterator[ServerThread]:
    """The reference central server, seeded with the demo data, on a free loopback port.

    A fresh database each time (SQLite, or PostgreSQL with ``CLERK_DESK_TEST_DATABASE_URL``
    set). ``.url`` is the base URL (``http://127.0.0.1:PORT``),
    ``.api_url`` adds ``/api/v1``. Demo users: ``dam.clerk1``, ``dam.clerk2``,
    ``dam.supervisor`` (and the same for alp, hms, hma, ltk), password ``demo``.
    """
    from central.server import serve_in_background  # only the tests that use it pay for it

    server = serve_in_background(databases.new(), seed="demo")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True, scope="session")
def desktop_free_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A keyring that needs no desktop session: a file in a temporary folder."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path_factory.mktemp("keyring") / "keyring.cfg")
    keyring.set_keyring(backend)
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt settings and data folders of the tests stay out of the user's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture(autouse=True, scope="session")
def qt_objects_gone_before_exit() -> Iterator[None]:
    """Delete what the tests' windows left behind while Qt still runs.

    Otherwise PySide destroys the remaining Python-owned objects in its own exit handler,
    in an order that sometimes reaches an object Qt has already freed (a crash after the
    last test passed, exit code 139).
    """
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from ui.app import release_qt_objects

        release_qt_objects()
