"""The yardstick of benchmarks/central_load.py: a bare FastAPI route doing one indexed
SELECT (a center's newest change number) on the same database, served the same way, asked
by the same simulated workstations (pulls only). What any server on this machine, this
PostgreSQL and this load generator cannot beat."""

from __future__ import annotations

import os

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["CLERK_DESK_DATABASE_URL"], pool_size=5, max_overflow=5)


@app.get("/api/v1/requests")
def newest(since: str = "") -> dict[str, object]:
    with engine.connect() as conn:
        newest = conn.execute(
            text(
                "SELECT change_seq FROM requests WHERE center_code = 'DAM'"
                " ORDER BY change_seq DESC LIMIT 1"
            )
        ).scalar()
    return {"items": [], "cursor": since or f"c1.{newest}", "more": False}
