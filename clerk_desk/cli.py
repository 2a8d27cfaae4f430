"""The command line: ``clerk-desk [gui|demo|server|compare|audit] …``.

This is the one composition root outside the GUI; it may import every part, and imports
each only when its command runs, so ``clerk-desk compare`` never loads Qt.
"""

from __future__ import annotations

import argparse
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from clerk_desk import config as cfg

DEMO_USER = "dam.clerk1"
DEMO_PASSWORD = "demo"


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is between 0 and 65535")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clerk-desk", description="Counter workstation for citizen service centers"
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="where the local store and printed PDFs live"
    )
    parser.add_argument("--config", type=Path, default=None, help="settings file (JSON)")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="start the workstation (the default)")
    gui.add_argument("--server", help="central server address, overriding the setting")
    gui.add_argument("--user", default="", help="user name to prefill")

    demo = sub.add_parser("demo", help="reference server with training data + workstation")
    demo.add_argument("--user", default=DEMO_USER, help="demo user to log in as")

    server = sub.add_parser("server", help="run the reference central server")
    server.add_argument("--db", default=None, help="database URL (default: SQLite file)")
    server.add_argument("--host", default="127.0.0.1")
    server.add_argument("--port", type=_port, default=8765)
    server.add_argument("--seed", choices=["demo"], default=None, help="seed training data")

    compare = sub.add_parser("compare", help="compare submitted data with a registry record")
    compare.add_argument("submitted", help="JSON file of what the citizen submitted")
    compare.add_argument("registry", help="JSON file of the civil-registry record")

    audit = sub.add_parser("audit", help="the local audit log")
    audit.add_argument("action", choices=["verify"])
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else cfg.default_data_dir()


def _config_path(args: argparse.Namespace) -> Path:
    return Path(args.config) if args.config else cfg.default_config_dir() / "settings.json"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait_healthy(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the reference server stopped during start-up")
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the reference server did not start in time")


def _demo(args: argparse.Namespace) -> int:
    from ui.app import GuiOptions, run

    demo_dir = _data_dir(args) / "demo"
    demo_dir.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    db_url = f"sqlite:///{demo_dir / 'central.sqlite3'}"
    print(f"Starting the reference server with training data on {url} …", flush=True)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clerk_desk.cli",
            "server",
            "--db",
            db_url,
            "--port",
            str(port),
            "--seed",
            "demo",
        ],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        _wait_healthy(url, server)
        print(f"Logging in as {args.user} (password {DEMO_PASSWORD!r}).", flush=True)
        return run(
            GuiOptions(
                data_dir=demo_dir,
                config_path=demo_dir / "settings.json",
                server_url=url,
                username=args.user,
                password=DEMO_PASSWORD,
            )
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def _gui(args: argparse.Namespace) -> int:
    from ui.app import GuiOptions, run

    return run(
        GuiOptions(
            data_dir=_data_dir(args),
            config_path=_config_path(args),
            server_url=getattr(args, "server", None),
            username=getattr(args, "user", ""),
        )
    )


def _server(args: argparse.Namespace) -> int:
    from central.server import run as run_server

    db_url = args.db or f"sqlite:///{_data_dir(args) / 'central.sqlite3'}"
    if db_url.startswith("sqlite:///"):
        Path(db_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    run_server(db_url, host=args.host, port=args.port, seed=args.seed)
    return 0


def _compare(args: argparse.Namespace) -> int:
    from clerk_desk.compare_command import run as run_compare

    if isinstance(sys.stdout, io.TextIOWrapper):  # Arabic stays readable on any console
        sys.stdout.reconfigure(encoding="utf-8")
    return run_compare(args.submitted, args.registry, out=sys.stdout, err=sys.stderr)


def _audit(args: argparse.Namespace) -> int:
    from clerk_desk import audit
    from clerk_desk.store.db import open_store

    path = _data_dir(args) / "workstation.sqlite3"
    if not path.exists():
        print(f"no workstation store at {path}", file=sys.stderr)
        return 2
    with open_store(path)() as session:
        check = audit.verify(session)
    if check.intact:
        print(f"audit log intact: {check.entries} entries")
        return 0
    print(f"audit log broken at entry {check.first_broken_id}", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except BrokenPipeError:  # the reader (| head) went away; nothing left to say
        sys.stderr.close()
        return 0


def _dispatch(args: argparse.Namespace) -> int:
    commands = {
        "demo": _demo,
        "server": _server,
        "compare": _compare,
        "audit": _audit,
        "gui": _gui,
        None: _gui,
    }
    code: int = commands[args.command](args)
    return code


if __name__ == "__main__":
    sys.exit(main())
