"""How the server refuses: every refusal is one of the catalogue's (``clerk_desk.refusals``).

Routes ``raise refuse("code", name=value, …)``; the handler installed by
:func:`install` answers with an :class:`~clerk_desk.api.ErrorOut` body: ``detail`` (the
English sentence, as before the codes), ``code`` and ``values``, from which the workstation
says the refusal in the clerk's language. FastAPI's own 422 keeps its list of validation
errors as ``detail`` and gains the code ``invalid_input`` with the first error's location.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import Send

from clerk_desk.api import MAX_REFUSAL_VALUE_LENGTH, ErrorOut
from clerk_desk.refusals import REFUSALS, english


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


async def _answer_invalid_input(_request: Request, exc: Exception) -> Response:
    """FastAPI's 422, with the code ``invalid_input`` and where the first problem is."""
    assert isinstance(exc, RequestValidationError)
    errors: list[dict[str, Any]] = jsonable_encoder(exc.errors())
    location = errors[0].get("loc", ()) if errors else ()
    field = ".".join(str(part) for part in location) or "body"
    values = {"field": field[:MAX_REFUSAL_VALUE_LENGTH]}
    return JSONResponse(_body(errors, "invalid_input", values), status_code=422)


def install(app: FastAPI) -> None:
    """Answer refusals and FastAPI's validation errors with ErrorOut bodies."""
    app.add_exception_handler(RefusedCall, _answer_refusal)
    app.add_exception_handler(RequestValidationError, _answer_invalid_input)
