"""What can go wrong reaching the central server, as the core sees it.

The use cases reach the server only through the ports (``clerk_desk.ports``); the link
that implements them (``sync``) raises these, so a use case can tell "offline" from
"refused" without importing the network. ``sync.client`` re-exports them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any, Self, TypeVar

from clerk_desk.refusals import english, well_formed

# A server whose clock differs from ours by more than this (its ``Date`` header against our
# clock) makes lease expiries meaningless here: a claim is refused with :class:`ClockSkew`.
MAX_CLOCK_SKEW = timedelta(minutes=5)


class ServerError(Exception):
    """Something went wrong talking to the server.

    ``message`` is the English sentence (the server's ``detail``), for logs. ``code`` and
    ``values`` name it in :data:`clerk_desk.refusals.REFUSALS`, so the interface says it
    in the clerk's language; a code this side does not know, or values that do not fill
    its template, are dropped here (``code`` None), and the interface falls back to the
    English sentence inside a translated frame.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        values: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        given = dict(values or {})
        known = code is not None and well_formed(code, given)
        self.code = code if known else None
        self.values = given if known else {}

    @classmethod
    def of(cls, code: str, values: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """The workstation's own message ``code`` of the catalogue, filled with ``values``."""
        values = dict(values or {})
        return cls(english(code, values), code=code, values=values, **kwargs)

    def same(self, cls: type[ServerErrorT], **kwargs: Any) -> ServerErrorT:
        """This error as another class (more precise), keeping what the server said."""
        return cls(self.message, status=self.status, code=self.code, values=self.values, **kwargs)


ServerErrorT = TypeVar("ServerErrorT", bound=ServerError)


class Offline(ServerError):
    """The server could not be reached, or said "not now" (408, 429, 5xx).

    ``retry_after`` is the server's ``Retry-After`` in seconds, when it gave one.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        code: str | None = None,
        values: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code, values=values)
        self.retry_after = retry_after


class NotAuthenticated(ServerError):
    """The token is missing or expired: log in again."""


class Refused(ServerError):
    """The server understood and refused: retrying the same thing will not help."""


class Conflict(Refused):
    """Someone else holds the request, or it changed underneath."""


class BadAnswer(ServerError):
    """The server's answer was not what the contract promises."""


class ClockSkew(ServerError):
    """This computer's clock and the server's disagree by more than :data:`MAX_CLOCK_SKEW`.

    Raised by :meth:`CentralClient.claim` instead of a lease whose expiry would be read
    against the wrong clock (a lease that looks valid for hours, or already over). The
    server granted the lease; it runs out there by itself. ``offset`` is the server's time
    minus ours. The message tells the clerk what to do: set the clock right.
    """

    def __init__(self, offset: timedelta) -> None:
        hours, minutes = divmod(round(abs(offset.total_seconds()) / 60), 60)
        code = "clock_behind" if offset > timedelta(0) else "clock_ahead"
        values = {"hours": str(hours), "minutes": str(minutes)}
        super().__init__(english(code, values), code=code, values=values)
        self.offset = offset
