"""What a clerk or supervisor may do to a request, as transactions on the local store.

Each function works inside the caller's session (one per user action, see STYLE.md) and
writes, together, the new state, the evidence, an audit entry and — for what the server must
know — an outbox message with an idempotency key. The rules live here, not in the UI.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from clerk_desk import attachments, audit, decision_rules
from clerk_desk.api import RegistryRecord, RequestOut
from clerk_desk.comparison import Comparison
from clerk_desk.fields import PersonField
from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError
from clerk_desk.payments import PaymentState
from clerk_desk.plain_text import check_plain_text
from clerk_desk.reasons import REASONS
from clerk_desk.states import RequestState, check_transition
from clerk_desk.store.models import (
    Counter,
    Decision,
    DispatchBatch,
    DispatchItem,
    Issuance,
    OutboxMessage,
    RegistrySnapshot,
    Request,
)


class RuleViolation(ExplainedError):
    """An action the rules do not allow; the message is for the person who tried it."""


@dataclass(frozen=True, slots=True)
class Actor:
    username: str
    workstation: str
    center_code: str


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def new_idempotency_key() -> str:
    return uuid.uuid4().hex


def get_request(session: Session, request_id: str) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "request {request_id} is not on this workstation"),
            request_id=request_id,
        )
    return request


def _move(request: Request, target: RequestState) -> None:
    check_transition(RequestState(request.status), target)
    request.status = target.value


def _enqueue(
    session: Session, actor: Actor, request_id: str, kind: str, payload: dict[str, Any]
) -> None:
    """Queue ``payload`` for the server, in ``actor``'s name: it goes with their log-in
    (the server checks who holds the request), so it waits for them to be logged in."""
    key = payload["idempotency_key"]
    session.add(
        OutboxMessage(
            idempotency_key=key,
            request_id=request_id,
            author=actor.username,
            kind=kind,
            payload=payload,
            status="queued",
            created_at=now(),
        )
    )


def tell_server(
    session: Session,
    actor: Actor,
    request_id: str,
    kind: str,
    action: str,
    *,
    payload: dict[str, Any] | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Queue message ``kind`` for the server (a new idempotency key, plus ``payload``) and
    audit ``action``: the two writes a recorded step makes together, in one transaction."""
    key = new_idempotency_key()
    _enqueue(session, actor, request_id, kind, {"idempotency_key": key, **(payload or {})})
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action=action,
        request_id=request_id,
        detail=detail,
    )


def has_pending_outbox(session: Session, request_id: str) -> bool:
    pending = session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.request_id == request_id, OutboxMessage.status != "done")
    )
    return bool(pending) or bool(_pending_dispatches(session, [request_id]))


def _pending_dispatches(session: Session, request_ids: Sequence[str]) -> set[str]:
    """Those of ``request_ids`` handed to the post in a batch the server has not yet received.

    A dispatch message is filed under its batch id, not under each request, so the rule
    "local changes the server has not yet received win" needs this second look.
    """
    return set(
        session.scalars(
            select(DispatchItem.request_id)
            .join(DispatchBatch, DispatchBatch.id == DispatchItem.batch_id)
            .join(OutboxMessage, OutboxMessage.idempotency_key == DispatchBatch.idempotency_key)
            .where(DispatchItem.request_id.in_(request_ids), OutboxMessage.status != "done")
        )
    )


# --- pulling ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UpsertResult:
    new: int = 0
    updated: int = 0
    withdrawn: int = 0
    # Of the withdrawn, those whose payment the gateway reversed (the clerk is told why).
    reversed: int = 0


def _request_fields(item: RequestOut) -> dict[str, Any]:
    return {
        "service_code": item.service_code,
        "service_class": item.service_class.value,
        "center_code": item.center_code,
        "requester_name": item.requester_name,
        "relation_ar": item.relation_ar,
        "subject_national_number": item.subject.national_number,
        "subject": item.subject.model_dump(),
        "delivery_method": item.delivery.method.value,
        "delivery": item.delivery.model_dump(mode="json"),
        "submitted_at": item.submitted_at,
        "assigned_at": item.assigned_at,
        "server_updated_at": item.updated_at,
        "claimed_by": item.claimed_by,
        "lease_expires_at": item.lease_expires_at,
        "collected_at": item.collected_at,
        "shelf_slot": item.shelf_slot,
        "shelved_at": item.shelved_at,
        "payment": item.payment.model_dump(mode="json") if item.payment is not None else None,
    }


