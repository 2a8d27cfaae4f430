"""Every refusal of the server carries a code of the catalogue (clerk_desk.refusals), the
values its template names, and the English sentence in ``detail`` as before the codes."""

from __future__ import annotations

import ast
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from clerk_desk.api import MAX_BODY_BYTES
from clerk_desk.refusals import ACTIONS, REFUSALS, english
from tests.central.conftest import Api, accepting

CENTRAL = Path(__file__).resolve().parents[2] / "central"


def key() -> str:
    return uuid.uuid4().hex


def check_refusal(answer: httpx.Response, code: str) -> dict[str, str]:
    """The answer is refusal ``code``, well formed; returns its values."""
    body: dict[str, Any] = answer.json()
    assert body.get("code") == code, (code, answer.status_code, body)
    refusal = REFUSALS[code]
    assert answer.status_code == refusal.status, (code, answer.status_code)
    values: dict[str, str] = body["values"]
    assert set(values) == refusal.names, (code, values)
    assert all(isinstance(value, str) for value in values.values())
    if code != "invalid_input":  # FastAPI's own list stays the detail there
        assert body["detail"] == english(code, values), (code, body["detail"])
    return values


def test_the_refusals_the_server_gives_carry_their_catalogue_code(api: Api) -> None:
    clerk, clerk2 = api.login("dam.clerk1"), api.login("dam.clerk2")
    supervisor, aleppo = api.login("dam.supervisor"), api.login("alp.clerk1")
    items, _ = api.pull_all(clerk)
    a, b, c, d = api.acceptable()[:4]
    fast = next(item["id"] for item in items if item["service_class"] == "fast")
    used = key()
    assert api.post(f"/requests/{a}/claim", clerk).status_code == 200
    assert api.open(c, clerk).status_code == 200
    assert api.post(f"/requests/{c}/decision", clerk, json=accepting(used)).status_code == 200
    rejection = {"idempotency_key": key(), "outcome": "reject"}  # no reason
    reused = {**accepting(used), "outcome": "reject", "reason_code": "data_mismatch"}
    naive = {"since": "2026-03-01T08:00:00"}
    shift_start = "2026-03-01T08:00:00Z"
    backwards = {"since": "2026-03-01T10:00:00Z", "until": "2026-03-01T09:00:00Z"}

    def post(path: str, headers: dict[str, str], body: dict[str, Any]) -> httpx.Response:
        return api.post(path, headers, json=body)

    walk: list[tuple[str, Callable[[], httpx.Response]]] = [
        ("no_token", lambda: api.get("/requests")),
        ("unknown_token", lambda: api.get("/requests", {"Authorization": "Bearer nope"})),
        ("wrong_password", lambda: post("/login", {}, {"username": "x", "password": "y"})),
        ("wrong_role", lambda: api.get("/reviews", clerk)),
        ("wrong_role", lambda: api.post(f"/requests/{b}/claim", supervisor)),
        ("other_center", lambda: api.get(f"/requests/{a}", aleppo)),
        ("no_such_request", lambda: api.get("/requests/DAM-999999", clerk)),
        ("no_such_request", lambda: api.get("/requests/DAM-999999/history", clerk)),
        ("no_such_enrollment", lambda: api.get("/workstations/enrollments/DAM-W9", clerk)),
        ("leased_until", lambda: api.post(f"/requests/{a}/claim", clerk2)),
        ("leased_by_other", lambda: post(f"/requests/{a}/decision", clerk2, accepting())),
        ("held_by_other", lambda: api.delete(f"/requests/{a}/claim", clerk2)),
        ("not_claimed", lambda: post(f"/requests/{b}/decision", clerk, accepting())),
        ("reason_required", lambda: post(f"/requests/{b}/decision", clerk, rejection)),
        (
            "illegal_transition",
            lambda: post(f"/requests/{d}/seal", clerk, {"idempotency_key": key()}),
        ),
        ("key_reused", lambda: post(f"/requests/{c}/decision", clerk, reused)),
        ("already_decided", lambda: post(f"/requests/{c}/decision", clerk, accepting())),
        ("bad_cursor", lambda: api.get("/requests", clerk, params={"since": "bogus"})),
        ("invalid_input", lambda: post("/login", {}, {"username": ["a"], "password": 3})),
        ("national_number_length", lambda: api.get("/registry/123", clerk)),
        ("national_number_not_digits", lambda: api.get("/registry/0123456789a", clerk)),
        ("registry_refused", lambda: api.get("/registry/99999999999", clerk)),
        ("fast_service", lambda: api.get(f"/requests/{fast}/issued-document", clerk)),
        ("time_without_zone", lambda: api.get("/dashboard", supervisor, params=naive)),
        ("bad_period", lambda: api.get("/dashboard", supervisor, params=backwards)),
        ("no_workstation", lambda: api.get("/audit/head", clerk)),
        (
            "other_workstation",
            lambda: api.get("/ledger", clerk, params={"workstation": "W9", "since": shift_start}),
        ),
        ("body_too_large", lambda: api.post("/login", content=b"x" * (MAX_BODY_BYTES + 1))),
    ]
    seen = {code: check_refusal(call(), code) for code, call in walk}

    assert api.get("/reviews", clerk).json()["detail"] == (
        "only a supervisor may review rejections; you are a clerk"  # as before the codes
    )
    assert seen["wrong_role"] == {"role": "clerk", "action": "claim", "your_role": "supervisor"}
    assert seen["illegal_transition"] == {"request_id": d, "status": "assigned", "target": "sealed"}
    assert seen["leased_until"]["holder"] == "dam.clerk1"
    assert seen["invalid_input"] == {"field": "body.username"}
    api.clock.advance(hours=13)
    check_refusal(api.get("/requests", clerk), "session_expired")


