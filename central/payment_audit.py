"""The server's own audit chain of payments: every change of a payment's state, with its
source (the gateway, a supervisor, the server itself), hash-chained like a workstation's.

Kept in the audit entries the workstations upload (``central.audit_chain``), per center,
under a workstation name no workstation can have (``(server)``: the contract's
workstation names have no parentheses), so a request's history shows them beside the
clerks' actions. Amounts and references only: no national number or name.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import AuditEntryRow
from central.payment_rows import PaymentRow
from clerk_desk.audit import GENESIS, entry_hash
from clerk_desk.payments import PaymentState, check_payment_transition

SERVER_CHAIN = "(server)"
Source = Literal["gateway", "supervisor", "server"]
# The actor of an entry no person made.
ACTORS: dict[str, str] = {"gateway": "(gateway)", "server": "(server)"}


def append_entry(
    session: Session,
    center_code: str,
    request_id: str,
    actor: str,
    action: str,
    detail: dict[str, object],
    now: datetime,
) -> AuditEntryRow:
    """Add the next entry of the center's server chain (the caller commits)."""
    last = session.execute(
        select(AuditEntryRow.id, AuditEntryRow.hash)
        .where(AuditEntryRow.center_code == center_code, AuditEntryRow.workstation == SERVER_CHAIN)
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    ).first()
    number, prev = (last[0] + 1, last[1]) if last is not None else (1, GENESIS)
    digest = entry_hash(prev, now, actor, SERVER_CHAIN, request_id, action, dict(detail))
    row = AuditEntryRow(
        center_code=center_code,
        workstation=SERVER_CHAIN,
        id=number,
        at=now,
        actor=actor,
        recorded_workstation=SERVER_CHAIN,
        request_id=request_id,
        action=action,
        detail=dict(detail),
        prev_hash=prev,
        hash=digest,
    )
    session.add(row)
    session.flush()
    return row


def change_payment(
    session: Session,
    payment: PaymentRow,
    center_code: str,
    target: PaymentState,
    source: Source,
    now: datetime,
    *,
    by: str = "",
    note: str | None = None,
) -> None:
    """Move ``payment`` to ``target`` (the core's table says whether it may) and record it
    in the server's chain: ``by`` names the supervisor, else the source is the actor."""
    current = PaymentState(payment.state)
    check_payment_transition(current, target)
    payment.state = target.value
    payment.updated_at = now
    if note is not None:
        payment.note = note[:200]
    append_entry(
        session,
        center_code,
        payment.request_id,
        by or ACTORS[source],
        f"payment_{target.value}",
        {
            "source": source,
            "from": current.value,
            "to": target.value,
            "amount": payment.amount,
            "refund_amount": payment.refund_amount,
            "reference": payment.reference,
        },
        now,
    )


def record_verified(session: Session, payment: PaymentRow, center_code: str, now: datetime) -> None:
    """The first entry of a payment: the server verified it with the gateway."""
    append_entry(
        session,
        center_code,
        payment.request_id,
        ACTORS["server"],
        "payment_verified",
        {"source": "server", "to": PaymentState.PAID.value, "amount": payment.amount,
         "channel": payment.channel, "reference": payment.reference},
        now,
    )  # fmt: skip
