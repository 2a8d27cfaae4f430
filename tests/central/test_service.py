"""``/health`` and ``/ready``, what a load balancer asks each server process."""

from __future__ import annotations

import json

from starlette.requests import Request

from central.app import create_app
from central.db import upgrade
from central.service import expected_revision, ready
from tests.central.conftest import Api
from tests.databases import Databases


def test_a_server_at_the_head_revision_is_ready(api: Api) -> None:
    assert api.client.get(api.url("/health")).json() == {"status": "ok"}
    answer = api.client.get(api.url("/ready"))
    assert answer.status_code == 200
    assert answer.json()["status"] == "ready"
    assert answer.json()["revision"] == expected_revision()


def test_a_database_behind_the_code_is_not_ready(databases: Databases) -> None:
    url = databases.new()
    upgrade(url, "0013")
    app = create_app(url, prepare=False)
    try:
        answer = ready(Request({"type": "http", "app": app}), app.state.engine)
        assert answer.status_code == 503
        body = json.loads(bytes(answer.body))
        assert (body["reason"], body["database_revision"]) == ("migrations", "0013")
        upgrade(url)
        assert ready(Request({"type": "http", "app": app}), app.state.engine).status_code == 200
    finally:
        app.state.engine.dispose()