# Fields this workstation changes too (beside the status): the server's value waits while
# a message about the request is still in the outbox.
_CHANGED_HERE_TOO = frozenset({"collected_at", "shelf_slot", "shelved_at"})


def upsert_requests(session: Session, items: Iterable[RequestOut]) -> UpsertResult:
    """Store what the server sent; local changes it has not yet received win.

    A page is one query for the requests already here, one for those with messages still
    in the outbox, and one bulk insert for the new ones (a first pull brings thousands).
    """
    page = {item.id: item for item in items}  # a repeated id: the later copy is newer
    if not page:
        return UpsertResult()
    ids = list(page)
    local_rows: dict[str, Request] = {}
    pending: set[str] = set()
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start : start + 500]
        local_rows.update(
            (row.id, row) for row in session.scalars(select(Request).where(Request.id.in_(chunk)))
        )
        pending.update(
            session.scalars(
                select(OutboxMessage.request_id)
                .where(OutboxMessage.request_id.in_(chunk), OutboxMessage.status != "done")
                .distinct()
            )
        )
        pending.update(_pending_dispatches(session, chunk))
    new_rows: list[dict[str, Any]] = []
    updated = withdrawn = reversed_ = 0
    for request_id, item in page.items():
        fields = _request_fields(item)
        local = local_rows.get(request_id)
        if local is None:
            new_rows.append({"id": request_id, "status": item.status.value, **fields})
            continue
        opened_here = (
            local.status == RequestState.IN_REVIEW
            and item.status is RequestState.ASSIGNED
            and item.claimed_by is not None
            and item.claimed_by == local.claimed_by
        )  # the server moves to in_review only with the decision: the clerk has it open
        for name, value in fields.items():
            if name in _CHANGED_HERE_TOO and request_id in pending:
                continue  # a handover the server has not received yet stays, like the status
            setattr(local, name, value)
        if request_id not in pending and not opened_here and local.status != item.status.value:
            if item.status is RequestState.WITHDRAWN:
                withdrawn += 1
                if item.payment is not None and item.payment.state is PaymentState.REVERSED:
                    reversed_ += 1
            local.status = item.status.value
        updated += 1
    if new_rows:
        session.execute(insert(Request), new_rows)
    attachments.record_announced(session, page)
    session.flush()
    return UpsertResult(len(new_rows), updated, withdrawn, reversed_)


# --- opening and deciding ---------------------------------------------------------------


def record_claim(
    session: Session, actor: Actor, request_id: str, lease_expires_at: datetime
) -> Request:
    request = get_request(session, request_id)
    if request.status == RequestState.ASSIGNED:
        _move(request, RequestState.IN_REVIEW)
    request.claimed_by = actor.username
    request.lease_expires_at = lease_expires_at
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action="claim",
        request_id=request_id,
    )
    return request


def record_release(session: Session, actor: Actor, request_id: str) -> None:
    """The clerk handed the request back undecided: the lease is gone here too, audited."""
    request = session.get(Request, request_id)
    if request is not None and request.claimed_by == actor.username:
        request.claimed_by = None
        request.lease_expires_at = None
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action="release",
        request_id=request_id,
    )


def own_lease_expiry(session: Session, actor: Actor, request_id: str) -> datetime | None:
    """When ``actor``'s lease of the request ends, as this workstation last heard it; None
    when they do not hold it (or the request is not here)."""
    request = session.get(Request, request_id)
    if request is None or request.claimed_by != actor.username:
        return None
    return request.lease_expires_at


def record_lease_taken(
    session: Session, request_id: str, holder: str, lease_expires_at: datetime | None
) -> None:
    """A colleague holds the request now (the server said so when our lease was renewed):
    the store shows who, and this workstation no longer counts it as its own."""
    request = session.get(Request, request_id)
    if request is not None:
        request.claimed_by = holder
        request.lease_expires_at = lease_expires_at


