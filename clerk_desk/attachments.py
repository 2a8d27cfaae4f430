"""The papers citizens attached to their requests, as the local store keeps them.

A pulled request announces its papers (kind, file name, media type, size, SHA-256); the
store keeps the announcement at once (:func:`record_announced`, part of the pull's
transaction) and the bytes when they have been fetched and checked (:func:`keep_content`).
A paper announced anew with other bytes is fetched again. The bytes are encrypted like
every personal column (see :mod:`clerk_desk.crypto`) and go with the request when it is
purged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, undefer

from clerk_desk.api import Attachment as Announced
from clerk_desk.api import AttachmentKind, RequestOut
from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError
from clerk_desk.states import RequestState
from clerk_desk.store.models import Attachment, Request

# Papers of requests in these states are fetched ahead, so the clerk can open them offline.
_FETCH_AHEAD = (
    RequestState.ASSIGNED,
    RequestState.IN_REVIEW,
    RequestState.ACCEPTED,
    RequestState.PRINTED,
    RequestState.SEALED,
    RequestState.REJECTED,
    RequestState.OVERTURNED,
    RequestState.RELEASED,
)
_CHUNK = 500  # SQLite's limit on bound parameters


class PaperUnavailable(ExplainedError):
    """The clerk asked for a paper whose bytes are not here."""


@dataclass(frozen=True, slots=True)
class Paper:
    """What the request panel lists: a paper and whether it can be opened here."""

    id: int
    request_id: str
    kind: AttachmentKind
    filename: str
    media_type: str
    size: int
    sha256: str
    fetched: bool
    problem: str | None

    def announced(self) -> Announced:
        """The announcement the bytes are checked against when they are fetched."""
        return Announced(
            id=self.id,
            kind=self.kind,
            filename=self.filename,
            media_type=self.media_type,
            size=self.size,
            sha256=self.sha256,
        )


def announced_papers(request: RequestOut) -> list[Paper]:
    """The papers a request from the server announces, as the panels list them (a
    supervisor's review shows them without keeping them in the local store)."""
    return [
        Paper(
            id=a.id,
            request_id=request.id,
            kind=a.kind,
            filename=a.filename,
            media_type=a.media_type,
            size=a.size,
            sha256=a.sha256,
            fetched=True,  # nothing to wait for: opening one fetches it from the server
            problem=None,
        )
        for a in request.attachments
    ]


def _paper(row: Attachment) -> Paper:
    return Paper(
        id=row.id,
        request_id=row.request_id,
        kind=AttachmentKind(row.kind),
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        fetched=row.fetched_at is not None,
        problem=row.problem,
    )


def record_announced(session: Session, page: Mapping[str, RequestOut]) -> None:
    """Keep what the page's requests announce: new papers, changed ones (their bytes are
    dropped, to be fetched again), and papers no longer announced removed."""
    announced = {
        a.id: (request_id, a) for request_id, item in page.items() for a in item.attachments
    }
    ids = list(page)
    here: dict[int, Attachment] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.scalars(
            select(Attachment).where(Attachment.request_id.in_(ids[start : start + _CHUNK]))
        )
        here.update((row.id, row) for row in rows)
    for attachment_id, gone in here.items():
        if attachment_id not in announced:
            session.delete(gone)
    new: list[dict[str, Any]] = []
    for attachment_id, (request_id, paper) in announced.items():
        row = here.get(attachment_id)
        if row is None:
            new.append(
                {
                    "id": attachment_id,
                    "request_id": request_id,
                    "kind": paper.kind.value,
                    "filename": paper.filename,
                    "media_type": paper.media_type,
                    "size": paper.size,
                    "sha256": paper.sha256,
                }
            )
            continue
        row.kind = paper.kind.value
        row.filename = paper.filename
        if (row.sha256, row.size, row.media_type) != (paper.sha256, paper.size, paper.media_type):
            row.sha256, row.size, row.media_type = paper.sha256, paper.size, paper.media_type
            row.content, row.fetched_at, row.problem = None, None, None
    if new:
        session.execute(insert(Attachment), new)


def papers_of(session: Session, request_id: str) -> list[Paper]:
    rows = session.scalars(
        select(Attachment).where(Attachment.request_id == request_id).order_by(Attachment.id)
    )
    return [_paper(row) for row in rows]


def to_fetch(session: Session) -> list[Paper]:
    """Papers announced but not yet here, of requests the clerk may still open."""
    rows = session.scalars(
        select(Attachment)
        .join(Request, Request.id == Attachment.request_id)
        .where(
            Attachment.fetched_at.is_(None),
            Request.status.in_([state.value for state in _FETCH_AHEAD]),
        )
        .order_by(Request.assigned_at, Attachment.id)
    )
    return [_paper(row) for row in rows]


def keep_content(session: Session, attachment_id: int, content: bytes) -> None:
    """Keep the checked bytes of a paper (the caller checked them against the announcement)."""
    row = session.get(Attachment, attachment_id)
    if row is None:  # the request was purged or the paper withdrawn meanwhile
        return
    row.content = content
    row.fetched_at = datetime.now(UTC).replace(microsecond=0)
    row.problem = None


def record_problem(session: Session, attachment_id: int, problem: str) -> None:
    """Why a paper could not be fetched; the next pull tries again."""
    row = session.get(Attachment, attachment_id)
    if row is not None:
        row.problem = problem[:500]


def content_of(session: Session, attachment_id: int) -> bytes:
    """The bytes of a paper that is here, decrypted."""
    row = session.scalar(
        select(Attachment)
        .options(undefer(Attachment.content))
        .where(Attachment.id == attachment_id)
    )
    if row is None or row.content is None:
        raise PaperUnavailable(
            QT_TRANSLATE_NOOP(
                "Rules",
                "attachment {attachment_id} has not reached this workstation yet: "
                "it is fetched with the next pull from the central server",
            ),
            attachment_id=attachment_id,
        )
    return row.content
