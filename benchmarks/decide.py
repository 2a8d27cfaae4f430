"""Decisions the central server checks again (its own comparison with its own registry
record, the look-up under the lease, the acknowledged variants), per second, against the
same decisions taken on the workstation's word, in the same run.

    .venv/bin/python benchmarks/decide.py [DECISIONS]

Both go through the decide route's own function (``central.counter.decide``), one writing
transaction per decision on a SQLite file, as the server runs them. "Unchecked" swaps
``acceptance_evidence`` for a stand-in that takes the workstation's comparison and record
as they came (what the server did before it checked): the rest of the route is the same
code. The two kinds alternate, decision by decision, so both see the same machine.

The ratio printed last is checked time / unchecked time per decision (equivalently,
unchecked rate / checked rate): the check may cost at most 2x.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on the path, and benchmarks/sync.py or
# benchmarks/printing.py would stand in for the packages of those names.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import central.counter as counter
from central.db import (
    PersonRow,
    RegistryLookupRow,
    RequestRow,
    UserRow,
    make_engine,
    upgrade,
    write_session,
)
from central.decision_check import Evidence, acceptance_evidence, submitted
from central.registry_access import canonical_number, registry_record
from central.routing import Settings
from central.seed import add_synthetic_requests, seed_demo
from clerk_desk.api import DecisionIn
from clerk_desk.decision_rules import compare_with_registry

DECISIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 400
CLERK = "dam.clerk1"
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def workstations_word(
    session: Session, row: RequestRow, user: UserRow, body: DecisionIn
) -> Evidence:
    """The evidence as the workstation sent it: no look-up, no comparison, no rule."""
    return Evidence(dict(body.comparison), dict(body.registry_snapshot), None)


def prepare(session: Session, count: int) -> list[tuple[str, DecisionIn]]:
    """``count`` requests the clerk holds, each with its look-up under the lease (as the
    claim that opened it recorded), and the body the workstation sends to accept it:
    its own comparison and record, and the variants the clerk confirmed."""
    ids = add_synthetic_requests(session, "DAM", count, now=NOW)
    session.flush()
    prepared = []
    for row in session.scalars(select(RequestRow).where(RequestRow.id.in_(ids))):
        row.claimed_by = CLERK
        row.lease_number += 1
        row.lease_expires_at = NOW + timedelta(minutes=15)
        number = canonical_number(row.subject_national_number)
        person = session.get(PersonRow, number)
        assert person is not None
        record = registry_record(person).model_dump(mode="json")
        comparison = compare_with_registry(row.service_code, submitted(row), record)
        session.add(
            RegistryLookupRow(
                center_code="DAM", username=CLERK, workstation="W1", national_number=number,
                request_id=row.id, lease_number=row.lease_number, at=NOW, answer="found",
            )
        )  # fmt: skip
        body = DecisionIn(
            idempotency_key=uuid.uuid4().hex,
            outcome="accept",
            comparison=comparison.to_json(),
            registry_snapshot=record,
            acknowledged_fields=list(comparison.equivalent_fields),
        )
        prepared.append((row.id, body))
    return prepared


def decide_once(engine: Any, settings: Settings, request_id: str, body: DecisionIn) -> float:
    start = time.perf_counter()
    with write_session(engine) as session:
        user = session.scalar(select(UserRow).where(UserRow.username == CLERK))
        assert user is not None
        answer = counter.decide(request_id, body, user, session, settings, "W1")
    elapsed = time.perf_counter() - start
    assert answer.status == "accepted", answer
    return elapsed


def main() -> None:
    checked_evidence: Callable[..., Evidence] = acceptance_evidence
    route_globals = vars(counter)  # where the decide route finds acceptance_evidence
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'central.sqlite3'}"
        upgrade(url)
        engine = make_engine(url)
        try:
            with write_session(engine) as session:
                seed_demo(session, now=NOW)
                work = prepare(session, 2 * DECISIONS)
                session.commit()
            settings = Settings(
                lease=timedelta(minutes=15), token_lifetime=timedelta(hours=12), clock=lambda: NOW
            )
            checked: list[float] = []
            unchecked: list[float] = []
            for n, (request_id, body) in enumerate(work):
                is_checked = n % 2 == 0
                route_globals["acceptance_evidence"] = (
                    checked_evidence if is_checked else workstations_word
                )
                (checked if is_checked else unchecked).append(
                    decide_once(engine, settings, request_id, body)
                )
        finally:
            route_globals["acceptance_evidence"] = checked_evidence
            engine.dispose()
    checked_rate = 1 / statistics.median(checked)
    unchecked_rate = 1 / statistics.median(unchecked)
    ratio = statistics.median(checked) / statistics.median(unchecked)
    print(
        f"{DECISIONS} accepted decisions each, median per decision: checked "
        f"{statistics.median(checked) * 1000:.2f} ms, on the workstation's word "
        f"{statistics.median(unchecked) * 1000:.2f} ms ({unchecked_rate:,.0f}/s)"
    )
    print(f"decide: {checked_rate:.0f} decisions/s, ratio {ratio:.2f} vs unchecked")


if __name__ == "__main__":
    main()
