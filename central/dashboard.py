"""The supervisor's dashboard: one center's shift in figures, computed by the server,
which sees every clerk's decisions (a workstation sees only its own)."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from central.db import (
    DecisionRow,
    IssuanceRow,
    PickupRow,
    RequestRow,
    ReviewRow,
    SecondLookRow,
    UserRow,
)
from central.refusals import refuse
from central.refused_decisions import refused_attempts_of
from central.registry_access import lookups_of
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    SettingsDep,
    _require_role,
    full_names,
    request_out,
    with_parts,
)
from clerk_desk.api import (
    AcceptanceOut,
    AcceptanceSample,
    ClerkFigures,
    DashboardOut,
    Moment,
    Role,
    SecondLook,
)
from clerk_desk.service_level import Targets, is_late
from clerk_desk.states import WORKABLE, RequestState

router = APIRouter(responses=_ERRORS)

OPEN = (RequestState.ASSIGNED.value, RequestState.IN_REVIEW.value)
MAX_PERIOD_DAYS = 31


@router.get("/dashboard", response_model=DashboardOut, tags=["reviews"])
def dashboard(
    user: ReadUser,
    session: ReadDb,
    settings: SettingsDep,
    since: Annotated[Moment | None, Query(description="start of the shift (ISO 8601)")] = None,
    until: Annotated[Moment | None, Query(description="end (ISO 8601); default now")] = None,
) -> DashboardOut:
    _require_role(user, Role.SUPERVISOR, "dashboard")
    now = settings.clock()
    until = until or now
    since = since or until - timedelta(hours=8)
    if since.tzinfo is None or until.tzinfo is None:
        raise refuse("time_without_zone")
    if since >= until or until - since > timedelta(days=MAX_PERIOD_DAYS):
        raise refuse("bad_period", days=MAX_PERIOD_DAYS)
    center = user.center_code

    def in_center(*conditions: ColumnElement[bool]) -> int:
        return int(
            session.scalar(
                select(func.count())
                .select_from(RequestRow)
                .where(RequestRow.center_code == center, *conditions)
            )
            or 0
        )

    received = in_center(RequestRow.assigned_at >= since, RequestRow.assigned_at < until)
    decisions = session.execute(
        select(DecisionRow.decided_by, DecisionRow.outcome, DecisionRow.reason_code)
        .join(RequestRow, RequestRow.id == DecisionRow.request_id)
        .where(
            RequestRow.center_code == center,
            DecisionRow.decided_at >= since,
            DecisionRow.decided_at < until,
        )
    ).all()
    overturns = Counter(
        clerk
        for (clerk,) in session.execute(
            select(DecisionRow.decided_by)
            .join(ReviewRow, ReviewRow.decision_id == DecisionRow.id)
            .join(RequestRow, RequestRow.id == DecisionRow.request_id)
            .where(
                RequestRow.center_code == center,
                ReviewRow.outcome == "overturn",
                ReviewRow.reviewed_at >= since,
                ReviewRow.reviewed_at < until,
            )
        )
    )
    printed = int(
        session.scalar(
            select(func.count(func.distinct(IssuanceRow.request_id)))
            .join(RequestRow, RequestRow.id == IssuanceRow.request_id)
            .where(
                RequestRow.center_code == center,
                IssuanceRow.issued_at >= since,
                IssuanceRow.issued_at < until,
            )
        )
        or 0
    )
    names = dict(
        session.execute(
            select(UserRow.username, UserRow.full_name).where(UserRow.center_code == center)
        ).all()
    )
    per_clerk: dict[str, Counter[str]] = {}
    reasons: Counter[str] = Counter()
    for clerk, outcome, reason in decisions:
        counts = per_clerk.setdefault(clerk, Counter())
        counts["decided"] += 1
        counts["accepted" if outcome == "accept" else "rejected"] += 1
        if outcome != "accept":
            reasons[reason or "other"] += 1
    for clerk, count in overturns.items():
        per_clerk.setdefault(clerk, Counter())["overturned"] = count
    for clerk, outcome in session.execute(
        select(DecisionRow.decided_by, SecondLookRow.outcome)
        .join(SecondLookRow, SecondLookRow.decision_id == DecisionRow.id)
        .join(RequestRow, RequestRow.id == DecisionRow.request_id)
        .where(
            RequestRow.center_code == center,
            SecondLookRow.looked_at >= since,
            SecondLookRow.looked_at < until,
        )
    ):
        counts = per_clerk.setdefault(clerk, Counter())
        counts["second_looks"] += 1
        counts["concerns"] += outcome == "concern"
    clerks = [
        ClerkFigures(clerk=clerk, full_name=names.get(clerk, ""), **per_clerk[clerk])
        for clerk in sorted(per_clerk)
    ]
    targets = Targets()
    late: Counter[str] = Counter({"fast": 0, "slow": 0})
    for service_class, assigned_at, status in session.execute(
        select(RequestRow.service_class, RequestRow.assigned_at, RequestRow.status).where(
            RequestRow.center_code == center, RequestRow.status.in_([s.value for s in WORKABLE])
        )
    ):
        if status in OPEN and is_late(service_class, assigned_at, now, targets):
            late[service_class] += 1
    accepted_count = sum(1 for _, outcome, _ in decisions if outcome == "accept")
    return DashboardOut(
        center_code=center,
        since=since,
        until=until,
        received=received,
        decided=len(decisions),
        accepted=accepted_count,
        rejected=len(decisions) - accepted_count,
        printed=printed,
        dispatched=in_center(RequestRow.status == RequestState.DISPATCHED.value),
        awaiting_pickup=in_center(RequestRow.status == RequestState.AWAITING_PICKUP.value),
        collected=int(
            session.scalar(
                select(func.count())
                .select_from(PickupRow)
                .join(RequestRow, RequestRow.id == PickupRow.request_id)
                .where(
                    RequestRow.center_code == center,
                    PickupRow.handed_at >= since,
                    PickupRow.handed_at < until,
                )
            )
            or 0
        ),
        open_now=in_center(RequestRow.status.in_(OPEN)),
        late_now=dict(late),
        rejections_by_reason=dict(reasons),
        clerks=clerks,
        by_state=by_state(session, center),
    )


def by_state(session: Session, center: str) -> dict[str, int]:
    """The center's requests now, by their current state."""
    counts = session.execute(
        select(RequestRow.status, func.count())
        .where(RequestRow.center_code == center)
        .group_by(RequestRow.status)
    )
    return {status: int(count) for status, count in counts}


