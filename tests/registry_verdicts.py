"""What the reference server's own registry says of its requests, read from its database:
no call is made, so no look-up is recorded (tests pick requests to accept or to refuse)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import PersonRow, RequestRow, make_engine, read_session
from central.decision_check import submitted
from central.registry_access import canonical_number, registry_record
from clerk_desk.api import RegistryRecord
from clerk_desk.comparison import Verdict
from clerk_desk.decision_rules import compare_with_registry


def verdicts(database_url: str, center: str = "DAM") -> dict[str, Verdict]:
    """The verdict of each assigned request of ``center`` against the registry, by id."""
    engine = make_engine(database_url)
    try:
        with read_session(engine) as session:
            rows = session.scalars(
                select(RequestRow)
                .where(RequestRow.center_code == center, RequestRow.status == "assigned")
                .order_by(RequestRow.id)
            )
            return {row.id: verdict for row in rows if (verdict := _verdict(session, row))}
    finally:
        engine.dispose()


def registry_of(database_url: str, national_number: str) -> RegistryRecord:
    """The registry's record of a person, as the server would answer it."""
    engine = make_engine(database_url)
    try:
        with read_session(engine) as session:
            person = session.get(PersonRow, canonical_number(national_number))
            assert person is not None, "not in the registry"
            return registry_record(person)
    finally:
        engine.dispose()


def _verdict(session: Session, row: RequestRow) -> Verdict | None:
    number = canonical_number(row.subject_national_number)
    person = session.get(PersonRow, number) if number else None
    if person is None:
        return None
    record = registry_record(person).model_dump(mode="json")
    return compare_with_registry(row.service_code, submitted(row), record).verdict
