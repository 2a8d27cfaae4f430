"""Fetching the papers pulled requests announce, so the clerk can open them offline."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import attachments
from sync.client import BadAnswer, CentralClient, Offline, Refused
from sync.stepwise import Steps, to_the_end

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FetchReport:
    fetched: tuple[str, ...] = ()  # the requests that have a paper more
    failed: int = 0  # refused by the server, or not what was announced: tried again later
    offline: bool = False  # the server went away: the rest waits for the next pull


def fetch_papers(client: CentralClient, sessions: sessionmaker[Session]) -> FetchReport:
    """Fetch every paper announced and not yet here, each checked and kept in its own
    transaction: a paper fetched stays fetched whatever happens to the next one."""
    return to_the_end(fetching_papers(client, sessions))


def fetching_papers(client: CentralClient, sessions: sessionmaker[Session]) -> Steps[FetchReport]:
    """:func:`fetch_papers` one paper at a time: it yields after each, so the sync worker
    can answer a clerk in between (sync.worker)."""
    with sessions() as session:
        wanted = attachments.to_fetch(session)
    fetched: list[str] = []
    failed = 0
    for paper in wanted:
        try:
            content = client.attachment(paper.request_id, paper.announced())
        except Offline:
            return FetchReport(tuple(dict.fromkeys(fetched)), failed, offline=True)
        except (BadAnswer, Refused) as exc:
            log.warning("attachment %s of %s not kept: %s", paper.id, paper.request_id, exc)
            with sessions.begin() as session:
                attachments.record_problem(session, paper.id, str(exc))
            failed += 1
        else:
            with sessions.begin() as session:
                attachments.keep_content(session, paper.id, content)
            fetched.append(paper.request_id)
        yield
    return FetchReport(tuple(dict.fromkeys(fetched)), failed)
