"""Running the central server: in the foreground (``clerk-desk server``) or on a thread.

The thread form is what tests and the demo use: a real uvicorn on a free loopback port,
returned once ``/health`` answers.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import uvicorn
from platformdirs import user_data_dir

from central import asgi
from central.app import create_app, prepare_database
from central.db import make_engine
from central.login_guard import LoginPolicy
from central.outreach import Outreach
from central.routing import Clock, _utcnow
from clerk_desk.api import API_PREFIX

APP_NAME = "clerk-desk"
# The payment gateway's URL and the portal's key, from the environment of `clerk-desk server`.
GATEWAY_URL_VARIABLE = "CLERK_DESK_GATEWAY_URL"
PORTAL_KEY_VARIABLE = "CLERK_DESK_PORTAL_KEY"


def default_database_path() -> Path:
    """``<user data dir>/clerk-desk/central.sqlite3`` (the directory is created)."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "central.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


def run(
    database_url: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8765,
    seed: str | None = None,
    *,
    lease_seconds: int = 900,
    logins: LoginPolicy | None = None,
    workers: int = 1,
    prepare_only: bool = False,
) -> None:
    """Serve in the foreground until interrupted (Ctrl+C), in ``workers`` processes. The
    payment gateway is the one at ``CLERK_DESK_GATEWAY_URL`` (default: the simulator, in
    this process; with several workers, configure a gateway), the portal's key
    ``CLERK_DESK_PORTAL_KEY`` (see :func:`central.app.create_app`).

    With several, the database is prepared here once, then each worker process builds its
    application from the environment (:mod:`central.asgi`). ``prepare_only``: migrate,
    seed and make keys, then return.
    """
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    url = database_url or default_database_url()
    if workers > 1 or prepare_only:
        engine = make_engine(url)
        try:
            prepare_database(engine, seed=seed, now=_utcnow())
        finally:
            engine.dispose()
        if prepare_only:
            return
        os.environ[asgi.DATABASE_URL] = url
        os.environ[asgi.LEASE_SECONDS] = str(lease_seconds)
        os.environ[asgi.SHIFT_ENDS] = asgi.shift_ends_text((logins or LoginPolicy()).shift_ends)
        # uvicorn's access log prints raw paths, and with them national numbers: the app
        # logs each call itself (route template and request id only).
        uvicorn.run(
            "central.asgi:app_from_environment",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            access_log=False,
            log_level="info",
        )
        return
    app = create_app(
        url,
        seed=seed,
        lease_seconds=lease_seconds,
        logins=logins,
        gateway_url=os.environ.get(GATEWAY_URL_VARIABLE) or None,
        portal_key=os.environ.get(PORTAL_KEY_VARIABLE),
    )
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="info")


class ServerThread:
    """A uvicorn server on a daemon thread; ``url`` is the base URL (without the prefix).

    Use as a context manager, or call :meth:`stop`.
    """

    def __init__(
        self,
        database_url: str,
        *,
        seed: str | None = "demo",
        host: str = "127.0.0.1",
        port: int = 0,
        lease_seconds: int = 900,
        clock: Clock | None = None,
        logins: LoginPolicy | None = None,
        outreach: Outreach | None = None,
        gateway_url: str | None = None,
    ) -> None:
        self.database_url = database_url
        self._app = create_app(
            database_url,
            seed=seed,
            lease_seconds=lease_seconds,
            clock=clock,
            logins=logins,
            outreach=outreach,
            gateway_url=gateway_url,
        )
        config = uvicorn.Config(
            self._app,
            host=host,
            port=port,
            access_log=False,
            log_level="warning",
            log_config=None,  # leave the host program's logging alone
            lifespan="on",
            ws="none",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="central-server", daemon=True)
        self._host = host
        self.url = ""

    @property
    def api_url(self) -> str:
        return self.url + API_PREFIX

    def start(self, timeout: float = 15.0) -> ServerThread:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the central server stopped while starting (see the log)")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError("the central server did not start in time")
            time.sleep(0.01)
        port = self._bound_port()
        host = f"[{self._host}]" if ":" in self._host else self._host
        self.url = f"http://{host}:{port}"
        self._wait_healthy(deadline)
        return self

    def _bound_port(self) -> int:
        for server in self._server.servers:
            for sock in server.sockets:
                return int(sock.getsockname()[1])
        raise RuntimeError("the central server has no listening socket")

    def _wait_healthy(self, deadline: float) -> None:
        while True:
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as answer:
                    if json.load(answer).get("status") == "ok":
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError("the central server does not answer /health")
            time.sleep(0.02)

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread.ident is None:
            # Never started: no lifespan will run to close the database.
            self._app.state.engine.dispose()
            return
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)

    def __enter__(self) -> ServerThread:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def serve_in_background(
    database_url: str, seed: str | None = "demo", *, lease_seconds: int = 900
) -> ServerThread:
    """Start the server on a free loopback port and return once ``/health`` answers."""
    return ServerThread(database_url, seed=seed, lease_seconds=lease_seconds).start()
