"""``GET /requests/{id}/issued-document``: a slow service's document, as its body sent it.

The center's own users fetch it to print it behind the cover sheet; a fast service has
none (the center produces its document), and a slow one has none until its issuing body
has answered. Both are a 404 whose detail says which.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from central.app import ReadDb, ReadUser, RequestIdPath, _load_request, log
from central.db import IssuedDocumentRow
from central.refusals import refuse
from clerk_desk.api import ISSUED_DOCUMENT_MEDIA_TYPE, ErrorOut
from clerk_desk.services import SERVICES, ServiceClass

router = APIRouter()


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
