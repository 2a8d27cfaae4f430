"""The central server as an ASGI application factory, configured by the environment: what
each of several worker processes runs (``clerk-desk server --workers N``, or uvicorn or
gunicorn directly, see docs/capacity.md)::

    CLERK_DESK_DATABASE_URL=postgresql+psycopg://… clerk-desk server --prepare-only
    CLERK_DESK_DATABASE_URL=postgresql+psycopg://… \\
        uvicorn --factory central.asgi:app_from_environment --workers 4 --no-access-log

The database is prepared (migrated, keys made) once before the workers start; a worker
only serves. Nothing a worker must share with its siblings lives in its memory: log-in
throttles, lock-outs, tokens and their revocation, leases and idempotency keys are all
rows of the one database.
"""

from __future__ import annotations

import os
from datetime import time

from fastapi import FastAPI

from central.app import create_app
from central.login_guard import LoginPolicy

DATABASE_URL = "CLERK_DESK_DATABASE_URL"
LEASE_SECONDS = "CLERK_DESK_LEASE_SECONDS"
SHIFT_ENDS = "CLERK_DESK_SHIFT_ENDS"  # "14:00,22:00", Damascus time
POOL_SIZE = "CLERK_DESK_POOL_SIZE"


def shift_ends_text(ends: tuple[time, ...]) -> str:
    return ",".join(f"{end:%H:%M}" for end in ends)


def _shift_ends(text: str) -> tuple[time, ...]:
    return tuple(time.fromisoformat(part.strip()) for part in text.split(",") if part.strip())


def app_from_environment() -> FastAPI:
    """One worker's application (the database must be prepared already)."""
    url = os.environ.get(DATABASE_URL)
    if not url:
        raise RuntimeError(f"{DATABASE_URL} is not set")
    return create_app(
        url,
        lease_seconds=int(os.environ.get(LEASE_SECONDS, "900")),
        logins=LoginPolicy(shift_ends=_shift_ends(os.environ.get(SHIFT_ENDS, ""))),
        pool_size=int(os.environ.get(POOL_SIZE, "5")),
        prepare=False,
        # Several processes share one gateway: the simulator in each process's memory
        # would not (a real gateway, or the simulator served on its own, by URL).
        gateway_url=os.environ.get("CLERK_DESK_GATEWAY_URL") or None,
        portal_key=os.environ.get("CLERK_DESK_PORTAL_KEY"),
    )
