"""Preparing a request's document and envelope: numbers, PDFs, hashes.

Reads what it needs from the local store and, in one transaction, allocates the document
number (and, for post, the S10 tracking number), renders both PDFs, writes them beside the
other documents of the request and enters the printing in the print ledger as an intent
(``clerk_desk.ledger``): the numbers are accounted for before any paper exists. The
issuance is recorded once the printer has put them out (``ledger.record_printed``).

A fast service's document is rendered here from the registry snapshot. A slow service's
document is the issuing body's PDF, fetched from the server by the caller (``sync``; this
package does no network): the document file is then a cover sheet carrying the center's
identifiers (`printing.cover`) followed by the body's pages, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, cast

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import ledger, workflow
from clerk_desk.api import Center, RegistryRecord
from clerk_desk.crypto import StoreKey
from clerk_desk.ledger import RenderedFiles
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.services import SERVICES, ServiceClass
from clerk_desk.states import RequestState
from clerk_desk.store.models import PrintIntent
from clerk_desk.workflow import Actor, IssuanceNumbers, RuleViolation
from printing.cover import CoverFacts, render_cover_sheet
from printing.document import CivilRecord, DocumentFacts, render_document
from printing.envelope import EnvelopeFacts, EnvelopeSize, render_envelope
from printing.pdf import (
    UnreadablePdf,
    merge_pdfs,
    pdf_page_count,
    read_pdf,
    sha256_hex,
    write_pdf,
)
from printing.verification import DocumentSigner


@dataclass(frozen=True, slots=True)
class EnvelopeOptions:
    size: str = "DL"
    s10_service: str = "RR"  # the service indicator of the S10 blocks the server reserves


@dataclass(frozen=True, slots=True)
class PreparedDocuments:
    """A printing prepared for request `request_id`: its entry in the print ledger
    (`intent_id`), its numbers and its files. Printing it names the request it acts on."""

    request_id: str
    document_number: str
    tracking_number: str | None
    document_path: Path
    envelope_path: Path
    document_sha256: str
    envelope_sha256: str
    intent_id: int
    reprint_reason: str | None = None

    @property
    def is_reprint(self) -> bool:
        return self.reprint_reason is not None


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


def _fast_document(
    document_number: str,
    issued_on: date,
    center: Center,
    service_code: str,
    request_id: str,
    record: RegistryRecord,
    signer: DocumentSigner | None,
) -> bytes:
    """A fast service's document, rendered from the registry snapshot."""
    return render_document(
        DocumentFacts(
            document_number=document_number,
            issued_on=issued_on,
            issue_place=center.city_ar,
            center_name=center.name_ar,
            center_code=center.code,
            service_code=service_code,
            request_id=request_id,
            record=_civil_record(record),
        ),
        signer=signer,
    )


def needs_issued_document(service_code: str) -> bool:
    """Whether a request of this service prints the issuing body's PDF (a slow service)."""
    return SERVICES[service_code].service_class is ServiceClass.SLOW


def request_needs_issued_document(sessions: sessionmaker[Session], request_id: str) -> bool:
    """Whether `prepare_documents` needs ``issued_pdf`` for this request of the local store."""
    with sessions() as session:
        return needs_issued_document(workflow.get_request(session, request_id).service_code)


def _body_pages(issued_pdf: bytes) -> int:
    """The page count of the body's PDF; a RuleViolation if it cannot be printed."""
    if not issued_pdf.startswith(b"%PDF-"):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "the issuing body's document is not a PDF: it cannot be printed"
            )
        )
    try:
        pages = pdf_page_count(issued_pdf)
    except UnreadablePdf:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "the issuing body's document cannot be read: it cannot be printed"
            )
        ) from None
    if pages < 1:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "the issuing body's document has no pages: it cannot be printed"
            )
        )
    return pages


class _Papers:
    """The ledger's `PaperMaker` for one request: renders with the numbers it is given,
    writes the files encrypted beside the request's other documents."""

    def __init__(
        self, render: Callable[[IssuanceNumbers], tuple[bytes, bytes]], folder: Path, key: StoreKey
    ) -> None:
        self._render = render
        self._folder = folder
        self._key = key

    def render(self, numbers: IssuanceNumbers) -> RenderedFiles:
        document_pdf, envelope_pdf = self._render(numbers)
        stem = numbers.document_number.replace("/", "-")
        document_path = write_pdf(self._folder / f"{stem}-document.pdf", document_pdf, self._key)
        envelope_path = write_pdf(self._folder / f"{stem}-envelope.pdf", envelope_pdf, self._key)
        return RenderedFiles(
            sha256_hex(document_pdf),
            sha256_hex(envelope_pdf),
            str(document_path),
            str(envelope_path),
        )

    def intact(self, intent: PrintIntent) -> bool:
        return intent_files_intact(intent, self._key)


def intent_files_intact(intent: PrintIntent, key: StoreKey) -> bool:
    """Whether the intent's two files are there, with the hashes it recorded."""
    return _file_intact(intent.document_path, intent.document_sha256, key) and (
        _file_intact(intent.envelope_path, intent.envelope_sha256, key)
    )


