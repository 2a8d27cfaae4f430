"""The papers citizens attach to their requests on the portal.

The portal hands the server each paper with the request (here :func:`record_attachment`,
which the demo seed uses too). A request announces its attachments with their kind, size
and SHA-256; the workstation fetches each one on its own, checks it, and keeps it for the
clerk to open offline.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.db import AttachmentRow
from clerk_desk.api import (
    ATTACHMENT_SIGNATURES,
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    AttachmentKind,
)


class UnacceptableAttachment(ValueError):
    """The portal sent a paper the contract does not allow."""


def sniff_media_type(content: bytes) -> str | None:
    """The media type the first bytes say, among those the contract allows."""
    for media_type, signature in ATTACHMENT_SIGNATURES.items():
        if content.startswith(signature):
            return media_type
    return None


def record_attachment(
    session: Session,
    request_id: str,
    kind: AttachmentKind,
    filename: str,
    content: bytes,
    now: datetime,
) -> AttachmentRow:
    """Keep a paper attached to a request; refused unless it is a PDF, PNG or JPEG (by
    its bytes, not its name) of at most ``MAX_ATTACHMENT_BYTES``."""
    media_type = sniff_media_type(content)
    if media_type is None:
        raise UnacceptableAttachment("an attachment must be a PDF, PNG or JPEG file")
    if not 0 < len(content) <= MAX_ATTACHMENT_BYTES:
        raise UnacceptableAttachment(f"an attachment may be at most {MAX_ATTACHMENT_BYTES} bytes")
    taken = session.scalar(
        select(func.count())
        .select_from(AttachmentRow)
        .where(AttachmentRow.request_id == request_id)
    )
    if (taken or 0) >= MAX_ATTACHMENTS:
        raise UnacceptableAttachment(f"a request may have at most {MAX_ATTACHMENTS} attachments")
    row = AttachmentRow(
        request_id=request_id,
        kind=kind.value,
        filename=filename[:200],
        media_type=media_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        received_at=now,
    )
    session.add(row)
    return row
