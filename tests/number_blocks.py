"""Number blocks in a store, as the central server would reserve them: for the core's
tests, which run without a server (those with one ask it: sync.number_blocks)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clerk_desk.number_blocks import document_series
from clerk_desk.number_blocks_api import BlockKind
from clerk_desk.store.models import NumberBlock
from clerk_desk.workflow import Actor

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def add_block(session: Session, kind: BlockKind, series: str, first: int, size: int) -> int:
    block_id = (session.scalar(select(func.max(NumberBlock.id))) or 0) + 1
    session.add(
        NumberBlock(
            id=block_id,
            kind=kind.value,
            series=series,
            first=first,
            last=first + size - 1,
            next=first,
            received_at=AT,
        )
    )
    session.flush()
    return block_id


def hold(
    session: Session,
    actor: Actor,
    *,
    year: int = 2026,
    service: str = "RR",
    size: int = 1000,
    serial: int = 10_000_000,
) -> None:
    """A document block of ``actor``'s series of ``year`` and an S10 block of ``service``,
    unless the store holds one of each already."""
    wanted = (
        (BlockKind.DOCUMENT, document_series(actor, year), 1),
        (BlockKind.TRACKING, service, serial),
    )
    for kind, series, first in wanted:
        held = session.scalar(
            select(NumberBlock.id).where(
                NumberBlock.kind == kind.value, NumberBlock.series == series
            )
        )
        if held is None:
            add_block(session, kind, series, first, size)
