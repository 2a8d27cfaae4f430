"""Purging requests some days after they left the counter; the audit chain stays whole."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from clerk_desk import audit
from clerk_desk.purge import purge, purge_documents
from clerk_desk.store.db import open_store
from clerk_desk.store.models import AuditEntry, OutboxMessage, Request
from clerk_desk.workflow import Actor
from tests.store_keys import TEST_STORE_KEY

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
ACTOR = Actor("dam.clerk1", "W1", "DAM")


def _request(request_id: str, status: str) -> Request:
    return Request(
        id=request_id,
        service_code="civil_record_extract",
        service_class="fast",
        center_code="DAM",
        status=status,
        requester_name="سامر الحلبي",
        subject_national_number="01234567890",
        subject={},
        delivery_method="pickup",
        delivery={},
        submitted_at=NOW - timedelta(days=60),
        assigned_at=NOW - timedelta(days=60),
        server_updated_at=NOW - timedelta(days=60),
    )


def test_purge_deletes_old_sent_off_requests_keeps_audit_and_pending(tmp_path: Path) -> None:
    sessions = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    with sessions.begin() as session:
        session.add_all(
            [
                _request("DAM-000001", "awaiting_pickup"),  # shelved 40 days ago: purged
                _request("DAM-000002", "awaiting_pickup"),  # shelved 5 days ago: kept
                _request("DAM-000003", "printed"),  # still at the counter: kept
                _request("DAM-000004", "dispatched"),  # the server has not got it: kept
            ]
        )
        for rid, days in (("DAM-000001", 40), ("DAM-000002", 5)):
            audit.append(
                session,
                actor="dam.clerk1",
                workstation="W1",
                action="keep_for_pickup",
                request_id=rid,
                at=NOW - timedelta(days=days),
            )
        session.add(
            OutboxMessage(
                idempotency_key="k" * 16,
                request_id="DAM-000004",
                kind="seal",
                payload={},
                status="queued",
                created_at=NOW,
            )
        )
    folder = tmp_path / "documents" / "DAM-000001"
    folder.mkdir(parents=True)
    (folder / "doc.pdf").write_bytes(b"%PDF-")
    with sessions.begin() as session:
        report = purge(session, 30, NOW, actor=ACTOR)
    assert report.request_ids == ("DAM-000001",)
    assert purge_documents(tmp_path / "documents", [*report.request_ids, "../x"]) == 1
    assert not folder.exists()
    with sessions() as session:
        left = set(session.scalars(select(Request.id)))
        assert left == {"DAM-000002", "DAM-000003", "DAM-000004"}
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 3
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "purge"
        assert entry.detail["requests"] == 1 and "DAM-000001" not in str(entry.detail)
        assert audit.verify(session).intact
    sessions.kw["bind"].dispose()


def test_upheld_rejections_and_withdrawn_requests_go_too_but_not_a_pending_review(
    tmp_path: Path,
) -> None:
    sessions = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    with sessions.begin() as session:
        recent = _request("DAM-000013", "upheld")
        recent.server_updated_at = NOW - timedelta(days=3)
        session.add_all(
            [
                _request("DAM-000011", "upheld"),  # upheld 60 days ago: purged
                _request("DAM-000012", "withdrawn"),  # withdrawn 60 days ago: purged
                recent,  # upheld 3 days ago: kept
                _request("DAM-000014", "rejected"),  # the supervisor has not looked: kept
            ]
        )
    with sessions.begin() as session:
        report = purge(session, 30, NOW, actor=ACTOR)
    assert set(report.request_ids) == {"DAM-000011", "DAM-000012"}
    with sessions() as session:
        assert set(session.scalars(select(Request.id))) == {"DAM-000013", "DAM-000014"}
    sessions.kw["bind"].dispose()
