"""Times as a person at this workstation reads them: in this computer's time zone."""

from __future__ import annotations

from datetime import datetime


def when(at: datetime, now: datetime | None = None) -> str:
    """A history line's time: the hour alone today (most of a shift's lines), else the date
    too, in this computer's time zone. ``now``: the present (default: the clock's)."""
    local = at.astimezone()
    today = (now.astimezone() if now is not None else datetime.now(local.tzinfo)).date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
