"""Through to the post: sealing envelopes, keeping them for pickup, scanning them into a
dispatch and handing the dispatch to the courier of the Syrian Post.

Like ``clerk_desk.workflow``, each function works inside the caller's session and writes
the new state, an audit entry and an outbox message together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_desk import audit
from clerk_desk.api_pickup import CollectorIn
from clerk_desk.collector_rules import Collector, PickupPapers, check_collector, papers_of
from clerk_desk.digits import fold_digits
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.plain_text import check_plain_text
from clerk_desk.shelf import first_free_slot
from clerk_desk.shelf_report import taken_slots
from clerk_desk.states import RequestState
from clerk_desk.store.models import (
    DispatchBatch,
    DispatchItem,
    Issuance,
    Request,
)
from clerk_desk.tracking import InvalidTrackingNumber, parse_tracking_number
from clerk_desk.workflow import (
    Actor,
    RuleViolation,
    _enqueue,
    _move,
    _next,
    get_request,
    new_idempotency_key,
    now,
    tell_server,
)


def seal(session: Session, actor: Actor, request_id: str) -> Request:
    """The clerk has stamped and sealed the envelope of a printed request."""
    request = get_request(session, request_id)
    if request.status != RequestState.PRINTED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "request {request_id} is {status}: only a printed envelope can be sealed"
            ),
            request_id=request_id,
            status=request.status,
        )
    _move(request, RequestState.SEALED)
    tell_server(session, actor, request.id, "seal", "seal")
    session.flush()
    return request


def keep_for_pickup(session: Session, actor: Actor, request_id: str) -> Request:
    """An envelope goes to the center's shelf, in the first free slot (``shelf_slot``):
    a sealed pickup envelope, or a postal one the post brought back (``returned``). The
    citizen collects it there; the server tells them."""
    request = get_request(session, request_id)
    returned = request.status == RequestState.RETURNED
    if request.delivery_method != "pickup" and not returned:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules",
                "request {request_id} goes by post: scan it into a dispatch, do not shelve it",
            ),
            request_id=request_id,
        )
    if request.status != RequestState.SEALED and not returned:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "request {request_id} is {status}: seal the envelope before shelving it"
            ),
            request_id=request_id,
            status=request.status,
        )
    slot = first_free_slot(taken_slots(session, request.center_code))
    _move(request, RequestState.AWAITING_PICKUP)
    request.shelf_slot = slot
    request.shelved_at = now()
    tell_server(
        session,
        actor,
        request.id,
        "pickup",
        "keep_for_pickup",
        payload={"shelf_slot": slot},
        detail={"shelf_slot": slot, "returned": returned},
    )
    session.flush()
    return request


def scan_in(session: Session, actor: Actor, code: str) -> Request:
    """A returned envelope is scanned in at its center (its S10 barcode, or the request's
    number) and shelved: :func:`keep_for_pickup`. Anything but a returned envelope of this
    store is refused, saying why."""
    request_id = resolve_code(session, code)
    request = session.get(Request, request_id)
    if request is None:
        raise ScanRefused(
            code,
            QT_TRANSLATE_NOOP("Rules", "request {request_id} is not on this workstation"),
            request_id=request_id,
        )
    if request.status != RequestState.RETURNED:
        raise ScanRefused(
            code,
            QT_TRANSLATE_NOOP(
                "Rules",
                "request {request_id} is {status}: only an envelope the post brought back "
                "is scanned in",
            ),
            request_id=request_id,
            status=request.status,
        )
    return keep_for_pickup(session, actor, request_id)


def hand_to_citizen(
    session: Session, actor: Actor, request_id: str, collector: Collector, today: date
) -> Request:
    """The shelved envelope is handed over at the counter to ``collector``, whom the rule
    allows (:func:`clerk_desk.collector_rules.check_collector`, raises
    :class:`~clerk_desk.collector_rules.CollectorRefused`): the request is ``collected``,
    its last state, and says when; its shelf slot is free again. Who collected goes to
    the server in the (encrypted) outbox message; the audit log records the role and the
    document's kind, never a name or a number."""
    request = get_request(session, request_id)
    if request.collected_at is not None or request.status == RequestState.COLLECTED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "the envelope of request {request_id} was already handed over"
            ),
            request_id=request_id,
        )
    on_the_shelf(session, request_id)
    checked = check_collector(collector, pickup_papers(request), today)
    _move(request, RequestState.COLLECTED)
    request.collected_at = now()
    request.shelf_slot = None
    body = CollectorIn.of(checked).model_dump(mode="json")
    tell_server(
        session,
        actor,
        request.id,
        "collected",
        "hand_to_citizen",
        payload={"received_by": checked.name, "collector": body},
        detail={"role": checked.role.value, "id_document": checked.id_document.value},
    )
    session.flush()
    return request


