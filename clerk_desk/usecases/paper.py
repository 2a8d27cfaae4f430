"""A request's papers: preparing them (numbers from the print ledger, rendered, written
encrypted), printing them through the ledger, and settling what an interruption left
unknown.

Every printing is written ahead of the paper (``clerk_desk.ledger``): its numbers are
allocated in the transaction that enters its intent, before anything reaches a printer.
Printing names the request it acts on, and the bytes sent are the ones the preview showed,
checked against the hashes prepared. Printing never waits on the link: what the server
must hear goes through the outbox (``Courier.deliver_soon``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal, cast

from clerk_desk import config as cfg
from clerk_desk import ledger, workflow
from clerk_desk.api import RegistryRecord
from clerk_desk.ledger import Answer, RenderedFiles
from clerk_desk.link_errors import Offline
from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError
from clerk_desk.pdf_files import read_if_intact, sha256_hex, write_pdf
from clerk_desk.ports.link import Courier
from clerk_desk.ports.paper import (
    DOCUMENT_MEDIA,
    DocumentRenderer,
    Media,
    PaperLink,
    PrintService,
    RequestFacts,
)
from clerk_desk.ports.signing import Signer
from clerk_desk.services import SERVICES, ServiceClass
from clerk_desk.store.models import PrintIntent, Request
from clerk_desk.usecases.context import WorkContext
from clerk_desk.workflow import IssuanceNumbers, RuleViolation

log = logging.getLogger(__name__)


class WaitingForLink(ExplainedError):
    """A slow service's document comes through the central server, which cannot be reached:
    the request stays accepted and is printed when the link returns."""


class PrintInterrupted(ExplainedError):
    """The print service took (some of) the printing's jobs, then printing failed: paper may
    be out. The printing is unsettled until the clerk says what came out."""

    def __init__(self, intent_id: int, document_number: str, problem: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Rules",
                "printing stopped after the printer took the job ({problem}): "
                "look at the printer and say whether document {document_number} came out",
            ),
            problem=problem,
            document_number=document_number,
        )
        self.intent_id = intent_id


@dataclass(frozen=True, slots=True)
class PreparedDocuments:
    """A printing prepared for request `request_id`: its entry in the print ledger
    (`intent_id`), its numbers, its files, and their clear bytes, decrypted once for the
    preview and for the printer. Printing it names the request it acts on."""

    request_id: str
    document_number: str
    tracking_number: str | None
    document_path: Path
    envelope_path: Path
    document_sha256: str
    envelope_sha256: str
    intent_id: int
    reprint_reason: str | None = None
    document_pdf: bytes = field(default=b"", repr=False)
    envelope_pdf: bytes = field(default=b"", repr=False)

    @property
    def is_reprint(self) -> bool:
        return self.reprint_reason is not None

    @classmethod
    def of(cls, intent: PrintIntent, document_pdf: bytes, envelope_pdf: bytes) -> PreparedDocuments:
        return cls(
            request_id=intent.request_id,
            document_number=intent.document_number,
            tracking_number=intent.tracking_number,
            document_path=Path(intent.document_path),
            envelope_path=Path(intent.envelope_path),
            document_sha256=intent.document_sha256,
            envelope_sha256=intent.envelope_sha256,
            intent_id=intent.id,
            reprint_reason=intent.reprint_reason,
            document_pdf=document_pdf,
            envelope_pdf=envelope_pdf,
        )


@dataclass(frozen=True, slots=True)
class Printing:
    """One entry of the print ledger, as the clerk is asked about it."""

    intent_id: int
    request_id: str
    document_number: str
    tracking_number: str | None
    reprint_reason: str | None
    state: str
    spoil_reason: str | None
    prepared_by: str
    prepared_at: datetime
    sent_to_printer: bool  # the print service confirmed a job (else: killed while handing over)

    @classmethod
    def of(cls, intent: PrintIntent) -> Printing:
        return cls(
            intent.id,
            intent.request_id,
            intent.document_number,
            intent.tracking_number,
            intent.reprint_reason,
            intent.state,
            intent.spoil_reason,
            intent.prepared_by,
            intent.prepared_at,
            bool(intent.job_ids),
        )


@dataclass(frozen=True, slots=True)
class PrintRecovery:
    """What the desk found at log-in: printings to ask about, numbers spoiled because their
    papers were never sent, and numbers a supervisor must look into."""

    unsettled: list[Printing]
    never_sent: list[Printing]
    for_supervisor: list[Printing]

    @property
    def anything(self) -> bool:
        return bool(self.unsettled or self.never_sent or self.for_supervisor)


class _Papers:
    """The ledger's ``PaperMaker`` for one request: renders with the numbers it is given,
    writes the files encrypted beside the request's other documents, and keeps the clear
    bytes (of the new files, or of the intact ones reused) for the preview."""

    def __init__(
        self,
        context: WorkContext,
        request_id: str,
        render: Callable[[IssuanceNumbers], tuple[bytes, bytes]] | None = None,
    ) -> None:
        self._render = render  # None: only reusing the papers already prepared
        self._folder = context.documents_dir / request_id
        self._key = context.store_key
        self.clear: tuple[bytes, bytes] = (b"", b"")

    def render(self, numbers: IssuanceNumbers) -> RenderedFiles:
        if self._render is None:
            raise TypeError("these papers are only reused, never rendered")
        document_pdf, envelope_pdf = self._render(numbers)
        stem = numbers.document_number.replace("/", "-")
        document_path = write_pdf(self._folder / f"{stem}-document.pdf", document_pdf, self._key)
        envelope_path = write_pdf(self._folder / f"{stem}-envelope.pdf", envelope_pdf, self._key)
        self.clear = (document_pdf, envelope_pdf)
        return RenderedFiles(
            sha256_hex(document_pdf),
            sha256_hex(envelope_pdf),
            str(document_path),
            str(envelope_path),
        )

    def intact(self, intent: PrintIntent) -> bool:
        document = read_if_intact(intent.document_path, intent.document_sha256, self._key)
        envelope = read_if_intact(intent.envelope_path, intent.envelope_sha256, self._key)
        if document is None or envelope is None:
            return False
        self.clear = (document, envelope)
        return True


def chosen_printer(settings: cfg.Config, printers: PrintService) -> str:
    """The printer chosen in the settings, else the system's default ("" if none)."""
    return settings.get(cfg.PRINTER) or printers.default_printer() or ""


