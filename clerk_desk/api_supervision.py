"""The wire models of the shift supervisor's screens: the dashboard's figures, the
four-eyes sample, notices to clerks and a request's history across counters.

Part of the contract of ``clerk_desk.api`` (which re-exports every name here: import them
from there); kept apart so the contract reads by audience.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, Field, model_validator

from clerk_desk.api import (
    Count,
    IdempotencyKey,
    Incoming,
    Note,
    Outgoing,
    RefusedDecision,
    RegistryLookup,
    RequestId,
    RequestOut,
    RowId,
    ShortText,
)

# --- the supervisor's dashboard -------------------------------------------------------


class ClerkFigures(Outgoing):
    clerk: str
    full_name: str = ""
    decided: Count = 0
    accepted: Count = 0
    rejected: Count = 0
    overturned: Count = 0  # of this clerk's rejections, how many a supervisor overturned
    second_looks: Count = 0  # of this clerk's acceptances, how many a supervisor looked at
    concerns: Count = 0  # of those, how many raised a concern


class DashboardOut(Outgoing):
    """A center's shift in figures (GET /dashboard, supervisors of that center only)."""

    center_code: str
    since: AwareDatetime
    until: AwareDatetime
    received: Count  # assigned to the center in the period
    decided: Count
    accepted: Count
    rejected: Count
    printed: Count
    dispatched: Count
    awaiting_pickup: Count
    collected: Count = 0  # pickup envelopes handed over at the counter in the period
    open_now: Count  # not yet decided, whenever assigned
    late_now: dict[str, Count]  # by service class: open and past the class's target
    rejections_by_reason: dict[str, Count]
    clerks: list[ClerkFigures]
    # The center's requests now, by their current state (delivered, returned, collected
    # too); states with none are left out. Empty from a server older than it.
    by_state: dict[str, Count] = Field(default_factory=dict)


SecondLookOutcome = Literal["no_concern", "concern"]


class SecondLookIn(Incoming):
    """``POST /acceptances/{id}/second-look``: a supervisor's four-eyes check of an
    acceptance. A concern says what it is; the clerk who accepted is told."""

    idempotency_key: IdempotencyKey
    outcome: SecondLookOutcome
    note: Note = ""  # the clerk who accepted reads it

    @model_validator(mode="after")
    def _concern_says_what(self) -> SecondLookIn:
        if self.outcome == "concern" and not self.note.strip():
            raise ValueError("a concern needs a note saying what it is")
        return self


class SecondLook(Outgoing):
    outcome: SecondLookOutcome
    note: str = ""
    looked_by: str
    looked_at: AwareDatetime
    looked_by_name: str = ""


class AcceptanceOut(Outgoing):
    """An accepted request drawn for the supervisor's four-eyes check, with its evidence,
    and the check itself once a supervisor has made it."""

    request: RequestOut
    decided_by: str
    decided_at: AwareDatetime
    decided_by_name: str = ""
    comparison: dict[str, Any] = Field(default_factory=dict)  # the server's own
    registry_snapshot: dict[str, Any] = Field(default_factory=dict)  # the server's own
    workstation_comparison: dict[str, Any] = Field(default_factory=dict)  # as it was sent
    acknowledged_fields: list[str] = Field(default_factory=list)
    lookups: list[RegistryLookup] = Field(default_factory=list)
    refused_attempts: list[RefusedDecision] = Field(default_factory=list)
    second_look: SecondLook | None = None


# --- notices to clerks ------------------------------------------------------------------

NoticeKind = Literal["overturned", "concern"]


class Notice(Outgoing):
    """What a supervisor's review tells the clerk who decided: a rejection overturned (the
    request is back in the queue), or a concern about an acceptance. Kept until read."""

    id: RowId
    kind: NoticeKind
    request_id: RequestId
    note: Annotated[str, Field(max_length=2000)] = ""
    by: ShortText  # the supervisor's user name
    by_name: ShortText = ""
    at: AwareDatetime


class NoticeList(Outgoing):
    """``GET /notices``: the caller's unread notices, oldest first."""

    items: Annotated[list[Notice], Field(max_length=500)]


class AcceptanceSample(Outgoing):
    share: float
    items: list[AcceptanceOut]


class HistoryEntry(Outgoing):
    """One line of a request's history, from the audit chains the workstations uploaded."""

    at: AwareDatetime
    actor: str
    workstation: str
    action: str
    actor_name: str = ""  # the actor's full name


class RequestHistory(Outgoing):
    request_id: RequestId
    items: list[HistoryEntry]
