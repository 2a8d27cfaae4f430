"""A central server process whose clock is a file the test writes.

    python -m tests.central.clocked_server DATABASE_URL CLOCK_FILE

Prints its base URL on one line once ``/health`` answers, and serves until its standard
input is closed. Several of these on one database are several server processes, as in a
deployment; the clock file lets a test move all their clocks at once, without sleeping.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from central.server import ServerThread


class FileClock:
    """The time written in a file (ISO 8601, with its offset), read at every call."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self) -> datetime:
        return datetime.fromisoformat(self.path.read_text(encoding="utf-8").strip())


def main(argv: list[str]) -> int:
    database_url, clock_file = argv
    with ServerThread(database_url, seed=None, clock=FileClock(Path(clock_file))) as server:
        server.start()
        print(server.url, flush=True)
        sys.stdin.read()  # until the test closes our standard input
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