class Paper:
    """The paper use cases of one workstation (``Desk.paper``)."""

    def __init__(
        self,
        context: WorkContext,
        *,
        renderer: DocumentRenderer,
        printers: PrintService,
        link: PaperLink,
        courier: Courier,
        signer: Callable[[], Signer],
        after_print: Callable[[], None] = lambda: None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """`signer` gives this workstation's signer, or raises a RuleViolation saying why
        it cannot sign; `after_print` runs after each print and settled printing (the
        number blocks refilled when running low; it must not wait on the link)."""
        self.context = context
        self.renderer = renderer
        self.printers = printers
        self.link = link
        self.courier = courier
        self._signer = signer
        self._after_print = after_print
        self._today = today
        self._swept = False

    # --- preparing ----------------------------------------------------------------------

    def prepare(self, request_id: str, reprint_reason: str | None = None) -> PreparedDocuments:
        """The request's papers for the preview: those already prepared and not sent (no
        new number, so also offline), or new ones with new numbers. Every refusal is a
        RuleViolation raised before a number is allocated; a slow service's document out
        of reach is ``WaitingForLink``."""
        context = self.context
        context.store_file.check()
        actor = context.actor
        reuse = _Papers(context, request_id)
        with context.sessions.begin() as session:
            request = workflow.get_request(session, request_id)
            # refused here, before any number, unless the transition table allows printing
            again = ledger.reusable(session, actor, request_id, reprint_reason, reuse.intact)
            if again is not None:
                return PreparedDocuments.of(again, *reuse.clear)
            facts = self._facts(request)
        signer = self._signer()  # a RuleViolation saying why when this workstation cannot sign
        service = SERVICES[facts.service_code]
        issued = None
        if service.service_class is ServiceClass.SLOW:
            # A slow service prints the issuing body's own document behind a cover sheet.
            try:
                issued = self.link.issued_document(request_id)
            except Offline:
                raise WaitingForLink(
                    QT_TRANSLATE_NOOP(
                        "Rules",
                        "the document of {body} for request {request_id} comes through the "
                        "central server, which cannot be reached now: the request stays "
                        "accepted, and its document is printed when the link returns",
                    ),
                    body=service.issuing_body_ar,
                    request_id=request_id,
                ) from None
            self.renderer.issued_pages(issued)  # a RuleViolation if it cannot be printed

        def render(numbers: IssuanceNumbers) -> tuple[bytes, bytes]:
            document = self.renderer.document(facts, numbers, signer=signer, issued_pdf=issued)
            return document, self.renderer.envelope(facts, numbers)

        papers = _Papers(context, request_id, render)
        post = facts.delivery == "post"
        # Rendering runs inside the transaction that allocates the numbers (a fraction of a
        # second): a number never exists without its intent.
        with context.sessions.begin() as session:
            intent = ledger.prepare(
                session,
                actor,
                request_id,
                year=facts.issued_on.year,
                tracking=context.settings.get(cfg.S10_SERVICE) if post else None,
                reprint_reason=reprint_reason,
                paper=papers,
            )
            return PreparedDocuments.of(intent, *papers.clear)

    def _facts(self, request: Request) -> RequestFacts:
        snapshot = workflow.latest_snapshot(request)
        if snapshot is None:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("Rules", "the civil-registry record of this request is missing")
            )
        delivery = dict(request.delivery)
        return RequestFacts(
            request_id=request.id,
            service_code=request.service_code,
            center=self.context.center,
            record=RegistryRecord.model_validate(snapshot.record),
            issued_on=self._today(),
            delivery=cast(Literal["post", "pickup"], request.delivery_method),
            recipient_name=str(delivery.get("recipient_name", "")),
            recipient_address=str(delivery.get("address_ar", "")),
            recipient_city=str(delivery.get("city_ar", "")),
            recipient_phone=str(delivery.get("phone", "")).strip(),
            envelope_size=self.context.settings.get(cfg.ENVELOPE_SIZE),
            digits=self.context.settings.get(cfg.DIGITS),
            receipt_reference=str((request.payment or {}).get("reference", "")),
        )

    # --- printing -----------------------------------------------------------------------

    def print_documents(self, prepared: PreparedDocuments, request_id: str) -> None:
        """Print the prepared papers of `request_id` (the request open at the desk): the
        ledger first marks them as being sent, then records each job the print service
        accepts, then the issuance once both are out.

        Refused (RuleViolation, nothing printed) when the papers are of another request,
        stale, or their bytes are not the ones prepared. A print service that took nothing
        leaves them prepared (its error raised, the same numbers print later); one that
        took a job and then failed raises `PrintInterrupted`.
        """
        context = self.context
        context.store_file.check()  # paper whose record would be lost is not printed
        actor = context.actor
        document, envelope = prepared.document_pdf, prepared.envelope_pdf
        with context.sessions.begin() as session:
            ledger.begin_sending(
                session,
                actor,
                prepared.intent_id,
                request_id,
                sha256_hex(document),
                sha256_hex(envelope),
            )
        jobs: list[str] = []
        try:
            name = chosen_printer(context.settings, self.printers)
            envelope_media = cast(Media, context.settings.get(cfg.ENVELOPE_SIZE))
            for content, media, title in (
                (document, DOCUMENT_MEDIA, prepared.document_number),
                (envelope, envelope_media, prepared.request_id),
            ):
                job = self.printers.submit(name, content, title=title, media=media)
                jobs.append(job)
                with context.sessions.begin() as session:
                    ledger.job_accepted(session, actor, prepared.intent_id, job)
            for job in jobs:  # a jam or an empty tray mid-job: paper may be out, or not
                self.printers.wait_for_job(job)
        except Exception as exc:
            problem = str(exc) or type(exc).__name__
            if not jobs:
                with context.sessions.begin() as session:
                    ledger.nothing_sent(session, actor, prepared.intent_id, problem)
                raise
            raise PrintInterrupted(prepared.intent_id, prepared.document_number, problem) from exc
        with context.sessions.begin() as session:
            ledger.record_printed(session, actor, prepared.intent_id)
        self._printed()

    def _printed(self) -> None:
        self.courier.deliver_soon()
        self._after_print()

    # --- after an interruption ----------------------------------------------------------

    def recovery(self) -> PrintRecovery:
        """What the clerk is asked at log-in. The first call of a run also spoils the
        papers prepared and never sent by the run before (their previews are gone)."""
        actor = self.context.actor
        with self.context.sessions.begin() as session:
            swept = [] if self._swept else ledger.sweep_never_sent(session, actor)
            self._swept = True
            return PrintRecovery(
                unsettled=[Printing.of(i) for i in ledger.unsettled(session)],
                never_sent=[Printing.of(i) for i in swept],
                for_supervisor=[Printing.of(i) for i in ledger.for_supervisor(session)],
            )

    def unsettled(self, intent_ids: list[int] | None = None) -> list[Printing]:
        with self.context.sessions() as session:
            return [
                Printing.of(i)
                for i in ledger.unsettled(session)
                if intent_ids is None or i.id in intent_ids
            ]

    def settle(self, intent_id: int, answer: Answer) -> Printing:
        """Record what came out of an interrupted printing. Not printed (or unsure): what
        the print service still holds of it is cancelled first, so it cannot come out
        later under spoiled numbers."""
        if answer is not Answer.PRINTED:
            with self.context.sessions() as session:
                jobs = ledger.get_intent(session, intent_id).job_ids.split()
            for job in jobs:
                self.printers.cancel_job(job)
        with self.context.sessions.begin() as session:
            ledger.settle(session, self.context.actor, intent_id, answer)
            settled = Printing.of(ledger.get_intent(session, intent_id))
        self._printed()
        return settled

    def mark_reviewed(self, intent_id: int, note: str) -> None:
        with self.context.sessions.begin() as session:
            ledger.mark_reviewed(session, self.context.actor, intent_id, note)
        self.courier.deliver_soon()
