"""The civil registry follows the work: a look-up is answered only for the subject of a
request the caller holds under a live lease, and every look-up is recorded.

The record comes with the claim that opens the request (``POST /requests/{id}/claim``
with ``with_registry``): one round trip. ``GET /registry/{national_number}`` stays for
older workstations under the same rule. Anything else (no lease, another person, a number
the registry does not hold) is refused the same way: the same code, status and body, so
the answer does not tell whether a number exists. Allowed or refused, each look-up is a
:class:`~central.db.RegistryLookupRow`: who, from which workstation (the token's), whose
number, for which request, when, the answer. Supervisors see them in the review of a
request and, per clerk, those that led to no decision (``GET /registry-lookups``).

Log lines name the user, the request and the answer; never the number.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import DecisionRow, PersonRow, RegistryLookupRow, RequestRow, UserRow
from central.family_registry import family_of, with_family
from central.refusals import refuse
from central.refused_decisions import refused_per_clerk
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    RowDb,
    SettingsDep,
    WriteDb,
    WriteUser,
    _bearer,
    _require_role,
    caller_token,
    log,
)
from clerk_desk.api import (
    ClerkLookups,
    LookupReport,
    RegistryAnswer,
    RegistryLookup,
    RegistryRecord,
    Role,
)
from clerk_desk.api_family import FamilyRecord
from clerk_desk.national_number import InvalidNationalNumber, parse_national_number
from clerk_desk.refusals import code_of_template

router = APIRouter(responses=_ERRORS)

MAX_PERIOD_DAYS = 31


def _named_workstation(credentials: HTTPAuthorizationCredentials | None, session: Session) -> str:
    token = caller_token(session, credentials)
    return token.workstation.strip() if token is not None else ""


def _token_workstation(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: WriteDb,
) -> str:
    """The workstation named at log-in by the caller's token ("" if none was named), read
    in the route's own (writing) session."""
    return _named_workstation(credentials, session)


def _row_token_workstation(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: RowDb,
) -> str:
    """The same, in a row writer's session (a second writing session would wait for the
    first on SQLite)."""
    return _named_workstation(credentials, session)


# For a writing route: the caller's workstation, as its token says.
Workstation = Annotated[str, Depends(_token_workstation)]
RowWorkstation = Annotated[str, Depends(_row_token_workstation)]


def canonical_number(text: str) -> str | None:
    try:
        return parse_national_number(text)
    except InvalidNationalNumber:
        return None


def registry_record(person: PersonRow, family: FamilyRecord | None = None) -> RegistryRecord:
    """The person's record; with ``family``, the family record they are in."""
    return RegistryRecord(
        national_number=person.national_number,
        first_name=person.first_name,
        father_name=person.father_name,
        mother_name=person.mother_name,
        last_name=person.last_name,
        birth_date=person.birth_date,
        birth_place=person.birth_place,
        gender=person.gender,
        registry_office_ar=person.registry_office_ar,
        record_ref=person.record_ref,
        marital_status_ar=person.marital_status_ar,
        family=family,
    )


def record_lookup(
    session: Session,
    user: UserRow,
    workstation: str,
    national_number: str,
    request_id: str | None,
    answer: RegistryAnswer,
    now: datetime,
    lease_number: int | None = None,
) -> None:
    """Add the look-up to the caller's transaction (committed with it); ``lease_number``:
    the lease on ``request_id`` it was made under."""
    session.add(
        RegistryLookupRow(
            center_code=user.center_code,
            username=user.username,
            workstation=workstation[:200],
            national_number=national_number,
            request_id=request_id,
            lease_number=lease_number,
            at=now,
            answer=answer,
        )
    )
    log.info("registry look-up by %s for %s: %s", user.username, request_id or "-", answer)


def look_up_subject(
    session: Session, row: RequestRow, user: UserRow, workstation: str, now: datetime
) -> RegistryRecord | None:
    """The registry record of the subject of ``row``, which the caller holds: recorded.
    For a service that prints the family (the family extract), the family record with it."""
    number = canonical_number(row.subject_national_number)
    person = session.get(PersonRow, number) if number is not None else None
    answer: RegistryAnswer = "found" if person is not None else "not_found"
    record_lookup(session, user, workstation, number or "", row.id, answer, now, row.lease_number)
    if person is None:
        return None
    family = family_of(session, person.national_number) if with_family(row.service_code) else None
    return registry_record(person, family)


def looked_up_under_lease(session: Session, row: RequestRow, user: UserRow) -> bool:
    """Whether the caller fetched the subject's record under the current lease."""
    query = select(RegistryLookupRow.id).where(
        RegistryLookupRow.request_id == row.id,
        RegistryLookupRow.username == user.username,
        RegistryLookupRow.lease_number == row.lease_number,
        RegistryLookupRow.answer == "found",
    )
    return session.scalar(query.limit(1)) is not None


def _lookup_out(row: RegistryLookupRow) -> RegistryLookup:
    return RegistryLookup(
        at=row.at,
        username=row.username,
        workstation=row.workstation,
        national_number=row.national_number,
        request_id=row.request_id,
        answer=row.answer,
    )


