"""Notices to clerks: what a supervisor's review tells the clerk who decided.

An overturned rejection (the request is back in the queue, with the supervisor's note) and
a concern about an acceptance each leave a notice for the clerk who made the decision. The
clerk's workstation fetches the unread ones after each pull (``GET /notices``), shows them,
and marks each read once the clerk has seen it (``POST /notices/{id}/read``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import NoticeRow, UserRow
from central.refusals import refuse
from central.routing import _ERRORS, ReadDb, ReadUser, SettingsDep, WriteDb, WriteUser, log
from clerk_desk.api import ErrorOut, Notice, NoticeKind, NoticeList
from clerk_desk.bounds import MAX_INT

router = APIRouter(responses=_ERRORS)

MAX_NOTICES = 500  # per answer: the oldest first, the rest with the next pull


def tell_clerk(
    session: Session,
    clerk: str,
    kind: NoticeKind,
    request_id: str,
    note: str,
    supervisor: UserRow,
    now: datetime,
) -> None:
    """Leave a notice for ``clerk`` (in the caller's transaction)."""
    session.add(
        NoticeRow(
            username=clerk,
            kind=kind,
            request_id=request_id,
            note=note.strip(),
            created_by=supervisor.username,
            created_at=now,
        )
    )


@router.get("/notices", response_model=NoticeList, tags=["notices"])
def unread_notices(user: ReadUser, session: ReadDb) -> NoticeList:
    """The caller's unread notices, oldest first."""
    rows = session.execute(
        select(NoticeRow, UserRow.full_name)
        .join(UserRow, UserRow.username == NoticeRow.created_by)
        .where(NoticeRow.username == user.username, NoticeRow.read_at.is_(None))
        .order_by(NoticeRow.id)
        .limit(MAX_NOTICES)
    ).all()
    return NoticeList(
        items=[
            Notice(
                id=row.id,
                kind=row.kind,  # written only by tell_clerk
                request_id=row.request_id,
                note=row.note,
                by=row.created_by,
                by_name=full_name,
                at=row.created_at,
            )
            for row, full_name in rows
        ]
    )


NoticeIdPath = Annotated[int, Path(ge=1, le=MAX_INT)]


@router.post(
    "/notices/{notice_id}/read",
    status_code=204,
    response_class=Response,
    tags=["notices"],
    responses={code: {"model": ErrorOut} for code in (401, 404)},
)
def mark_read(
    notice_id: NoticeIdPath, user: WriteUser, session: WriteDb, settings: SettingsDep
) -> Response:
    """The clerk has seen the notice; marking it again changes nothing."""
    row = session.get(NoticeRow, notice_id)
    if row is None or row.username != user.username:  # another's notice is not for you
        raise refuse("no_such_notice", notice_id=notice_id)
    if row.read_at is None:
        row.read_at = settings.clock()
        session.commit()
        log.info("notice %s read by %s", notice_id, user.username)
    return Response(status_code=204)
