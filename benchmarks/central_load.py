"""1,000 simulated workstations against the reference server on PostgreSQL, with 1, 2 and
4 API processes, and against a bare FastAPI route in the same run.

    .venv/bin/python benchmarks/central_load.py [WORKSTATIONS] [SECONDS_PER_RUN]

The model is benchmarks/load/locustfile.py (a clerk's pace: a pull every 30 s, a request
worked every 180 s: open, decide, print, seal; a supervisor per center reviewing), every
clock of it ``FACTOR`` times faster. Locust runs headless, bounded in time, against
loopback only. PostgreSQL: ``CLERK_DESK_TEST_DATABASE_URL`` (a server where this role may
create databases), or scripts/start-postgres.sh is run (root). A fresh database is made and
dropped.

Each run prints requests/s, p50/p95/p99 per call and errors. With 1 and 2 processes the
same server then takes SATURATING workstations pulling without pause: their pulls per
second are the throughput at saturation, compared. Then the server's own tables
are read: every decision the load generator saw recorded (200) is there exactly once, and
no request has two. The last line gives the p95 over all calls with 2 processes (the
machine's cores) and its ratio to the bare route's p95 in the same run.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on the path, and benchmarks/sync.py would stand
# in for the package of that name.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import csv
import json
import os
import secrets
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from central.app import prepare_database
from central.db import DecisionRow, RequestRow, TokenRow, UserRow, make_engine, write_session
from central.routing import encode_cursor
from central.security import token_digest
from central.seed import CENTERS, add_synthetic_requests

ROOT = Path(__file__).resolve().parent.parent
WORKSTATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
SECONDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
FACTOR = 3  # the model's clocks run this much faster than a counter's
PROCESSES = (1, 2, 4)
PER_WORKSTATION = 2  # requests each workstation may work in one run (it works at most 1-2)
LOCUSTFILE = ROOT / "benchmarks" / "load" / "locustfile.py"
CALLS = ("pull", "claim", "decide", "blocks", "issue", "seal", "reviews", "review")
# Workstations that pull without pause, for the throughput at saturation of 1 and 2
# processes (enough to keep every worker thread of 2 processes busy).
SATURATING = 64


def postgres_url() -> str:
    url = os.environ.get("CLERK_DESK_TEST_DATABASE_URL")
    if url:
        return url
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "start-postgres.sh")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Database:
    """A fresh database on the PostgreSQL server, dropped at the end."""

    def __init__(self, server_url: str) -> None:
        self.admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        self.name = f"cdl_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        self.url = make_url(server_url).set(database=self.name).render_as_string(False)

    def drop(self) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.admin.dispose()


def newest_cursors(session: Session) -> dict[str, str]:
    """Each center's cursor after its newest change: a pull from there is an empty delta."""
    newest = session.execute(
        select(RequestRow.center_code, func.max(RequestRow.change_seq)).group_by(
            RequestRow.center_code
        )
    ).all()
    return {code: encode_cursor(seq or 0) for code, seq in newest}


def caught_up(url: str, plan: dict[str, Any]) -> dict[str, Any]:
    """``plan`` with each workstation's cursor moved to its center's newest change, as a
    workstation that has kept pulling has it (not a page of what the last run changed)."""
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            cursors = newest_cursors(session)
    finally:
        engine.dispose()
    desks = [{**desk, "cursor": cursors[desk["center"]]} for desk in plan["workstations"]]
    return {**plan, "workstations": desks}