def test_a_401_still_says_which_credentials_would_do(api: Api) -> None:
    answer = api.get("/requests")
    assert answer.headers["www-authenticate"] == "Bearer"
    check_refusal(answer, "no_token")


def _calls(tree: ast.AST, names: set[str]) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names
    ]


def test_every_refusal_in_the_server_source_is_in_the_catalogue_with_its_values() -> None:
    """What the walk above does not reach is checked in the source: every refusal names a
    code of the catalogue and exactly the values its template names."""
    checked = 0
    for path in sorted(CENTRAL.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        raised = [
            call.func.id
            for call in _calls(tree, {"HTTPException"})
            if isinstance(call.func, ast.Name)
        ]
        assert not raised, f"{path.name}: HTTPException raised without the catalogue"
        for call in _calls(tree, {"refuse", "unauthorized", "_refuse", "_refuse_author"}):
            first = call.args[0] if call.args else None
            if not isinstance(first, ast.Constant):
                continue  # refuse(code, **exc.values): a core message's own code and values
            code = first.value
            assert code in REFUSALS, f"{path.name}:{call.lineno}: unknown code {code!r}"
            names = {keyword.arg for keyword in call.keywords}
            if call.func.id == "_refuse":  # the audit chain's helper adds the workstation
                names.add("workstation")
            where = f"{path.name}:{call.lineno}"
            assert names == REFUSALS[code].names, f"{where}: {code} takes {REFUSALS[code].names}"
            checked += 1
        for call in _calls(tree, {"_require_role"}):
            action = call.args[2]
            assert isinstance(action, ast.Constant) and action.value in ACTIONS, path.name
    assert checked > 40


def test_the_openapi_document_shows_the_error_body(api: Api) -> None:
    document = api.client.get("/openapi.json").json()
    error = document["components"]["schemas"]["ErrorOut"]
    assert {"detail", "code", "values"} <= set(error["properties"])
    claim = document["paths"]["/api/v1/requests/{request_id}/claim"]["post"]["responses"]
    for status in ("401", "403", "404", "409", "422"):
        schema = claim[status]["content"]["application/json"]["schema"]
        assert schema["$ref"].endswith("/ErrorOut"), status
