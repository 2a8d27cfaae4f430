"""The pull: a center's requests changed after a cursor, in change order, page by page.

A page holds at most ``limit`` requests (``MAX_PAGE`` at most). Its cursor is the change
number of its last request; a pull on PostgreSQL reads only below the change horizon
(:func:`central.db.change_horizon`), so no change committing late is ever passed over.

What it costs: one index-only query first (the change numbers of the page, from the index
on ``(center_code, change_seq)``), which is all an empty delta needs. The page's ETag is
made of those numbers: a workstation that sends it back in ``If-None-Match`` with the same
cursor gets 304 and no body (its periodic pull with nothing new). Otherwise the page's
rows are loaded, built once into the contract's models and serialized once
(``model_dump_json``, not validated again by FastAPI). Compressed on the way when the
client accepts gzip (``central.app``).
"""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import RequestRow, change_horizon
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    decode_cursor,
    encode_cursor,
    request_out,
    with_parts,
)
from clerk_desk.api import RequestPage

DEFAULT_PAGE = 500
MAX_PAGE = 1000

router = APIRouter(responses=_ERRORS)


def page_numbers(
    session: Session, center_code: str, after: int, limit: int
) -> tuple[list[int], bool]:
    """The change numbers of the next page (index only) and whether more follow."""
    query = select(RequestRow.change_seq).where(
        RequestRow.center_code == center_code, RequestRow.change_seq > after
    )
    if (horizon := change_horizon(session)) is not None:
        query = query.where(RequestRow.change_seq < horizon)
    numbers = list(session.scalars(query.order_by(RequestRow.change_seq).limit(limit + 1)))
    return numbers[:limit], len(numbers) > limit


def page_rows(session: Session, center_code: str, after: int, last: int) -> list[RequestRow]:
    """The requests numbered ``after < n <= last``. All such numbers are below the horizon,
    so no writer can still add one; a request changed meanwhile has left the range for a
    later number, and comes in a later page."""
    return list(
        session.scalars(
            select(RequestRow)
            .options(*with_parts())
            .where(
                RequestRow.center_code == center_code,
                RequestRow.change_seq > after,
                RequestRow.change_seq <= last,
            )
            .order_by(RequestRow.change_seq)
        )
    )


def pull_rows(
    session: Session, center_code: str, after: int, limit: int
) -> tuple[list[RequestRow], int, bool]:
    """A page: its requests, its cursor (a change number) and whether more follow."""
    numbers, more = page_numbers(session, center_code, after, limit)
    if not numbers:
        return [], after, False
    return page_rows(session, center_code, after, numbers[-1]), numbers[-1], more


def page_etag(center_code: str, after: int, limit: int, numbers: list[int], more: bool) -> str:
    text = f"{center_code}|{after}|{limit}|{more}|{','.join(map(str, numbers))}"
    return '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'


@router.get(
    "/requests",
    response_model=RequestPage,
    tags=["requests"],
    responses={304: {"description": "the page is the one whose ETag was sent"}},
)
def list_requests(
    user: ReadUser,
    session: ReadDb,
    since: Annotated[
        str | None, Query(max_length=100, description="the cursor of the previous page")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    if_none_match: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    """The caller's center's requests changed after ``since``, in change order, any status."""
    after = decode_cursor(since)
    numbers, more = page_numbers(session, user.center_code, after, limit)
    etag = page_etag(user.center_code, after, limit, numbers, more)
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if if_none_match is not None and etag in (t.strip() for t in if_none_match.split(",")):
        return Response(status_code=304, headers=headers)
    rows = page_rows(session, user.center_code, after, numbers[-1]) if numbers else []
    cursor = encode_cursor(numbers[-1] if numbers else after)
    page = RequestPage(items=[request_out(row) for row in rows], cursor=cursor, more=more)
    return Response(page.model_dump_json(), media_type="application/json", headers=headers)
