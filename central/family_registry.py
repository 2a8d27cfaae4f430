"""The family record (قيد عائلي) of a person in the civil-registry simulator, as the
registry answer carries it for a service that prints it (``Service.with_family``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import PersonRow
from central.family_db import FamilyMemberRow, FamilyRow
from clerk_desk.api_family import FamilyMember, FamilyRecord, FamilyRelation, VitalStatus
from clerk_desk.services import SERVICES


def with_family(service_code: str) -> bool:
    """Whether the registry answer for a request of ``service_code`` carries the family."""
    known = SERVICES.get(service_code)
    return known is not None and known.with_family


def family_of(session: Session, national_number: str) -> FamilyRecord | None:
    """The family record ``national_number`` is registered in, its members in the record's
    order (the head, his wives, the children from the eldest); None if in none."""
    place = session.get(FamilyMemberRow, national_number)
    if place is None:
        return None
    family = session.get(FamilyRow, place.family_id)
    assert family is not None  # a foreign key
    rows = session.execute(
        select(FamilyMemberRow, PersonRow)
        .join(PersonRow, PersonRow.national_number == FamilyMemberRow.national_number)
        .where(FamilyMemberRow.family_id == family.id)
        .order_by(PersonRow.birth_date, PersonRow.national_number)
    ).all()
    members = [
        FamilyMember(
            national_number=person.national_number,
            relation=FamilyRelation(member.relation),
            first_name=person.first_name,
            father_name=person.father_name,
            mother_name=person.mother_name,
            last_name=person.last_name,
            birth_date=person.birth_date,
            birth_place=person.birth_place,
            gender=person.gender,
            status=VitalStatus.DECEASED if member.died_on is not None else VitalStatus.ALIVE,
            marital_status_ar=person.marital_status_ar,
            died_on=member.died_on,
        )
        for member, person in rows
    ]
    record = FamilyRecord(
        record_ref=family.record_ref, registry_office_ar=family.registry_office_ar, members=members
    )
    return record.model_copy(update={"members": record.in_record_order()})
