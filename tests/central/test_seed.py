"""The demo seed: enough, varied, deterministic data, with planted mismatches."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.db import (
    CenterRow,
    PersonRow,
    RequestRow,
    UserRow,
    make_engine,
    read_session,
    upgrade,
    write_session,
)
from central.security import verify_password
from central.seed import (
    SPELLING_VARIANTS,
    Mismatch,
    add_synthetic_requests,
    seed_demo,
)
from central.seed_users import demo_usernames
from clerk_desk.digits import fold_digits
from clerk_desk.national_number import is_national_number
from tests.databases import Databases

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine(databases: Databases):  # type: ignore[no-untyped-def]
    url = databases.new("seed")
    upgrade(url)
    engine = make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture
def seeded(engine):  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        report = seed_demo(session, now=NOW)
        session.commit()
    with read_session(engine) as session:
        yield session, report


def test_counts(seeded: tuple[Session, object]) -> None:
    session, _ = seeded
    assert session.scalar(select(func.count()).select_from(PersonRow)) >= 300
    assert session.scalar(select(func.count()).select_from(RequestRow)) >= 80
    per_center = Counter(session.scalars(select(RequestRow.center_code)))
    assert set(per_center) == {"DAM", "ALP", "HMS", "HMA", "LTK"}
    assert per_center["DAM"] >= 25
    assert {c.code: c.city_ar for c in session.scalars(select(CenterRow))}["LTK"] == "اللاذقية"


def test_every_center_has_both_classes_and_both_delivery_methods(
    seeded: tuple[Session, object],
) -> None:
    session, _ = seeded
    rows = session.execute(
        select(RequestRow.center_code, RequestRow.service_class, RequestRow.delivery_method)
    ).all()
    for center in ("DAM", "ALP", "HMS", "HMA", "LTK"):
        assert {r.service_class for r in rows if r.center_code == center} == {"fast", "slow"}
        assert {r.delivery_method for r in rows if r.center_code == center} == {"post", "pickup"}


def test_people_look_like_the_registry(seeded: tuple[Session, object]) -> None:
    session, _ = seeded
    people = list(session.scalars(select(PersonRow)))
    assert all(is_national_number(p.national_number) for p in people)
    subjects = set(session.scalars(select(RequestRow.subject_national_number)))
    # the requests are about adults; their families hold parents and children too
    assert all(1950 <= p.birth_date.year <= 2005 for p in people if p.national_number in subjects)
    assert all(1880 <= p.birth_date.year <= 2025 for p in people)
    assert {p.gender for p in people} == {"male", "female"}
    names = {p.first_name for p in people} | {p.father_name for p in people}
    assert any(name.startswith("عبد ") for name in names)
    assert any(name[0] in "أإآ" for name in names)
    assert any(name.endswith("ة") for name in names)
    assert any(p.last_name.startswith("أبو ") for p in people)
    assert all(len(p.mother_name.split()) >= 2 for p in people)


def _differs(request: RequestRow, person: PersonRow) -> set[str]:
    pairs = {
        "first_name": (request.subject_first_name, person.first_name),
        "father_name": (request.subject_father_name, person.father_name),
        "mother_name": (request.subject_mother_name, person.mother_name),
        "last_name": (request.subject_last_name, person.last_name),
        "birth_date": (request.subject_birth_date, person.birth_date.isoformat()),
    }
    return {name for name, (submitted, registered) in pairs.items() if submitted != registered}


def test_planted_mismatches_exist_in_every_center_and_most_requests_match(
    seeded: tuple[Session, object],
) -> None:
    session, report = seeded
    planted = report.planted  # type: ignore[attr-defined]
    kinds_by_center: dict[str, set[Mismatch]] = {}
    matching = 0
    requests = list(session.scalars(select(RequestRow)))
    for request in requests:
        person = session.get(PersonRow, request.subject_national_number)
        assert person is not None
        differs = _differs(request, person)
        if request.id in planted:
            assert differs, request.id
            kinds_by_center.setdefault(request.center_code, set()).add(planted[request.id])
        else:
            assert not differs, request.id
            matching += 1
    assert matching > len(requests) / 2
    assert set(kinds_by_center["DAM"]) == set(Mismatch)
    for kinds in kinds_by_center.values():
        assert kinds & SPELLING_VARIANTS
        assert {Mismatch.MOTHER_NAME, Mismatch.BIRTH_DATE} <= kinds


def test_spelling_variants_look_like_the_brief(seeded: tuple[Session, object]) -> None:
    session, report = seeded
    for request_id, kind in report.planted.items():  # type: ignore[attr-defined]
        request = session.get(RequestRow, request_id)
        assert request is not None
        person = session.get(PersonRow, request.subject_national_number)
        assert person is not None
        if kind is Mismatch.COMPOUND:
            assert "عبد" in (request.subject_first_name or "") + (request.subject_father_name or "")
            assert "عبد " not in (request.subject_first_name or "") + (
                request.subject_father_name or ""
            )
        elif kind is Mismatch.DATE_FORMAT:
            assert request.subject_birth_date == person.birth_date.strftime("%d/%m/%Y")
        elif kind is Mismatch.INDIC_DIGITS:
            assert request.subject_birth_date != person.birth_date.isoformat()
            assert fold_digits(request.subject_birth_date or "") == person.birth_date.isoformat()


def test_requesters_are_sometimes_relatives(seeded: tuple[Session, object]) -> None:
    session, _ = seeded
    relations = set(session.scalars(select(RequestRow.relation_ar)))
    assert "" in relations
    assert relations & {"الأب", "الأم", "الزوجة", "الزوج", "الأخ", "الأخت", "الابن", "الابنة"}


def test_demo_users_have_argon2_hashes_of_demo(seeded: tuple[Session, object]) -> None:
    session, _ = seeded
    users = {u.username: u for u in session.scalars(select(UserRow))}
    assert set(users) == set(demo_usernames())
    assert "dam.supervisor" in users and users["dam.supervisor"].role == "supervisor"
    user = users["hma.clerk2"]
    assert user.password_hash.startswith("$argon2id$")
    assert verify_password(user.password_hash, "demo")
    assert not verify_password(user.password_hash, "Demo")
    assert len({u.password_hash for u in users.values()}) == len(users)


def test_seeding_twice_is_a_no_op(engine) -> None:  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        assert seed_demo(session, now=NOW).created
        session.commit()
    with write_session(engine) as session:
        assert not seed_demo(session, now=NOW).created
        session.commit()
    with read_session(engine) as session:
        assert session.scalar(select(func.count()).select_from(UserRow)) == 15


def _snapshot(engine) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        people = session.execute(
            select(PersonRow.__table__).order_by(PersonRow.national_number)
        ).all()
        requests = session.execute(select(RequestRow.__table__).order_by(RequestRow.id)).all()
        # A change number holds its transaction's id on PostgreSQL: compare their order.
        order = list(session.scalars(select(RequestRow.id).order_by(RequestRow.change_seq)))
    columns = [c.name for c in RequestRow.__table__.columns]
    seq = columns.index("change_seq")
    requests = [row[:seq] + row[seq + 1 :] for row in requests]
    return [tuple(row) for row in people + requests] + [tuple(order)]


def test_the_seed_is_deterministic(databases: Databases) -> None:
    snapshots = []
    for name in ("a", "b"):
        url = databases.new(name)
        upgrade(url)
        engine = make_engine(url)
        try:
            with write_session(engine) as session:
                seed_demo(session, now=NOW)
                session.commit()
            snapshots.append(_snapshot(engine))
        finally:
            engine.dispose()
    assert snapshots[0] == snapshots[1]


def test_synthetic_requests_for_load(seeded: tuple[Session, object], engine) -> None:  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        before = session.scalar(select(func.max(RequestRow.change_seq)))
        ids = add_synthetic_requests(session, "DAM", 2500, now=NOW)
        session.commit()
    assert len(ids) == len(set(ids)) == 2500
    assert all(i.startswith("DAM-") for i in ids)
    with read_session(engine) as session:
        seqs = list(
            session.scalars(
                select(RequestRow.change_seq)
                .where(RequestRow.id.in_(ids[:10]))
                .order_by(RequestRow.id)
            )
        )
        assert seqs == sorted(seqs)
        assert min(seqs) > before
        with pytest.raises(KeyError):
            add_synthetic_requests(session, "XXX", 1)


def test_addresses_name_the_ground_floor_never_floor_zero(  # type: ignore[no-untyped-def]
    seeded: tuple[Session, object], engine
) -> None:
    session, _ = seeded
    addresses = list(session.scalars(select(RequestRow.delivery_address_ar)))
    with write_session(engine) as writing:  # and the thousands made for load tests
        add_synthetic_requests(writing, "DAM", 2_000, now=NOW)
        writing.commit()
    addresses += list(session.scalars(select(RequestRow.delivery_address_ar)))
    floors = [a for a in addresses if a and "طابق" in a]
    assert floors and any("الطابق الأرضي" in a for a in floors)
    assert not any("طابق 0" in a for a in floors)
