"""A history line's time: the hour alone on the day it is read, else the date too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clerk_desk.local_time import when


def test_today_shows_the_hour_alone_and_another_day_the_date_too() -> None:
    at = datetime(2026, 11, 29, 9, 5, tzinfo=UTC)
    local = at.astimezone()
    assert when(at, now=at + timedelta(minutes=1)) == local.strftime("%H:%M")
    assert when(at, now=at + timedelta(days=2)) == local.strftime("%Y-%m-%d %H:%M")
    assert len(when(at, now=at + timedelta(days=2))) == len("2026-11-29 09:05")
