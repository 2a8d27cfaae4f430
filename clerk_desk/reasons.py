"""The catalogue of rejection reasons a clerk chooses from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RejectionReason:
    code: str
    label_ar: str
    label_en: str
    citizen_text_ar: str  # the sentence the citizen reads; the clerk may edit it


REASONS: dict[str, RejectionReason] = {
    r.code: r
    for r in (
        RejectionReason(
            "data_mismatch",
            "عدم تطابق البيانات مع السجل المدني",
            "Data does not match the civil registry",
            "البيانات المدخلة في الطلب لا تطابق قيد صاحب العلاقة في السجل المدني.",
        ),
        RejectionReason(
            "missing_document",
            "وثيقة مطلوبة غير مرفقة",
            "A required document is missing",
            "لم ترفق الوثيقة المطلوبة لإتمام المعاملة.",
        ),
        RejectionReason(
            "duplicate_request",
            "طلب مكرر",
            "Duplicate request",
            "سبق تقديم طلب مماثل لصاحب العلاقة نفسه وهو قيد المعالجة.",
        ),
        RejectionReason(
            "other",
            "سبب آخر",
            "Other reason",
            "تعذر إتمام المعاملة.",
        ),
    )
}


def is_reason_code(code: str) -> bool:
    return code in REASONS