def record_snapshot(
    session: Session, actor: Actor, request_id: str, record: RegistryRecord
) -> RegistrySnapshot:
    request = get_request(session, request_id)
    snapshot = RegistrySnapshot(
        request=request,
        national_number=record.national_number,
        record=record.model_dump(mode="json"),
        fetched_at=now(),
    )
    session.add(snapshot)
    session.flush()
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action="view_registry",
        request_id=request_id,
        detail={"snapshot_id": snapshot.id},
    )
    return snapshot


def latest_snapshot(request: Request) -> RegistrySnapshot | None:
    return request.snapshots[-1] if request.snapshots else None


def accept(
    session: Session,
    actor: Actor,
    request_id: str,
    acknowledged: Iterable[PersonField] = (),
) -> Decision:
    """Accept a request whose registry record matches what was submitted.

    The comparison is made here, from the stored request and its latest registry snapshot
    (:mod:`clerk_desk.decision_rules`, the rules the server checks again): a mismatch
    cannot be accepted; every field that is only equivalent (a spelling variant) must be
    among ``acknowledged``, the fields the clerk ticked.
    """
    request = get_request(session, request_id)
    try:
        decision_rules.check_paid(payment_state(request))
    except decision_rules.DecisionRefused as exc:
        raise RuleViolation(exc.template, **exc.values) from None
    snapshot = latest_snapshot(request)
    if snapshot is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "the civil-registry record has not been fetched")
        )
    comparison = _compare(request, snapshot)
    try:
        ticked = decision_rules.check_acceptance(comparison, acknowledged)
    except decision_rules.DecisionRefused as exc:
        raise RuleViolation(exc.template, **exc.values) from None
    # The spelling variants the clerk confirmed (field names only, never their values),
    # limited to those the comparison found: the server checks them against its own.
    confirmed = sorted(f.value for f in ticked & set(comparison.equivalent_fields))
    return _decide(
        session,
        actor,
        request,
        snapshot,
        "accept",
        None,
        "",
        comparison,
        acknowledged=confirmed,
    )


def payment_state(request: Request) -> str | None:
    """The state of the request's payment as last pulled (None: no payment known)."""
    state = (request.payment or {}).get("state")
    return state if isinstance(state, str) else None


def reject(
    session: Session,
    actor: Actor,
    request_id: str,
    reason_code: str,
    reason_text: str,
) -> Decision:
    """Reject with a stated reason; the citizen reads ``reason_text``. The evidence kept is
    the comparison with the latest registry snapshot, made here (none without a snapshot)."""
    if reason_code not in REASONS:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "choose a rejection reason from the catalogue")
        )
    if not reason_text.strip():
        raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "state the reason the citizen will read"))
    check_plain_text(reason_text, multiline=True)
    request = get_request(session, request_id)
    snapshot = latest_snapshot(request)
    return _decide(
        session,
        actor,
        request,
        snapshot,
        "reject",
        reason_code,
        reason_text.strip(),
        _compare(request, snapshot) if snapshot is not None else None,
    )


def _compare(request: Request, snapshot: RegistrySnapshot) -> Comparison:
    return decision_rules.compare_with_registry(
        request.service_code, request.subject, snapshot.record
    )


def _decide(
    session: Session,
    actor: Actor,
    request: Request,
    snapshot: RegistrySnapshot | None,
    outcome: str,
    reason_code: str | None,
    reason_text: str,
    comparison: Comparison | None,
    *,
    acknowledged: list[str] | None = None,
) -> Decision:
    """Record the decision, its evidence, the message for the server and the audit entry.
    ``acknowledged``: an acceptance's confirmed spelling variants (field names only)."""
    target = RequestState.ACCEPTED if outcome == "accept" else RequestState.REJECTED
    _move(request, target)
    evidence = comparison.to_json() if comparison is not None else {}
    decision = Decision(
        request=request,
        outcome=outcome,
        reason_code=reason_code,
        reason_text=reason_text,
        comparison=evidence,
        snapshot_id=snapshot.id if snapshot else None,
        decided_by=actor.username,
        decided_at=now(),
    )
    session.add(decision)
    _enqueue(
        session,
        actor,
        request.id,
        "decision",
        {
            "idempotency_key": new_idempotency_key(),
            "outcome": outcome,
            "reason_code": reason_code,
            "reason_text": reason_text,
            "comparison": evidence,
            "registry_snapshot": snapshot.record if snapshot else {},
            **({"acknowledged_fields": acknowledged} if acknowledged is not None else {}),
        },
    )
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action=outcome,
        request_id=request.id,
        detail={
            **({"reason_code": reason_code} if reason_code else {}),
            **({"acknowledged": acknowledged} if acknowledged is not None else {}),
        },
    )
    session.flush()
    return decision


