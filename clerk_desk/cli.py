"""The command line: ``clerk-desk [gui|demo|server|compare|audit|purge|verify|workstations|
render] …``.

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
from datetime import time as dt_time
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_desk import config as cfg

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from clerk_desk.audit import ServerComparison
    from clerk_desk.crypto import StoreKey

DEMO_USER = "dam.clerk1"
DEMO_PASSWORD = "demo"
DEMO_PRINTER = "ClerkDeskPDF"


def _queue_exists(name: str) -> bool:
    try:
        result = subprocess.run(
            ["lpstat", "-p", name], capture_output=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is between 0 and 65535")
    return value


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days") from None
    if not 1 <= value <= 3650:
        raise argparse.ArgumentTypeError("the number of days is between 1 and 3650")
    return value


def _time_of_day(text: str) -> dt_time:
    try:
        return dt_time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time of day (HH:MM)") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clerk-desk", description="Counter workstation for citizen service centers"
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="where the local store and printed PDFs live"
    )
    parser.add_argument("--config", type=Path, default=None, help="settings file (JSON)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (Qt, fonts, translation, store, printing, code readers) "
        "without a server or the network; one line per check, exit 0 if all pass",
    )
    parser.add_argument(
        "--self-test-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="keep the self-test's PDFs and pictures in DIR (default: nothing is kept)",
    )
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
    server.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes on the one database (PostgreSQL; see docs/capacity.md)",
    )
    server.add_argument(
        "--prepare-only",
        action="store_true",
        help="migrate (and seed) the database, then exit without serving",
    )
    server.add_argument(
        "--shift-end",
        type=_time_of_day,
        action="append",
        default=[],
        metavar="HH:MM",
        help="every session ends at this time, Damascus time (repeat for several shifts)",
    )

    compare = sub.add_parser("compare", help="compare submitted data with a registry record")
    compare.add_argument("submitted", help="JSON file of what the citizen submitted")
    compare.add_argument("registry", help="JSON file of the civil-registry record")

    audit = sub.add_parser(
        "audit",
        help="the local audit log",
        description="Checks the local chain; with --user, also against the central server's "
        "copy of this workstation's chain (the password is asked for, or read from "
        "CLERK_DESK_PASSWORD).",
    )
    audit.add_argument("action", choices=["verify"])
    audit.add_argument("--user", default="", help="a user of this workstation, to compare")
    audit.add_argument("--server", default="", help="the central server (default: the setting)")

    purge = sub.add_parser(
        "purge", help="delete requests (and their PDFs) some days after dispatch or pickup"
    )
    purge.add_argument(
        "--days",
        type=_days,
        default=None,
        help="keep this many days after dispatch or pickup (default: the purge setting)",
    )

    verify = sub.add_parser(
        "verify",
        help="check a printed document's verification code",
        description=(
            "Exit status: 0 valid (also when signed before its workstation was revoked), "
            "1 invalid (tampered, signed by a revoked workstation, unknown key), "
            "2 unreadable (or no keys to check with)."
        ),
    )
    verify.add_argument(
        "file",
        help="the document, as PDF (page 1 is read), or the text of its code: the link a "
        "phone reads from the QR (or the bare code of an older document)",
    )
    keys_from = verify.add_mutually_exclusive_group()
    keys_from.add_argument(
        "--server", help="fetch the centers' public keys from this central server"
    )
    keys_from.add_argument(
        "--keys", type=Path, help="a saved copy of the server's /centers/keys answer (JSON)"
    )

    stations = sub.add_parser(
        "workstations",
        help="a shift supervisor's workstation keys: list, approve or revoke",
        description="The password is asked for, or read from CLERK_DESK_PASSWORD.",
    )
    stations.add_argument("action", choices=["list", "approve", "revoke"])
    stations.add_argument("key_id", nargs="?", default="", help="e.g. DAM-W3 (approve, revoke)")
    stations.add_argument("--user", required=True, help="a shift supervisor's user name")
    stations.add_argument("--server", help="central server address, overriding the setting")

    render = sub.add_parser(
        "render", help="render sample documents and envelopes (printer alignment check)"
    )
    render.add_argument(
        "--demo", action="store_true", required=True, help="use the demo seed's sample facts"
    )
    render.add_argument("--out", type=Path, required=True, help="folder to write the PDFs to")
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
    settings_path = demo_dir / "settings.json"
    if not settings_path.exists() and _queue_exists(DEMO_PRINTER):
        # make run starts this cups-pdf queue: the demo prints to PDF files, not to paper.
        demo_settings = cfg.Config(path=settings_path)
        demo_settings.set(cfg.PRINTER, DEMO_PRINTER)
        demo_settings.save()
        print(f"Printing goes to the {DEMO_PRINTER} queue (PDF files, see lpstat -t).")
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
        _approve_demo_workstation(url, settings_path, args.user)
        print(f"Logging in as {args.user} (password {DEMO_PASSWORD!r}).", flush=True)
        return run(
            GuiOptions(
                data_dir=demo_dir,
                config_path=settings_path,
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


def _approve_demo_workstation(url: str, settings_path: Path, user: str) -> None:
    """The demo workstation enrolls its key and the demo center's shift supervisor approves
    it, so the demo prints at once (a real workstation waits for a supervisor)."""
    from sync.client import CentralClient
    from sync.credentials import TokenStore
    from sync.enrollment import WorkstationKey
    from ui.app import name_this_workstation

    settings = cfg.Config.load(settings_path)
    name_this_workstation(settings)
    workstation = settings.get(cfg.WORKSTATION)
    clerk, supervisor = CentralClient(url), CentralClient(url)
    try:
        clerk.login(user, DEMO_PASSWORD, workstation)
        key = WorkstationKey(clerk, TokenStore(), workstation).refresh()
        if key is None or key.key_id is None or key.approved:
            return
        supervisor.login(f"{user.split('.')[0]}.supervisor", DEMO_PASSWORD, workstation)
        supervisor.approve_enrollment(key.key_id)
        print(f"Workstation {workstation} enrolled and approved (key {key.key_id}).")
    finally:
        clerk.close()
        supervisor.close()


def _workstations(args: argparse.Namespace) -> int:
    """List, approve or revoke the center's workstation keys, as a shift supervisor."""
    import getpass

    from sync.client import CentralClient, ServerError

    _utf8_stdout()
    if args.action != "list" and not args.key_id:
        print(f"{args.action} needs a key id (e.g. DAM-W3)", file=sys.stderr)
        return 2
    settings = cfg.Config.load(_config_path(args))
    url = args.server or settings.get(cfg.SERVER_URL)
    password = os.environ.get("CLERK_DESK_PASSWORD") or getpass.getpass()
    client = CentralClient(url, ca_bundle=settings.get(cfg.CA_BUNDLE))
    try:
        client.login(args.user, password, settings.get(cfg.WORKSTATION))
        if args.action == "list":
            items = list(client.enrollments().items)
        elif args.action == "approve":
            items = [client.approve_enrollment(args.key_id)]
        else:
            items = [client.revoke_enrollment(args.key_id)]
    except ServerError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        client.close()
    for item in items:
        by = item.revoked_by or item.approved_by or ""
        print(f"{item.key_id}\t{item.workstation}\t{item.status.value}\t{item.requested_by}\t{by}")
    return 0


