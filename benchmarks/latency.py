"""The clerk's actions over a slow link: open a request, accept it until its preview can be
shown (the papers prepared), print them, and reject one, against the reference server behind
a loopback proxy that adds 0, 100 and 300 ms of round-trip time (benchmarks/latency_proxy.py;
a new connection pays its TCP handshake too).

    .venv/bin/python benchmarks/latency.py [--null-printer]

One workstation (its own store, its key approved by the supervisor, as in the tests) works
synthetic requests of the seeded center, each submitted as registered: per RTT, RUNS requests
opened, accepted and printed, and RUNS opened and rejected; medians. Printing goes to the
cups-pdf queue of the tests (tests/printing/cups.py); where CUPS cannot be had, to a null
printer that takes every job at once, and the output says so. CUPS's own time varies with
the machine's load by some hundreds of ms; ``--null-printer`` takes it out, to see what the
desk and the link add to printing alone.

Floors of issue 14 (reported, not asserted: this machine is shared and noisy): at 300 ms
RTT, open within 1 RTT + 150 ms; accept-to-preview and print within 50 ms of their 0-RTT
figures. Open is timed once the sync worker has delivered the last decision (a clerk reading
the queue gives it that time); "open, behind a push" is the same call made at once after a
print, while the worker still pushes what it recorded: the worker serializes every exchange,
so the claim waits one exchange behind the push. The last line is the headline figure.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on the path, and benchmarks/sync.py or
# benchmarks/printing.py would stand in for the packages of those names.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

RTTS_MS = (0, 100, 300)
RUNS = 3  # per action and RTT: the whole run stays under a minute today
CLERK = "dam.clerk1"
SERVICE = "civil_extract_individual"  # a fast service: its document is made at the desk
REASON = ("data_mismatch", "اسم الأم لا يطابق السجل المدني")
OPEN_FLOOR_MS = 150.0  # open <= 1 RTT + this
SAME_AS_0_MS = 50.0  # accept-to-preview and print within this of their 0-RTT figure


# --- the clerk's actions: the one place that knows which API they go through ----------------


class ClerkActions:
    """The four actions through the use cases, as the workstation wires them
    (``ui.app.build_desk``)."""

    def __init__(self, server_url: str, link_url: str, data_dir: Path, printer: str) -> None:
        from clerk_desk import config as cfg
        from tests.enrollment import approve_desk
        from ui.app import build_workstation

        settings = cfg.Config()
        settings.set(cfg.SERVER_URL, link_url)
        settings.set(cfg.PRINTER, printer)
        self.desk = build_workstation(settings, data_dir)
        self.desk.session.login(CLERK, "demo")
        approve_desk(self.desk, server_url)  # its key, as the center's supervisor would
        self.desk.sync.pull()

    def open(self, request_id: str) -> Any:
        opened = self.desk.counter.open(request_id)
        if opened.comparison is None:
            raise SystemExit(f"{request_id} opened without its registry record: {opened.problem}")
        return opened

    def accept(self, request_id: str, opened: Any) -> Any:
        """Until the preview can be shown: the papers prepared."""
        self.desk.counter.accept(request_id, frozenset(opened.comparison.equivalent_fields))
        return self.desk.paper.prepare(request_id)

    def print(self, request_id: str, prepared: Any) -> None:
        self.desk.paper.print_documents(prepared, request_id)

    def reject(self, request_id: str) -> None:
        self.desk.counter.reject(request_id, *REASON)

    def idle(self) -> None:
        """Wait until the sync worker has delivered everything (a clerk reading the next
        request in the queue gives it that time)."""
        if not self.desk.sync.wait_until_idle(60):
            raise SystemExit("the sync worker never went idle")

    def close(self) -> None:
        self.desk.client.close()
        self.desk.sessions.kw["bind"].dispose()


# --- setting up -----------------------------------------------------------------------------


def private_folders(tmp: Path) -> None:
    """Settings, data and the keyring of this run in `tmp`, not the user's own."""
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp / "keyring.cfg")
    keyring.set_keyring(backend)


def add_requests(database_url: str, count: int) -> list[str]:
    """`count` more assigned requests at the clerk's center, each submitted as registered;
    the ids of those of SERVICE."""
    from central.db import RequestRow, make_engine, write_session
    from central.seed import add_synthetic_requests

    engine = make_engine(database_url)
    try:
        with write_session(engine) as session:
            ids = add_synthetic_requests(session, "DAM", count)
            session.commit()
            return sorted(i for i in ids if session.get_one(RequestRow, i).service_code == SERVICE)
    finally:
        engine.dispose()


