"""Decisions the server refused by the core's rules, kept for the shift supervisor.

A clerk who tries to accept a request the registry contradicts (or one whose record they
never fetched, or whose spelling variants they did not confirm) is refused by
:mod:`central.decision_check`, and the refusal rolls the route's transaction back. The
attempt itself is the signal a supervisor most needs (a bribe shows as a forged
acceptance), so it is recorded in a transaction of its own: who, from which workstation
(the token's), on which request, what outcome, the refusal's code, when. Nothing else of
the refused decision is kept: not what the workstation sent, not the server's evidence.

Supervisors see the attempts in the review of a request and, per clerk, as a count in the
look-ups report. Log lines name the user, the request and the code; never a number or a
name.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.db import RefusedDecisionRow, RequestRow, UserRow
from central.routing import log
from clerk_desk.api import DecisionIn, RefusedDecision
from clerk_desk.refusals import DECISION_RULES

# The refusals of central.decision_check: a decision the rules do not allow. A refusal of
# the transport or of the input (no lease, a malformed body …) is no attempt to bend a rule.
RULE_REFUSALS = frozenset(DECISION_RULES)


def record_refused_decision(
    session: Session,
    row: RequestRow,
    user: UserRow,
    workstation: str,
    body: DecisionIn,
    code: str,
    now: datetime,
) -> None:
    """Record the refusal ``code`` of ``body`` in its own transaction: what the route had
    written is rolled back first, then only the record is committed. A repeat of the same
    idempotency key is the same attempt, recorded once. Other codes are not recorded."""
    if code not in RULE_REFUSALS:
        return
    attempt = RefusedDecisionRow(
        center_code=row.center_code,
        request_id=row.id,
        username=user.username,
        workstation=workstation[:200],
        outcome=body.outcome,
        code=code,
        idempotency_key=body.idempotency_key,
        at=now,
    )
    session.rollback()
    earlier = session.scalar(
        select(RefusedDecisionRow.id).where(
            RefusedDecisionRow.idempotency_key == body.idempotency_key
        )
    )
    if earlier is None:
        session.add(attempt)
    try:
        session.commit()
    except IntegrityError:
        # A repeat of the key raced in (the request's lock ended with the rollback
        # above): it recorded the attempt.
        session.rollback()
    log.info(
        "decision %s %s by %s refused: %s", attempt.request_id, attempt.outcome,
        attempt.username, code,
    )  # fmt: skip


def _attempt_out(row: RefusedDecisionRow) -> RefusedDecision:
    return RefusedDecision(
        at=row.at,
        username=row.username,
        workstation=row.workstation,
        request_id=row.request_id,
        outcome="accept" if row.outcome == "accept" else "reject",
        code=row.code,
    )


def refused_attempts_of(
    session: Session, request_ids: list[str]
) -> dict[str, list[RefusedDecision]]:
    """The refused decisions of each of ``request_ids``, oldest first."""
    found: dict[str, list[RefusedDecision]] = defaultdict(list)
    for start in range(0, len(request_ids), 500):
        rows = session.scalars(
            select(RefusedDecisionRow)
            .where(RefusedDecisionRow.request_id.in_(request_ids[start : start + 500]))
            .order_by(RefusedDecisionRow.at, RefusedDecisionRow.id)
        )
        for row in rows:
            found[row.request_id].append(_attempt_out(row))
    return found


def refused_per_clerk(
    session: Session, center_code: str, since: datetime, until: datetime
) -> dict[str, int]:
    """How many decisions of each clerk of the center the server refused in the period."""
    counted = session.execute(
        select(RefusedDecisionRow.username, func.count())
        .where(
            RefusedDecisionRow.center_code == center_code,
            RefusedDecisionRow.at >= since,
            RefusedDecisionRow.at <= until,
        )
        .group_by(RefusedDecisionRow.username)
    )
    return {username: count for username, count in counted}
