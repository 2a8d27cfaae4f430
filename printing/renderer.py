"""The renderer of the core's papers (``clerk_desk.ports.paper.DocumentRenderer``).

Facts in, PDF bytes out: the core reads the store, allocates the numbers in the print
ledger and writes the files; this lays them out. A fast service's document is rendered
from the registry snapshot. A slow service's document is the issuing body's PDF, fetched
from the server by the core's caller: the document is then a cover sheet carrying the
center's identifiers (``printing.cover``) followed by the body's pages, unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from clerk_desk.api import RegistryRecord
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.ports.paper import ManifestFacts, RequestFacts, ShiftInfo
from clerk_desk.ports.signing import Signer
from clerk_desk.reconciliation import Reconciliation
from clerk_desk.services import SERVICES
from clerk_desk.workflow import IssuanceNumbers, RuleViolation
from printing.cover import CoverFacts, render_cover_sheet
from printing.document import CivilRecord, DocumentFacts, render_document
from printing.envelope import EnvelopeFacts, EnvelopeSize, render_envelope, render_shelf_slot
from printing.family_extract import render_family_extract
from printing.manifest import render_manifest
from printing.pdf import UnreadablePdf, merge_pdfs, pdf_page_count, sha256_hex
from printing.reconciliation import render_reconciliation


def civil_record(record: RegistryRecord) -> CivilRecord:
    """The registry snapshot as the document's table shows it."""
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


class Renderer:
    """Lays out a request's document and envelope, the dispatch manifest and the shift's
    reconciliation (reportlab; thread-safe, see ``printing.pdf.render_pdf``)."""

    def issued_pages(self, issued_pdf: bytes) -> int:
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

    def document(
        self,
        facts: RequestFacts,
        numbers: IssuanceNumbers,
        *,
        signer: Signer | None,
        issued_pdf: bytes | None = None,
    ) -> bytes:
        center = facts.center
        if issued_pdf is None:
            document = DocumentFacts(
                document_number=numbers.document_number,
                issued_on=facts.issued_on,
                issue_place=center.city_ar,
                center_name=center.name_ar,
                center_code=center.code,
                service_code=facts.service_code,
                request_id=facts.request_id,
                record=civil_record(facts.record),
                digits=facts.digits,
                receipt_reference=facts.receipt_reference,
            )
            family = facts.record.family
            if family is not None and SERVICES[facts.service_code].with_family:
                return render_family_extract(document, family, signer=signer)
            # a snapshot from before families: the subject's own record in the family's
            return render_document(document, signer=signer)
        service = SERVICES[facts.service_code]
        cover = render_cover_sheet(
            CoverFacts(
                document_number=numbers.document_number,
                issued_on=facts.issued_on,
                issue_place=center.city_ar,
                center_name=center.name_ar,
                center_code=center.code,
                service_code=service.code,
                service_name=service.name_ar,
                issuing_body=service.issuing_body_ar,
                request_id=facts.request_id,
                record=civil_record(facts.record),
                body_pages=self.issued_pages(issued_pdf),
                body_sha256=sha256_hex(issued_pdf),
                digits=facts.digits,
                receipt_reference=facts.receipt_reference,
            ),
            signer=signer,
        )
        return merge_pdfs([cover, issued_pdf])

    def envelope(self, facts: RequestFacts, numbers: IssuanceNumbers) -> bytes:
        center = facts.center
        return render_envelope(
            EnvelopeFacts(
                request_id=facts.request_id,
                service_name=SERVICES[facts.service_code].name_ar,
                center_name=center.name_ar,
                center_address=center.address_ar,
                center_city=center.city_ar,
                delivery=facts.delivery,
                recipient_name=facts.recipient_name,
                recipient_address=facts.recipient_address,
                recipient_city=facts.recipient_city,
                recipient_phone=facts.recipient_phone,
                tracking_number=numbers.tracking_number,
                digits=facts.digits,
            ),
            cast(EnvelopeSize, facts.envelope_size),
        )

    def shelf_slot(
        self, request_id: str, tracking_number: str | None, slot: str, size: str, digits: str
    ) -> bytes:
        return render_shelf_slot(
            request_id, tracking_number, slot, cast(EnvelopeSize, size), digits
        )

    def manifest(self, facts: ManifestFacts) -> bytes:
        return render_manifest(facts)

    def reconciliation(self, rec: Reconciliation, shift: ShiftInfo) -> bytes:
        return render_reconciliation(rec, shift)

    def merged(self, pdfs: Sequence[bytes]) -> bytes:
        return merge_pdfs(pdfs)
