"""What one person did at this workstation since the start of their day: the count a
clerk sees in the status bar ("my work today")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_desk.store.models import Decision, Issuance


@dataclass(frozen=True, slots=True)
class WorkToday:
    decided: int  # accepted or rejected
    printed: int  # documents printed (a reprint counts: it is work done)


def start_of_day(now: datetime) -> datetime:
    """Midnight of ``now``'s day, in ``now``'s time zone (the workstation's local day)."""
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def work_today(session: Session, username: str, now: datetime) -> WorkToday:
    """Decisions and printings by ``username`` since the start of ``now``'s day."""
    since = start_of_day(now)
    decided = session.scalar(
        select(func.count())
        .select_from(Decision)
        .where(Decision.decided_by == username, Decision.decided_at >= since)
    )
    printed = session.scalar(
        select(func.count())
        .select_from(Issuance)
        .where(Issuance.printed_by == username, Issuance.printed_at >= since)
    )
    return WorkToday(decided or 0, printed or 0)
