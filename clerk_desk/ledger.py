"""The print ledger: every document number and tracking number accounted for, written
ahead of the paper.

A printing is an *intent* written in the same transaction that allocates its numbers and
renders its files (`prepare`), before anything reaches the printer; then it moves on::

    prepared ──begin_sending──► sending ──job_accepted──► sent ──record_printed──► printed
        │                          │                        │
        │                          └──nothing_sent──► prepared   (the print service took nothing)
        │                                                   │
        │                sending | sent ──settle(answer)──► printed | spoiled | unsure
        └──spoil (never sent, stale)──► spoiled

``sending`` and ``sent`` are the states in which paper may have come out without the
ledger knowing: the workstation was killed, or the printer stopped with the job in it.
They are *unsettled* until the clerk says what came out (`settle`): printed (the issuance
is recorded as if printing had finished), not printed (the numbers are spoiled, the
request prints again with new ones) or unsure (the numbers are spoiled and the supervisor
sees them, `for_supervisor`). A prepared intent nothing was sent from is reused by the
next print of its request, or spoiled when it can no longer be (`sweep_never_sent`).

Numbers come only from the blocks the central server reserved for this workstation
(``clerk_desk.number_blocks``), which never go back: a number is never reused, and every
number allocated is an intent, so none is lost. Every step is audited with its numbers.
The shift reconciliation builds on this table: every number of a block is a row here, in
one of these states (``number_blocks.uses`` says how many of each block are used).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_desk import audit, number_blocks, workflow
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.states import RequestState, can_transition
from clerk_desk.store.models import PrintIntent
from clerk_desk.workflow import Actor, IssuanceNumbers, RuleViolation


class IntentState(StrEnum):
    PREPARED = "prepared"  # numbers allocated, files rendered; nothing sent to a printer
    SENDING = "sending"  # being handed to the print service: paper may come out from here on
    SENT = "sent"  # the print service accepted (some of) its jobs
    PRINTED = "printed"  # recorded as an issuance
    SPOILED = "spoiled"  # its numbers will never be on an issued paper; spoil_reason says why
    UNSURE = "unsure"  # spoiled, but nobody could say whether paper came out: the supervisor's


UNSETTLED = (IntentState.SENDING, IntentState.SENT)
OPEN = (IntentState.PREPARED, *UNSETTLED)


class Answer(StrEnum):
    """What the clerk saw come out of the printer after an interruption."""

    PRINTED = "printed"
    NOT_PRINTED = "not_printed"
    UNSURE = "unsure"


# Why numbers were spoiled (the code is stored; the English is translated where shown).
SPOIL_REASONS: dict[str, str] = {
    "not_printed_after_interruption": QT_TRANSLATE_NOOP("Ledger", "not printed after interruption"),
    "unsure_after_interruption": QT_TRANSLATE_NOOP(
        "Ledger", "nobody could tell whether it printed after interruption"
    ),
    "never_sent": QT_TRANSLATE_NOOP(
        "Ledger", "prepared but never sent to the printer (the workstation stopped)"
    ),
    "no_longer_printable": QT_TRANSLATE_NOOP(
        "Ledger", "prepared but never sent: the request can no longer be printed this way"
    ),
    "files_changed": QT_TRANSLATE_NOOP(
        "Ledger", "prepared but never sent: its files were changed or are missing"
    ),
    "printed_not_recordable": QT_TRANSLATE_NOOP(
        "Ledger", "printed, but the request could no longer be printed: the paper is void"
    ),
}


@dataclass(frozen=True, slots=True)
class RenderedFiles:
    """A request's document and envelope as written for printing; hashes of the clear PDFs."""

    document_sha256: str
    envelope_sha256: str
    document_path: str
    envelope_path: str


class PaperMaker(Protocol):
    """Renders and writes the papers of a printing (``clerk_desk.usecases.paper``)."""

    def render(self, numbers: IssuanceNumbers) -> RenderedFiles:
        """Render and write the document and envelope carrying ``numbers``."""
        ...

    def intact(self, intent: PrintIntent) -> bool:
        """Whether the intent's files are still there, with the hashes it recorded."""
        ...