@contextmanager
def a_printer(null: bool) -> Iterator[tuple[str, str]]:
    """(queue, how it prints): the tests' cups-pdf queue, else (or if asked) a null printer
    that takes every job at once: the ledger, the checks and the desk's work stay."""
    import pytest

    from printing import printer
    from tests.printing.cups import start_cups

    why = "asked for"
    if not null:
        try:
            queue = start_cups()
        except (pytest.skip.Exception, pytest.fail.Exception) as no_cups:
            why = f"no CUPS here: {str(no_cups).splitlines()[0]}"
        else:
            yield queue.name, f"the cups-pdf queue {queue.name} (through lp, until CUPS is done)"
            return
    submit, wait = printer.submit, printer.wait_for_job
    printer.submit = lambda *_a, **_k: "Null-1"
    printer.wait_for_job = lambda *_a, **_k: None
    try:
        yield "Null", f"a NULL printer ({why})"
    finally:
        printer.submit, printer.wait_for_job = submit, wait


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = work()
    return result, (time.perf_counter() - start) * 1000


# --- measuring ------------------------------------------------------------------------------

OPEN_BEHIND = "open, behind a push"
ACTIONS = ("open", "accept to preview", "print", "reject", OPEN_BEHIND)


def one_round(clerk: ClerkActions, to_accept: str, to_reject: str) -> dict[str, list[float]]:
    """Open (once the last decision has gone: the clerk's pace), accept, print; then open
    the next at once, while the sync worker still pushes what the print recorded (the
    call waits one exchange behind it), and reject it."""
    times: dict[str, list[float]] = {action: [] for action in ACTIONS}
    clerk.idle()
    opened, ms = timed(lambda: clerk.open(to_accept))
    times["open"].append(ms)
    prepared, ms = timed(lambda: clerk.accept(to_accept, opened))
    times["accept to preview"].append(ms)
    _, ms = timed(lambda: clerk.print(to_accept, prepared))
    times["print"].append(ms)
    _, ms = timed(lambda: clerk.open(to_reject))
    times[OPEN_BEHIND].append(ms)
    _, ms = timed(lambda: clerk.reject(to_reject))
    times["reject"].append(ms)
    return times


def main() -> int:
    started = time.perf_counter()
    from benchmarks.latency_proxy import LatencyProxy
    from central.server import serve_in_background

    medians: dict[tuple[str, int], float] = {}
    spreads: dict[tuple[str, int], tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        private_folders(tmp)
        database_url = f"sqlite:///{tmp / 'central.sqlite3'}"
        server = serve_in_background(database_url, seed="demo")
        try:
            ids = add_requests(database_url, 160)
            needed = 2 * (1 + RUNS * len(RTTS_MS))
            if len(ids) < needed:
                raise SystemExit(f"{len(ids)} requests of {SERVICE}, {needed} needed")
            requests = iter(ids)
            with (
                LatencyProxy(server.url) as link,
                a_printer("--null-printer" in sys.argv) as (queue, printing_to),
            ):
                clerk = ClerkActions(server.url, link.url, tmp / "desk", queue)
                try:
                    one_round(clerk, next(requests), next(requests))  # warm-up, not counted
                    for rtt in RTTS_MS:
                        link.rtt = rtt / 1000
                        times: dict[str, list[float]] = {action: [] for action in ACTIONS}
                        for _ in range(RUNS):
                            for action, ms in one_round(
                                clerk, next(requests), next(requests)
                            ).items():
                                times[action] += ms
                        for action, values in times.items():
                            medians[action, rtt] = statistics.median(values)
                            spreads[action, rtt] = (min(values), max(values))
                finally:
                    clerk.close()
        finally:
            server.stop()

    print(f"printing to {printing_to}")
    print(f"median of {RUNS} runs per action and RTT, min-max in brackets")
    header = f"{'action':<22}" + "".join(f"{f'{rtt} ms RTT':>22}" for rtt in RTTS_MS)
    print(header)
    print("-" * len(header))
    for action in ACTIONS:
        cells = ""
        for rtt in RTTS_MS:
            low, high = spreads[action, rtt]
            cells += f"{f'{medians[action, rtt]:.0f} ms ({low:.0f}-{high:.0f})':>22}"
        print(f"{action:<22}{cells}")
    slow = RTTS_MS[-1]
    floors = [
        ("open", medians["open", slow], slow + OPEN_FLOOR_MS, f"<= 1 RTT + {OPEN_FLOOR_MS:.0f}"),
        *(
            (
                action,
                medians[action, slow],
                medians[action, 0] + SAME_AS_0_MS,
                f"<= its 0-RTT {medians[action, 0]:.0f} + {SAME_AS_0_MS:.0f}",
            )
            for action in ("accept to preview", "print")
        ),
    ]
    print(f"floors of issue 14 at {slow} ms RTT (this kind of machine; printed, not asserted):")
    for action, value, limit, rule in floors:
        verdict = "holds" if value <= limit else "does NOT hold"
        print(f"  {action}: {value:.0f} ms {rule} = {limit:.0f} ms: {verdict}")
    print(f"whole benchmark: {time.perf_counter() - started:.1f} s")
    open_ms = medians["open", slow]
    print(f"latency: open {open_ms:.0f} ms at {slow} ms RTT, ratio {open_ms / slow:.2f} vs the RTT")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
