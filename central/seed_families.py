"""The training registry's families: every person the seed made is put in a family record
(قيد), as a Syrian civil record holds them.

- a married man is the head of his own record, with his wife (now and then two) and their
  unmarried children;
- a married woman is a wife in her husband's record, with their children;
- an unmarried person is a son or daughter in the record of their father, whose first and
  family names are the person's father's and family names, with the mother the person's
  mother's name says, and brothers and sisters.

The relatives are new people of the registry, each with their own national number. The
people the seed made first (the subjects of its requests) stay alive and keep their data;
their place and number of record become the family's. Parents born long ago may be
deceased. Everything comes from its own ``random.Random``, so two seeded databases hold the
same families and the rest of the seed draws what it drew before.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import PersonRow
from central.family_db import FamilyMemberRow, FamilyRow
from central.seed_names import BIRTH_PLACES, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, national_number
from clerk_desk.api_family import FamilyRelation

FAMILY_SEED = 2026_13
LAST_BIRTH = date(2025, 12, 31)  # nobody is born after the registry's training day
_YEAR = 365


@dataclass
class _Family:
    head: PersonRow
    wives: list[PersonRow] = field(default_factory=list)
    children: list[PersonRow] = field(default_factory=list)
    deceased: dict[str, date] = field(default_factory=dict)  # national number → died on


class _Maker:
    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken
        self.refs: set[str] = set()

    def born_between(self, first: date, last: date) -> date:
        last = min(last, LAST_BIRTH)
        return first + timedelta(days=self.rng.randrange(max(1, (last - first).days)))

    def person(
        self,
        gender: str,
        born: date,
        place: str,
        *,
        first: str | None = None,
        father: str | None = None,
        mother: str | None = None,
        last: str | None = None,
        marital: str = "",
    ) -> PersonRow:
        rng = self.rng
        return PersonRow(
            national_number=national_number(rng, place, self.taken),
            first_name=first or rng.choice(MALE_NAMES if gender == "male" else FEMALE_NAMES),
            father_name=father or rng.choice(MALE_NAMES),
            mother_name=mother or f"{rng.choice(FEMALE_NAMES)} {rng.choice(FAMILY_NAMES)}",
            last_name=last or rng.choice(FAMILY_NAMES),
            birth_date=born,
            birth_place=place,
            gender=gender,
            marital_status_ar=marital,
        )

    def place_near(self, place: str) -> str:
        return place if self.rng.random() < 0.85 else self.rng.choice(list(BIRTH_PLACES))

    def children(self, family: _Family, first: date, count: int) -> None:
        """``count`` unmarried children of the head and one of his wives, born from ``first``."""
        head = family.head
        for _ in range(count):
            mother = self.rng.choice(family.wives)
            latest = min(mother.birth_date + timedelta(days=45 * _YEAR), LAST_BIRTH)
            if first >= latest:
                return
            gender = "male" if self.rng.random() < 0.5 else "female"
            family.children.append(
                self.person(
                    gender,
                    self.born_between(first, latest),
                    self.place_near(head.birth_place),
                    father=head.first_name,
                    mother=f"{mother.first_name} {mother.last_name}",
                    last=head.last_name,
                    marital="عازب" if gender == "male" else "عزباء",
                )
            )

    def maybe_deceased(self, family: _Family, person: PersonRow, after: date) -> None:
        """Someone born before 1960 may have died (after ``after``, before the seed); before
        1935, has."""
        year = person.birth_date.year
        if year < 1935 or (year < 1960 and self.rng.random() < 0.5):
            start = max(after, person.birth_date + timedelta(days=40 * _YEAR))
            if start < LAST_BIRTH:
                family.deceased[person.national_number] = self.born_between(start, LAST_BIRTH)

    def record_ref(self, place: str) -> str:
        while True:
            ref = f"{place} / {self.rng.randint(1, 9999)}"
            if ref not in self.refs:
                self.refs.add(ref)
                return ref


def _around_husband(maker: _Maker, person: PersonRow) -> _Family:
    rng = maker.rng
    family = _Family(head=person)
    for _ in range(2 if rng.random() < 0.06 else 1):
        born = person.birth_date + timedelta(days=rng.randint(0, 9 * _YEAR))
        born = min(born, LAST_BIRTH - timedelta(days=18 * _YEAR))  # no child bride
        wife = maker.person("female", born, maker.place_near(person.birth_place))
        wife.marital_status_ar = "متزوجة"
        family.wives.append(wife)
    youngest = max(w.birth_date for w in family.wives)
    maker.children(family, youngest + timedelta(days=19 * _YEAR), rng.randint(0, 6))
    for wife in family.wives:
        maker.maybe_deceased(family, wife, max(c.birth_date for c in family.children or [wife]))
    if all(w.national_number in family.deceased for w in family.wives):
        person.marital_status_ar = "أرمل"
    return family


def _around_wife(maker: _Maker, person: PersonRow) -> _Family:
    rng = maker.rng
    born = person.birth_date - timedelta(days=rng.randint(0, 9 * _YEAR))
    head = maker.person("male", born, maker.place_near(person.birth_place), marital="متزوج")
    family = _Family(head=head, wives=[person])
    maker.children(family, person.birth_date + timedelta(days=19 * _YEAR), rng.randint(0, 5))
    maker.maybe_deceased(family, head, max(c.birth_date for c in family.children or [person]))
    if head.national_number in family.deceased:
        person.marital_status_ar = "أرملة"
    return family


def _around_child(maker: _Maker, person: PersonRow) -> _Family:
    rng = maker.rng
    father_born = person.birth_date - timedelta(days=rng.randint(24 * _YEAR, 40 * _YEAR))
    head = maker.person(
        "male",
        father_born,
        maker.place_near(person.birth_place),
        first=person.father_name,
        last=person.last_name,
        marital="متزوج",
    )
    mother_first, _, mother_family = person.mother_name.partition(" ")
    mother_born = min(
        father_born + timedelta(days=rng.randint(0, 9 * _YEAR)),
        person.birth_date - timedelta(days=18 * _YEAR),
    )
    mother = maker.person(
        "female",
        mother_born,
        maker.place_near(head.birth_place),
        first=mother_first,
        last=mother_family or rng.choice(FAMILY_NAMES),
        marital="متزوجة",
    )
    family = _Family(head=head, wives=[mother], children=[person])
    maker.children(family, mother_born + timedelta(days=18 * _YEAR), rng.randint(0, 4))
    youngest = max(c.birth_date for c in family.children)
    maker.maybe_deceased(family, head, youngest)
    maker.maybe_deceased(family, mother, youngest)
    if head.national_number in family.deceased and mother.national_number not in family.deceased:
        mother.marital_status_ar = "أرملة"
    elif mother.national_number in family.deceased and head.national_number not in family.deceased:
        head.marital_status_ar = "أرمل"
    return family


def seed_families(session: Session, people: list[PersonRow]) -> int:
    """Put each of ``people`` (the seed's own, already added) in a family record with the
    relatives it makes; returns how many relatives it made."""
    rng = random.Random(FAMILY_SEED)
    maker = _Maker(rng, {p.national_number for p in people})
    made: list[PersonRow] = []
    members: list[FamilyMemberRow] = []
    families: list[tuple[FamilyRow, _Family]] = []
    for person in people:
        if person.marital_status_ar.startswith("متزوج"):
            family = (_around_husband if person.gender == "male" else _around_wife)(maker, person)
        else:
            family = _around_child(maker, person)
        place = family.head.birth_place
        row = FamilyRow(
            record_ref=maker.record_ref(place), registry_office_ar=f"أمانة السجل المدني في {place}"
        )
        families.append((row, family))
        for relative in (family.head, *family.wives, *family.children):
            relative.record_ref = row.record_ref
            relative.registry_office_ar = row.registry_office_ar
            if relative is not person:
                made.append(relative)
    session.add_all(made)
    session.add_all(row for row, _ in families)
    session.flush()
    for row, family in families:
        for relation, relatives in (
            (FamilyRelation.HEAD, [family.head]),
            (FamilyRelation.WIFE, family.wives),
            (FamilyRelation.SON, [c for c in family.children if c.gender == "male"]),
            (FamilyRelation.DAUGHTER, [c for c in family.children if c.gender == "female"]),
        ):
            members += [
                FamilyMemberRow(
                    national_number=r.national_number,
                    family_id=row.id,
                    relation=relation.value,
                    died_on=family.deceased.get(r.national_number),
                )
                for r in relatives
            ]
    session.add_all(members)
    return len(made)


def deceased_numbers(session: Session) -> set[str]:
    """The national numbers of the registry's deceased (never the subject of a request)."""
    query = select(FamilyMemberRow.national_number).where(FamilyMemberRow.died_on.is_not(None))
    return set(session.scalars(query))
