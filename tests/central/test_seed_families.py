"""Every person of the training registry is in one family record, and every record is one
a civil-affairs office would hold: the edge's checks pass on all of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.db import PersonRow, RequestRow, make_engine, read_session, upgrade, write_session
from central.family_db import FamilyMemberRow, FamilyRow
from central.family_registry import family_of
from central.seed import PEOPLE_COUNT, add_synthetic_requests, seed_demo
from central.seed_families import deceased_numbers
from tests.databases import Databases

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    url = f"sqlite:///{tmp_path_factory.mktemp('families') / 'central.db'}"
    upgrade(url)
    engine = make_engine(url)
    with write_session(engine) as session:
        seed_demo(session, now=NOW)
        session.commit()
    with read_session(engine) as session:
        yield session
    engine.dispose()


def test_every_person_is_in_one_family_with_one_head(seeded: Session) -> None:
    people = seeded.scalar(select(func.count()).select_from(PersonRow))
    placed = seeded.scalar(select(func.count()).select_from(FamilyMemberRow))
    assert people is not None and people == placed and people > PEOPLE_COUNT * 3
    heads = Counter(
        seeded.scalars(select(FamilyMemberRow.family_id).where(FamilyMemberRow.relation == "head"))
    )
    assert len(heads) == seeded.scalar(select(func.count()).select_from(FamilyRow)) == PEOPLE_COUNT
    assert set(heads.values()) == {1}


def test_every_family_passes_the_edges_checks_and_agrees_with_its_people(seeded: Session) -> None:
    wives_per_family: Counter[int] = Counter()
    statuses: Counter[str] = Counter()
    heads = seeded.scalars(
        select(FamilyMemberRow.national_number).where(FamilyMemberRow.relation == "head")
    )
    for number in heads:
        family = family_of(seeded, number)  # validated as the workstation validates it
        assert family is not None
        wives = [m for m in family.members if m.relation == "wife"]
        wives_per_family[len(wives)] += 1
        mothers = {f"{w.first_name} {w.last_name}" for w in wives}
        for m in family.members:
            statuses[m.status.value] += 1
            if m.relation in ("son", "daughter"):
                assert m.mother_name in mothers
            person = seeded.get(PersonRow, m.national_number)
            assert person is not None
            assert person.record_ref == family.record_ref
    assert set(wives_per_family) == {1, 2}  # now and then two wives
    assert statuses["deceased"] and statuses["alive"] > statuses["deceased"]


def test_nobody_a_request_is_about_is_deceased(seeded: Session, databases: Databases) -> None:
    dead = deceased_numbers(seeded)
    assert dead
    subjects = set(seeded.scalars(select(RequestRow.subject_national_number)))
    assert not subjects & dead
    url = databases.new("synthetic")
    upgrade(url)
    engine = make_engine(url)
    try:
        with write_session(engine) as session:
            seed_demo(session, now=NOW)
            ids = add_synthetic_requests(session, "DAM", 400, now=NOW)
            chosen = set(
                session.scalars(
                    select(RequestRow.subject_national_number).where(RequestRow.id.in_(ids))
                )
            )
            assert chosen and not chosen & deceased_numbers(session)
    finally:
        engine.dispose()