def _self_test(args: argparse.Namespace) -> int:
    from ui.self_test import run as run_self_test

    _utf8_stdout()
    return run_self_test(sys.stdout, args.self_test_dir)


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
    from central.login_guard import LoginPolicy
    from central.server import run as run_server

    db_url = args.db or f"sqlite:///{_data_dir(args) / 'central.sqlite3'}"
    if db_url.startswith("sqlite:///"):
        Path(db_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    logins = LoginPolicy(shift_ends=tuple(args.shift_end))
    run_server(
        db_url,
        host=args.host,
        port=args.port,
        seed=args.seed,
        logins=logins,
        workers=max(1, args.workers),
        prepare_only=args.prepare_only,
    )
    return 0


def _compare(args: argparse.Namespace) -> int:
    from clerk_desk.compare_command import run as run_compare

    if isinstance(sys.stdout, io.TextIOWrapper):  # Arabic stays readable on any console
        sys.stdout.reconfigure(encoding="utf-8")
    return run_compare(args.submitted, args.registry, out=sys.stdout, err=sys.stderr)


def _store_key(path: Path) -> StoreKey | None:
    """The store's key from the system keyring; None (and says why) when there is none."""
    from clerk_desk.store.db import is_encrypted_store
    from sync.credentials import StoreKeyUnavailable, TokenStore

    try:
        return TokenStore().store_key(create=not is_encrypted_store(path))
    except StoreKeyUnavailable as exc:
        _utf8_stdout()
        print(f"{exc.message_ar}\n{exc}", file=sys.stderr)
        return None


def _audit(args: argparse.Namespace) -> int:
    from clerk_desk import audit
    from clerk_desk.store.db import open_store

    path = _data_dir(args) / "workstation.sqlite3"
    if not path.exists():
        print(f"no workstation store at {path}", file=sys.stderr)
        return 2
    key = _store_key(path)
    if key is None:
        return 2
    sessions = open_store(path, key)
    with sessions() as session:
        check = audit.verify(session)
    if not check.intact:
        print(f"audit log broken at entry {check.first_broken_id}", file=sys.stderr)
        return 1
    print(f"audit log intact: {check.entries} entries")
    compared = _compare_audit_with_server(args, sessions)
    return 0 if compared is None or compared.agrees else 1


def _compare_audit_with_server(
    args: argparse.Namespace, sessions: sessionmaker[Session]
) -> ServerComparison | None:
    """Compare with the server's copy when it can; say so (and why) when it cannot."""
    import getpass

    from clerk_desk.audit import compare_with_server
    from sync.client import CentralClient, ServerError

    if not args.user:
        print("not compared with the central server's copy: give --user to compare")
        return None
    settings = cfg.Config.load(_config_path(args))
    url = args.server or settings.get(cfg.SERVER_URL)
    password = os.environ.get("CLERK_DESK_PASSWORD") or getpass.getpass()
    client = CentralClient(url, ca_bundle=settings.get(cfg.CA_BUNDLE))
    held: list[tuple[int, str]] = []
    try:
        client.login(args.user, password, settings.get(cfg.WORKSTATION))
        while True:
            page = client.audit_entries(after=held[-1][0] if held else 0)
            held += [(entry.id, entry.hash) for entry in page.items]
            if not page.more or not page.items:
                break
    except ServerError as exc:
        print(f"not compared with the central server's copy: {exc.message}")
        return None
    finally:
        client.close()
    with sessions() as session:
        compared = compare_with_server(session, held)
    if compared.agrees:
        print(
            f"the central server's copy agrees: {compared.held_by_server} entries; "
            f"{compared.not_uploaded} not uploaded yet"
        )
    else:
        print(
            f"the central server's copy DIFFERS: entries {list(compared.differing)} differ, "
            f"entries {list(compared.missing_here)} are on the server but not here "
            "(a store lost, replaced or cut short: ask a shift supervisor to recover it)",
            file=sys.stderr,
        )
    return compared


def _purge(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from clerk_desk.purge import purge, purge_documents
    from clerk_desk.store.db import open_store
    from clerk_desk.workflow import Actor

    data_dir = _data_dir(args)
    path = data_dir / "workstation.sqlite3"
    if not path.exists():
        print(f"no workstation store at {path}", file=sys.stderr)
        return 2
    settings = cfg.Config.load(_config_path(args))
    days = args.days if args.days is not None else settings.get(cfg.PURGE_DAYS)
    actor = Actor("clerk-desk purge", settings.get(cfg.WORKSTATION), "")
    key = _store_key(path)
    if key is None:
        return 2
    sessions = open_store(path, key)
    with sessions.begin() as session:
        report = purge(session, days, datetime.now(UTC), actor=actor)
    folders = purge_documents(data_dir / "documents", report.request_ids)
    print(
        f"purged {report.requests} requests sent off over {days} days ago "
        f"({report.snapshots} registry snapshots, {report.decisions} decisions, "
        f"{report.issuances} issuances, {folders} PDF folders); audit entries kept"
    )
    return 0


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # Arabic stays readable on any console
            stream.reconfigure(encoding="utf-8")


def _fetch_keys(args: argparse.Namespace) -> bytes:
    """The body of GET /centers/keys, from --keys, --server or the configured server."""
    if args.keys is not None:
        return Path(args.keys).read_bytes()
    import ssl

    from clerk_desk.api import API_PREFIX

    settings = cfg.Config.load(_config_path(args))
    url = (args.server or settings.get(cfg.SERVER_URL)).rstrip("/")
    ca_bundle = settings.get(cfg.CA_BUNDLE)
    context = ssl.create_default_context(cafile=ca_bundle or None)
    with urllib.request.urlopen(
        f"{url}{API_PREFIX}/centers/keys", timeout=15, context=context
    ) as r:
        body: bytes = r.read(1_000_000)
        return body


def _verify(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from printing.verification import is_code_text, keys_from_json, verify_payload, verify_pdf
    from printing.verify_report import report, verdict

    _utf8_stdout()
    try:
        published = keys_from_json(_fetch_keys(args))
    except (OSError, ValueError, ValidationError) as exc:
        print(
            f"لا يمكن الحصول على مفاتيح المراكز / cannot get the centers' keys: {exc}",
            file=sys.stderr,
        )
        return 2
    if is_code_text(args.file):
        result = verify_payload(args.file, published)
    else:
        result = verify_pdf(Path(args.file), published)
    if result.status == "unreadable":
        print(verdict(result), file=sys.stderr)
        return 2
    print("\n".join(report(result, published)))
    return 0 if result.valid else 1


def _render(args: argparse.Namespace) -> int:
    """The demo center's sample set, signed by a throw-away workstation key certified by
    a throw-away center key, both published in a keys.json beside it."""
    from central.seed import CENTERS
    from clerk_desk.api import Center, CenterKeys
    from printing.samples import write_sample_set
    from printing.verification import CenterKey

    seed = CENTERS[0]
    center = Center(
        code=seed.code,
        name_ar=seed.name_ar,
        name_en=seed.name_en,
        address_ar=seed.address_ar,
        city_ar=seed.city_ar,
    )
    # not the center's real key: these pages are for alignment, not for handing out
    center_key = CenterKey.generate(f"{center.code}-0", center.code)
    signer = center_key.enroll("SAMPLE")
    out = Path(args.out)
    for path in write_sample_set(out, center, signer):
        print(path)
    from printing.manifest import render_manifest, sample_manifest
    from printing.pdf import write_pdf

    manifest = sample_manifest(center.name_ar, center.city_ar)
    # test sheets with made-up data, no citizen's: written in clear, to print and compare
    print(write_pdf(out / "dispatch-manifest.pdf", render_manifest(manifest), None))
    keys = CenterKeys(keys=[center_key.public_api()], certificates=[signer.certificate])
    keys_path = out / "keys.json"
    keys_path.write_text(keys.model_dump_json(indent=2) + "\n", encoding="utf-8")
    print(keys_path)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except BrokenPipeError:  # the reader (| head) went away; nothing left to say
        sys.stderr.close()
        return 0


def _without_reference_server(command: str) -> bool:
    """Whether the reference server is left out, as in the counter's package
    (packaging/clerk-desk.spec); says so for `command` when it is."""
    import importlib.util

    if importlib.util.find_spec("central") is not None:
        return False
    print(
        f"clerk-desk {command}: the reference central server is not part of this package; "
        "run it from a source checkout (make run) or a server installation",
        file=sys.stderr,
    )
    return True


def _dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        return _self_test(args)
    if args.command in ("demo", "server", "render") and _without_reference_server(args.command):
        return 2
    commands = {
        "demo": _demo,
        "server": _server,
        "compare": _compare,
        "audit": _audit,
        "purge": _purge,
        "verify": _verify,
        "render": _render,
        "workstations": _workstations,
        "gui": _gui,
        None: _gui,
    }
    code: int = commands[args.command](args)
    return code


if __name__ == "__main__":
    sys.exit(main())
