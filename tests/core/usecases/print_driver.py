"""A workstation that prints one request through CUPS and kills itself (SIGKILL) at a chosen
phase of printing (test_paper_killed.py).

Run as ``python -m tests.core.usecases.print_driver SERVER_URL DATA_DIR PRINTER PHASE`` from the
repository root. It logs in as dam.clerk1, opens the center's requests until one matches the
registry, accepts it (which prepares its papers), says ``prepared REQUEST INTENT NUMBER`` on
its standard output, prints, and at PHASE says ``phase PHASE`` and kills itself:

- ``prepared``: the papers are prepared (the preview would be open), nothing sent;
- ``sending``: the ledger says the papers are being sent, ``lp`` not yet run;
- ``sent``: CUPS accepted the document's job (recorded in the ledger), the envelope not sent;
- ``sent_all``: CUPS accepted both jobs, the desk not yet waiting for them to finish;
- ``recorded``: the issuance is recorded, the outbox not yet pushed.

The kill is at a point of the program, never at a time. The desk is built as
``ui.app.build_desk`` does, on the tests' fixed store key, so the test reopens the store.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from clerk_desk import config as cfg
from clerk_desk.comparison import Verdict
from clerk_desk.store.db import open_store
from printing import printer
from sync.client import CentralClient
from sync.credentials import TokenStore
from sync.events import EventHub
from tests.enrollment import approve_desk
from tests.store_keys import TEST_STORE_KEY
from ui.workstation import Workstation

PHASES = ("prepared", "sending", "sent", "sent_all", "recorded")


def make_desk(server_url: str, data_dir: Path, printer_name: str) -> Workstation:
    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, server_url)
    settings.set(cfg.PRINTER, printer_name)
    settings.set(cfg.WORKSTATION, "W1")
    sessions = open_store(data_dir / "workstation.sqlite3", TEST_STORE_KEY)
    return Workstation(
        settings,
        sessions,
        CentralClient(server_url),
        TokenStore(),
        EventHub(),
        data_dir / "documents",
        store_key=TEST_STORE_KEY,
    )


def die(phase: str) -> None:
    print(f"phase {phase}", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


class Dying:
    """A courier that kills the workstation when asked to deliver."""

    def __init__(self, phase: str) -> None:
        self.phase = phase

    def deliver_soon(self) -> None:
        die(self.phase)


def file_keyring(data_dir: Path) -> None:
    """A keyring that needs no desktop session, as tests/conftest.py gives the tests."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(data_dir / "keyring.cfg")
    keyring.set_keyring(backend)


def main() -> None:
    server_url, data_dir, printer_name, phase = sys.argv[1:5]
    file_keyring(Path(data_dir))
    desk = make_desk(server_url, Path(data_dir), printer_name)
    desk.session.login("dam.clerk1", "demo")
    approve_desk(desk, server_url)  # the workstation's key, as a supervisor would
    desk.sync.pull()
    with desk.sessions() as session:
        from sqlalchemy import select

        from clerk_desk.store.models import Request

        ids = list(
            session.scalars(
                select(Request.id)
                .where(Request.status == "assigned")
                .where(Request.service_code == "civil_extract_individual")
                .order_by(Request.id)
            )
        )
    for request_id in ids:
        opened = desk.counter.open(request_id)
        if opened.comparison is not None and opened.comparison.verdict is Verdict.MATCH:
            break
        desk.client.release(request_id)
    else:
        raise SystemExit("no matching request to print")
    desk.counter.accept(request_id, frozenset())
    prepared = desk.paper.prepare(request_id)
    print(f"prepared {request_id} {prepared.intent_id} {prepared.document_number}", flush=True)
    if phase == "prepared":
        die(phase)

    submit = printer.submit
    calls = 0

    def submit_then_die(*args: Any, **kwargs: Any) -> str:
        nonlocal calls
        calls += 1
        if (phase, calls) in (("sending", 1), ("sent", 2)):
            die(phase)
        return submit(*args, **kwargs)

    def wait_then_die(job_id: str, **_: Any) -> None:
        if phase == "sent_all":
            die(phase)
        printer_wait(job_id)

    printer_wait = printer.wait_for_job
    printer.submit = submit_then_die  # type: ignore[assignment]
    printer.wait_for_job = wait_then_die  # type: ignore[assignment]
    if phase == "recorded":
        desk.paper.courier = Dying(phase)  # the first thing after the issuance is recorded
    desk.paper.print_documents(prepared, request_id)
    print("phase done", flush=True)


if __name__ == "__main__":
    main()