def prepare(url: str, runs: int) -> list[dict[str, object]]:
    """Seed, add requests and mint tokens; one plan per run (its own requests)."""
    now = datetime.now(UTC)
    engine = make_engine(url)
    try:
        prepare_database(engine, seed="demo", now=now)
        per_center = -(-WORKSTATIONS // len(CENTERS))
        plans: list[dict[str, object]] = []
        with write_session(engine) as session:
            fresh = {
                c.code: add_synthetic_requests(
                    session, c.code, per_center * PER_WORKSTATION * runs, now=now
                )
                for c in CENTERS
            }
            session.flush()
            users = {u.username: u for u in session.scalars(select(UserRow))}
            cursors = newest_cursors(session)

            def token(username: str, workstation: str) -> str:
                value = secrets.token_urlsafe(32)
                session.add(
                    TokenRow(
                        token_sha256=token_digest(value),
                        user_id=users[username].id,
                        workstation=workstation,
                        issued_at=now,
                        expires_at=now + timedelta(hours=12),
                        last_used_at=now,
                    )
                )
                return value

            for run in range(runs):
                desks = []
                for n in range(WORKSTATIONS):
                    center = CENTERS[n % len(CENTERS)].code
                    start = (run * per_center + n // len(CENTERS)) * PER_WORKSTATION
                    desks.append(
                        {
                            "token": token(f"{center.lower()}.clerk{1 + n % 2}", f"L{run}W{n:04d}"),
                            "center": center,
                            "cursor": cursors[center],
                            "requests": fresh[center][start : start + PER_WORKSTATION],
                        }
                    )
                supervisors = [
                    {"token": token(f"{c.code.lower()}.supervisor", f"L{run}S{c.code}")}
                    for c in CENTERS
                ]
                plans.append({"workstations": desks, "supervisors": supervisors})
            session.commit()
        return plans
    finally:
        engine.dispose()


def wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if process.poll() is not None:
            raise RuntimeError("the server stopped while starting")
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError("the server was not ready in time")


def start(command: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command, cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def stop(process: subprocess.Popen[bytes]) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def locust(
    port: int, plan: dict[str, object], folder: Path, env: dict[str, str], *, saturate: bool = False
) -> tuple[dict[str, dict[str, float]], dict[str, list[str]]]:
    """Run the model headless for SECONDS: its stats per call name, and the requests it
    sent decisions for (``attempted``) and got them recorded (``decided``). ``saturate``:
    SATURATING workstations pull as fast as they are answered, from their center's newest
    change (:func:`caught_up`), and supervisors do nothing."""
    tag = f"{port}-saturate" if saturate else str(port)
    plan_file = folder / f"plan-{tag}.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    prefix = folder / f"stats-{tag}"
    # Supervisors are a fixed count; when saturating they do nothing.
    supervisors = len(CENTERS)
    users = (SATURATING if saturate else WORKSTATIONS) + supervisors
    subprocess.run(
        [
            sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
            "--host", f"http://127.0.0.1:{port}", "-u", str(users), "-r", str(users),
            "-t", f"{SECONDS}s", "--stop-timeout", "1", "--csv", str(prefix),
            "--only-summary", "--loglevel", "ERROR",
        ],
        cwd=ROOT, check=False, capture_output=True,
        env={**env, "CLERK_DESK_LOAD_PLAN": str(plan_file),
             "CLERK_DESK_LOAD_FACTOR": str(FACTOR),
             "CLERK_DESK_LOAD_SUPERVISORS": str(supervisors),
             "CLERK_DESK_LOAD_SATURATE": "1" if saturate else "0",
             "CLERK_DESK_LOAD_RESULT": str(folder / f"result-{tag}.json")},
    )  # fmt: skip
    stats: dict[str, dict[str, float]] = {}
    with open(f"{prefix}_stats.csv", encoding="utf-8") as table:
        for row in csv.DictReader(table):
            number = {k: v if v not in ("", "N/A") else "0" for k, v in row.items()}
            stats[row["Name"]] = {
                "count": float(number["Request Count"]),
                "failures": float(number["Failure Count"]),
                "rps": float(number["Requests/s"]),
                "p50": float(number["50%"]),
                "p95": float(number["95%"]),
                "p99": float(number["99%"]),
            }
    with open(f"{prefix}_failures.csv", encoding="utf-8") as table:
        for row in csv.DictReader(table):  # what went wrong, said once per kind
            print(f"  failed {row['Name']} x{row['Occurrences']}: {row['Error'][:300]}")
    result = json.loads((folder / f"result-{tag}.json").read_text(encoding="utf-8"))
    return stats, result


def print_table(title: str, stats: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print(f"  {'call':<10}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name in (*CALLS, "Aggregated"):
        if name in stats:
            s = stats[name]
            print(
                f"  {name:<10}{s['rps']:>8.1f}{s['p50']:>9.0f}{s['p95']:>9.0f}"
                f"{s['p99']:>9.0f}{s['failures']:>8.0f}"
            )


def check_decisions(url: str, attempted: set[str], decided: set[str]) -> None:
    """Every decision the server answered 200 is recorded, once; nothing else is (a
    decision whose answer the run's end cut off may be recorded: it was sent)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            per_request = Counter(
                request_id
                for request_id in conn.execute(select(DecisionRow.request_id)).scalars()
                if request_id in attempted
            )
    finally:
        engine.dispose()
    twice = sorted(request_id for request_id, n in per_request.items() if n > 1)
    missing = sorted(decided - set(per_request))
    print(
        f"\ndecisions: {len(decided)} answered 200, {sum(per_request.values())} recorded for "
        f"{len(attempted)} sent; missing {len(missing)}, twice {len(twice)}"
    )
    if twice or missing:
        raise SystemExit(f"central_load: decisions not recorded exactly once: {missing + twice}")


def main() -> None:
    began = time.monotonic()
    database = Database(postgres_url())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLERK_DESK_DATABASE_URL": database.url}
    results: dict[str, dict[str, dict[str, float]]] = {}
    saturated: dict[str, dict[str, dict[str, float]]] = {}
    attempted: set[str] = set()
    decided: set[str] = set()
    servers: dict[str, tuple[int, subprocess.Popen[bytes]]] = {}
    try:
        plans = prepare(database.url, len(PROCESSES) + 1)
        print(
            f"central_load: {WORKSTATIONS} workstations + {len(CENTERS)} supervisors, "
            f"clocks x{FACTOR} (a pull every {30 / FACTOR:g} s, a request worked every "
            f"{180 / FACTOR:g} s), {SECONDS} s per run; prepared in "
            f"{time.monotonic() - began:.1f} s"
        )
        with tempfile.TemporaryDirectory() as folder:
            # Every server starts at once (idle ones cost nothing), then each is measured
            # alone: the bare route first, then 1, 2 and 4 processes.
            commands = {
                "bare": [sys.executable, "-m", "uvicorn", "benchmarks.load.bare:app",
                         "--no-access-log", "--log-level", "warning", "--port"],
                **{
                    str(n): [sys.executable, "-m", "clerk_desk.cli", "--data-dir", folder,
                             "server", "--db", database.url, "--workers", str(n), "--port"]
                    for n in PROCESSES
                },
            }  # fmt: skip
            for name, command in commands.items():
                port = free_port()
                servers[name] = (port, start([*command, str(port)], env))
            for name, (port, process) in servers.items():
                path = "requests" if name == "bare" else "ready"
                wait_ready(f"http://127.0.0.1:{port}/api/v1/{path}", process)
            for run, name in enumerate(servers):
                port, process = servers[name]
                extra = {"CLERK_DESK_LOAD_PULL_ONLY": "1"} if name == "bare" else {}
                # Workstations that have kept pulling: the earlier runs' changes are not a
                # first page of hundreds of requests for each of them.
                plan = caught_up(database.url, plans[run])
                if name in ("1", "2"):
                    # First, on a server with no calls queued: a server the model saturated
                    # would still be working off calls whose workstations had gone.
                    saturated[name], _ = locust(port, plan, Path(folder), env, saturate=True)
                results[name], sent = locust(port, plan, Path(folder), {**env, **extra})
                stop(process)
                attempted |= set(sent["attempted"])
                decided |= set(sent["decided"])
                title = (
                    "bare FastAPI route, one indexed SELECT (pulls only)"
                    if name == "bare"
                    else f"reference server, {name} API process(es)"
                )
                print_table(title, results[name])
                if name in saturated:
                    print_table(f"{title}, at saturation (pulls only)", saturated[name])
        check_decisions(database.url, attempted, decided)
    finally:
        for _port, process in servers.values():
            if process.poll() is None:
                stop(process)
        database.drop()
    one = saturated["1"]["Aggregated"]["rps"]
    two = saturated["2"]["Aggregated"]["rps"]
    runs = [results[str(w)] for w in PROCESSES] + list(saturated.values())
    errors = sum(int(run["Aggregated"]["failures"]) for run in runs)
    worst = max((s["p95"], name) for name, s in results["2"].items() if name != "Aggregated")
    print(
        f"\nat saturation ({SATURATING} workstations pulling without pause): 1 process "
        f"{one:.0f} pulls/s, 2 processes {two:.0f} pulls/s, {two / one:.2f}x; errors {errors}; "
        f"slowest call p95 with 2 processes: {worst[1]} {worst[0]:.0f} ms; "
        f"took {time.monotonic() - began:.0f} s"
    )
    p95 = results["2"]["Aggregated"]["p95"]
    ratio = p95 / max(results["bare"]["Aggregated"]["p95"], 1.0)
    print(
        f"central_load: {p95:.0f} ms p95 at {WORKSTATIONS:,} workstations, ratio {ratio:.1f} "
        "vs a bare FastAPI route doing one indexed SELECT in the same run"
    )


if __name__ == "__main__":
    main()
