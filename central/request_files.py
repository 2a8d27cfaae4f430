"""The files of a request, each fetched on its own by the center's users.

``GET /requests/{id}/issued-document``: a slow service's document, as its body sent it.
The center prints it behind the cover sheet; a fast service has none (the center produces
its document), and a slow one has none until its issuing body has answered. Both are a 404
whose detail says which.

``GET /requests/{id}/attachments/{n}``: a paper the citizen attached on the portal, as the
request announced it (see :mod:`central.attachments`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from central.db import AttachmentRow, IssuedDocumentRow
from central.refusals import refuse
from central.routing import _ERRORS, ReadDb, ReadUser, RequestIdPath, _load_request, log
from clerk_desk.api import ATTACHMENT_SIGNATURES, ISSUED_DOCUMENT_MEDIA_TYPE, ErrorOut
from clerk_desk.bounds import MAX_INT
from clerk_desk.services import SERVICES, ServiceClass

router = APIRouter(responses=_ERRORS)


@router.get(
    "/requests/{request_id}/issued-document",
    response_class=Response,
    tags=["requests"],
    responses={
        200: {
            "content": {ISSUED_DOCUMENT_MEDIA_TYPE: {}},
            "description": "the issuing body's document, a PDF",
        },
        **{code: {"model": ErrorOut} for code in (401, 403, 404, 422)},
    },
)
def issued_document(request_id: RequestIdPath, user: ReadUser, session: ReadDb) -> Response:
    """The issuing body's PDF of a slow-service request of the caller's center."""
    row = _load_request(session, request_id, user)
    service = SERVICES.get(row.service_code)
    if service is None or service.service_class is not ServiceClass.SLOW:
        raise refuse("fast_service", request_id=request_id)
    document = session.get(IssuedDocumentRow, request_id)
    if document is None:
        raise refuse("not_yet_issued", body=service.issuing_body_ar, request_id=request_id)
    log.info("issued document of %s handed to %s", request_id, user.username)
    return Response(
        content=document.pdf,
        media_type=ISSUED_DOCUMENT_MEDIA_TYPE,
        headers={
            "Content-Disposition": f'inline; filename="{request_id}-issued.pdf"',
            "X-Content-SHA256": document.pdf_sha256,
            "Cache-Control": "no-store",
        },
    )


AttachmentIdPath = Annotated[int, Path(ge=1, le=MAX_INT, description="as the request lists it")]


@router.get(
    "/requests/{request_id}/attachments/{attachment_id}",
    response_class=Response,
    tags=["requests"],
    responses={
        200: {
            "content": {media_type: {} for media_type in ATTACHMENT_SIGNATURES},
            "description": "the paper, exactly as the citizen attached it",
        },
        **{code: {"model": ErrorOut} for code in (401, 403, 404)},
    },
)
def attachment(
    request_id: RequestIdPath, attachment_id: AttachmentIdPath, user: ReadUser, session: ReadDb
) -> Response:
    """One paper attached to a request of the caller's center."""
    _load_request(session, request_id, user)
    row = session.get(AttachmentRow, attachment_id)
    if row is None or row.request_id != request_id:
        raise refuse("no_such_attachment", request_id=request_id, attachment_id=attachment_id)
    log.info("attachment %s of %s handed to %s", attachment_id, request_id, user.username)
    return Response(
        content=row.content,
        media_type=row.media_type,
        headers={
            "Content-Disposition": f'inline; filename="{request_id}-{attachment_id}"',
            "X-Content-SHA256": row.sha256,
            "Cache-Control": "no-store",
        },
    )