def _file_intact(path: str | Path, sha256: str, key: StoreKey) -> bool:
    """Whether the encrypted PDF at `path` is there and its clear bytes hash to `sha256`."""
    try:
        return sha256_hex(read_pdf(path, key)) == sha256
    except (OSError, ValueError):  # missing, unreadable, or not decrypting (DecryptionError)
        return False


def prepare_documents(
    sessions: sessionmaker[Session],
    actor: Actor,
    request_id: str,
    *,
    center: Center,
    out_dir: Path,
    envelope: EnvelopeOptions,
    key: StoreKey,
    signer: DocumentSigner | None = None,
    today: date | None = None,
    issued_pdf: bytes | None = None,
    reprint_reason: str | None = None,
) -> PreparedDocuments:
    """The request's printing, prepared: its numbers allocated, its document and envelope
    rendered, and the intent entered in the print ledger, in one transaction
    (``clerk_desk.ledger.prepare``; a prepared printing not yet sent is reused).

    `signer` is the center's signing key (from the keyring); the document (for a slow
    service, its cover sheet) carries the signed verification code only when it is given.
    `issued_pdf` is the issuing body's document of a slow service, as the server sent it
    (``sync.client.CentralClient.issued_document``): required for a slow service, refused
    for a fast one. A printed request prints again only with `reprint_reason`. Both files
    are written encrypted under `key` (the store's key); the hashes are of the clear PDFs.
    Every refusal is a RuleViolation raised before a number is allocated. Rendering runs
    inside the transaction that allocates the numbers (a fraction of a second): a number
    never exists without its intent.
    """
    issued_on = today or date.today()
    body_pages = _body_pages(issued_pdf) if issued_pdf is not None else 0
    with sessions.begin() as session:
        request = workflow.get_request(session, request_id)
        if request.status not in (RequestState.ACCEPTED, RequestState.PRINTED):
            raise RuleViolation(
                QT_TRANSLATE_NOOP("Rules", "only an accepted request can be printed")
            )
        snapshot = workflow.latest_snapshot(request)
        if snapshot is None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("Rules", "the civil-registry record of this request is missing")
            )
        record = RegistryRecord.model_validate(snapshot.record)
        service = SERVICES[request.service_code]
        slow = service.service_class is ServiceClass.SLOW
        if slow and issued_pdf is None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "Rules", "{body} has not sent its document for request {request_id} yet"
                ),
                body=service.issuing_body_ar,
                request_id=request_id,
            )
        if not slow and issued_pdf is not None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "Rules", "request {request_id} is a fast service: its document is made here"
                ),
                request_id=request_id,
            )
        delivery = dict(request.delivery)
        method = cast(Literal["post", "pickup"], request.delivery_method)

        def render(numbers: IssuanceNumbers) -> tuple[bytes, bytes]:
            if issued_pdf is not None:
                cover = render_cover_sheet(
                    CoverFacts(
                        document_number=numbers.document_number,
                        issued_on=issued_on,
                        issue_place=center.city_ar,
                        center_name=center.name_ar,
                        center_code=center.code,
                        service_code=service.code,
                        service_name=service.name_ar,
                        issuing_body=service.issuing_body_ar,
                        request_id=request_id,
                        record=_civil_record(record),
                        body_pages=body_pages,
                        body_sha256=sha256_hex(issued_pdf),
                    ),
                    signer=signer,
                )
                document_pdf = merge_pdfs([cover, issued_pdf])
            else:
                document_pdf = _fast_document(
                    numbers.document_number,
                    issued_on,
                    center,
                    service.code,
                    request_id,
                    record,
                    signer,
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
                    tracking_number=numbers.tracking_number,
                ),
                cast(EnvelopeSize, envelope.size),
            )
            return document_pdf, envelope_pdf

        intent = ledger.prepare(
            session,
            actor,
            request_id,
            year=issued_on.year,
            tracking=envelope.s10_service if method == "post" else None,
            reprint_reason=reprint_reason,
            paper=_Papers(render, out_dir / request_id, key),
        )
        return prepared_from(intent)


def prepared_again(
    sessions: sessionmaker[Session],
    actor: Actor,
    request_id: str,
    *,
    key: StoreKey,
    reprint_reason: str | None = None,
) -> PreparedDocuments | None:
    """The request's printing already prepared and still printable as it is (its files
    intact), or None: what a preview opened again shows, with no new number and no need of
    the issuing body's document (so also offline)."""
    with sessions.begin() as session:
        intent = ledger.reusable(
            session,
            actor,
            request_id,
            reprint_reason,
            lambda intent: intent_files_intact(intent, key),
        )
        return prepared_from(intent) if intent is not None else None


def prepared_from(intent: PrintIntent) -> PreparedDocuments:
    return PreparedDocuments(
        request_id=intent.request_id,
        document_number=intent.document_number,
        tracking_number=intent.tracking_number,
        document_path=Path(intent.document_path),
        envelope_path=Path(intent.envelope_path),
        document_sha256=intent.document_sha256,
        envelope_sha256=intent.envelope_sha256,
        intent_id=intent.id,
        reprint_reason=intent.reprint_reason,
    )