def drawn(request_id: str, decision_id: int, share: float) -> bool:
    """Whether an acceptance falls in the four-eyes sample: a fixed draw per decision, so
    the same acceptances stay drawn however often the supervisor looks."""
    digest = hashlib.sha256(f"{request_id}:{decision_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


@router.get("/acceptances/sample", response_model=AcceptanceSample, tags=["reviews"])
def acceptance_sample(
    user: ReadUser,
    session: ReadDb,
    settings: SettingsDep,
    share: Annotated[float, Query(ge=0.0, le=1.0, description="share to draw, 0..1")] = 0.1,
    since: Annotated[Moment | None, Query(description="from (ISO 8601); default 8 h")] = None,
) -> AcceptanceSample:
    """A random share of the center's acceptances in the period, for a second look."""
    _require_role(user, Role.SUPERVISOR, "sample")
    since = since or settings.clock() - timedelta(hours=8)
    if since.tzinfo is None:
        raise refuse("time_without_zone")
    rows = session.execute(
        select(DecisionRow, RequestRow, SecondLookRow)
        .join(RequestRow, RequestRow.id == DecisionRow.request_id)
        .options(*with_parts())
        .outerjoin(SecondLookRow, SecondLookRow.decision_id == DecisionRow.id)
        .where(
            RequestRow.center_code == user.center_code,
            DecisionRow.outcome == "accept",
            DecisionRow.decided_at >= since,
        )
        .order_by(DecisionRow.decided_at)
    ).all()
    rows = [row for row in rows if drawn(row[1].id, row[0].id, share)]
    lookups = lookups_of(session, [request.id for _, request, _ in rows])
    attempts = refused_attempts_of(session, [request.id for _, request, _ in rows])
    people = [decision.decided_by for decision, _, _ in rows]
    people += [look.looked_by for _, _, look in rows if look is not None]
    names = full_names(session, people)
    items = [
        AcceptanceOut(
            request=request_out(request),
            decided_by=decision.decided_by,
            decided_by_name=names[decision.decided_by],
            decided_at=decision.decided_at,
            comparison=decision.comparison,
            registry_snapshot=decision.registry_snapshot,
            workstation_comparison=decision.workstation_comparison or {},
            acknowledged_fields=decision.acknowledged_fields or [],
            lookups=lookups.get(request.id, []),
            refused_attempts=attempts.get(request.id, []),
            second_look=(
                SecondLook(
                    outcome=look.outcome,
                    note=look.note,
                    looked_by=look.looked_by,
                    looked_by_name=names[look.looked_by],
                    looked_at=look.looked_at,
                )
                if look is not None
                else None
            ),
        )
        for decision, request, look in rows
    ]
    return AcceptanceSample(share=share, items=items)
