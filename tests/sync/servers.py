"""The servers the client tests talk to besides the reference one: a tiny HTTP server on
loopback that answers each path as the test says, and the well-formed answers it starts from.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from central.server import ServerThread
from clerk_desk.api import API_PREFIX
from sync.client import CentralClient

Answer = tuple[int, bytes]


class FakeCentral:
    """A real HTTP server on loopback that answers each path as the test says."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.answers: dict[str, Answer] = {}
        self.content_types: dict[str, str] = {}  # by path; application/json otherwise
        self.seen: list[str] = []
        self.clock_offset = 0.0  # seconds the server's Date header is ahead of the time
        self.date_header = ""  # sent instead of the real Date when set
        self.send_length = True  # False: a body delimited by closing the connection
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                path = self.path.split("?", 1)[0].removeprefix(API_PREFIX)
                fake.seen.append(f"{self.command} {path}")
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                status, body = fake.answers.get(path, (404, b'{"detail": "no such path"}'))
                self.send_response(status)
                self.send_header("Content-Type", fake.content_types.get(path, "application/json"))
                if fake.send_length:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def date_time_string(self, timestamp: float | None = None) -> str:
                if fake.date_header:
                    return fake.date_header
                return super().date_time_string(time.time() + fake.clock_offset)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep the test output clean

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls is not None:  # https, with the certificate the context holds
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def answer(self, path: str, body: Any, status: int = 200) -> None:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        self.answers[path] = (status, raw)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def logged_in(
    make: Callable[..., CentralClient], server: ServerThread, username: str
) -> CentralClient:
    client = make(server.url)
    client.login(username, "demo", "W1")
    return client


NN = "01234567890"
GOOD_ITEM: dict[str, Any] = {
    "id": "DAM-000001",
    "service_code": "civil_extract_individual",
    "service_class": "fast",
    "center_code": "DAM",
    "status": "assigned",
    "requester_name": "أحمد الحلبي",
    "subject": {"national_number": NN, "first_name": "أحمد"},
    "delivery": {"method": "pickup", "recipient_name": "أحمد الحلبي"},
    "submitted_at": "2026-03-01T08:00:00Z",
    "assigned_at": "2026-03-01T08:30:00Z",
    "updated_at": "2026-03-01T08:30:00Z",
}
GOOD_RECORD: dict[str, Any] = {
    "national_number": NN,
    "first_name": "أحمد",
    "father_name": "سامر",
    "mother_name": "هدى",
    "last_name": "الحلبي",
    "birth_date": "1990-05-17",
    "birth_place": "دمشق",
    "gender": "male",
}
