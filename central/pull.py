"""The pull: a center's requests changed after a cursor, in change order, page by page.

A page holds at most ``limit`` requests (``MAX_PAGE`` at most). Its cursor is the change
number of its last request; a pull on PostgreSQL reads only below the change horizon
(:func:`central.db.change_horizon`), so no change committing late is ever passed over.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
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
)
from clerk_desk.api import RequestPage

DEFAULT_PAGE = 500
MAX_PAGE = 1000

router = APIRouter(responses=_ERRORS)


def pull_rows(
    session: Session, center_code: str, after: int, limit: int
) -> tuple[list[RequestRow], bool]:
    """Up to ``limit`` requests of the center changed after ``after``, in change order,
    and whether more follow."""
    query = select(RequestRow).where(
        RequestRow.center_code == center_code, RequestRow.change_seq > after
    )
    if (horizon := change_horizon(session)) is not None:
        query = query.where(RequestRow.change_seq < horizon)
    rows = list(session.scalars(query.order_by(RequestRow.change_seq).limit(limit + 1)))
    return rows[:limit], len(rows) > limit


@router.get("/requests", response_model=RequestPage, tags=["requests"])
def list_requests(
    user: ReadUser,
    session: ReadDb,
    since: Annotated[
        str | None, Query(max_length=100, description="the cursor of the previous page")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
) -> RequestPage:
    """The caller's center's requests changed after ``since``, in change order, any status."""
    after = decode_cursor(since)
    rows, more = pull_rows(session, user.center_code, after, limit)
    cursor = encode_cursor(rows[-1].change_seq if rows else after)
    return RequestPage(items=[request_out(row) for row in rows], cursor=cursor, more=more)
