"""Fixtures shared by every test folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from central.server import ServerThread


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[ServerThread]:
    """The reference central server, seeded with the demo data, on a free loopback port.

    A fresh SQLite file each time. ``.url`` is the base URL (``http://127.0.0.1:PORT``),
    ``.api_url`` adds ``/api/v1``. Demo users: ``dam.clerk1``, ``dam.clerk2``,
    ``dam.supervisor`` (and the same for alp, hms, hma, ltk), password ``demo``.
    """
    from central.server import serve_in_background  # only the tests that use it pay for it

    server = serve_in_background(f"sqlite:///{tmp_path / 'central.sqlite3'}", seed="demo")
    try:
        yield server
    finally:
        server.stop()
