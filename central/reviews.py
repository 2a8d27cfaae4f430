"""The shift supervisor's reviews: of rejections (the list with its evidence, uphold or
overturn), and the four-eyes check of a sample of acceptances. An overturn or a concern
is a notice to the clerk who decided (see :mod:`central.notices`)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import DecisionRow, RequestRow, ReviewRow, SecondLookRow
from central.notices import tell_clerk
from central.notifications import NotifierDep
from central.payment_routes import EngineDep, Payments
from central.refunds import on_review, send_refund_orders
from central.refusals import refuse
from central.refused_decisions import refused_attempts_of
from central.registry_access import lookups_of
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    RequestIdPath,
    RowDb,
    RowUser,
    SettingsDep,
    _commit_action,
    _require_role,
    _start_action,
    _transition,
    full_names,
    log,
    request_out,
    with_parts,
)
from clerk_desk.api import (
    ActionOut,
    RejectionList,
    RejectionOut,
    ReviewIn,
    Role,
    SecondLookIn,
)
from clerk_desk.api_outreach import NotificationTemplate
from clerk_desk.states import RequestState

router = APIRouter(responses=_ERRORS)


def _latest_decision(session: Session, request_id: str, outcome: str) -> DecisionRow | None:
    return session.scalar(
        select(DecisionRow)
        .where(DecisionRow.request_id == request_id, DecisionRow.outcome == outcome)
        .order_by(DecisionRow.decided_at.desc(), DecisionRow.id.desc())
        .limit(1)
    )


def _latest_rejection(session: Session, request_id: str) -> DecisionRow | None:
    return _latest_decision(session, request_id, "reject")


@router.get("/reviews", response_model=RejectionList, tags=["reviews"])
def list_reviews(user: ReadUser, session: ReadDb) -> RejectionList:
    """Rejections in the supervisor's center awaiting review, with the server's evidence
    (the workstation's comparison beside it), the registry look-ups made for each and the
    decisions the server refused."""
    _require_role(user, Role.SUPERVISOR, "review")
    rows = list(
        session.scalars(
            select(RequestRow)
            .options(*with_parts())
            .where(
                RequestRow.center_code == user.center_code,
                RequestRow.status == RequestState.REJECTED.value,
            )
            .order_by(RequestRow.change_seq)
        )
    )
    lookups = lookups_of(session, [row.id for row in rows])
    attempts = refused_attempts_of(session, [row.id for row in rows])
    decisions = [(row, _latest_rejection(session, row.id)) for row in rows]
    names = full_names(session, (d.decided_by for _, d in decisions if d is not None))
    items = []
    for row, decision in decisions:
        if decision is None:
            continue
        items.append(
            RejectionOut(
                request=request_out(row),
                reason_code=decision.reason_code or "",
                reason_text=decision.reason_text,
                decided_by=decision.decided_by,
                decided_by_name=names[decision.decided_by],
                decided_at=decision.decided_at,
                comparison=decision.comparison,
                registry_snapshot=decision.registry_snapshot,
                workstation_comparison=decision.workstation_comparison or {},
                lookups=lookups.get(row.id, []),
                refused_attempts=attempts.get(row.id, []),
            )
        )
    return RejectionList(items=items)


@router.post("/reviews/{request_id}", response_model=ActionOut, tags=["reviews"])
def review(
    request_id: RequestIdPath,
    body: ReviewIn,
    user: RowUser,
    session: RowDb,
    settings: SettingsDep,
    notifier: NotifierDep,
    payments: Payments,
    engine: EngineDep,
) -> ActionOut:
    """Uphold a rejection (the citizen is told, with its reason), or overturn it and
    return the request to the queue; the fee's refund its reason says is ordered, or
    cancelled (``central.refunds``)."""
    _require_role(user, Role.SUPERVISOR, "review")
    row, digest, replayed = _start_action(
        session, user, request_id, "review", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    now = settings.clock()
    if body.outcome == "uphold":
        _transition(row, RequestState.UPHELD)
    else:
        _transition(row, RequestState.OVERTURNED)
        _transition(row, RequestState.ASSIGNED)
        row.claimed_by = None
        row.lease_expires_at = None
    decision = _latest_rejection(session, row.id)
    reason_code = decision.reason_code if decision is not None else None
    on_review(session, row, reason_code, body.outcome, user, payments.gateway, now)
    if decision is not None and body.outcome == "overturn":
        tell_clerk(session, decision.decided_by, "overturned", row.id, body.note, user, now)
    if decision is not None and body.outcome == "uphold":
        notifier.tell(
            session, row, NotificationTemplate.REJECTED, f"rejected:{decision.id}",
            reason_text=decision.reason_text, reason_code=decision.reason_code or "",
        )  # fmt: skip
    session.add(
        ReviewRow(
            request_id=row.id,
            decision_id=decision.id if decision else None,
            outcome=body.outcome,
            note=body.note,
            reviewed_by=user.username,
            reviewed_at=now,
        )
    )
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="review", row=row,
        digest=digest, now=now,
    )  # fmt: skip
    log.info("review %s %s by %s", row.id, body.outcome, user.username)
    notifier.send()
    if body.outcome == "uphold":
        send_refund_orders(engine, payments.gateway, now)
    return answer


@router.post("/acceptances/{request_id}/second-look", response_model=ActionOut, tags=["reviews"])
def second_look(
    request_id: RequestIdPath,
    body: SecondLookIn,
    user: RowUser,
    session: RowDb,
    settings: SettingsDep,
) -> ActionOut:
    """Record the four-eyes check of a request's acceptance; a concern tells the clerk.

    One check per acceptance: a second one (by anyone) is refused, naming the first.
    """
    _require_role(user, Role.SUPERVISOR, "sample")
    row, digest, replayed = _start_action(
        session, user, request_id, "second_look", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    decision = _latest_decision(session, row.id, "accept")
    if decision is None:
        raise refuse("no_acceptance", request_id=row.id)
    earlier = session.scalar(select(SecondLookRow).where(SecondLookRow.decision_id == decision.id))
    if earlier is not None:
        raise refuse("already_looked_at", request_id=row.id, holder=earlier.looked_by)
    now = settings.clock()
    session.add(
        SecondLookRow(
            request_id=row.id,
            decision_id=decision.id,
            outcome=body.outcome,
            note=body.note.strip(),
            looked_by=user.username,
            looked_at=now,
        )
    )
    if body.outcome == "concern":
        tell_clerk(session, decision.decided_by, "concern", row.id, body.note, user, now)
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="second_look", row=row,
        digest=digest, now=now, touch=False,
    )  # fmt: skip
    log.info("second look at %s: %s by %s", row.id, body.outcome, user.username)
    return answer
