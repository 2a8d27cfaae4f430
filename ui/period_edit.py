"""The period a supervisor's report covers, chosen the same way on each screen: from and to,
by the minute (the shift's reconciliation) or by the day (the money view, the fee
reconciliation's day).

Signals (PeriodEdit):
    changed(): the person changed the period.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

SHIFT = timedelta(hours=8)  # "this shift": the dashboard's default, batch printing, the sample
DAY_FORMAT = "yyyy-MM-dd"
MINUTE_FORMAT = "yyyy-MM-dd HH:mm"


def latin_edit(edit: QDateTimeEdit, display_format: str) -> QDateTimeEdit:
    """``edit`` in Latin digits, left to right, like the times on the printed reports, its
    calendar a click away. The locale is set before the format: in a right-to-left field
    Qt mirrors the format's sections, and 03:12 read as 12:03."""
    edit.setCalendarPopup(True)
    edit.setLocale(QLocale.c())
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(display_format)
    return edit


def day_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    latin_edit(edit, DAY_FORMAT)
    return edit


def chosen_day(edit: QDateTimeEdit) -> date:
    return cast(date, edit.date().toPython())


class PeriodEdit(QWidget):
    """From and to: by the minute (``by_day=False``, the last shift to start with) or by
    the day (today to start with; the period runs to the end of the last day)."""

    changed = Signal()

    def __init__(self, caption: str, *, by_day: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_day = by_day
        self.since: QDateTimeEdit
        self.until: QDateTimeEdit
        if by_day:
            today = datetime.now().date()
            self.since, self.until = day_edit(today), day_edit(today)
        else:
            now = QDateTime.currentDateTime()
            since = now.addSecs(-int(SHIFT.total_seconds()))
            self.since = latin_edit(QDateTimeEdit(since), MINUTE_FORMAT)
            self.until = latin_edit(QDateTimeEdit(now), MINUTE_FORMAT)
        self.since.setObjectName("since")
        self.until.setObjectName("until")
        for edit in (self.since, self.until):
            edit.dateTimeChanged.connect(self.changed)
        self.caption = QLabel(caption)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.since)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.until)

    def period(self) -> tuple[datetime, datetime]:
        """The chosen period in UTC: by the day, from the first day's midnight to the end of
        the last (local days, as the supervisor reads them)."""
        if self.by_day:
            first, last = chosen_day(self.since), chosen_day(self.until)
            since = datetime.combine(first, time()).astimezone()
            until = datetime.combine(last + timedelta(days=1), time()).astimezone()
        else:
            since = cast(datetime, self.since.dateTime().toPython()).astimezone()
            until = cast(datetime, self.until.dateTime().toPython()).astimezone()
        return since.astimezone(UTC), until.astimezone(UTC)

    def is_valid(self) -> bool:
        since, until = self.period()
        return until > since
