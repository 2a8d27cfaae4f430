"""The personal fields a request submits and the civil registry holds."""

from __future__ import annotations

from enum import StrEnum


class PersonField(StrEnum):
    NATIONAL_NUMBER = "national_number"
    FIRST_NAME = "first_name"
    FATHER_NAME = "father_name"
    MOTHER_NAME = "mother_name"
    LAST_NAME = "last_name"
    BIRTH_DATE = "birth_date"
    BIRTH_PLACE = "birth_place"
    GENDER = "gender"


ALL_FIELDS: tuple[PersonField, ...] = tuple(PersonField)

# Labels shown beside each field; the UI passes them through its translator.
FIELD_LABELS_AR: dict[PersonField, str] = {
    PersonField.NATIONAL_NUMBER: "الرقم الوطني",
    PersonField.FIRST_NAME: "الاسم",
    PersonField.FATHER_NAME: "اسم الأب",
    PersonField.MOTHER_NAME: "اسم الأم ونسبتها",
    PersonField.LAST_NAME: "النسبة",
    PersonField.BIRTH_DATE: "تاريخ الولادة",
    PersonField.BIRTH_PLACE: "محل الولادة",
    PersonField.GENDER: "الجنس",
}

FIELD_LABELS_EN: dict[PersonField, str] = {
    PersonField.NATIONAL_NUMBER: "National number",
    PersonField.FIRST_NAME: "First name",
    PersonField.FATHER_NAME: "Father's name",
    PersonField.MOTHER_NAME: "Mother's full name",
    PersonField.LAST_NAME: "Family name",
    PersonField.BIRTH_DATE: "Date of birth",
    PersonField.BIRTH_PLACE: "Place of birth",
    PersonField.GENDER: "Gender",
}

GENDER_LABELS_AR = {"male": "ذكر", "female": "أنثى"}
