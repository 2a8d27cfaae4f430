"""Start-up: from process start to the queue shown with 10,000 requests in the store.

Each figure is a fresh process (offscreen), timed from just before it is started to the
moment its window shows the whole queue (or, for the baseline, its empty window). The
baseline is a bare PySide6 window opened in a fresh process in the same run. Also the peak
memory (max RSS) of the workstation.

    .venv/bin/python benchmarks/startup.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on the path, and benchmarks/sync.py or
# benchmarks/printing.py would stand in for the packages of those names.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REQUESTS = 10_000
RUNS = 5

WORKSTATION = textwrap.dedent("""
    import time
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from clerk_desk import config as cfg
    from ui.app import build_workstation, create_application
    from ui.main_window import MainWindow
    from ui.operations import Runner
    from ui.sync_bridge import SyncBridge

    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()  # the store key, as make_store saved it (no desktop here)
    backend.file_path = str(Path(sys.argv[1]) / "keyring.cfg")
    keyring.set_keyring(backend)

    app = create_application([], "ar")
    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, "http://127.0.0.1:9")  # nobody there: the desk opens offline
    desk = build_workstation(settings, Path(sys.argv[1]))
    window = MainWindow(desk, Runner(), SyncBridge(desk.events))
    window.show()
    window.start()

    def check():
        if window.queue.model.rowCount() >= int(sys.argv[2]) and window.isVisible():
            app.processEvents()
            print(time.time(), flush=True)
            app.quit()
        else:
            QTimer.singleShot(5, check)

    check()
    app.exec()
""")

BARE = textwrap.dedent("""
    import time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.show()
    def done():
        print(time.time(), flush=True)
        app.quit()
    QTimer.singleShot(0, done)
    app.exec()
""")


def make_store(folder: Path) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from clerk_desk.api import RequestOut
    from clerk_desk.store.db import open_store
    from clerk_desk.workflow import upsert_requests
    from sync.credentials import TokenStore

    backend = PlaintextKeyring()  # the workstation reads the key from here, as from its keyring
    backend.file_path = str(folder / "keyring.cfg")
    keyring.set_keyring(backend)
    sessions = open_store(folder / "workstation.sqlite3", TokenStore().store_key())
    now = datetime.now(UTC)
    items = []
    for n in range(REQUESTS):
        when = (now - timedelta(minutes=n % 600)).isoformat()
        items.append(
            RequestOut.model_validate(
                {
                    "id": f"DAM-{n:06d}",
                    "service_code": "civil_extract_individual",
                    "service_class": "fast",
                    "center_code": "DAM",
                    "status": "assigned",
                    "requester_name": "أحمد الشامي",
                    "subject": {
                        "national_number": f"{10_000_000_000 + n}",
                        "first_name": "أحمد",
                        "last_name": "الشامي",
                    },
                    "delivery": {"method": "pickup", "recipient_name": "أحمد الشامي"},
                    "submitted_at": when,
                    "assigned_at": when,
                    "updated_at": when,
                }
            )
        )
    with sessions.begin() as session:
        upsert_requests(session, items)


def timed(code: str, *args: str) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.time()  # from process start: interpreter, imports, store, window
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    seconds = float(result.stdout.strip().splitlines()[-1]) - started
    return seconds, max(peak_kb, before)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_store(folder)
        desk_times, bare_times, peak = [], [], 0
        for _ in range(RUNS):
            bare_s, _ = timed(BARE)
            desk_s, peak_kb = timed(WORKSTATION, str(folder), str(REQUESTS))
            bare_times.append(bare_s)
            desk_times.append(desk_s)
            peak = max(peak, peak_kb)
    desk, bare = statistics.median(desk_times), statistics.median(bare_times)
    print(json.dumps({"workstation_s": desk_times, "bare_window_s": bare_times}))
    print(f"peak memory of the workstation process: {peak / 1024:.0f} MB")
    print(f"startup: {desk:.2f} s, ratio {desk / bare:.1f} vs bare PySide6 window")


if __name__ == "__main__":
    main()
