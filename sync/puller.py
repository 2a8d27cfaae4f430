"""Pulling the center's assigned requests into the local store, page by page."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.store.models import SyncState
from clerk_desk.workflow import UpsertResult, upsert_requests
from sync.attachments import fetching_papers
from sync.client import CentralClient, Offline
from sync.events import CameOnline, EventHub, PapersFetched, Pulled, WentOffline
from sync.stepwise import Steps, to_the_end

CURSOR_KEY = "pull_cursor"
LAST_PULL_KEY = "last_pull_at"


def _state(session: Session, key: str) -> str:
    row = session.get(SyncState, key)
    return row.value if row else ""


def _set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def last_pull_at(sessions: sessionmaker[Session]) -> datetime | None:
    with sessions() as session:
        text = _state(session, LAST_PULL_KEY)
    return datetime.fromisoformat(text) if text else None


class Puller:
    """Fetches only what changed since the last pull; each page is one local transaction."""

    def __init__(
        self,
        client: CentralClient,
        sessions: sessionmaker[Session],
        events: EventHub,
        page_size: int = 1000,  # the server's largest page: a first pull brings thousands
    ) -> None:
        self.client = client
        self.sessions = sessions
        self.events = events
        self.page_size = page_size

    def pull(self) -> UpsertResult:
        return to_the_end(self.steps())

    def steps(self) -> Steps[UpsertResult]:
        """:meth:`pull` one exchange at a time: it yields after each page and each paper,
        so the sync worker (sync.worker) answers a clerk in between, never later than one
        page. Stopped between two steps, nothing is lost: each page is its own transaction
        with the cursor that follows it."""
        total = UpsertResult()
        while True:
            with self.sessions() as session:
                cursor = _state(session, CURSOR_KEY)
            try:
                page = self.client.requests_page(since=cursor, limit=self.page_size)
            except Offline as exc:
                self.events.emit(WentOffline(exc.message))
                raise
            self.events.emit(CameOnline())
            with self.sessions.begin() as session:
                result = upsert_requests(session, page.items)
                _set_state(session, CURSOR_KEY, page.cursor)
                if not page.more:
                    _set_state(session, LAST_PULL_KEY, datetime.now(UTC).isoformat())
            total = UpsertResult(
                total.new + result.new,
                total.updated + result.updated,
                total.withdrawn + result.withdrawn,
                total.reversed + result.reversed,
            )
            if not page.more:
                break
            yield
        self.events.emit(
            Pulled(total.new, total.updated, total.withdrawn, datetime.now(UTC), total.reversed)
        )
        yield
        # After the queue is up to date, so a clerk never waits for papers to see it.
        papers = yield from fetching_papers(self.client, self.sessions)
        if papers.fetched:
            self.events.emit(PapersFetched(papers.fetched))
        return total
