"""The family record (قيد عائلي) in a registry answer: the head of the family and every
member registered with him, as a Syrian civil-registry record holds them.

A registry record (``clerk_desk.api.RegistryRecord``) carries one in ``family`` when the
request's service prints it (``Service.with_family``): the family extract. It is checked
at the edge like every other answer: each member with an eleven-digit national number, a
relation to the head, a birth date and place, and a status; one head, listed first; no
number twice; a wife is a woman and the head a man; every son and daughter carries the
head's first name as their father's and his family name. A record that breaks any of these
is refused (``BadAnswer`` "malformed" on the workstation), never printed. The messages
name positions, never a name or a number: they reach the log.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from clerk_desk.national_number import parse_national_number
from clerk_desk.plain_text import check_plain_text

# A family record is at most this long (a head, four wives, their children).
MAX_MEMBERS = 60


class FamilyRelation(StrEnum):
    """How a member is related to the head of the family (صاحب القيد)."""

    HEAD = "head"
    WIFE = "wife"
    SON = "son"
    DAUGHTER = "daughter"


class VitalStatus(StrEnum):
    ALIVE = "alive"
    DECEASED = "deceased"


# Printed in the extract's table, as the civil-affairs offices write them.
RELATION_AR: dict[FamilyRelation, str] = {
    FamilyRelation.HEAD: "صاحب القيد",
    FamilyRelation.WIFE: "زوجة",
    FamilyRelation.SON: "ابن",
    FamilyRelation.DAUGHTER: "ابنة",
}
_CHILDREN = (FamilyRelation.SON, FamilyRelation.DAUGHTER)
_GENDER_OF = {
    FamilyRelation.HEAD: "male",
    FamilyRelation.WIFE: "female",
    FamilyRelation.SON: "male",
    FamilyRelation.DAUGHTER: "female",
}


NationalNumber = Annotated[str, AfterValidator(parse_national_number)]
Text = Annotated[str, AfterValidator(check_plain_text), Field(min_length=1, max_length=200)]
OptionalText = Annotated[str, AfterValidator(check_plain_text), Field(max_length=200)]


class FamilyMember(BaseModel):
    """One person in the family record."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    national_number: NationalNumber
    relation: FamilyRelation
    first_name: Text
    father_name: Text
    mother_name: Text
    last_name: Text
    birth_date: date
    birth_place: Text
    gender: Annotated[str, Field(pattern="^(male|female)$")]
    status: VitalStatus
    marital_status_ar: OptionalText = ""  # الوضع العائلي, as the registry writes it
    died_on: date | None = None

    @model_validator(mode="after")
    def _checked(self) -> FamilyMember:
        if self.gender != _GENDER_OF[self.relation]:
            raise ValueError(f"a member related as {self.relation.value} has the wrong gender")
        if (self.status is VitalStatus.DECEASED) != (self.died_on is not None):
            raise ValueError("a date of death goes with the deceased status, and only with it")
        if self.died_on is not None and self.died_on < self.birth_date:
            raise ValueError("a date of death comes before the birth")
        return self

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.father_name} {self.last_name}"


class FamilyRecord(BaseModel):
    """The family record (قيد) the subject is registered in."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    record_ref: Text  # محل ورقم القيد
    registry_office_ar: Text  # أمانة السجل المدني
    members: Annotated[list[FamilyMember], Field(min_length=1, max_length=MAX_MEMBERS)]

    @model_validator(mode="after")
    def _consistent(self) -> FamilyRecord:
        head = self.members[0]
        if head.relation is not FamilyRelation.HEAD:
            raise ValueError("the first member of a family record is not its head")
        numbers: set[str] = set()
        for index, member in enumerate(self.members):
            if member.national_number in numbers:
                raise ValueError(f"members.{index}: a national number is listed twice")
            numbers.add(member.national_number)
            if index and member.relation is FamilyRelation.HEAD:
                raise ValueError(f"members.{index}: a family record has one head")
            if member.relation in _CHILDREN and (
                member.father_name != head.first_name or member.last_name != head.last_name
            ):
                raise ValueError(
                    f"members.{index}: a child's father or family name is not the head's"
                )
            if member.relation in _CHILDREN and member.birth_date <= head.birth_date:
                raise ValueError(f"members.{index}: a child is born before the head")
        return self

    def in_record_order(self) -> list[FamilyMember]:
        """The members as the record lists them: the head, his wives, then the children
        from the eldest (a stable order: equals keep the registry's)."""
        rank = {FamilyRelation.HEAD: 0, FamilyRelation.WIFE: 1}
        return sorted(
            self.members,
            key=lambda m: (
                rank.get(m.relation, 2),
                m.birth_date.toordinal() if m.relation in _CHILDREN else 0,
            ),
        )
