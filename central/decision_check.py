"""A decision checked again on the server, with the core's rules, never on the
workstation's word.

The server compares the request's submitted data with **its own** registry record using
``clerk_desk.decision_rules`` (the engine the workstation used), and refuses an acceptance

- for which this clerk fetched no registry record since taking the current lease
  (``no_registry_lookup``),
- whose verdict is a mismatch (``decision_mismatch``),
- whose acknowledged fields do not cover every spelling variant (``decision_unacknowledged``;
  ``acknowledgement_not_sent`` from a workstation older than ``acknowledged_fields``).

What is stored as the decision's evidence is the server's comparison and record; what the
workstation sent is kept beside them, marked as the workstation's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from central.db import PersonRow, RequestRow, UserRow
from central.refusals import refuse
from central.registry_access import canonical_number, looked_up_under_lease, registry_record
from clerk_desk.api import DecisionIn
from clerk_desk.comparison import Comparison
from clerk_desk.decision_rules import (
    DecisionRefused,
    check_acceptance,
    check_paid,
    compare_with_registry,
    field_names,
)
from clerk_desk.refusals import code_of_template


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a decision is stored with: the comparison and registry record it stands on,
    and the spelling variants the clerk confirmed (an acceptance's, else None)."""

    comparison: dict[str, Any]
    registry_snapshot: dict[str, Any]
    acknowledged: list[str] | None = None


def submitted(row: RequestRow) -> dict[str, str | None]:
    """The request's subject as the citizen submitted it (``SubmittedPerson``'s fields)."""
    return {
        "national_number": row.subject_national_number,
        "first_name": row.subject_first_name,
        "father_name": row.subject_father_name,
        "mother_name": row.subject_mother_name,
        "last_name": row.subject_last_name,
        "birth_date": row.subject_birth_date,
        "birth_place": row.subject_birth_place,
        "gender": row.subject_gender,
    }


def _server_comparison(
    session: Session, row: RequestRow
) -> tuple[Comparison, dict[str, Any]] | None:
    """The server's comparison of the submission with its own record, and that record."""
    number = canonical_number(row.subject_national_number)
    person = session.get(PersonRow, number) if number is not None else None
    if person is None:
        return None
    record = registry_record(person).model_dump(mode="json")
    return compare_with_registry(row.service_code, submitted(row), record), record


def acceptance_evidence(
    session: Session, row: RequestRow, user: UserRow, body: DecisionIn
) -> Evidence:
    """The server's evidence for accepting ``row``; refused (a catalogue code) when the
    rules do not allow it."""
    with _by_the_rules():
        check_paid(row.payment.state if row.payment is not None else None)
    looked_up = looked_up_under_lease(session, row, user)
    compared = _server_comparison(session, row) if looked_up else None
    if compared is None:
        raise refuse("no_registry_lookup", request_id=row.id)
    comparison, record = compared
    if body.acknowledged_fields is None and comparison.equivalent_fields:
        raise refuse("acknowledgement_not_sent", names=field_names(comparison.equivalent_fields))
    with _by_the_rules():
        ticked = check_acceptance(comparison, body.acknowledged_fields or ())
    confirmed = sorted(f.value for f in ticked & set(comparison.equivalent_fields))
    return Evidence(comparison.to_json(), record, confirmed)


@contextmanager
def _by_the_rules() -> Iterator[None]:
    """A core rule's refusal raised as the catalogue's refusal of the same template."""
    try:
        yield
    except DecisionRefused as exc:
        code = code_of_template(exc.template)
        assert code is not None, "every decision rule is a refusal of the catalogue"
        raise refuse(code, **exc.values) from None


def rejection_evidence(session: Session, row: RequestRow, user: UserRow) -> Evidence:
    """The server's evidence for rejecting ``row``: its comparison when the clerk fetched
    the record under the lease (a rejection may come without: a missing paper)."""
    if not looked_up_under_lease(session, row, user):
        return Evidence({}, {})
    compared = _server_comparison(session, row)
    if compared is None:
        return Evidence({}, {})
    comparison, record = compared
    return Evidence(comparison.to_json(), record)
