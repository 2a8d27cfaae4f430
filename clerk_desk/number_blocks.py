"""The numbers this workstation may print: blocks the central server reserved for it.

A document number and an S10 serial are allocated only from a block held here
(``allocate``), in order, never going back; a workstation with none left refuses to print
(`NoNumbersLeft`) instead of inventing one. ``keep`` stores what the server answered,
``held`` is what the workstation tells it (how far each block is used: every number up to
``next - 1`` was allocated, printed or spoiled), and ``uses`` is what the reconciliation
reads: each block, how many of its numbers are used and how many are not.

A store the server did not recognise (``mark_lost``: its blocks or its audit chain do not
match the server's copy) prints nothing (`StoreNotRecovered`) until a supervisor has
recovered it (``clear_lost``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_desk.number_blocks_api import BlockKind, HeldBlock
from clerk_desk.number_blocks_api import NumberBlock as ServerBlock
from clerk_desk.refusals import REFUSALS
from clerk_desk.store.models import NumberBlock, SyncState
from clerk_desk.tracking import make_tracking_number
from clerk_desk.workflow import Actor, RuleViolation, now

# SyncState key: set while the server does not recognise this store (value: why).
LOST_KEY = "number_blocks.store_lost"


class NoNumbersLeft(RuleViolation):
    """No block held here has a number of this kind left: nothing is printed."""

    def __init__(self, kind: BlockKind) -> None:
        code = (
            "no_document_numbers_left" if kind is BlockKind.DOCUMENT else "no_tracking_numbers_left"
        )
        super().__init__(REFUSALS[code].template)
        self.kind = kind


class StoreNotRecovered(RuleViolation):
    """The server did not recognise this store: nothing is printed until recovery."""

    def __init__(self) -> None:
        super().__init__(REFUSALS["store_not_recovered"].template)


def document_series(actor: Actor, year: int) -> str:
    """The series of this workstation's document numbers of ``year``: DAM-2026-W1."""
    return f"{actor.center_code}-{year}-{actor.workstation}"


def _open(session: Session, kind: BlockKind, series: str) -> list[NumberBlock]:
    return list(
        session.scalars(
            select(NumberBlock)
            .where(
                NumberBlock.kind == kind.value,
                NumberBlock.series == series,
                NumberBlock.closed_at.is_(None),
                NumberBlock.next <= NumberBlock.last,
            )
            .order_by(NumberBlock.first)
        )
    )


def allocate(session: Session, kind: BlockKind, series: str) -> int:
    """The next number of a block held here, taken for good (in the caller's transaction)."""
    if session.get(SyncState, LOST_KEY) is not None:
        raise StoreNotRecovered()
    blocks = _open(session, kind, series)
    if not blocks:
        raise NoNumbersLeft(kind)
    block = blocks[0]
    number = block.next
    block.next += 1
    session.flush()
    return number


def number_text(kind: BlockKind, series: str, serial: int) -> str:
    """A serial of a block as it is printed: DAM-2026-W1-000001, or RR100000003SY."""
    if kind is BlockKind.DOCUMENT:
        return f"{series}-{serial:06d}"
    return make_tracking_number(series, serial)


def next_document_number(session: Session, actor: Actor, year: int) -> str:
    """The next document number of this workstation's blocks: DAM-2026-W1-000001."""
    series = document_series(actor, year)
    return number_text(BlockKind.DOCUMENT, series, allocate(session, BlockKind.DOCUMENT, series))


def next_tracking_number(session: Session, service_indicator: str) -> str:
    """The next S10 tracking number of this workstation's blocks: RR100000003SY."""
    serial = allocate(session, BlockKind.TRACKING, service_indicator)
    return number_text(BlockKind.TRACKING, service_indicator, serial)


def remaining(session: Session, kind: BlockKind, series: str) -> int:
    """Numbers of this kind and series still to allocate here."""
    total = session.scalar(
        select(func.sum(NumberBlock.last - NumberBlock.next + 1)).where(
            NumberBlock.kind == kind.value,
            NumberBlock.series == series,
            NumberBlock.closed_at.is_(None),
            NumberBlock.next <= NumberBlock.last,
        )
    )
    return int(total or 0)


def running_low(
    session: Session, actor: Actor, year: int, service_indicator: str, refill_below: int
) -> bool:
    """Whether the server should be asked for more (after each print, when online)."""
    return (
        remaining(session, BlockKind.DOCUMENT, document_series(actor, year)) < refill_below
        or remaining(session, BlockKind.TRACKING, service_indicator) < refill_below
    )


def held(session: Session) -> list[HeldBlock]:
    """The open blocks held here and how far each is used, as the server is told."""
    rows = session.scalars(
        select(NumberBlock).where(NumberBlock.closed_at.is_(None)).order_by(NumberBlock.id)
    )
    return [HeldBlock(block_id=row.id, used_through=row.next - 1) for row in rows]


def keep(session: Session, blocks: Iterable[ServerBlock], at: datetime | None = None) -> int:
    """Store the server's answer: new blocks are held from their first unused number; a
    block held here the server no longer answers is closed (used up). Returns how many
    blocks are new."""
    when = at or now()
    answered = {block.block_id: block for block in blocks}
    new = 0
    for block_id, block in answered.items():
        row = session.get(NumberBlock, block_id)
        if row is None:
            session.add(
                NumberBlock(
                    id=block_id,
                    kind=block.kind.value,
                    series=block.series,
                    first=block.first,
                    last=block.last,
                    next=block.used_through + 1,
                    received_at=when,
                )
            )
            new += 1
        else:
            row.next = max(row.next, block.used_through + 1)
    for row in session.scalars(select(NumberBlock).where(NumberBlock.closed_at.is_(None))):
        if row.id not in answered:
            row.closed_at = when
    session.flush()
    return new


@dataclass(frozen=True, slots=True)
class BlockUse:
    """One block held here and how much of it is used (for the reconciliation)."""

    block_id: int
    kind: BlockKind
    series: str
    first: int
    last: int
    used: int  # allocated here: printed or spoiled (see the print ledger for which)
    unused: int
    closed_at: datetime | None


def uses(session: Session) -> list[BlockUse]:
    """Every block this workstation holds or held, oldest first."""
    rows = session.scalars(select(NumberBlock).order_by(NumberBlock.kind, NumberBlock.first))
    return [
        BlockUse(
            block_id=row.id,
            kind=BlockKind(row.kind),
            series=row.series,
            first=row.first,
            last=row.last,
            used=row.next - row.first,
            unused=row.last - row.next + 1,
            closed_at=row.closed_at,
        )
        for row in rows
    ]


def mark_lost(session: Session, why: str) -> None:
    """The server did not recognise this store: print nothing until it is recovered."""
    state = session.get(SyncState, LOST_KEY)
    if state is None:
        session.add(SyncState(key=LOST_KEY, value=why))
    else:
        state.value = why


def lost(session: Session) -> str | None:
    """Why this store is not recognised by the server, or None."""
    state = session.get(SyncState, LOST_KEY)
    return state.value if state is not None else None


def clear_lost(session: Session) -> None:
    state = session.get(SyncState, LOST_KEY)
    if state is not None:
        session.delete(state)
        session.flush()
