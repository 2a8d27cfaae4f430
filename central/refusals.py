"""How the server refuses: every refusal is one of the catalogue's (``clerk_desk.refusals``).

Routes ``raise refuse("code", name=value, …)``; the handler installed by
:func:`install` answers with an :class:`~clerk_desk.api.ErrorOut` body: ``detail`` (the
English sentence, as before the codes), ``code`` and ``values``, from which the workstation
says the refusal in the clerk's language. FastAPI's own 422 keeps its list of validation
errors as ``detail`` and gains the code ``invalid_input`` with the first error's location,
or the code of the core's own message that refused the input (``unsafe_text`` …). No
error answer echoes the input it refused: a lone surrogate cannot even be encoded, and a
control character would show in the clerk's message.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path
from starlette.types import Send

from clerk_desk.api import MAX_REFUSAL_VALUE_LENGTH, ErrorOut
from clerk_desk.messages import ExplainedError
from clerk_desk.plain_text import escape_unsafe, unsafe_character
from clerk_desk.refusals import REFUSALS, code_of_template, english


class RefusedCall(HTTPException):
    """A refusal of the catalogue, raised by a route: answered as an ErrorOut body."""

    def __init__(
        self, code: str, values: dict[str, str], headers: dict[str, str] | None = None
    ) -> None:
        status = REFUSALS[code].status
        if status is None:
            raise ValueError(f"{code} is the workstation's own message, not a server refusal")
        super().__init__(status, detail=english(code, values), headers=headers)
        self.code = code
        self.values = values

    def body(self) -> dict[str, Any]:
        return _body(self.detail, self.code, self.values)


def refuse(code: str, /, **values: object) -> RefusedCall:
    """The refusal ``code`` with its values as text, to raise."""
    return RefusedCall(code, {name: str(value) for name, value in values.items()})


def unauthorized(code: str) -> RefusedCall:
    """A 401 refusal, with the header that says which credentials would do."""
    return RefusedCall(code, {}, headers={"WWW-Authenticate": "Bearer"})


def _body(detail: str | list[dict[str, Any]], code: str, values: dict[str, str]) -> dict[str, Any]:
    return ErrorOut(detail=detail, code=code, values=values).model_dump(mode="json")


async def send_refusal(send: Send, refusal: RefusedCall) -> None:
    """Answer from ASGI middleware, before any route (and its exception handlers) runs."""
    body = json.dumps(refusal.body()).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": refusal.status_code,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _answer_refusal(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RefusedCall)
    return JSONResponse(exc.body(), status_code=exc.status_code, headers=exc.headers)


def _shown(value: Any) -> Any:
    """``value`` (a validation error's part) with every text safe to answer: a character a
    reader would not see, or that cannot be encoded at all, written as an escape."""
    if isinstance(value, str):
        return escape_unsafe(value) if unsafe_character(value) else value
    if isinstance(value, list | tuple):
        return [_shown(item) for item in value]
    if isinstance(value, dict):
        return {_shown(str(key)): _shown(item) for key, item in value.items()}
    return value


def _error_shown(error: dict[str, Any]) -> dict[str, Any]:
    """One validation error as answered: where, what, why; never the input it refused."""
    shown: dict[str, Any] = {name: error[name] for name in ("type", "loc", "msg") if name in error}
    context = error.get("ctx")
    if context:
        shown["ctx"] = {
            name: str(item) if isinstance(item, BaseException) else item
            for name, item in context.items()
        }
    return dict(_shown(jsonable_encoder(shown)))


def _refusal_of(error: dict[str, Any], field: str) -> tuple[str, dict[str, str]]:
    """The catalogue's code and values for one validation error: the core's own message
    where a core check refused the input (a text with a direction override, JSON nested
    too deep …), else ``invalid_input`` at ``field``."""
    explained = (error.get("ctx") or {}).get("error")
    if isinstance(explained, ExplainedError):
        code = code_of_template(explained.template)
        if code is not None and REFUSALS[code].status == 422:
            values = dict(explained.values)
            if "field" in REFUSALS[code].names:
                values["field"] = ".".join(part for part in (field, values.get("field")) if part)
            return code, values
    return "invalid_input", {"field": field}


async def _answer_invalid_input(_request: Request, exc: Exception) -> Response:
    """FastAPI's 422, with the code ``invalid_input`` and where the first problem is (or
    the code of the core's message that refused it)."""
    assert isinstance(exc, RequestValidationError)
    raw: list[dict[str, Any]] = list(exc.errors())
    first = raw[0] if raw else {}
    field = ".".join(str(part) for part in first.get("loc", ())) or "body"
    code, values = _refusal_of(first, field)
    values = {
        name: escape_unsafe(value)[:MAX_REFUSAL_VALUE_LENGTH] for name, value in values.items()
    }
    errors = [_error_shown(error) for error in raw]
    return JSONResponse(_body(errors, code, values), status_code=422)


# What Starlette and FastAPI refuse themselves, before any route: said as the catalogue's.
_OWN_REFUSALS = {400: "unreadable_body", 404: "no_such_route", 405: "method_not_allowed"}


async def _answer_http_error(request: Request, exc: Exception) -> Response:
    """A refusal Starlette or FastAPI raised (no such route, a body that is no JSON text),
    answered as the catalogue's ErrorOut."""
    assert isinstance(exc, StarletteHTTPException)
    code = _OWN_REFUSALS.get(exc.status_code)
    if code is None:
        body = ErrorOut(detail=str(exc.detail)).model_dump(mode="json")
    else:
        body = _body(english(code, {}), code, {})
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(_allowed(request))
    return JSONResponse(body, status_code=exc.status_code, headers=headers)


def _allowed(request: Request) -> list[str]:
    """Every method the API document lists at the request's path (and HEAD with GET, which
    Starlette serves): Starlette's own 405 names only the first route's methods (``POST``
    for a claim, which ``DELETE`` also releases)."""
    paths: dict[str, dict[str, Any]] = request.app.openapi().get("paths", {})
    methods: set[str] = set()
    for template, operations in paths.items():
        if compile_path(template)[0].match(request.scope["path"]):
            methods |= {method.upper() for method in operations}
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def install(app: FastAPI) -> None:
    """Answer refusals and FastAPI's validation errors with ErrorOut bodies."""
    app.add_exception_handler(RefusedCall, _answer_refusal)
    app.add_exception_handler(RequestValidationError, _answer_invalid_input)
    app.add_exception_handler(StarletteHTTPException, _answer_http_error)
