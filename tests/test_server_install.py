"""The server installs as a server: the Containerfile's recipe, followed without a container
engine, in a fresh virtual environment.

The files the Containerfile copies are copied (and only those), its ``pip install`` line
is run in a new venv with nothing else in it, and the server starts the way its ``CMD``
starts it (one worker, SQLite in place of the URL it is given), answers ``/ready``, and
has no Qt anywhere in the venv. Packages come from the package index like any install
(pip's cache makes a second run quick). ``CLERK_DESK_SKIP_INSTALL=1`` skips it locally.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import urllib.request
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.install,
    pytest.mark.skipif(
        os.environ.get("CLERK_DESK_SKIP_INSTALL") == "1", reason="CLERK_DESK_SKIP_INSTALL=1"
    ),
]


def recipe() -> tuple[list[str], str]:
    """What the Containerfile copies (sources), and the extra its pip line installs."""
    text = (ROOT / "Containerfile").read_text(encoding="utf-8")
    copied: list[str] = []
    for line in text.splitlines():
        if line.startswith("COPY "):
            copied += line.split()[1:-1]
    extra = re.search(r"pip install [^&]*'\.\[(\w+)\]'", text)
    assert extra is not None, "the Containerfile installs the project with an extra"
    return copied, extra.group(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ready(url: str, server: subprocess.Popen[bytes]) -> bool:
    """Wait until the server answers ``url`` (or stops): whether it answered 200."""
    for _ in range(1200):
        if server.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                return answer.status == 200
        except OSError:
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(timeout=0.1)
    return False


def test_the_server_extra_installs_alone_and_the_server_starts(tmp_path: Path) -> None:
    copied, extra = recipe()
    assert extra == "server"
    source = tmp_path / "src"
    source.mkdir()
    for name in copied:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, source / name)

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", f".[{extra}]"],
        cwd=source, env=environment, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-3000:]

    packages = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze"],
        env=environment, capture_output=True, text=True, check=True,
    ).stdout.lower()  # fmt: skip
    for name in ("fastapi", "uvicorn", "httptools", "psycopg", "argon2-cffi", "clerk-desk"):
        assert f"{name}==" in packages, name
    for name in ("pyside6", "reportlab", "keyring", "shiboken6"):
        assert f"{name}" not in packages, f"{name} came with the server extra"

    port = free_port()
    data = tmp_path / "data"
    log = tmp_path / "server.log"
    with log.open("wb") as errors:
        server = subprocess.Popen(
            [str(env_dir / "bin" / "clerk-desk"), "--data-dir", str(data), "server",
             "--db", f"sqlite:///{tmp_path / 'central.sqlite3'}", "--host", "127.0.0.1",
             "--port", str(port), "--workers", "1"],
            cwd=tmp_path, env={**environment, "XDG_DATA_HOME": str(data)},
            stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True,
        )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}/api/v1"
        if not ready(f"{base}/ready", server):
            told = log.read_text(encoding="utf-8", errors="replace")[-3000:]
            pytest.fail(f"the installed server did not get ready:\n{told}")
        with urllib.request.urlopen(f"{base}/health", timeout=5) as answer:
            assert answer.status == 200
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
