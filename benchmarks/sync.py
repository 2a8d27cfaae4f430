"""Pulling 10,000 assigned requests into an empty workstation store, requests per second.

The reference server runs on loopback with a temporary SQLite database, seeded with the
demo data plus 10,000 synthetic requests for one center; the benchmark logs in as that
center's clerk and pulls everything through ``sync.puller.Puller`` into a fresh store
(Alembic-migrated, as on a workstation). Beside it, in the same run, a bare loop fetches
the same JSON pages with ``requests`` and inserts them with ``sqlite3.executemany``: the
ratio says what the validation, the ORM and the store's rules cost on top of the wire.
Figures are the median of several runs, each into a new empty store.
Run: ``.venv/bin/python benchmarks/sync.py``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests

from central.db import make_engine, write_session
from central.seed import add_synthetic_requests
from central.server import serve_in_background
from clerk_desk.crypto import StoreKey
from clerk_desk.store.db import open_store
from sync.client import CentralClient
from sync.events import EventHub
from sync.puller import Puller

TEST_STORE_KEY = StoreKey.generate()  # a throwaway key: the figures do not depend on it

CENTER = "DAM"
CLERK = "dam.clerk1"
SYNTHETIC = 10_000
RUNS = 3
PAGE_SIZE = 1000  # the server's largest page: fewer round trips and transactions
FLOOR = 2_000  # requests per second the issue asks for


def pull_with_puller(url: str, folder: Path, run: int) -> tuple[int, float]:
    client = CentralClient(url)
    client.login(CLERK, "demo", "BENCH")
    sessions = open_store(folder / f"store-{run}.sqlite3", TEST_STORE_KEY)
    try:
        started = time.perf_counter()
        result = Puller(client, sessions, EventHub(), page_size=PAGE_SIZE).pull()
        elapsed = time.perf_counter() - started
    finally:
        client.close()
        sessions.kw["bind"].dispose()
    return result.new, elapsed


BARE_SCHEMA = """
CREATE TABLE requests (
    id TEXT PRIMARY KEY, service_code TEXT, service_class TEXT, center_code TEXT,
    status TEXT, requester_name TEXT, relation_ar TEXT, subject_national_number TEXT,
    subject TEXT, delivery_method TEXT, delivery TEXT, submitted_at TEXT, assigned_at TEXT,
    server_updated_at TEXT, claimed_by TEXT, lease_expires_at TEXT
)
"""


def pull_bare(url: str, folder: Path, run: int, page_size: int) -> tuple[int, float]:
    """The floor of the work: fetch the pages, insert the fields, nothing checked."""
    with requests.Session() as http:
        token = http.post(
            f"{url}/api/v1/login", json={"username": CLERK, "password": "demo"}, timeout=30
        ).json()["token"]
        http.headers["Authorization"] = f"Bearer {token}"
        with contextlib.closing(sqlite3.connect(folder / f"bare-{run}.sqlite3")) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(BARE_SCHEMA)
            started = time.perf_counter()
            count, cursor = 0, ""
            while True:
                params: dict[str, str | int] = {"limit": page_size}
                if cursor:
                    params["since"] = cursor
                page = http.get(f"{url}/api/v1/requests", params=params, timeout=60).json()
                rows = [
                    (
                        i["id"], i["service_code"], i["service_class"], i["center_code"],
                        i["status"], i["requester_name"], i.get("relation_ar", ""),
                        i["subject"]["national_number"], json.dumps(i["subject"]),
                        i["delivery"]["method"], json.dumps(i["delivery"]), i["submitted_at"],
                        i["assigned_at"], i["updated_at"], i.get("claimed_by"),
                        i.get("lease_expires_at"),
                    )
                    for i in page["items"]
                ]  # fmt: skip
                with db:
                    db.executemany(f"INSERT INTO requests VALUES ({','.join('?' * 16)})", rows)
                count += len(rows)
                cursor = page["cursor"]
                if not page["more"]:
                    break
            elapsed = time.perf_counter() - started
    return count, elapsed


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="clerk-desk-bench-") as tmp:
        folder = Path(tmp)
        database_url = f"sqlite:///{folder / 'central.sqlite3'}"
        server = serve_in_background(database_url, seed="demo")
        try:
            engine = make_engine(database_url)
            try:
                with write_session(engine) as session:
                    add_synthetic_requests(session, CENTER, SYNTHETIC)
                    session.commit()
            finally:
                engine.dispose()
            ours: list[float] = []
            bare: list[float] = []
            for run in range(RUNS):
                count, elapsed = pull_with_puller(server.url, folder, run)
                ours.append(count / elapsed)
                bare_count, bare_elapsed = pull_bare(server.url, folder, run, PAGE_SIZE)
                bare.append(bare_count / bare_elapsed)
                if bare_count != count:
                    raise SystemExit(f"the two pulls disagree: {count} vs {bare_count} requests")
                print(
                    f"run {run + 1}: Puller {count} requests in {elapsed:.2f} s "
                    f"({count / elapsed:,.0f}/s); bare {bare_count} in {bare_elapsed:.2f} s "
                    f"({bare_count / bare_elapsed:,.0f}/s)"
                )
        finally:
            server.stop()
    median, bare_median = statistics.median(ours), statistics.median(bare)
    ratio = median / bare_median
    note = "" if median >= FLOOR else f" — BELOW the floor of {FLOOR}/s"
    print(f"page size {PAGE_SIZE}; floor {FLOOR} requests/s{note}")
    print(f"sync: {median:.0f} requests/s, ratio {ratio:.2f} vs bare fetch + executemany")


if __name__ == "__main__":
    main()
