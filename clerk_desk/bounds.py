"""Bounds at the edge of the server's contract (``clerk_desk.api``): what a column, a JSON
reader or a time computation can hold, refused with the catalogue's code before anything
stores or computes with it.

A value past them once reached SQLite as an ``OverflowError`` (an audit entry's id above
2**63), PostgreSQL as a ``NumericValueOutOfRange`` (any id above 2**31), ``_body_digest`` as
a "maximum serialization depth" (evidence nested 256 deep), or a ``timedelta`` as an
overflow (a dashboard until 0001-01-01T01:00Z): each a 500.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Any

from clerk_desk.messages import ExplainedError
from clerk_desk.refusals import REFUSALS

# The largest whole number the server's columns take (PostgreSQL's ``integer``): an id or a
# count beyond it is refused at the edge and never reaches the database.
MAX_INT = 2**31 - 1

# Free-form JSON (a decision's evidence, an audit entry's detail) is bounded: nested at
# most this deep, at most this many values in all, whole numbers of at most 64 bits, no
# NaN or infinity. A workstation's comparison is five levels deep and holds about a hundred.
MAX_JSON_DEPTH = 16
MAX_JSON_VALUES = 5_000
_INT64 = 2**63

# Times the server takes: between these years (a time zone cannot push one out of range).
FIRST_YEAR, LAST_YEAR = 1900, 9000


class OutOfBounds(ExplainedError, ValueError):
    """A value the server cannot store as it is: nested too deep, too many values, a number
    or a time out of range."""


def bounded_json(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` itself, or :class:`OutOfBounds` saying where it goes past the limits.

    Walks without recursion: the deepest value it looks at is ``MAX_JSON_DEPTH + 1`` deep.
    """
    pending: list[tuple[str, int, object]] = [("", 1, value)]
    seen = 0
    while pending:
        where, depth, item = pending.pop()
        seen += 1
        inside: list[tuple[str, object]] = []
        if isinstance(item, dict):
            inside = [(str(key), inner) for key, inner in item.items()]
        elif isinstance(item, list):
            inside = [(str(index), inner) for index, inner in enumerate(item)]
        elif isinstance(item, bool) or item is None or isinstance(item, str):
            pass
        elif isinstance(item, int):
            fits = -_INT64 <= item < _INT64
        elif isinstance(item, float):
            fits = math.isfinite(item)
        else:  # not decoded JSON: nothing else can arrive
            fits = False
        if (
            seen > MAX_JSON_VALUES
            or (inside and depth >= MAX_JSON_DEPTH)
            or (isinstance(item, int | float) and not isinstance(item, bool) and not fits)
        ):
            raise OutOfBounds(
                REFUSALS["data_out_of_bounds"].template,
                field=where,
                depth=MAX_JSON_DEPTH,
                count=MAX_JSON_VALUES,
            )
        pending.extend((f"{where}.{key}" if where else key, depth + 1, v) for key, v in inside)
    return value


def iso_text(value: object) -> object:
    """A time arrives as ISO 8601 text, as the schema says: not as a number of seconds,
    which pydantic would otherwise take for a time in 1970."""
    if isinstance(value, datetime) or (isinstance(value, str) and _ISO_DATE.match(value)):
        return value
    raise ValueError("give the time as ISO 8601 text, e.g. 2026-03-01T09:00:00+03:00")


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")


def in_range(moment: datetime) -> datetime:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise OutOfBounds(REFUSALS["time_out_of_range"].template, first=FIRST_YEAR, last=LAST_YEAR)
    return moment
