"""The shift supervisor's use cases against the live reference server and a real store,
without Qt: a review written here and delivered by the courier, the four-eyes check and
the notice it leaves the clerk, a request's history, the dashboard and its export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from central.server import ServerThread
from clerk_desk import audit, workflow
from clerk_desk import config as cfg
from clerk_desk.comparison import Verdict
from clerk_desk.fee_reconciliation import DifferenceKind, SettlementError
from clerk_desk.reasons import REASONS
from clerk_desk.store.models import OutboxMessage
from clerk_desk.usecases.supervision import HistoryLine
from sync.events import EventHub
from sync.puller import Puller
from tests.registry_verdicts import verdicts

from .conftest import Station, StationFactory

DOWN = "http://127.0.0.1:9"


def logged_in(station_at: StationFactory, username: str) -> Station:
    station = station_at(username)
    station.session.login(username, "demo")
    Puller(station.client, station.context.sessions, EventHub()).pull()
    return station


def decide(clerk: Station, request_id: str, *, accept: bool) -> None:
    """The clerk claims the request with its registry record and decides it, delivered."""
    claim = clerk.client.claim(request_id, with_registry=True)
    assert claim.registry is not None
    actor = clerk.context.actor
    with clerk.context.sessions.begin() as session:
        workflow.record_claim(session, actor, request_id, claim.lease_expires_at)
        workflow.record_snapshot(session, actor, request_id, claim.registry)
        if accept:
            workflow.accept(session, actor, request_id, frozenset())
        else:
            workflow.reject(session, actor, request_id, "missing_document", "أرفق الصورة")
    assert clerk.pusher.push().sent == 1


def matching(live_server: ServerThread) -> list[str]:
    return [i for i, v in verdicts(live_server.database_url).items() if v is Verdict.MATCH]


def outbox(station: Station) -> list[tuple[str, str, str]]:
    with station.context.sessions() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        return [(m.request_id, m.kind, m.status) for m in rows]


def test_a_review_is_written_here_then_delivered_by_the_courier(
    station_at: StationFactory, live_server: ServerThread
) -> None:
    clerk = logged_in(station_at, "dam.clerk1")
    rejected = matching(live_server)[0]
    decide(clerk, rejected, accept=False)

    supervisor = logged_in(station_at, "dam.supervisor")
    assert rejected in [r.request.id for r in supervisor.supervision.rejections()]
    supervisor.client.base_url = DOWN  # the review is made while the link is down
    supervisor.supervision.review(rejected, "overturn", "الاختلاف في كتابة الاسم إملائي فقط")
    assert supervisor.courier.calls == 1  # handed to the courier, which could not deliver
    assert outbox(supervisor) == [(rejected, "review", "queued")]
    with supervisor.context.sessions() as session:
        assert workflow.get_request(session, rejected).status == "assigned"  # shown at once
        assert [e.action for e in audit.history(session, rejected)][-1] == "review_overturn"

    supervisor.client.base_url = live_server.url  # back: the list leaves out what waits
    assert rejected not in [r.request.id for r in supervisor.supervision.rejections()]
    supervisor.clock.advance(3600)  # past the backoff of the attempt made offline
    supervisor.courier.deliver_soon()
    assert outbox(supervisor) == [(rejected, "review", "done")]
    assert rejected not in [r.request.id for r in supervisor.client.rejections().items]
    assert clerk.client.request(rejected).status.value == "assigned"  # back in the queue


def test_a_concern_on_an_acceptance_reaches_the_clerk_as_a_notice(
    station_at: StationFactory, live_server: ServerThread
) -> None:
    since = datetime.now(UTC) - timedelta(hours=1)
    clerk = logged_in(station_at, "dam.clerk1")
    accepted = matching(live_server)[0]
    decide(clerk, accepted, accept=True)

    supervisor = logged_in(station_at, "dam.supervisor")
    supervisor.context.settings.set(cfg.FOUR_EYES_PERCENT, 100)
    [drawn] = [
        a for a in supervisor.supervision.acceptance_sample(since) if a.request.id == accepted
    ]
    assert drawn.second_look is None
    supervisor.supervision.record_second_look(accepted, "صورة الهوية غير واضحة")
    assert outbox(supervisor) == [(accepted, "second_look", "done")]
    [checked] = [
        a for a in supervisor.supervision.acceptance_sample(since) if a.request.id == accepted
    ]
    assert checked.second_look is not None

    [notice] = clerk.supervision.notices()
    assert notice.request_id == accepted and notice.note == "صورة الهوية غير واضحة"
    clerk.supervision.notice_seen(notice.id)
    assert clerk.supervision.notices() == []


def test_a_requests_history_names_people_and_dates_lines_not_of_today(
    station_at: StationFactory, live_server: ServerThread
) -> None:
    clerk = logged_in(station_at, "dam.clerk1")
    rejected = matching(live_server)[0]
    decide(clerk, rejected, accept=False)

    supervisor = logged_in(station_at, "dam.supervisor")
    next_year = datetime.now(UTC) + timedelta(days=366)
    lines = supervisor.supervision.request_history(rejected, now=next_year)
    assert lines and all(isinstance(line, HistoryLine) for line in lines)
    rejection = next(line for line in lines if line.action == "reject")
    assert rejection.workstation == clerk.workstation
    assert rejection.actor == clerk.context.person  # by full name, not user name
    assert len(rejection.at) == len("2026-11-29 12:00") and rejection.at[4] == "-"


def test_the_dashboard_exports_as_utf8_with_a_byte_order_mark(
    station_at: StationFactory, live_server: ServerThread
) -> None:
    clerk = logged_in(station_at, "dam.clerk1")
    decide(clerk, matching(live_server)[0], accept=False)
    supervisor = logged_in(station_at, "dam.supervisor")
    figures = supervisor.supervision.dashboard(datetime.now(UTC) - timedelta(hours=1))
    assert figures.rejected == 1
    path = supervisor.context.documents_dir.parent / "dashboard.csv"
    supervisor.supervision.export_dashboard(figures, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheet programs then read the Arabic
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    label = REASONS["missing_document"].label_ar  # Arabic, read back as written
    assert ["rejections_by_reason", f"missing_document ({label})", "1"] in rows
    lookups = supervisor.supervision.registry_lookups(figures.since)
    assert "dam.clerk1" in [c.clerk for c in lookups.clerks]


def test_a_settlement_file_is_checked_before_the_server_is_asked(
    station_at: StationFactory, tmp_path: Path
) -> None:
    supervisor = logged_in(station_at, "dam.supervisor")
    assert supervisor.supervision.training_gateway_answers(datetime.now(UTC).date())
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"reference,amount,channel,date\nA-0001,7500,cash,2026-03-01\n")
    supervisor.client.base_url = DOWN  # a bad file is refused without the server
    with pytest.raises(SettlementError) as refused:
        supervisor.supervision.reconcile_settlement_file(bad, date(2026, 3, 1))
    assert (refused.value.code, refused.value.values) == ("line", {"line": 2})


def test_a_day_without_payments_against_a_settlement_of_one_unknown_line(
    station_at: StationFactory, tmp_path: Path
) -> None:
    supervisor = logged_in(station_at, "dam.supervisor")
    path = tmp_path / "settlement.csv"
    path.write_text("reference,amount,channel,date\nX-0001,7500,mtn_cash,2020-01-02\n")
    rec = supervisor.supervision.reconcile_settlement_file(path, date(2026, 3, 1))
    assert (rec.first_day, rec.last_day) == (date(2020, 1, 2), date(2020, 1, 2))  # the file's
    assert [(d.kind, d.reference, d.here, d.settled) for d in rec.differences] == [
        (DifferenceKind.UNKNOWN_HERE, "X-0001", None, 7500)
    ]
    assert (rec.here_lines, rec.here_total, rec.settled_total) == (0, 0, 7500)