class UnsettledPrinting(RuleViolation):
    """The request's last printing may have put paper out and nobody has said what came out:
    nothing more is printed for it until they have (`settle`)."""

    def __init__(self, request_id: str, intent_id: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Rules",
                "the last printing of request {request_id} was interrupted: "
                "say what came out of the printer first",
            ),
            request_id=request_id,
        )
        self.intent_id = intent_id


def _audit(session: Session, actor: Actor, action: str, intent: PrintIntent, **detail: str) -> None:
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action=action,
        request_id=intent.request_id,
        detail={
            "intent": str(intent.id),
            "document_number": intent.document_number,
            **({"tracking_number": intent.tracking_number} if intent.tracking_number else {}),
            **detail,
        },
    )


def get_intent(session: Session, intent_id: int) -> PrintIntent:
    intent = session.get(PrintIntent, intent_id)
    if intent is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "printing {intent} is not in this workstation's ledger"),
            intent=intent_id,
        )
    return intent


def open_intent(session: Session, request_id: str) -> PrintIntent | None:
    """The request's printing not yet printed or spoiled (there is at most one)."""
    return session.scalars(
        select(PrintIntent)
        .where(PrintIntent.request_id == request_id, PrintIntent.state.in_(OPEN))
        .order_by(PrintIntent.id.desc())
        .limit(1)
    ).first()


def _kind_for(request_state: str) -> str | None:
    """Which printing a request in this state takes: a first print, a reprint (a printed
    request stays printed), or none (the transition table allows no printing from it)."""
    state = RequestState(request_state)
    if not can_transition(state, RequestState.PRINTED):
        return None
    return "reprint" if state is RequestState.PRINTED else "print"


def _printable(session: Session, intent: PrintIntent) -> bool:
    request = workflow.get_request(session, intent.request_id)
    return _kind_for(request.status) == intent.kind


def _settle(actor: Actor, intent: PrintIntent, state: IntentState, reason: str | None) -> None:
    intent.state = state.value
    intent.spoil_reason = reason
    intent.settled_by = actor.username
    intent.settled_at = workflow.now()


def spoil(session: Session, actor: Actor, intent: PrintIntent, reason: str) -> None:
    """Record that ``intent``'s numbers will never be on an issued paper, and why."""
    if reason not in SPOIL_REASONS:
        raise ValueError(f"not a spoil reason: {reason}")
    _settle(actor, intent, IntentState.SPOILED, reason)
    _audit(session, actor, "print_spoiled", intent, reason=reason)


def _wanted(
    session: Session, request_id: str, reprint_reason: str | None
) -> tuple[str, str | None]:
    """The kind of printing the request takes now and its reason; refused when it takes none."""
    request = workflow.get_request(session, request_id)
    kind = _kind_for(request.status)
    if kind is None:
        raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "only an accepted request can be printed"))
    reason = (reprint_reason or "").strip() or None
    if kind == "reprint" and reason is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "this request was already printed; state why it is printed again"
            )
        )
    return kind, reason if kind == "reprint" else None


def reusable(
    session: Session,
    actor: Actor,
    request_id: str,
    reprint_reason: str | None,
    intact: Callable[[PrintIntent], bool],
) -> PrintIntent | None:
    """The request's prepared intent, if it can be printed as it is (a preview closed and
    opened again uses no new number); a stale one is spoiled. Refused like `prepare`."""
    kind, reason = _wanted(session, request_id, reprint_reason)
    existing = open_intent(session, request_id)
    if existing is None:
        return None
    if existing.state != IntentState.PREPARED:
        raise UnsettledPrinting(request_id, existing.id)
    if existing.kind != kind:
        spoil(session, actor, existing, "no_longer_printable")
        return None
    if not intact(existing):
        spoil(session, actor, existing, "files_changed")
        return None
    existing.reprint_reason = reason
    return existing


