"""The clerk's own count of the day: decisions and printings since local midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.work_today import WorkToday, start_of_day, work_today

from .test_workflow import accept, open_request, sessions  # noqa: F401  (a fixture)

DAMASCUS = timezone(timedelta(hours=3))


def test_the_day_starts_at_local_midnight() -> None:
    now = datetime(2026, 11, 29, 10, 30, tzinfo=DAMASCUS)
    assert start_of_day(now) == datetime(2026, 11, 29, 0, 0, tzinfo=DAMASCUS)
    assert start_of_day(now).astimezone(UTC).day == 28  # the clerk's day, not UTC's


def test_only_the_clerks_own_work_of_today_counts(
    sessions: sessionmaker[Session],  # noqa: F811
) -> None:
    open_request(sessions)
    accept(sessions)
    now = datetime.now(UTC).astimezone()
    with sessions() as session:
        assert work_today(session, "dam.clerk1", now) == WorkToday(decided=1, printed=0)
        assert work_today(session, "dam.clerk2", now) == WorkToday(decided=0, printed=0)
        tomorrow = now + timedelta(days=1)
        assert work_today(session, "dam.clerk1", tomorrow) == WorkToday(decided=0, printed=0)
