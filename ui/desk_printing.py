"""The desk's printing: preparing a request's papers, printing them through the print
ledger, and settling what an interruption left unknown. Blocking calls, like ``ui.desk``:
run them in operations, never on the GUI thread.

Every printing is written ahead of the paper (``clerk_desk.ledger``); printing names the
request it acts on, and the bytes sent are checked against the ones prepared.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk import ledger
from clerk_desk.api import Center
from clerk_desk.crypto import StoreKey
from clerk_desk.ledger import Answer
from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError
from clerk_desk.services import SERVICES
from clerk_desk.store.models import PrintIntent
from clerk_desk.store_file import StoreFile
from clerk_desk.workflow import Actor, get_request
from printing.issue import (
    EnvelopeOptions,
    PreparedDocuments,
    prepare_documents,
    prepared_again,
    request_needs_issued_document,
)
from printing.verification import DocumentSigner
from sync.client import CentralClient, Offline

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


class DeskPrinting:
    """The printing use cases of one desk (``Desk.printing``)."""

    def __init__(
        self,
        settings: cfg.Config,
        sessions: sessionmaker[Session],
        client: CentralClient,
        documents_dir: Path,
        store_key: StoreKey,
        *,
        actor: Callable[[], Actor],
        center: Callable[[], Center],
        signer: Callable[[], DocumentSigner],
        delivered: Callable[[], None],
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.client = client
        self.documents_dir = documents_dir
        self.store_key = store_key
        self._actor = actor
        self._center = center
        self._signer = signer
        self._delivered = delivered  # tries to push the outbox now
        self._swept = False
        self._store_file = StoreFile.of_sessions(sessions)

    # --- preparing ----------------------------------------------------------------------

    def prepare(self, request_id: str, reprint_reason: str | None = None) -> PreparedDocuments:
        """The request's papers for the preview: those already prepared and not sent (no
        new number), or new ones with new numbers."""
        self._store_file.check()
        actor = self._actor()
        again = prepared_again(
            self.sessions, actor, request_id, key=self.store_key, reprint_reason=reprint_reason
        )
        if again is not None:
            return again
        signer = self._signer()  # a RuleViolation saying why when this workstation cannot sign
        issued = None
        if request_needs_issued_document(self.sessions, request_id):
            # A slow service prints the issuing body's own document behind a cover sheet.
            try:
                issued = self.client.issued_document(request_id)
            except Offline:
                raise self._waiting_for_link(request_id) from None
        return prepare_documents(
            self.sessions,
            actor,
            request_id,
            center=self._center(),
            out_dir=self.documents_dir,
            key=self.store_key,
            signer=signer,
            issued_pdf=issued,
            reprint_reason=reprint_reason,
            envelope=EnvelopeOptions(
                size=self.settings.get(cfg.ENVELOPE_SIZE),
                s10_service=self.settings.get(cfg.S10_SERVICE),
            ),
        )

    def _waiting_for_link(self, request_id: str) -> WaitingForLink:
        with self.sessions() as session:
            service = SERVICES[get_request(session, request_id).service_code]
        return WaitingForLink(
            QT_TRANSLATE_NOOP(
                "Rules",
                "the document of {body} for request {request_id} comes through the central "
                "server, which cannot be reached now: the request stays accepted, and its "
                "document is printed when the link returns",
            ),
            body=service.issuing_body_ar,
            request_id=request_id,
        )

    # --- printing -----------------------------------------------------------------------

    def print_documents(self, prepared: PreparedDocuments, request_id: str) -> None:
        """Print the prepared papers of `request_id` (the request open at the desk): the
        ledger first marks them as being sent, then records each job the print service
        accepts, then the issuance once both are out.

        Refused (RuleViolation, nothing printed) when the papers are of another request,
        stale, or their bytes are not the ones prepared. A print service that took nothing
        leaves them prepared (`printing.printer.PrintError` raised, the same numbers print
        later); one that took a job and then failed raises `PrintInterrupted`.
        """
        self._store_file.check()  # paper whose record would be lost is not printed
        from printing import printer
        from printing.pdf import read_pdf, sha256_hex

        actor = self._actor()
        document = read_pdf(prepared.document_path, self.store_key)
        envelope = read_pdf(prepared.envelope_path, self.store_key)
        with self.sessions.begin() as session:
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
            name = self.settings.get(cfg.PRINTER) or printer.default_printer()
            if not name:
                raise printer.PrinterMissing("(none)")
            size = self.settings.get(cfg.ENVELOPE_SIZE)
            for content, media, title in (
                (document, printer.DOCUMENT_MEDIA, prepared.document_number),
                (envelope, printer.ENVELOPE_MEDIA[size], prepared.request_id),
            ):
                job = printer.submit(name, content, title=title, media=media)
                jobs.append(job)
                with self.sessions.begin() as session:
                    ledger.job_accepted(session, actor, prepared.intent_id, job)
            for job in jobs:  # a jam or an empty tray mid-job: paper may be out, or not
                printer.wait_for_job(job)
        except Exception as exc:
            problem = str(exc) or type(exc).__name__
            if not jobs:
                with self.sessions.begin() as session:
                    ledger.nothing_sent(session, actor, prepared.intent_id, problem)
                raise
            raise PrintInterrupted(prepared.intent_id, prepared.document_number, problem) from exc
        with self.sessions.begin() as session:
            ledger.record_printed(session, actor, prepared.intent_id)
        self._delivered()

    # --- after an interruption ----------------------------------------------------------

    def recovery(self) -> PrintRecovery:
        """What the clerk is asked at log-in. The first call of a run also spoils the
        papers prepared and never sent by the run before (their previews are gone)."""
        actor = self._actor()
        with self.sessions.begin() as session:
            swept = [] if self._swept else ledger.sweep_never_sent(session, actor)
            self._swept = True
            return PrintRecovery(
                unsettled=[Printing.of(i) for i in ledger.unsettled(session)],
                never_sent=[Printing.of(i) for i in swept],
                for_supervisor=[Printing.of(i) for i in ledger.for_supervisor(session)],
            )

    def unsettled(self, intent_ids: list[int] | None = None) -> list[Printing]:
        with self.sessions() as session:
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
            self._cancel_jobs(intent_id)
        with self.sessions.begin() as session:
            ledger.settle(session, self._actor(), intent_id, answer)
            settled = Printing.of(ledger.get_intent(session, intent_id))
        self._delivered()
        return settled

    def _cancel_jobs(self, intent_id: int) -> None:
        from printing import printer

        with self.sessions() as session:
            jobs = ledger.get_intent(session, intent_id).job_ids.split()
        for job in jobs:
            try:
                printer.cancel_job(job)
            except (printer.PrintError, ValueError) as exc:
                log.warning("print job not cancelled: %s", type(exc).__name__)

    def mark_reviewed(self, intent_id: int, note: str) -> None:
        with self.sessions.begin() as session:
            ledger.mark_reviewed(session, self._actor(), intent_id, note)
