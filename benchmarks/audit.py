"""Appending to the hash-chained audit log: entries per second, against the same inserts
without hashing, in the same run.

    .venv/bin/python benchmarks/audit.py [ENTRIES]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on the path, and benchmarks/sync.py or
# benchmarks/printing.py would stand in for the packages of those names.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from clerk_desk import audit
from clerk_desk.crypto import StoreKey
from clerk_desk.store.db import open_store
from clerk_desk.store.models import AuditEntry

TEST_STORE_KEY = StoreKey.generate()  # a throwaway key: the figures do not depend on it

ENTRIES = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
RUNS = 3


def chained(folder: Path) -> float:
    sessions = open_store(folder / "chained.sqlite3", TEST_STORE_KEY)
    start = time.perf_counter()
    with sessions.begin() as session:
        for n in range(ENTRIES):
            audit.append(
                session,
                actor="dam.clerk1",
                workstation="W1",
                action="claim",
                request_id=f"DAM-{n:06d}",
                detail={"n": n},
            )
    elapsed = time.perf_counter() - start
    with sessions() as session:
        assert audit.verify(session).intact
    return elapsed


def bare(folder: Path) -> float:
    sessions = open_store(folder / "bare.sqlite3", TEST_STORE_KEY)
    at = datetime.now(UTC)
    rows = [
        {
            "at": at,
            "actor": "dam.clerk1",
            "workstation": "W1",
            "request_id": f"DAM-{n:06d}",
            "action": "claim",
            "detail": {"n": n},
            "prev_hash": "",
            "hash": "",
        }
        for n in range(ENTRIES)
    ]
    start = time.perf_counter()
    with sessions.begin() as session:
        session.execute(insert(AuditEntry), rows)
    return time.perf_counter() - start


def main() -> None:
    chained_times, bare_times = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            chained_times.append(chained(Path(tmp)))
            bare_times.append(bare(Path(tmp)))
    chained_rate = ENTRIES / statistics.median(chained_times)
    bare_rate = ENTRIES / statistics.median(bare_times)
    print(
        f"{ENTRIES} entries, median of {RUNS}: chained {chained_rate:,.0f}/s, "
        f"bare inserts {bare_rate:,.0f}/s"
    )
    print(
        f"audit: {chained_rate:.0f} entries/s, ratio {bare_rate / chained_rate:.1f} "
        f"vs inserts without hashing"
    )


if __name__ == "__main__":
    main()
