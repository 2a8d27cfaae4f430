"""The papers a request comes with: announced in the pull, fetched, checked, kept
encrypted, opened offline, fetched again when they change, purged with the request."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from central.db import AttachmentRow, make_engine
from central.server import ServerThread
from clerk_desk import attachments
from clerk_desk.api import AttachmentKind
from clerk_desk.store.db import open_store
from clerk_desk.store.models import Attachment, Request
from sync.attachments import fetch_papers
from sync.client import CentralClient, Refused
from sync.events import Event, EventHub, PapersFetched
from sync.puller import Puller
from tests.store_keys import TEST_STORE_KEY


@pytest.fixture
def clerk(live_server: ServerThread) -> Iterator[CentralClient]:
    client = CentralClient(live_server.url)
    try:
        client.login("dam.clerk1", "demo", "W1")
        yield client
    finally:
        client.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    sessions = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    try:
        yield sessions
    finally:
        sessions.kw["bind"].dispose()


def _server_papers(server: ServerThread) -> dict[int, tuple[str, str, bytes]]:
    """What the server holds: attachment id → (request id, kind, bytes)."""
    engine = make_engine(server.database_url)
    try:
        with Session(engine) as session:
            rows = session.scalars(select(AttachmentRow)).all()
            return {row.id: (row.request_id, row.kind, row.content) for row in rows}
    finally:
        engine.dispose()


def _change_on_server(server: ServerThread, attachment_id: int, **values: object) -> None:
    engine = make_engine(server.database_url)
    try:
        with Session(engine) as session, session.begin():
            session.execute(
                update(AttachmentRow).where(AttachmentRow.id == attachment_id).values(**values)
            )
    finally:
        engine.dispose()


def _pull(clerk: CentralClient, store: sessionmaker[Session]) -> list[Event]:
    events: list[Event] = []
    hub = EventHub()
    hub.subscribe(events.append)
    Puller(clerk, store, hub).pull()
    return events


def test_a_pull_brings_every_paper_checked_and_ready_to_open_offline(
    live_server: ServerThread, clerk: CentralClient, store: sessionmaker[Session], tmp_path: Path
) -> None:
    events = _pull(clerk, store)
    on_server = {
        n: paper for n, paper in _server_papers(live_server).items() if paper[0].startswith("DAM")
    }
    assert on_server, "the demo seed attaches papers to the center's requests"
    with store() as session:
        here = {row.id: row for row in session.scalars(select(Attachment))}
        assert set(here) == set(on_server)
        for attachment_id, (request_id, kind, content) in on_server.items():
            assert here[attachment_id].request_id == request_id
            assert here[attachment_id].kind == kind
            assert attachments.content_of(session, attachment_id) == content
            assert here[attachment_id].problem is None
    fetched = [e for e in events if isinstance(e, PapersFetched)]
    assert len(fetched) == 1
    assert set(fetched[0].request_ids) == {request_id for request_id, _, _ in on_server.values()}

    # Kept encrypted: neither the picture's header nor the PDF's text is in the file.
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("store.sqlite3*"))
    assert b"IHDR" not in raw
    assert b"Power of attorney" not in raw

    # Offline, the clerk still opens them.
    clerk.base_url = "http://127.0.0.1:9"
    with store() as session:
        first = min(on_server)
        assert attachments.content_of(session, first) == on_server[first][2]


def test_every_kind_of_paper_is_in_the_demo(live_server: ServerThread) -> None:
    kinds = {kind for _, kind, _ in _server_papers(live_server).values()}
    assert kinds == {
        AttachmentKind.ID_CARD.value,
        AttachmentKind.FAMILY_BOOKLET.value,
        AttachmentKind.POWER_OF_ATTORNEY.value,
    }


def test_a_paper_that_is_not_what_was_announced_is_not_kept_and_is_tried_again(
    live_server: ServerThread, clerk: CentralClient, store: sessionmaker[Session]
) -> None:
    papers = sorted(n for n, p in _server_papers(live_server).items() if p[0].startswith("DAM"))
    victim = papers[0]
    original = _server_papers(live_server)[victim][2]
    # The bytes change on the server behind the announcement's back (same size, same type).
    forged = original[:-4] + bytes(b ^ 0xFF for b in original[-4:])
    _change_on_server(live_server, victim, content=forged)
    _pull(clerk, store)
    with store() as session:
        row = session.get_one(Attachment, victim)
        assert row.fetched_at is None
        assert row.problem is not None and "digest" in row.problem
        with pytest.raises(attachments.PaperUnavailable):
            attachments.content_of(session, victim)
        # the others arrived all the same
        assert all(session.get_one(Attachment, n).fetched_at for n in papers[1:])

    _change_on_server(live_server, victim, content=original)
    report = fetch_papers(clerk, store)
    assert report.failed == 0
    with store() as session:
        assert attachments.content_of(session, victim) == original
        assert session.get_one(Attachment, victim).problem is None


def test_a_paper_replaced_on_the_portal_is_fetched_again(
    live_server: ServerThread, clerk: CentralClient, store: sessionmaker[Session]
) -> None:
    _pull(clerk, store)
    attachment_id, (request_id, _, content) = next(
        (n, p) for n, p in sorted(_server_papers(live_server).items()) if p[0].startswith("DAM")
    )
    better = content + b"\n% rescanned\n"
    _change_on_server(
        live_server,
        attachment_id,
        content=better,
        size=len(better),
        sha256=hashlib.sha256(better).hexdigest(),
    )
    # The request changes with it, so the next pull brings the new announcement.
    engine = make_engine(live_server.database_url)
    try:
        from central.db import RequestRow, next_change_seqs

        with Session(engine) as session, session.begin():
            row = session.get_one(RequestRow, request_id)
            row.change_seq = next_change_seqs(session)
    finally:
        engine.dispose()
    _pull(clerk, store)
    with store() as session:
        assert attachments.content_of(session, attachment_id) == better


def test_offline_fetching_stops_and_keeps_what_it_has(
    live_server: ServerThread, clerk: CentralClient, store: sessionmaker[Session]
) -> None:
    hub = EventHub()
    Puller(clerk, store, hub).pull()
    with store.begin() as session:  # as if none had been fetched yet
        session.execute(update(Attachment).values(content=None, fetched_at=None))
    clerk.base_url = "http://127.0.0.1:9"
    report = fetch_papers(clerk, store)
    assert report.offline and report.fetched == ()
    with store() as session:
        assert attachments.to_fetch(session)


def test_the_server_hands_papers_to_the_center_only(
    live_server: ServerThread, clerk: CentralClient
) -> None:
    other = CentralClient(live_server.url)
    try:
        other.login("alp.clerk1", "demo", "W9")
        request = next(r for r in clerk.requests_page().items if r.attachments)
        with pytest.raises(Refused) as refused:
            other.attachment(request.id, request.attachments[0])
        assert refused.value.status == 403
        # an attachment number of another request is no way round it
        mine = next(r for r in other.requests_page().items if r.attachments)
        with pytest.raises(Refused) as missing:
            other.attachment(mine.id, request.attachments[0])
        assert missing.value.status == 404
    finally:
        other.close()


def test_purging_a_request_takes_its_papers(
    live_server: ServerThread, clerk: CentralClient, store: sessionmaker[Session]
) -> None:
    from clerk_desk.purge import purge

    _pull(clerk, store)
    with store.begin() as session:
        request_id = session.scalars(select(Attachment.request_id)).first()
        assert request_id is not None
        request = session.get_one(Request, request_id)
        request.status = "dispatched"
        request.server_updated_at = datetime.now(UTC) - timedelta(days=40)
        count = len(attachments.papers_of(session, request_id))
    with store.begin() as session:
        report = purge(session, 30, datetime.now(UTC))
    assert report.attachments == count > 0
    with store() as session:
        assert attachments.papers_of(session, request_id) == []