# --- printing ---------------------------------------------------------------------------


def _next(session: Session, name: str, start: int = 1) -> int:
    """The next value of a local counter (dispatch batch numbers). Document numbers and
    tracking serials are the server's: ``clerk_desk.number_blocks``."""
    counter = session.get(Counter, name)
    if counter is None:
        counter = Counter(name=name, value=start - 1)
        session.add(counter)
    counter.value += 1
    session.flush()
    return counter.value


@dataclass(frozen=True, slots=True)
class IssuanceNumbers:
    document_number: str
    tracking_number: str | None


def record_issuance(
    session: Session,
    actor: Actor,
    request_id: str,
    numbers: IssuanceNumbers,
    document_sha256: str,
    envelope_sha256: str,
    document_path: str,
    envelope_path: str,
    reprint_reason: str | None = None,
) -> Issuance:
    """Enter a printing into the ledger; a second printing needs a stated reason."""
    request = get_request(session, request_id)
    if request.status == RequestState.PRINTED and not (reprint_reason or "").strip():
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "this request was already printed; state why it is printed again"
            )
        )
    if request.status not in (RequestState.ACCEPTED, RequestState.PRINTED):
        raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "only an accepted request can be printed"))
    _move(request, RequestState.PRINTED)
    issuance = Issuance(
        request=request,
        document_number=numbers.document_number,
        tracking_number=numbers.tracking_number,
        document_sha256=document_sha256,
        envelope_sha256=envelope_sha256,
        document_path=document_path,
        envelope_path=envelope_path,
        printed_by=actor.username,
        printed_at=now(),
        reprint_reason=reprint_reason,
    )
    session.add(issuance)
    _enqueue(
        session,
        actor,
        request.id,
        "issuance",
        {
            "idempotency_key": new_idempotency_key(),
            "document_number": numbers.document_number,
            "tracking_number": numbers.tracking_number,
            "document_sha256": document_sha256,
            "envelope_sha256": envelope_sha256,
        },
    )
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action="reprint" if reprint_reason else "print",
        request_id=request.id,
        detail={
            "document_number": numbers.document_number,
            **({"reason": reprint_reason} if reprint_reason else {}),
        },
    )
    session.flush()
    return issuance


# --- supervisor's review ----------------------------------------------------------------


def review(session: Session, actor: Actor, request_id: str, outcome: str, note: str) -> None:
    """Queue a supervisor's uphold or overturn of a rejection for the server."""
    if outcome not in ("uphold", "overturn"):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "a review either upholds or overturns the rejection")
        )
    if outcome == "overturn" and not note.strip():
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "say why the rejection is overturned; the clerk reads it")
        )
    check_plain_text(note, multiline=True)
    request = session.get(Request, request_id)
    if request is not None and request.status == RequestState.REJECTED:
        # The server's answer arrives with the next pull; show the outcome meanwhile.
        if outcome == "uphold":
            _move(request, RequestState.UPHELD)
        else:
            _move(request, RequestState.OVERTURNED)
            _move(request, RequestState.ASSIGNED)
    tell_server(
        session,
        actor,
        request_id,
        "review",
        f"review_{outcome}",
        payload={"outcome": outcome, "note": note.strip()},
    )


def second_look(session: Session, actor: Actor, request_id: str, concern: str) -> None:
    """Queue a supervisor's four-eyes check of an acceptance for the server: no concern
    (``concern`` empty), or a concern the clerk who accepted will be told of."""
    note = check_plain_text(concern.strip(), multiline=True)
    outcome = "concern" if note else "no_concern"
    tell_server(
        session,
        actor,
        request_id,
        "second_look",
        "four_eyes_concern" if note else "four_eyes_ok",
        payload={"outcome": outcome, "note": note},
        detail={"note": note} if note else None,
    )
