"""A TCP proxy on a free loopback port in front of a server (``http://host:port``): the
scaffolding the fault-injecting proxy (tests/sync/faultproxy.py) and the latency proxy
(benchmarks/latency_proxy.py) share. A subclass says what one connection does
(:meth:`_handle`). A context manager, or :meth:`start` and :meth:`stop`."""

from __future__ import annotations

import socket
import socketserver
import threading
from typing import Self
from urllib.parse import urlsplit


class LoopbackProxy:
    """Listens on ``url`` and hands each accepted connection to :meth:`_handle`.

    ``join_handlers``: :meth:`stop` waits for the connections being handled (no stray
    threads after it), rather than leaving them to end on their own.
    """

    def __init__(self, upstream: str, *, name: str, join_handlers: bool) -> None:
        parts = urlsplit(upstream)
        if parts.hostname is None or parts.port is None:
            raise ValueError(f"the upstream needs a host and a port: {upstream!r}")
        self.upstream = (parts.hostname, parts.port)
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = not join_handlers
            block_on_close = join_handlers

        self._server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name=name
        )

    def _handle(self, client: socket.socket) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(10)
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
