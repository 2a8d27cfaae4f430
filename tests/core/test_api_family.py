"""The family record in a registry answer is checked at the edge: a consistent record
parses (and an answer without one still does), anything else is refused with a message
that names a position, never a name or a number."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from clerk_desk.api import RegistryRecord
from clerk_desk.api_family import FamilyRecord, FamilyRelation

HEAD = "01234567890"


def member(number: str, relation: str, **change: Any) -> dict[str, Any]:
    base = {
        "head": ("أحمد", "سامر", "male", "1960-02-01", "متزوج"),
        "wife": ("هدى", "خالد", "female", "1965-07-12", "متزوجة"),
        "son": ("باسل", "أحمد", "male", "1990-05-17", "عازب"),
        "daughter": ("ريم", "أحمد", "female", "1994-11-03", "عزباء"),
    }[relation]
    first, father, gender, born, marital = base
    return {
        "national_number": number,
        "relation": relation,
        "first_name": first,
        "father_name": father,
        "mother_name": "هدى العلي" if relation in ("son", "daughter") else "سلمى الشامي",
        "last_name": "العلي" if relation == "wife" else "الحلبي",
        "birth_date": born,
        "birth_place": "دمشق",
        "gender": gender,
        "status": "alive",
        "marital_status_ar": marital,
        **change,
    }


def family(*members: dict[str, Any]) -> dict[str, Any]:
    return {
        "record_ref": "دمشق / 1234",
        "registry_office_ar": "أمانة السجل المدني في دمشق",
        "members": list(members),
    }


GOOD = family(
    member(HEAD, "head"),
    member("01234567891", "wife"),
    member("01234567893", "daughter"),
    member("01234567892", "son"),
)


def test_a_consistent_family_parses_and_is_ordered_as_the_record_lists_it() -> None:
    record = FamilyRecord.model_validate(GOOD)
    assert [m.relation for m in record.in_record_order()] == [
        FamilyRelation.HEAD,
        FamilyRelation.WIFE,
        FamilyRelation.SON,  # born 1990, before his sister
        FamilyRelation.DAUGHTER,
    ]


def subject(**change: Any) -> dict[str, Any]:
    head = member(HEAD, "head")
    keys = ("national_number", "first_name", "father_name", "mother_name", "last_name")
    return {
        **{k: head[k] for k in keys},
        "birth_date": head["birth_date"],
        "birth_place": "دمشق",
        "gender": "male",
        **change,
    }


def test_a_registry_answer_without_a_family_still_parses() -> None:
    assert RegistryRecord.model_validate(subject()).family is None
    assert RegistryRecord.model_validate(subject(family=GOOD)).family is not None


@pytest.mark.parametrize(
    ("members", "says"),
    [
        ([member("0123", "head")], "national_number"),
        ([member(HEAD, "head", birth_date="01/02/1960")], "birth_date"),
        ([{**member(HEAD, "head"), "relation": "cousin"}], "relation"),
        ([member(HEAD, "head", status="missing")], "status"),
        ([{k: v for k, v in member(HEAD, "head").items() if k != "birth_place"}], "birth_place"),
        ([member(HEAD, "head", first_name="")], "first_name"),
        ([member(HEAD, "head", first_name="أحمد\u202e")], "direction"),
        ([member(HEAD, "head", gender="female")], "wrong gender"),
        ([member(HEAD, "head", status="deceased")], "date of death"),
        ([member(HEAD, "head", died_on="1950-01-01", status="deceased")], "before the birth"),
        ([member("01234567891", "wife"), member(HEAD, "head")], "not its head"),
        ([member(HEAD, "head"), member(HEAD, "son")], "members.1: a national number"),
        ([member(HEAD, "head"), member("01234567891", "head")], "members.1: a family record"),
        ([member(HEAD, "head"), member("01234567892", "son", father_name="خالد")], "father"),
        ([member(HEAD, "head"), member("01234567892", "son", last_name="العلي")], "family name"),
        ([member(HEAD, "head"), member("01234567892", "son", birth_date="1950-01-01")], "born"),
        ([], "at least 1"),
    ],
)
def test_a_bad_family_is_refused_with_its_place(members: list[dict[str, Any]], says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        FamilyRecord.model_validate(family(*members))
    assert says in str(caught.value)
    for name in ("أحمد", "الحلبي", HEAD):  # the messages reach the log
        assert all(name not in error["msg"] for error in caught.value.errors())


def test_the_subject_must_be_in_the_family_sent_with_it() -> None:
    with pytest.raises(ValidationError, match="not a member"):
        RegistryRecord.model_validate(subject(national_number="09999999999", family=GOOD))
    with pytest.raises(ValidationError, match="entry in the family record"):
        RegistryRecord.model_validate(subject(first_name="محمد", family=GOOD))
