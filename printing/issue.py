"""Preparing a request's document and envelope: numbers, PDFs, hashes.

Reads what it needs from the local store, allocates the document number (and, for post,
the S10 tracking number) in one transaction, renders both PDFs and writes them beside the
other documents of the request. Entering the printing into the ledger happens once the
printer has taken them (``clerk_desk.workflow.record_issuance``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, cast

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import workflow
from clerk_desk.api import Center, RegistryRecord
from clerk_desk.services import SERVICES
from clerk_desk.states import RequestState
from clerk_desk.workflow import Actor, RuleViolation
from printing.document import CivilRecord, DocumentFacts, render_document
from printing.envelope import EnvelopeFacts, EnvelopeSize, render_envelope
from printing.pdf import sha256_hex, write_pdf
from printing.verification import DocumentSigner


@dataclass(frozen=True, slots=True)
class EnvelopeOptions:
    size: str = "DL"
    s10_service: str = "RR"
    s10_first: int = 10_000_000
    s10_last: int = 10_999_999


@dataclass(frozen=True, slots=True)
class PreparedDocuments:
    request_id: str
    document_number: str
    tracking_number: str | None
    document_path: Path
    envelope_path: Path
    document_sha256: str
    envelope_sha256: str


def _civil_record(record: RegistryRecord) -> CivilRecord:
    return CivilRecord(
        national_number=record.national_number,
        first_name=record.first_name,
        father_name=record.father_name,
        mother_name=record.mother_name,
        last_name=record.last_name,
        birth_date=record.birth_date,
        birth_place=record.birth_place,
        gender=record.gender.value,
        registry_office=record.registry_office_ar,
        record_ref=record.record_ref,
        marital_status=record.marital_status_ar,
    )


def prepare_documents(
    sessions: sessionmaker[Session],
    actor: Actor,
    request_id: str,
    *,
    center: Center,
    out_dir: Path,
    envelope: EnvelopeOptions,
    signer: DocumentSigner | None = None,
    today: date | None = None,
) -> PreparedDocuments:
    """Allocate the numbers and render the request's document and envelope.

    `signer` is the center's signing key (from the keyring); the document carries the
    signed verification code only when it is given.
    """
    issued_on = today or date.today()
    with sessions.begin() as session:
        request = workflow.get_request(session, request_id)
        if request.status not in (RequestState.ACCEPTED, RequestState.PRINTED):
            raise RuleViolation("only an accepted request can be printed")
        snapshot = workflow.latest_snapshot(request)
        if snapshot is None:
            raise RuleViolation("the civil-registry record of this request is missing")
        record = RegistryRecord.model_validate(snapshot.record)
        delivery = dict(request.delivery)
        method = cast(Literal["post", "pickup"], request.delivery_method)
        document_number = workflow.next_document_number(session, actor, issued_on.year)
        tracking = None
        if method == "post":
            tracking = workflow.next_tracking_number(
                session, envelope.s10_service, envelope.s10_first, envelope.s10_last
            )
        service = SERVICES[request.service_code]

    document_pdf = render_document(
        DocumentFacts(
            document_number=document_number,
            issued_on=issued_on,
            issue_place=center.city_ar,
            center_name=center.name_ar,
            center_code=center.code,
            service_code=service.code,
            request_id=request_id,
            record=_civil_record(record),
        ),
        signer=signer,
    )
    envelope_pdf = render_envelope(
        EnvelopeFacts(
            request_id=request_id,
            service_name=service.name_ar,
            center_name=center.name_ar,
            center_address=center.address_ar,
            center_city=center.city_ar,
            delivery=method,
            recipient_name=str(delivery.get("recipient_name", "")),
            recipient_address=str(delivery.get("address_ar", "")),
            recipient_city=str(delivery.get("city_ar", "")),
            tracking_number=tracking,
        ),
        cast(EnvelopeSize, envelope.size),
    )
    folder = out_dir / request_id
    stem = document_number.replace("/", "-")
    document_path = write_pdf(folder / f"{stem}-document.pdf", document_pdf)
    envelope_path = write_pdf(folder / f"{stem}-envelope.pdf", envelope_pdf)
    return PreparedDocuments(
        request_id,
        document_number,
        tracking,
        document_path,
        envelope_path,
        sha256_hex(document_pdf),
        sha256_hex(envelope_pdf),
    )
