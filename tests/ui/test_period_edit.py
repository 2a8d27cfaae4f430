"""The period a supervisor's report covers: by the minute or by the day, in UTC, read as
written in a right-to-left window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from ui.period_edit import SHIFT, PeriodEdit


def test_by_the_day_runs_from_the_first_midnight_to_the_end_of_the_last_day(
    qtbot: QtBot,
) -> None:
    edit = PeriodEdit("From", by_day=True)
    qtbot.addWidget(edit)
    edit.since.setDate(QDate(2026, 3, 1))
    edit.until.setDate(QDate(2026, 3, 2))
    since, until = edit.period()
    assert since == datetime(2026, 3, 1).astimezone().astimezone(UTC)
    assert until - since == timedelta(days=2) and until.tzinfo is UTC
    assert edit.is_valid()
    assert edit.since.text() == "2026-03-01"  # Latin digits, left to right
    with qtbot.waitSignal(edit.changed):
        edit.until.setDate(QDate(2026, 2, 27))
    assert not edit.is_valid()


def test_by_the_minute_starts_with_the_last_shift(qtbot: QtBot) -> None:
    edit = PeriodEdit("Shift from", by_day=False)
    qtbot.addWidget(edit)
    since, until = edit.period()
    assert abs((until - since) - SHIFT) < timedelta(minutes=1)
    edit.since.setDateTime(QDateTime(QDate(2026, 3, 1), QTime(3, 12)))
    assert edit.since.text() == "2026-03-01 03:12"  # not mirrored to 12:03
    assert edit.period()[0] == datetime(2026, 3, 1, 3, 12).astimezone().astimezone(UTC)
