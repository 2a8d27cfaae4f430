"""The workstation fits the counters' screens: 1366×768, and 1920×1080 at 125 % scaling.

Each size runs the workstation in its own process on an offscreen screen of that size
(``fit_driver``), which fails a widget off screen or clipped: the main window placed as at
a first start, a mismatch with every comparison row in view and a supervisor's notice
showing, and each dialog with its buttons on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from central.server import ServerThread

ROOT = Path(__file__).resolve().parents[2]
# Each screen less a task bar of 40 pixels (what a window may use); the driver takes a
# window manager's title bar (30 pixels) off the main window too.
SCREENS = {
    "1366x768": {"width": 1366, "height": 768 - 40, "dpr": 1},
    "1920x1080@125%": {"width": 1920, "height": 1080 - 50, "dpr": 1.25},
}


def run_on_screen(
    server: ServerThread,
    size: str,
    data_dir: Path,
    driver: str = "tests.ui.fit_driver",
    at_least: int = 15,
) -> list[str]:
    """The problems ``driver`` found on a screen of ``size``, once it made ``at_least``
    checks."""
    screen = SCREENS[size]
    config = data_dir / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": size,
                        "x": 0,
                        "y": 0,
                        "width": screen["width"],
                        "height": screen["height"],
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": screen["dpr"],
                    }
                ],
                # The driver allows for a window manager's title bar itself.
                "windowFrameMargins": False,
            }
        ),
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        HOME=str(data_dir),  # the window's saved geometry: none, as at a first start
        XDG_CONFIG_HOME=str(data_dir / "config"),
    )
    shots = os.environ.get("CLERK_DESK_FIT_SHOTS")  # a folder: screenshots of each check
    args = [sys.executable, "-m", driver, server.url, str(data_dir)]
    if shots:
        Path(shots, size).mkdir(parents=True, exist_ok=True)
        args.append(str(Path(shots, size)))
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines and lines[-1].startswith("checked "), done.stdout + done.stderr[-3000:]
    assert int(lines[-1].split()[1]) >= at_least  # the checks ran
    return [line.removeprefix("problem ") for line in lines if line.startswith("problem ")]


@pytest.mark.parametrize("size", list(SCREENS))
def test_nothing_is_off_screen_or_clipped(
    live_server: ServerThread, tmp_path: Path, size: str
) -> None:
    assert run_on_screen(live_server, size, tmp_path) == []