def on_the_shelf(session: Session, request_id: str) -> Request:
    """The request whose envelope waits on the pickup shelf; refused if it does not."""
    request = get_request(session, request_id)
    if request.status != RequestState.AWAITING_PICKUP:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Rules", "request {request_id} is {status}: it is not on the pickup shelf"
            ),
            request_id=request_id,
            status=request.status,
        )
    return request


def pickup_papers(request: Request) -> PickupPapers:
    """What the stored request says about who may collect its envelope."""
    return papers_of(
        request.id,
        request.subject_national_number,
        request.relation_ar,
        [(a.id, a.kind) for a in request.attachments],
    )


_S10_SHAPE = re.compile(r"^[A-Z]{2}[0-9]{9}[A-Z]{2}$")
_REQUEST_ID = re.compile(r"^[A-Z0-9-]{1,40}$")


class ScanRefused(RuleViolation):
    """A scanned code that cannot go into the dispatch; ``code`` is what was scanned."""

    def __init__(self, code: str, template: str, **values: object) -> None:
        super().__init__(template, **values)
        self.code = code


class DispatchRefused(RuleViolation):
    """Some scanned codes were refused; nothing was stored. ``problems`` lists each one."""

    def __init__(self, problems: Sequence[ScanRefused]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class ScannedEnvelope:
    """A scanned code resolved to the sealed postal envelope it names."""

    code: str  # as scanned
    request_id: str
    tracking_number: str | None
    recipient_city: str


def latest_issuance(session: Session, request_id: str) -> Issuance | None:
    return session.scalar(
        select(Issuance)
        .where(Issuance.request_id == request_id)
        .order_by(Issuance.id.desc())
        .limit(1)
    )


def resolve_code(session: Session, code: str) -> str:
    """The request a scanned code names: an S10 tracking number (of the request's latest
    envelope) or a request number. Raises :class:`ScanRefused`: empty, malformed, unknown,
    or the envelope of a superseded print."""
    text = fold_digits(code).strip().upper().replace(" ", "")
    if not text:
        raise ScanRefused(
            code, QT_TRANSLATE_NOOP("Rules", "an empty scan: scan the envelope's barcode again")
        )
    if _S10_SHAPE.match(text):
        try:
            tracking = parse_tracking_number(text)
        except InvalidTrackingNumber as exc:
            raise ScanRefused(
                code, QT_TRANSLATE_NOOP("Rules", "{scanned}: {problem}"), scanned=text, problem=exc
            ) from None
        issuance = session.scalar(select(Issuance).where(Issuance.tracking_number == tracking))
        if issuance is None:
            raise ScanRefused(
                code,
                QT_TRANSLATE_NOOP(
                    "Rules", "{tracking}: no envelope with this tracking number here"
                ),
                tracking=tracking,
            )
        request_id = issuance.request_id
        latest = latest_issuance(session, request_id)
        if latest is not None and latest.tracking_number != tracking:
            raise ScanRefused(
                code,
                QT_TRANSLATE_NOOP(
                    "Rules",
                    "{tracking}: envelope of {request_id} reprinted: dispatch the new one ({new})",
                ),
                tracking=tracking,
                request_id=request_id,
                new=latest.tracking_number,
            )
    elif _REQUEST_ID.match(text):
        request_id = text
    else:
        raise ScanRefused(
            code,
            QT_TRANSLATE_NOOP(
                "Rules", "{scanned} is neither a request number nor a tracking number"
            ),
            scanned=repr(text[:40]),
        )
    return request_id


def check_scan(session: Session, code: str, already: Iterable[str] = ()) -> ScannedEnvelope:
    """Resolve one scanned code (request id or S10 tracking number) for a dispatch.

    ``already``: the request ids scanned into the batch so far. Raises :class:`ScanRefused`
    with a message for the clerk: malformed, unknown, superseded by a reprint, not sealed,
    a pickup envelope, or scanned twice. Reads only; stores nothing.
    """
    request_id = resolve_code(session, code)
    request = session.get(Request, request_id)
    if request is None:
        raise ScanRefused(
            code,
            QT_TRANSLATE_NOOP("Rules", "request {request_id} is not on this workstation"),
            request_id=request_id,
        )
    if request_id in set(already):
        raise ScanRefused(
            code,
            QT_TRANSLATE_NOOP("Rules", "request {request_id} is already in this dispatch"),
            request_id=request_id,
        )
    if request.delivery_method != "post":
        raise ScanRefused(
            code,
            QT_TRANSLATE_NOOP(
                "Rules", "request {request_id} is for pickup at the center: keep it, do not post it"
            ),
            request_id=request_id,
        )
    if request.status != RequestState.SEALED:
        template = {
            RequestState.PRINTED: QT_TRANSLATE_NOOP(
                "Rules", "request {request_id} is {status}: seal the envelope first"
            ),
            RequestState.DISPATCHED: QT_TRANSLATE_NOOP(
                "Rules", "request {request_id} is {status}: it has already been handed to the post"
            ),
        }.get(
            RequestState(request.status),
            QT_TRANSLATE_NOOP(
                "Rules", "request {request_id} is {status}: only sealed envelopes are dispatched"
            ),
        )
        raise ScanRefused(code, template, request_id=request_id, status=request.status)
    latest = latest_issuance(session, request_id)
    return ScannedEnvelope(
        code=code,
        request_id=request_id,
        tracking_number=latest.tracking_number if latest else None,
        recipient_city=str(request.delivery.get("city_ar", "")),
    )


def next_dispatch_id(session: Session, actor: Actor, year: int) -> str:
    """A dispatch batch number unique in the center: center, year, workstation, sequence."""
    seq = _next(session, f"dispatch:{year}")
    return f"{actor.center_code}-{year}-{actor.workstation}-D{seq:04d}"


def create_dispatch(session: Session, actor: Actor, scanned_codes: Sequence[str]) -> DispatchBatch:
    """Store a batch of scanned sealed postal envelopes, ready for its manifest.

    Every code is checked (:func:`check_scan`); if any is refused, :class:`DispatchRefused`
    lists them all and nothing is stored. The envelopes stay sealed until :func:`hand_over`.
    """
    if not scanned_codes:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "scan at least one sealed envelope into the dispatch")
        )
    found: list[ScannedEnvelope] = []
    problems: list[ScanRefused] = []
    for code in scanned_codes:
        try:
            found.append(check_scan(session, code, [e.request_id for e in found]))
        except ScanRefused as exc:
            problems.append(exc)
    if problems:
        raise DispatchRefused(problems)
    at = now()
    batch = DispatchBatch(
        id=next_dispatch_id(session, actor, at.year),
        center_code=actor.center_code,
        created_by=actor.username,
        created_at=at,
        items=[
            DispatchItem(
                request_id=e.request_id,
                position=i,
                tracking_number=e.tracking_number,
                recipient_city=e.recipient_city,
            )
            for i, e in enumerate(found, start=1)
        ],
    )
    session.add(batch)
    audit.append(
        session,
        actor=actor.username,
        workstation=actor.workstation,
        action="dispatch_batch",
        detail={"batch_id": batch.id, "count": len(found)},
    )
    session.flush()
    return batch


