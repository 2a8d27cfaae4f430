"""The payment-gateway simulator served on loopback for a test, as a real gateway would be:
the central server reaches it only by its URL."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn
from fastapi import FastAPI

from central.gateway_sim import GatewaySimulator, gateway_app


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class GatewayThread:
    """``sim`` served on ``port`` (or ``app``: a gateway that answers something else)."""

    def __init__(self, sim: GatewaySimulator, port: int, app: FastAPI | None = None) -> None:
        self.sim = sim
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(
            app or gateway_app(sim), host="127.0.0.1", port=port, access_log=False,
            log_level="warning", log_config=None, lifespan="off", ws="none",
        )  # fmt: skip
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="gateway", daemon=True)

    def start(self) -> GatewayThread:
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:  # uvicorn says when it listens; nothing to wait on
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the gateway simulator did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
