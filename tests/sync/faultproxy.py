"""A fault-injecting HTTP proxy on loopback, between a workstation and the live server.

A real TCP proxy on its own threads: the client speaks HTTP/1.1 to it, it forwards each
request to the upstream server on a fresh connection and hands the answer back — or, as
the seeded dice say, breaks the exchange the way a bad link or a struggling server does:

- ``drop``: close the connection before forwarding (the server never hears of it);
- ``lose_answer``: forward, then close without answering (the server recorded it);
- ``delay``: forward after a short wait;
- ``error_500``: answer 500 without forwarding;
- ``unavailable_503``: answer 503 with ``Retry-After`` (seconds or an HTTP date);
- ``reset_mid_body``: forward, send the head and half the body, then reset (RST);
- ``truncate_json``: forward, answer with the JSON cut short (a consistent length);
- ``duplicate``: forward the request twice (a duplicated delivery) and answer the second.

Every answer carries ``Connection: close``: one exchange per connection keeps the counts
exact.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter
from email.utils import formatdate

from tests.loopback_proxy import LoopbackProxy

FAULTS = (
    "drop",
    "lose_answer",
    "delay",
    "error_500",
    "unavailable_503",
    "reset_mid_body",
    "truncate_json",
    "duplicate",
)

_HEAD_END = b"\r\n\r\n"
_MAX_HEAD = 65_536


class _Broken(Exception):
    """The peer closed or sent something that is not HTTP."""


def _read_message(sock: socket.socket, *, until_eof: bool = False) -> tuple[bytes, bytes]:
    """One HTTP message from ``sock``: its head (with the blank line) and its body."""
    data = b""
    while _HEAD_END not in data:
        chunk = sock.recv(65_536)
        if not chunk:
            raise _Broken("closed before the head ended")
        data += chunk
        if len(data) > _MAX_HEAD and _HEAD_END not in data:
            raise _Broken("head too large")
    end = data.index(_HEAD_END) + len(_HEAD_END)
    head, body = data[:end], data[end:]
    length = _content_length(head)
    if length is None and until_eof:
        while chunk := sock.recv(65_536):
            body += chunk
        return head, body
    length = length or 0
    while len(body) < length:
        chunk = sock.recv(65_536)
        if not chunk:
            raise _Broken("closed before the body ended")
        body += chunk
    return head, body[:length]


def _content_length(head: bytes) -> int | None:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return None


def _with_headers(head: bytes, replace: dict[bytes, bytes]) -> bytes:
    """``head`` with the named headers (lower-case names) dropped and set anew."""
    lines = head[: -len(_HEAD_END)].split(b"\r\n")
    kept = [lines[0]] + [
        line for line in lines[1:] if line.partition(b":")[0].strip().lower() not in replace
    ]
    kept += [name + b": " + value for name, value in replace.items()]
    return b"\r\n".join(kept) + _HEAD_END


def _reply(status: int, reason: str, body: bytes, extra: dict[bytes, bytes]) -> bytes:
    head = f"HTTP/1.1 {status} {reason}\r\n".encode("ascii") + _HEAD_END
    headers = {
        b"content-type": b"application/json",
        b"content-length": str(len(body)).encode("ascii"),
        b"connection": b"close",
        **extra,
    }
    return _with_headers(head, headers) + body


class FaultProxy(LoopbackProxy):
    """Listens on a free loopback port and forwards to ``upstream`` (``http://host:port``).

    ``rate``: the share of exchanges that get a fault; ``kinds``: the faults to draw from.
    ``faults`` counts the faults injected by kind, ``exchanges`` all exchanges. Set
    ``rate = 0`` to let everything through. Use as a context manager, or call :meth:`stop`.
    """

    def __init__(
        self,
        upstream: str,
        *,
        rate: float = 0.25,
        seed: int = 0,
        kinds: tuple[str, ...] = FAULTS,
    ) -> None:
        super().__init__(upstream, name="faultproxy", join_handlers=True)
        self.rate = rate
        self.kinds = kinds
        self.rng = random.Random(seed)
        self.faults: Counter[str] = Counter()
        self.exchanges = 0
        self._lock = threading.Lock()

    @property
    def injected(self) -> int:
        return sum(self.faults.values())

    # --- one exchange -------------------------------------------------------------------

    def _draw(self) -> tuple[str | None, random.Random]:
        with self._lock:
            self.exchanges += 1
            fault = self.rng.choice(self.kinds) if self.rng.random() < self.rate else None
            if fault is not None:
                self.faults[fault] += 1
            # Each exchange gets its own dice, drawn here in arrival order: reproducible.
            return fault, random.Random(self.rng.random())

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(30)
        try:
            head, body = _read_message(client)
        except (_Broken, OSError, ValueError):
            return
        fault, dice = self._draw()
        request = _with_headers(head, {b"connection": b"close"}) + body
        try:
            if fault == "drop":
                return
            if fault == "error_500":
                client.sendall(_reply(500, "Internal Server Error", b'{"detail":"boom"}', {}))
                return
            if fault == "unavailable_503":
                if dice.random() < 0.5:
                    retry_after = str(dice.randint(0, 3)).encode("ascii")
                else:
                    retry_after = formatdate(time.time() + 2, usegmt=True).encode("ascii")
                body503 = b'{"detail":"the server is busy"}'
                client.sendall(
                    _reply(503, "Service Unavailable", body503, {b"retry-after": retry_after})
                )
                return
            if fault == "delay":
                time.sleep(dice.uniform(0.005, 0.03))
            answer = self._forward(request)
            if fault == "duplicate":
                answer = self._forward(request)
            if fault == "lose_answer":
                return
            answer_head, answer_body = answer
            if fault == "reset_mid_body":
                client.sendall(answer_head + answer_body[: len(answer_body) // 2])
                # SO_LINGER 0: close() sends RST instead of a clean FIN.
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                client.close()
                return
            if fault == "truncate_json" and answer_body:
                answer_body = answer_body[: max(1, len(answer_body) // 2)]
            fixed = {
                b"content-length": str(len(answer_body)).encode("ascii"),
                b"connection": b"close",
            }
            client.sendall(_with_headers(answer_head, fixed) + answer_body)
        except OSError:
            return

    def _forward(self, request: bytes) -> tuple[bytes, bytes]:
        with socket.create_connection(self.upstream, timeout=30) as upstream:
            upstream.sendall(request)
            return _read_message(upstream, until_eof=True)
