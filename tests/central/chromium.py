"""Debian's Chromium, driven by Playwright, for the tests of the pages the server serves.

Playwright's own browser download is not used: it launches the ``chromium`` package
(scripts/system-deps.sh test installs it). A test fails on any error the page reports:
a script error, a failed load, a violation of the Content-Security-Policy.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# Debian's /usr/bin/chromium is a shell wrapper; Playwright wants the browser itself.
CANDIDATES = ("/usr/lib/chromium/chromium", shutil.which("chromium"))


def chromium_path() -> str:
    for candidate in CANDIDATES:
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.skip("Debian's chromium is not installed: run scripts/system-deps.sh test")


@dataclass
class Seen:
    """What the browser sent (every request: the pages' and the service worker's) and
    what its pages complained of."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def on_request(self, request: Any) -> None:
        headers = "\n".join(f"{k}: {v}" for k, v in request.all_headers().items())
        self.requests.append(f"{request.method} {request.url}\n{headers}\n{request.post_data}")

    def on_console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)


@contextmanager
def browser_context(**options: Any) -> Iterator[tuple[Any, Seen]]:
    """A fresh headless Chromium context (its own service workers and storage)."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    # as root, Chromium runs only without its sandbox
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    seen = Seen()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, headless=True, args=args)
        try:
            context = browser.new_context(**options)
            context.on("request", seen.on_request)
            context.on("console", seen.on_console)
            context.on("weberror", lambda error: seen.errors.append(str(error.error)))
            yield context, seen
            context.close()
        finally:
            browser.close()