def prepare(
    session: Session,
    actor: Actor,
    request_id: str,
    *,
    year: int,
    tracking: str | None,
    reprint_reason: str | None,
    paper: PaperMaker,
) -> PrintIntent:
    """The intent of printing request ``request_id`` now, its numbers allocated and its
    papers rendered in the caller's transaction (so the numbers exist only with it).

    A prepared intent that can be printed as it is is reused (`reusable`). A reprint needs
    its reason; a request whose last printing is unsettled raises `UnsettledPrinting`.
    The numbers come from the blocks the server reserved for this workstation; ``tracking``
    is the S10 service indicator of an envelope sent by post (None: no tracking number).
    Refused with `number_blocks.NoNumbersLeft` when none is held here, and with
    `number_blocks.StoreNotRecovered` while the server does not recognise this store.
    """
    existing = reusable(session, actor, request_id, reprint_reason, paper.intact)
    if existing is not None:
        return existing
    kind, reason = _wanted(session, request_id, reprint_reason)
    numbers = IssuanceNumbers(
        number_blocks.next_document_number(session, actor, year),
        None if tracking is None else number_blocks.next_tracking_number(session, tracking),
    )
    files = paper.render(numbers)
    intent = PrintIntent(
        request_id=request_id,
        kind=kind,
        reprint_reason=reason,
        document_number=numbers.document_number,
        tracking_number=numbers.tracking_number,
        document_sha256=files.document_sha256,
        envelope_sha256=files.envelope_sha256,
        document_path=files.document_path,
        envelope_path=files.envelope_path,
        state=IntentState.PREPARED.value,
        job_ids="",
        prepared_by=actor.username,
        prepared_at=workflow.now(),
    )
    session.add(intent)
    session.flush()
    _audit(session, actor, "print_prepared", intent, kind=kind)
    return intent


def begin_sending(
    session: Session,
    actor: Actor,
    intent_id: int,
    request_id: str,
    document_sha256: str,
    envelope_sha256: str,
) -> PrintIntent:
    """Mark the intent as being handed to the printer, after checking that it is what the
    clerk means to print: request ``request_id`` (the one open), still prepared (not a stale
    preview), the request still printable this way, and the bytes about to be sent the
    ones prepared."""
    intent = get_intent(session, intent_id)
    if intent.request_id != request_id:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules",
                "these papers are of request {prepared}, not of the open request "
                "{request_id}: nothing was printed",
            ),
            prepared=intent.request_id,
            request_id=request_id,
        )
    if intent.state != IntentState.PREPARED or not _printable(session, intent):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules",
                "these papers of request {request_id} are no longer current: "
                "nothing was printed; print the request again",
            ),
            request_id=request_id,
        )
    if (document_sha256, envelope_sha256) != (intent.document_sha256, intent.envelope_sha256):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules",
                "the files of request {request_id} changed since they were prepared: "
                "nothing was printed",
            ),
            request_id=request_id,
        )
    intent.state = IntentState.SENDING.value
    return intent


def job_accepted(session: Session, actor: Actor, intent_id: int, job_id: str) -> None:
    """The print service accepted one of the intent's jobs: paper will come out."""
    intent = get_intent(session, intent_id)
    if intent.state not in UNSETTLED:
        raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "this printing is not being sent"))
    intent.state = IntentState.SENT.value
    intent.job_ids = " ".join([*intent.job_ids.split(), job_id])
    _audit(session, actor, "print_sent", intent, job=job_id)


def nothing_sent(session: Session, actor: Actor, intent_id: int, problem: str) -> None:
    """The print service took none of the intent's jobs: it is prepared again, to be printed
    once the printer is fixed, with the same numbers (no paper carries them)."""
    intent = get_intent(session, intent_id)
    if intent.state != IntentState.SENDING or intent.job_ids:
        raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "this printing is not being sent"))
    intent.state = IntentState.PREPARED.value
    _audit(session, actor, "print_failed", intent, problem=problem[:200])


