"""What a load balancer asks each server process: ``/health`` (liveness: the process
answers) and ``/ready`` (readiness: its database answers and its schema is at the head
revision this code expects; 503 otherwise, so no traffic is sent to it)."""

from __future__ import annotations

import os
from typing import Annotated

from alembic.script import ScriptDirectory
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from central.engine import alembic_config

router = APIRouter(tags=["service"])


def expected_revision() -> str:
    """The head of ``central/migrations``: the schema this code was written for."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("central/migrations has no head revision")
    return head


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/ready", responses={503: {"description": "not ready: see `reason`"}})
def ready(request: Request, engine: Annotated[Engine, Depends(_engine)]) -> JSONResponse:
    """Ready when the database answers and its schema is at ``revision``; ``process``
    tells the answering server process from its siblings."""
    expected: str = request.app.state.schema_head
    body: dict[str, str | int] = {"revision": expected, "process": os.getpid()}
    try:
        with engine.connect() as conn:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError:
        return JSONResponse({**body, "status": "not_ready", "reason": "database"}, 503)
    if current != expected:
        body["database_revision"] = str(current)
        return JSONResponse({**body, "status": "not_ready", "reason": "migrations"}, 503)
    return JSONResponse({**body, "status": "ready"})
