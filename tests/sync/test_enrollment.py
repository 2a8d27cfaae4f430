"""The workstation's own key: made and enrolled here, the private half only in the keyring,
its certificate fetched once a supervisor approves, kept for offline signing, replaced
after a revocation."""

from __future__ import annotations

import secrets
from collections.abc import Callable

import keyring
import pytest

from central.server import ServerThread
from clerk_desk.api import EnrollmentStatus
from sync.client import BadAnswer, CentralClient
from sync.credentials import SERVICE, TokenStore
from sync.enrollment import WorkstationKey
from tests.enrollment import approve
from tests.sync.servers import FakeCentral, logged_in

Make = Callable[..., CentralClient]


def _name() -> str:
    return "T" + secrets.token_hex(3).upper()  # the keyring is shared by the test session


def test_a_workstation_enrolls_waits_then_keeps_its_certificate(
    live_server: ServerThread, client_for: Make, closed_port_url: str
) -> None:
    name = _name()
    clerk = logged_in(client_for, live_server, "dam.clerk1")
    station = WorkstationKey(clerk, TokenStore(), name)
    pending = station.refresh()
    assert pending is not None and pending.key_id is not None
    assert (pending.status, pending.certificate, pending.approved) == (
        EnrollmentStatus.PENDING,
        None,
        False,
    )
    stored = keyring.get_password(SERVICE, f"secret:workstation-key:{name}")
    assert stored is not None and pending.seed in stored  # the private key: keyring only
    assert pending.seed not in repr(pending)

    again = station.refresh()  # the next log-in: the same key, still waiting
    assert again is not None and (again.key_id, again.seed) == (pending.key_id, pending.seed)

    approve(live_server.url, pending.key_id)
    approved = station.refresh()
    assert approved is not None and approved.approved and approved.certificate is not None
    assert approved.certificate.public_key == pending.public_key

    offline = WorkstationKey(client_for(closed_port_url), TokenStore(), name).refresh()
    assert offline == approved  # kept in the keyring: it signs offline too


def test_a_revoked_key_is_replaced_by_a_new_one_that_waits(
    live_server: ServerThread, client_for: Make
) -> None:
    name = _name()
    clerk = logged_in(client_for, live_server, "dam.clerk1")
    station = WorkstationKey(clerk, TokenStore(), name)
    first = station.refresh()
    assert first is not None and first.key_id is not None
    approve(live_server.url, first.key_id)
    supervisor = logged_in(client_for, live_server, "dam.supervisor")
    supervisor.revoke_enrollment(first.key_id)

    second = station.refresh()
    assert second is not None and second.key_id not in (None, first.key_id)
    assert second.seed != first.seed and second.status is EnrollmentStatus.PENDING


def test_an_answer_about_another_key_is_refused(fake: FakeCentral, client_for: Make) -> None:
    name = _name()
    other = {
        "key_id": "DAM-W1",
        "center_code": "DAM",
        "workstation": name,
        "public_key": "A" * 43,  # not this workstation's key
        "status": "pending",
        "requested_by": "dam.clerk1",
        "requested_at": "2026-03-01T09:00:00Z",
    }
    fake.answer("/workstations/enrollments", other)
    client = client_for(fake.url)
    with pytest.raises(BadAnswer) as refused:
        client.enroll(name, "B" * 43)
    assert refused.value.code == "another_workstation_key"
    # the workstation keeps its key and tries again later
    key = WorkstationKey(client, TokenStore(), name).refresh()
    assert key is not None and key.key_id is None and not key.approved