def record_printed(session: Session, actor: Actor, intent_id: int) -> None:
    """Both papers came out: enter the issuance (and its message to the server) and close
    the intent, in the caller's transaction."""
    intent = get_intent(session, intent_id)
    if intent.state not in UNSETTLED:
        raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "this printing is not being sent"))
    workflow.record_issuance(
        session,
        actor,
        intent.request_id,
        IssuanceNumbers(intent.document_number, intent.tracking_number),
        intent.document_sha256,
        intent.envelope_sha256,
        intent.document_path,
        intent.envelope_path,
        intent.reprint_reason,
    )
    _settle(actor, intent, IntentState.PRINTED, None)


def unsettled(session: Session) -> list[PrintIntent]:
    """Printings that may have put paper out unrecorded: the clerk is asked about each."""
    return list(
        session.scalars(
            select(PrintIntent).where(PrintIntent.state.in_(UNSETTLED)).order_by(PrintIntent.id)
        )
    )


def sweep_never_sent(session: Session, actor: Actor) -> list[PrintIntent]:
    """At start-up: spoil every prepared intent (nothing of it reached a printer, and the
    preview that held it is gone), so that its numbers are accounted for."""
    swept = list(
        session.scalars(
            select(PrintIntent)
            .where(PrintIntent.state == IntentState.PREPARED)
            .order_by(PrintIntent.id)
        )
    )
    for intent in swept:
        spoil(session, actor, intent, "never_sent")
    return swept


def settle(session: Session, actor: Actor, intent_id: int, answer: Answer) -> IntentState:
    """Record what the clerk saw come out of an interrupted printing (audited, whatever
    the answer); returns the intent's new state."""
    intent = get_intent(session, intent_id)
    if intent.state not in UNSETTLED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "printing {document_number} is already settled"),
            document_number=intent.document_number,
        )
    _audit(session, actor, "print_answer", intent, answer=answer.value)
    if answer is Answer.PRINTED:
        if _printable(session, intent):
            record_printed(session, actor, intent_id)
        else:  # the paper exists, but it cannot be the request's issued document
            spoil(session, actor, intent, "printed_not_recordable")
    elif answer is Answer.NOT_PRINTED:
        spoil(session, actor, intent, "not_printed_after_interruption")
    else:
        _settle(actor, intent, IntentState.UNSURE, "unsure_after_interruption")
        _audit(session, actor, "print_unsure", intent)
    return IntentState(intent.state)


def needs_supervisor(intent: PrintIntent) -> bool:
    return intent.reviewed_at is None and (
        intent.state == IntentState.UNSURE or intent.spoil_reason == "printed_not_recordable"
    )


def for_supervisor(session: Session) -> list[PrintIntent]:
    """Numbers whose paper may exist outside the ledger, not yet looked into by a supervisor."""
    rows = session.scalars(
        select(PrintIntent)
        .where(PrintIntent.state.in_((IntentState.UNSURE, IntentState.SPOILED)))
        .where(PrintIntent.reviewed_at.is_(None))
        .order_by(PrintIntent.id)
    )
    return [row for row in rows if needs_supervisor(row)]


def mark_reviewed(session: Session, actor: Actor, intent_id: int, note: str) -> None:
    """A supervisor looked into a number the clerk was unsure of (found the paper, voided it)."""
    intent = get_intent(session, intent_id)
    if not needs_supervisor(intent):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "printing {document_number} needs no supervisor"),
            document_number=intent.document_number,
        )
    intent.reviewed_by = actor.username
    intent.reviewed_at = workflow.now()
    _audit(session, actor, "print_reviewed", intent, note=note.strip()[:500])


def ledger_between(session: Session, since: datetime, until: datetime) -> list[PrintIntent]:
    """Every intent prepared in [since, until), oldest first (for a reconciliation)."""
    return list(
        session.scalars(
            select(PrintIntent)
            .where(PrintIntent.prepared_at >= since, PrintIntent.prepared_at < until)
            .order_by(PrintIntent.id)
        )
    )
