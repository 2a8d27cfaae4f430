"""The session's use cases against the live reference server and a real store, without Qt:
log-in online and offline, the idle lock, log-out, and the workstation's signing key."""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests
from sqlalchemy import select

from central.db import AuditEntryRow, make_engine, read_session
from central.server import ServerThread
from clerk_desk.link_errors import NotAuthenticated, Offline, Refused
from clerk_desk.refusals import REFUSALS
from clerk_desk.store.models import AuditEntry
from clerk_desk.store_recovery import StoreCheck
from clerk_desk.workflow import RuleViolation
from tests.enrollment import approve

from .conftest import StationFactory

DOWN = "http://127.0.0.1:9"  # nothing listens there: the link is down


def test_a_clerk_logs_in_at_the_server(station_at: StationFactory) -> None:
    station = station_at()
    result = station.session.login("dam.clerk1", "demo")
    assert result.token and result.user.username == "dam.clerk1"
    assert station.context.desk.login is result and station.context.desk.online
    assert station.context.actor.workstation == station.workstation
    assert station.tokens.load(station.client.base_url, "dam.clerk1") == result.token
    assert station.pusher.author == "dam.clerk1"  # what others queued here waits for them
    assert station.session.numbers.check is StoreCheck.RECOGNISED
    assert not station.session.numbers.lost
    assert station.audited() == ["log_in"]
    with station.context.sessions() as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert entry.actor == "dam.clerk1" and entry.detail == {"offline": False}


def test_a_wrong_password_is_refused_and_nobody_is_at_the_desk(
    station_at: StationFactory,
) -> None:
    station = station_at()
    with pytest.raises(NotAuthenticated):
        station.session.login("dam.clerk1", "wrong")
    assert station.context.desk.login is None
    assert station.audited() == []


def test_offline_a_clerk_logs_in_with_the_last_good_password(
    station_at: StationFactory,
) -> None:
    online = station_at("desk")
    first = online.session.login("dam.clerk1", "demo")
    key = online.session.signing_key
    assert key is not None and key.key_id is not None
    approve(online.client.base_url, key.key_id)
    assert online.session.refresh_signing_key() is not None

    offline = station_at("desk", server_url=DOWN, workstation=online.workstation)
    with pytest.raises(Offline):
        offline.session.login("dam.clerk1", "wrong")
    with pytest.raises(Offline):
        offline.session.login("dam.clerk2", "demo")  # never logged in here
    result = offline.session.login("dam.clerk1", "demo")
    assert result.user == first.user and result.token == ""
    assert offline.context.desk.login is result and not offline.context.desk.online
    assert offline.session.numbers.check is StoreCheck.OFFLINE
    # documents can still be signed: the key and its certificate are in the keyring
    signer = offline.session.ready_signer()
    assert signer.key_id == key.key_id
    with offline.context.sessions() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None and (last.action, last.detail) == ("log_in", {"offline": True})


def test_unlocking_checks_the_password_of_the_person_at_the_desk_and_is_audited(
    station_at: StationFactory,
) -> None:
    station = station_at()
    assert station.session.unlock("demo") is False  # nobody is logged in: nothing to lift
    station.session.login("dam.clerk1", "demo")
    station.session.record_lock()
    assert station.session.unlock("not-it") is False
    assert station.session.unlock("demo") is True
    assert station.audited() == ["log_in", "lock", "unlock_refused", "unlock"]


def test_the_sessions_own_records_are_audited(station_at: StationFactory) -> None:
    station = station_at()
    station.session.login("dam.supervisor", "demo")
    station.session.record_settings_change(["pull_interval"])
    station.session.record_workstation_decision("workstation_approved", "k-1")
    with station.context.sessions() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [(e.action, e.detail) for e in entries[1:]] == [
        ("settings_change", {"settings": ["pull_interval"]}),
        ("workstation_approved", {"key_id": "k-1"}),
    ]


def test_ending_the_session_sends_the_clerks_entries_then_revokes_the_token(
    station_at: StationFactory, live_server: ServerThread
) -> None:
    station = station_at()
    token = station.session.login("dam.clerk2", "demo").token
    station.session.log_out()
    station.session.end_session()

    assert station.client.token is None
    assert station.tokens.load(station.client.base_url, "dam.clerk2") is None
    answer = requests.get(
        f"{live_server.api_url}/requests", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert answer.status_code == 401 and answer.json()["code"] == "session_revoked"
    # The server takes an entry only from its author: the log-out went with this token.
    engine = make_engine(live_server.database_url)
    try:
        with read_session(engine) as session:
            actions = list(
                session.scalars(
                    select(AuditEntryRow.action)
                    .where(AuditEntryRow.actor == "dam.clerk2")
                    .order_by(AuditEntryRow.id)
                )
            )
    finally:
        engine.dispose()
    assert actions == ["log_in", "log_out"]
    station.session.end_session()  # once is enough: nothing left to revoke


def test_ending_the_session_with_the_link_down_still_forgets_the_token(
    station_at: StationFactory,
) -> None:
    station = station_at()
    station.session.login("dam.clerk2", "demo")
    station.client.base_url = DOWN  # keyed by the server's address it was saved under
    station.tokens.save(DOWN, "dam.clerk2", "kept")
    station.session.end_session()  # logged, not raised
    assert station.client.token is None
    assert station.tokens.load(DOWN, "dam.clerk2") is None
    assert station.audited() == ["log_in"]  # still here, for the next log-in's push


def test_the_signer_is_refused_while_the_key_awaits_approval(
    station_at: StationFactory,
) -> None:
    station = station_at()
    station.session.login("dam.clerk1", "demo")
    key = station.session.signing_key
    assert key is not None and key.key_id is not None and not key.approved
    assert station.session.signer is None
    assert station.session.key_waiting() == key.key_id
    with pytest.raises(RuleViolation) as refused:
        station.session.ready_signer()
    assert refused.value.template == REFUSALS["awaiting_approval"].template
    assert refused.value.values == {"workstation": station.workstation, "key_id": key.key_id}

    approve(station.client.base_url, key.key_id)  # the center's supervisor
    signer = station.session.ready_signer()  # asks the server again
    assert signer.key_id == key.key_id and station.session.key_waiting() is None

    # outside its certificate's validity, it does not sign
    station.session.clock = lambda: signer.certificate.not_after + timedelta(minutes=1)
    with pytest.raises(RuleViolation) as expired:
        station.session.ready_signer()
    assert expired.value.template == REFUSALS["certificate_not_valid_now"].template


def test_a_supervisor_at_the_desk_approves_its_key_with_their_own_log_in(
    station_at: StationFactory,
) -> None:
    station = station_at()
    station.session.login("dam.clerk1", "demo")
    waiting = station.session.key_waiting()
    assert waiting is not None
    with pytest.raises(Refused):  # a clerk cannot approve
        station.session.approve_here("dam.clerk2", "demo")
    assert station.session.key_waiting() == waiting

    signer = station.session.approve_here("dam.supervisor", "demo")
    assert signer is not None and signer.key_id == waiting
    assert station.session.key_waiting() is None
    assert station.client.token  # the clerk's own session goes on
