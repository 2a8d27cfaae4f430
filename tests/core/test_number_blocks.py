"""Numbers come only from the blocks the server reserved: in order, never twice, and a
clear refusal when none is left (clerk_desk.number_blocks)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import number_blocks
from clerk_desk.number_blocks import NoNumbersLeft, StoreNotRecovered
from clerk_desk.number_blocks_api import BlockKind, HeldBlock, NumberBlock
from clerk_desk.store.db import open_store
from clerk_desk.tracking import parse_tracking_number
from clerk_desk.workflow import Actor
from tests.number_blocks import add_block, hold
from tests.store_keys import TEST_STORE_KEY

CLERK = Actor("dam.clerk1", "W1", "DAM")
AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    yield factory
    factory.kw["bind"].dispose()


def server_block(block_id: int, kind: BlockKind, series: str, first: int, used: int) -> NumberBlock:
    return NumberBlock(
        block_id=block_id,
        kind=kind,
        series=series,
        workstation="W1",
        first=first,
        last=first + 4,
        used_through=used,
        reserved_at=AT,
        reserved_by="dam.clerk1",
    )


def test_document_numbers_come_in_order_and_never_repeat(
    tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        add_block(session, BlockKind.DOCUMENT, "DAM-2026-W1", 41, 3)
        add_block(session, BlockKind.DOCUMENT, "DAM-2027-W1", 1, 3)
    seen = []
    for _ in range(2):
        with sessions.begin() as session:
            seen.append(number_blocks.next_document_number(session, CLERK, 2026))
    # A number taken in a transaction that rolled back may be taken again; one committed never.
    with pytest.raises(RuntimeError), sessions.begin() as session:
        number_blocks.next_document_number(session, CLERK, 2026)
        raise RuntimeError
    sessions.kw["bind"].dispose()
    reopened = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    try:
        with reopened.begin() as session:
            seen.append(number_blocks.next_document_number(session, CLERK, 2026))
            seen.append(number_blocks.next_document_number(session, CLERK, 2027))
        with reopened.begin() as session:
            assert [h.used_through for h in number_blocks.held(session)] == [43, 1]
    finally:
        reopened.kw["bind"].dispose()
    assert seen == ["DAM-2026-W1-000041", "DAM-2026-W1-000042", "DAM-2026-W1-000043",
                    "DAM-2027-W1-000001"]  # fmt: skip


def test_no_number_left_is_a_clear_refusal_and_nothing_is_invented(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        add_block(session, BlockKind.TRACKING, "RR", 25_000_000, 2)
        made = [number_blocks.next_tracking_number(session, "RR") for _ in range(2)]
    assert [parse_tracking_number(n) for n in made] == made
    assert [int(n[2:10]) for n in made] == [25_000_000, 25_000_001]
    for _ in range(2):  # and it stays used up
        with pytest.raises(NoNumbersLeft, match="no tracking numbers left"), sessions.begin() as s:
            number_blocks.next_tracking_number(s, "RR")
    with pytest.raises(NoNumbersLeft, match="no document numbers left"), sessions.begin() as s:
        number_blocks.next_document_number(s, CLERK, 2026)
    # Another service indicator has its own blocks: none here.
    with pytest.raises(NoNumbersLeft), sessions.begin() as session:
        number_blocks.next_tracking_number(session, "EE")


def test_the_servers_answer_is_kept_and_blocks_it_no_longer_answers_are_closed(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        new = number_blocks.keep(
            session,
            [
                server_block(7, BlockKind.DOCUMENT, "DAM-2026-W1", 1, 0),
                server_block(8, BlockKind.TRACKING, "RR", 10_000_000, 9_999_999),
            ],
        )
        assert new == 2
        assert number_blocks.next_document_number(session, CLERK, 2026) == "DAM-2026-W1-000001"
        assert number_blocks.running_low(session, CLERK, 2026, "RR", refill_below=5)
        assert not number_blocks.running_low(session, CLERK, 2026, "RR", refill_below=4)
    with sessions.begin() as session:
        # The server answers block 7 as it knows it (behind this store) and a new block 9.
        assert (
            number_blocks.keep(
                session,
                [
                    server_block(7, BlockKind.DOCUMENT, "DAM-2026-W1", 1, 0),
                    server_block(9, BlockKind.DOCUMENT, "DAM-2026-W1", 6, 5),
                ],
            )
            == 1
        )
        assert number_blocks.held(session) == [
            HeldBlock(block_id=7, used_through=1),
            HeldBlock(block_id=9, used_through=5),
        ]
        uses = {u.block_id: u for u in number_blocks.uses(session)}
        assert (uses[7].used, uses[7].unused, uses[7].closed_at) == (1, 4, None)
        assert uses[8].closed_at is not None  # used up: the server closed it


def test_a_store_the_server_did_not_recognise_prints_nothing(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        hold(session, CLERK)
        number_blocks.mark_lost(session, "audit")
    with pytest.raises(StoreNotRecovered, match="lost or replaced"), sessions.begin() as s:
        number_blocks.next_document_number(s, CLERK, 2026)
    with sessions.begin() as session:
        assert number_blocks.lost(session) == "audit"
        number_blocks.clear_lost(session)
        assert number_blocks.next_document_number(session, CLERK, 2026) == "DAM-2026-W1-000001"
