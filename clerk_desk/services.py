"""The service catalogue: what a center issues, how fast, and which fields it checks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clerk_desk.fields import ALL_FIELDS, PersonField


class ServiceClass(StrEnum):
    FAST = "fast"  # produced at the counter from registry data
    SLOW = "slow"  # waits on another body


@dataclass(frozen=True, slots=True)
class Service:
    code: str
    service_class: ServiceClass
    name_ar: str
    name_en: str
    issuing_body_ar: str
    checked_fields: tuple[PersonField, ...]
    # Its document prints the subject's family record: the registry answer carries it.
    with_family: bool = False


_NAME_FIELDS = (
    PersonField.NATIONAL_NUMBER,
    PersonField.FIRST_NAME,
    PersonField.FATHER_NAME,
    PersonField.MOTHER_NAME,
    PersonField.LAST_NAME,
    PersonField.BIRTH_DATE,
)

SERVICES: dict[str, Service] = {
    s.code: s
    for s in (
        Service(
            "civil_extract_individual",
            ServiceClass.FAST,
            "بيان قيد فردي",
            "Individual civil-registry extract",
            "الشؤون المدنية",
            ALL_FIELDS,
        ),
        Service(
            "civil_extract_family",
            ServiceClass.FAST,
            "بيان قيد عائلي",
            "Family civil-registry extract",
            "الشؤون المدنية",
            ALL_FIELDS,
            with_family=True,
        ),
        Service(
            "criminal_record",
            ServiceClass.FAST,
            "وثيقة غير محكوم",
            "Criminal-record certificate",
            "السجل العدلي",
            ALL_FIELDS,
        ),
        Service(
            "employee_register",
            ServiceClass.FAST,
            "بيان من سجل العاملين",
            "Public-employee register statement",
            "سجل العاملين",
            _NAME_FIELDS,
        ),
        Service(
            "education_document",
            ServiceClass.FAST,
            "وثيقة من وزارة التربية",
            "Ministry of Education document",
            "وزارة التربية",
            _NAME_FIELDS,
        ),
        Service(
            "higher_education_document",
            ServiceClass.SLOW,
            "وثيقة من وزارة التعليم العالي",
            "Ministry of Higher Education document",
            "وزارة التعليم العالي",
            _NAME_FIELDS,
        ),
        Service(
            "finance_clearance",
            ServiceClass.SLOW,
            "براءة ذمة مالية",
            "Ministry of Finance clearance",
            "وزارة المالية",
            _NAME_FIELDS,
        ),
        Service(
            "university_transcript",
            ServiceClass.SLOW,
            "كشف علامات جامعي",
            "Damascus University transcript",
            "جامعة دمشق",
            _NAME_FIELDS,
        ),
        Service(
            "real_estate_statement",
            ServiceClass.SLOW,
            "بيان عقاري",
            "Real-estate registry statement",
            "المصالح العقارية",
            _NAME_FIELDS,
        ),
    )
}


class UnknownService(KeyError):
    pass


def service(code: str) -> Service:
    try:
        return SERVICES[code]
    except KeyError:
        raise UnknownService(code) from None