def get_dispatch(session: Session, batch_id: str) -> DispatchBatch:
    batch = session.get(DispatchBatch, batch_id)
    if batch is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "dispatch {batch_id} is not on this workstation"),
            batch_id=batch_id,
        )
    return batch


def hand_over(session: Session, actor: Actor, batch_id: str, courier_name: str) -> DispatchBatch:
    """The courier of the Syrian Post signed for the batch: every envelope in it is dispatched.

    One transaction: the states, an audit entry per envelope, and one outbox message
    ("dispatch", filed under the batch id) that the server records all at once.
    """
    courier = " ".join(courier_name.split())
    if not courier:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "write the name of the courier who takes the envelopes")
        )
    if len(courier) > 200:
        raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "the courier's name is too long"))
    check_plain_text(courier)
    batch = get_dispatch(session, batch_id)
    if batch.handed_over_at is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "dispatch {batch_id} was already handed over"),
            batch_id=batch_id,
        )
    if not batch.items:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Rules", "dispatch {batch_id} is empty"), batch_id=batch_id
        )
    for item in batch.items:
        request = get_request(session, item.request_id)
        if request.status != RequestState.SEALED:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "Rules",
                    "request {request_id} is {status}, no longer sealed: scan the batch again",
                ),
                request_id=item.request_id,
                status=request.status,
            )
    key = new_idempotency_key()
    at = now()
    batch.courier_name = courier
    batch.handed_over_by = actor.username
    batch.handed_over_at = at
    batch.idempotency_key = key
    request_ids = [item.request_id for item in batch.items]
    for request_id in request_ids:
        _move(get_request(session, request_id), RequestState.DISPATCHED)
        audit.append(
            session,
            actor=actor.username,
            workstation=actor.workstation,
            action="dispatch",
            request_id=request_id,
            detail={"batch_id": batch.id, "courier": courier},
            at=at,
        )
    _enqueue(
        session,
        actor,
        batch.id,
        "dispatch",
        {
            "idempotency_key": key,
            "batch_id": batch.id,
            "courier_name": courier,
            "request_ids": request_ids,
        },
    )
    session.flush()
    return batch


def printed_not_sealed(
    session: Session, since: datetime, until: datetime | None = None
) -> list[Issuance]:
    """The latest printing of each request printed in [since, until) and not yet sealed.

    What a batch print of the shift's envelopes takes, oldest first.
    """
    latest = (
        select(func.max(Issuance.id))
        .join(Request, Request.id == Issuance.request_id)
        .where(Request.status == RequestState.PRINTED.value)
        .group_by(Issuance.request_id)
    )
    query = select(Issuance).where(Issuance.id.in_(latest), Issuance.printed_at >= since)
    if until is not None:
        query = query.where(Issuance.printed_at < until)
    return list(session.scalars(query.order_by(Issuance.printed_at, Issuance.id)))
