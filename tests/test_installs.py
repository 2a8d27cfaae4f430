"""The two installs (pyproject.toml's extras): the server runs without Qt or anything else
only the workstation needs, and the workstation imports nothing only the server needs.

Each check runs in a fresh interpreter whose import system refuses the other side's
packages (a ``sys.meta_path`` blocker), as if they were not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCKER = """
import importlib.abc, sys

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked)", name=name)
        return None

sys.meta_path.insert(0, Blocker())
"""

# requests is both's: the workstation's link, and the server's client of the payment gateway.
WORKSTATION_ONLY = [
    "PySide6", "shiboken6", "reportlab", "uharfbuzz", "bidi", "barcode",
    "keyring", "segno", "pypdfium2", "zxingcpp", "ui", "sync", "printing",
]  # fmt: skip
SERVER_ONLY = ["fastapi", "starlette", "uvicorn", "argon2", "psycopg", "central"]


def run(blocked: list[str], body: str, tmp_path: Path) -> str:
    script = f"BLOCKED = {set(blocked)!r}\n{BLOCKER}\n{textwrap.dedent(body)}"
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in paths if p),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True,
        text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_server_installs_and_serves_without_qt(tmp_path: Path) -> None:
    out = run(
        WORKSTATION_ONLY,
        f"""
        import json, urllib.request
        from clerk_desk.cli import main
        from central.server import ServerThread
        url = "sqlite:///{tmp_path / "central.sqlite3"}"
        assert main(["server", "--db", url, "--seed", "demo", "--prepare-only"]) == 0
        with ServerThread(url, seed=None) as server:
            server.start()
            with urllib.request.urlopen(server.api_url + "/ready") as answer:
                print(json.load(answer)["status"])
        import sys
        assert not any(name.split(".")[0] == "PySide6" for name in sys.modules)
        """,
        tmp_path,
    )
    assert out.strip().splitlines()[-1] == "ready"


def test_the_workstation_imports_nothing_of_the_server(tmp_path: Path) -> None:
    out = run(
        SERVER_ONLY,
        """
        import importlib, pkgutil
        count = 0
        for package in ("clerk_desk", "sync", "printing", "ui"):
            module = importlib.import_module(package)
            for info in pkgutil.walk_packages(module.__path__, package + "."):
                if info.name.endswith("__main__") or ".migrations" in info.name:
                    continue  # run by python -m, or by alembic
                importlib.import_module(info.name)
                count += 1
        print(count)
        """,
        tmp_path,
    )
    assert int(out.strip().splitlines()[-1]) > 50
