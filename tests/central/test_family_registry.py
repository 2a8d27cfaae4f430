"""The registry answer for a family extract carries the subject's family record, read from
the simulator's families; for any other service it carries none."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from central.db import PersonRow, RequestRow, make_engine, read_session, write_session
from central.family_db import FamilyMemberRow
from tests.central.conftest import Api
from tests.central.test_registry_access import station


def _with_relation(api: Api, relation: str, service_code: str) -> tuple[str, str]:
    """An acceptable DAM request whose subject is related to their family's head as
    ``relation``, made a request of ``service_code``: (request id, subject's number)."""
    acceptable = api.acceptable()
    engine = make_engine(api.database_url)
    try:
        with write_session(engine) as session:
            rows = session.execute(
                select(RequestRow.id, RequestRow.subject_national_number)
                .join(
                    FamilyMemberRow,
                    FamilyMemberRow.national_number == RequestRow.subject_national_number,
                )
                .where(RequestRow.id.in_(acceptable), FamilyMemberRow.relation == relation)
                .order_by(RequestRow.id)
            ).all()
            request_id, number = rows[0]
            session.execute(
                update(RequestRow)
                .where(RequestRow.id == request_id)
                .values(service_code=service_code)
            )
            session.commit()
    finally:
        engine.dispose()
    return request_id, number


def _registered(api: Api, numbers: list[str]) -> dict[str, tuple[str, str, date]]:
    """Each number's first name, father's name and birth date in the simulator."""
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            people = session.scalars(
                select(PersonRow).where(PersonRow.national_number.in_(numbers))
            )
            return {p.national_number: (p.first_name, p.father_name, p.birth_date) for p in people}
    finally:
        engine.dispose()


def test_the_registry_answer_of_a_head_of_family_lists_the_members(api: Api) -> None:
    clerk = station(api, "dam.clerk1")
    request_id, number = _with_relation(api, "head", "civil_extract_family")
    claim = api.open(request_id, clerk)
    assert claim.status_code == 200, claim.text
    family = claim.json()["registry"]["family"]
    members = family["members"]
    assert members[0]["national_number"] == number
    assert members[0]["relation"] == "head"
    relations = [m["relation"] for m in members]
    assert "wife" in relations
    # the record's order: the head, his wives, then the children from the eldest
    rank = {"head": 0, "wife": 1, "son": 2, "daughter": 2}
    assert relations == sorted(relations, key=rank.__getitem__)
    children = [m for m in members if m["relation"] in ("son", "daughter")]
    assert [c["birth_date"] for c in children] == sorted(c["birth_date"] for c in children)
    head_first = members[0]["first_name"]
    assert all(c["father_name"] == head_first for c in children)
    # every member is a person of the registry, with their own number, as registered
    registered = _registered(api, [m["national_number"] for m in members])
    assert len(registered) == len(members)
    for m in members:
        assert registered[m["national_number"]] == (
            m["first_name"],
            m["father_name"],
            date.fromisoformat(m["birth_date"]),
        )
    assert {m["status"] for m in members} <= {"alive", "deceased"}
    # the same answer through the older route
    again = api.get(f"/registry/{number}", clerk)
    assert again.json()["family"] == family


def test_a_child_is_answered_with_their_fathers_record(api: Api) -> None:
    clerk = station(api, "dam.clerk1")
    request_id, number = _with_relation(api, "son", "civil_extract_family")
    members = api.open(request_id, clerk).json()["registry"]["family"]["members"]
    mine = next(m for m in members if m["national_number"] == number)
    assert mine["relation"] == "son"
    assert mine["father_name"] == members[0]["first_name"]
    assert mine["last_name"] == members[0]["last_name"]


def test_another_service_gets_no_family(api: Api) -> None:
    clerk = station(api, "dam.clerk1")
    request_id, _ = _with_relation(api, "head", "criminal_record")
    claim = api.open(request_id, clerk)
    assert claim.status_code == 200
    assert claim.json()["registry"]["family"] is None