def lookups_of(session: Session, request_ids: list[str]) -> dict[str, list[RegistryLookup]]:
    """The look-ups made for each of ``request_ids``, oldest first."""
    found: dict[str, list[RegistryLookup]] = defaultdict(list)
    for start in range(0, len(request_ids), 500):
        rows = session.scalars(
            select(RegistryLookupRow)
            .where(RegistryLookupRow.request_id.in_(request_ids[start : start + 500]))
            .order_by(RegistryLookupRow.at, RegistryLookupRow.id)
        )
        for row in rows:
            assert row.request_id is not None
            found[row.request_id].append(_lookup_out(row))
    return found


@router.get("/registry/{national_number}", response_model=RegistryRecord, tags=["registry"])
def registry(
    national_number: Annotated[str, Path(max_length=40)],
    user: WriteUser,
    session: WriteDb,
    settings: SettingsDep,
    workstation: Workstation,
) -> RegistryRecord:
    """The civil-registry record (السجل المدني) of the subject of a request the caller holds
    under a live lease; anything else is refused, the same way whether or not the number
    exists. Recorded either way. Opening a request with ``POST /requests/{id}/claim?
    with_registry=true`` brings the same record in the same round trip."""
    now = settings.clock()
    try:
        number = parse_national_number(national_number)
    except InvalidNationalNumber as exc:
        record_lookup(session, user, workstation, "", None, "invalid", now)
        session.commit()
        code = code_of_template(exc.template)
        assert code is not None, "every national-number refusal is in the catalogue"
        raise refuse(code, **exc.values) from None
    held = session.scalars(
        select(RequestRow)
        .where(
            RequestRow.claimed_by == user.username,
            RequestRow.lease_expires_at > now,
            RequestRow.center_code == user.center_code,
        )
        .order_by(RequestRow.id)
    )
    request = next((r for r in held if canonical_number(r.subject_national_number) == number), None)
    if request is None:
        record_lookup(session, user, workstation, number, None, "refused", now)
        session.commit()
        raise refuse("registry_refused")
    record = look_up_subject(session, request, user, workstation, now)
    session.commit()
    if record is None:  # the subject of the caller's own request: they may know
        raise refuse("no_such_person")
    return record


@router.get("/registry-lookups", response_model=LookupReport, tags=["reviews"])
def lookup_report(
    user: ReadUser,
    session: ReadDb,
    settings: SettingsDep,
    since: Annotated[datetime | None, Query(description="from (ISO 8601); default 8 h")] = None,
    until: Annotated[datetime | None, Query(description="to (ISO 8601); default now")] = None,
) -> LookupReport:
    """Per clerk of the supervisor's center: the registry look-ups in the period, those
    that led to no decision of that request by that clerk (refused ones included), and how
    many of the clerk's decisions the server refused by the rules."""
    _require_role(user, Role.SUPERVISOR, "lookups")
    until = until or settings.clock()
    since = since or until - timedelta(hours=8)
    if since.tzinfo is None or until.tzinfo is None:
        raise refuse("time_without_zone")
    if since >= until or until - since > timedelta(days=MAX_PERIOD_DAYS):
        raise refuse("bad_period", days=MAX_PERIOD_DAYS)
    lookups = list(
        session.scalars(
            select(RegistryLookupRow)
            .where(
                RegistryLookupRow.center_code == user.center_code,
                RegistryLookupRow.at >= since,
                RegistryLookupRow.at <= until,
            )
            .order_by(RegistryLookupRow.username, RegistryLookupRow.at, RegistryLookupRow.id)
        )
    )
    request_ids = sorted({row.request_id for row in lookups if row.request_id is not None})
    decided: dict[tuple[str, str], list[datetime]] = defaultdict(list)
    for start in range(0, len(request_ids), 500):
        for request_id, by, at in session.execute(
            select(DecisionRow.request_id, DecisionRow.decided_by, DecisionRow.decided_at).where(
                DecisionRow.request_id.in_(request_ids[start : start + 500])
            )
        ):
            decided[(request_id, by)].append(at)
    refused_decisions = refused_per_clerk(session, user.center_code, since, until)
    names = dict(
        session.execute(
            select(UserRow.username, UserRow.full_name).where(
                UserRow.username.in_({row.username for row in lookups} | set(refused_decisions))
            )
        ).all()
    )
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # look-ups, refused
    undecided: dict[str, list[RegistryLookup]] = defaultdict(list)
    for row in lookups:
        tally = counts[row.username]
        tally[0] += 1
        tally[1] += row.answer in ("refused", "invalid")
        led_to_decision = row.request_id is not None and any(
            at >= row.at for at in decided.get((row.request_id, row.username), ())
        )
        if not led_to_decision:
            undecided[row.username].append(_lookup_out(row))
    for username in refused_decisions.keys() - counts.keys():
        counts[username] = [0, 0]  # refused without a look-up (no_registry_lookup)
    clerks = [
        ClerkLookups(
            clerk=username,
            full_name=names.get(username, ""),
            lookups=total,
            refused=refused,
            without_decision=len(undecided[username]),
            refused_decisions=refused_decisions.get(username, 0),
            items=undecided[username],
        )
        for username, (total, refused) in sorted(counts.items())
    ]
    return LookupReport(center_code=user.center_code, since=since, until=until, clerks=clerks)
