"""A loopback TCP proxy that adds a round-trip time: each byte reaches the other side RTT/2
after it was sent, in both directions, as over a long link with bandwidth to spare.

It knows nothing of HTTP: kept-alive connections stay kept alive, as with a real server. A
new connection costs what its TCP handshake would cost on such a link: the first bytes the
client sends reach the server no sooner than one RTT after it connected, plus RTT/2.
``rtt`` may be changed while connections are open; it applies to the bytes read after.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time

from tests.loopback_proxy import LoopbackProxy


class _Pipe:
    """One direction of one connection: bytes read from `source` are written to `target`
    at (the time they were read, or `not_before`) + delay, in order."""

    def __init__(
        self, proxy: LatencyProxy, source: socket.socket, target: socket.socket, handshake: bool
    ) -> None:
        self.proxy = proxy
        self.source = source
        self.target = target
        self.not_before = time.monotonic() + proxy.rtt if handshake else 0.0
        self.queue: list[tuple[float, int, bytes]] = []
        self.order = itertools.count()
        self.ready = threading.Condition()
        self.closed = False

    def read(self) -> None:
        try:
            while chunk := self.source.recv(65_536):
                due = max(time.monotonic(), self.not_before) + self.proxy.rtt / 2
                with self.ready:
                    heapq.heappush(self.queue, (due, next(self.order), chunk))
                    self.ready.notify()
        except OSError:
            pass
        with self.ready:
            self.closed = True
            self.ready.notify()

    def write(self) -> None:
        try:
            while True:
                with self.ready:
                    while not self.queue and not self.closed:
                        self.ready.wait()
                    if not self.queue:
                        break
                    due, _, chunk = self.queue[0]
                    wait = due - time.monotonic()
                    if wait > 0:
                        self.ready.wait(wait)
                        continue
                    heapq.heappop(self.queue)
                self.target.sendall(chunk)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                self.target.shutdown(socket.SHUT_WR)


class LatencyProxy(LoopbackProxy):
    """Listens on a free loopback port (``url``) and forwards to ``upstream``
    (``http://host:port``) with ``rtt`` seconds of round trip. A context manager."""

    def __init__(self, upstream: str, rtt: float = 0.0) -> None:
        super().__init__(upstream, name="rtt-proxy", join_handlers=False)
        self.rtt = rtt
        self.connections = 0

    def _handle(self, client: socket.socket) -> None:
        self.connections += 1
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with socket.create_connection(self.upstream, timeout=60) as upstream:
            upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            upstream.settimeout(None)
            pipes = [_Pipe(self, client, upstream, True), _Pipe(self, upstream, client, False)]
            threads = [
                threading.Thread(target=work, daemon=True)
                for pipe in pipes
                for work in (pipe.read, pipe.write)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
