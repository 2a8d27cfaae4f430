"""The shelf as this workstation's store knows it: the slots taken at the center, and the
shelf report (envelopes waiting longer than the configured period, ``cfg.SHELF_REPORT_DAYS``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_desk.states import RequestState
from clerk_desk.store.models import Request


def taken_slots(session: Session, center_code: str) -> set[str]:
    """The slots of the envelopes waiting at the center, as this store knows them."""
    return {
        slot
        for slot in session.scalars(
            select(Request.shelf_slot).where(
                Request.center_code == center_code,
                Request.status == RequestState.AWAITING_PICKUP.value,
                Request.shelf_slot.is_not(None),
            )
        )
        if slot
    }


@dataclass(frozen=True, slots=True)
class WaitingEnvelope:
    """A line of the shelf report."""

    shelf_slot: str
    request_id: str
    shelved_at: datetime
    days_waiting: int


def waiting_longer_than(
    session: Session, center_code: str, now: datetime, days: int
) -> list[WaitingEnvelope]:
    """The envelopes on the center's shelf for more than ``days`` days, longest first."""
    rows = session.execute(
        select(Request.id, Request.shelf_slot, Request.shelved_at).where(
            Request.center_code == center_code,
            Request.status == RequestState.AWAITING_PICKUP.value,
            Request.shelved_at.is_not(None),
        )
    )
    found = [
        WaitingEnvelope(slot or "—", request_id, at, (now - at).days)
        for request_id, slot, at in rows
        if at is not None and (now - at).days > days
    ]
    return sorted(found, key=lambda e: (e.shelved_at, e.request_id))


def shelf_report_csv(lines: Iterable[WaitingEnvelope]) -> str:
    """The shelf report as CSV (UTF-8 text, a header line; slots and numbers stay Western)."""
    out = ["shelf_slot,request_id,shelved_at,days_waiting"]
    out.extend(
        f"{e.shelf_slot},{e.request_id},{e.shelved_at.isoformat()},{e.days_waiting}" for e in lines
    )
    return "\r\n".join(out) + "\r\n"
