"""What ``clerk-desk verify`` prints about a document: which case it is, in Arabic and in
English, and the facts the code carries (proven, or only claimed)."""

from __future__ import annotations

from datetime import datetime

from printing.verification import Case, PublishedKeys, VerificationResult

_FACT_LABELS = (
    ("document_number", "رقم الوثيقة", "Document number"),
    ("center_code", "رمز المركز", "Center"),
    ("issued_on", "تاريخ الإصدار", "Issued on"),
    ("request_id", "رقم المعاملة", "Request"),
    ("service_code", "الخدمة", "Service"),
    ("national_number", "الرقم الوطني", "National number"),
    ("full_name", "الاسم", "Name"),
)

# Each case's verdict: Arabic, then English; {names} are filled from the result.
_VERDICTS: dict[Case, tuple[str, str]] = {
    "valid": (
        "الوثيقة صحيحة: وقّعتها المحطة {workstation} (المفتاح {key_id}) بشهادة من المركز "
        "{center} (مفتاح المركز {center_key_id})",
        "VALID: signed by workstation {workstation} (key {key_id}), certified by center "
        "{center} (center key {center_key_id})",
    ),
    "valid_revoked_later": (
        "الوثيقة صحيحة: وقّعتها المحطة {workstation} (المفتاح {key_id}) في {signed_at}، قبل "
        "إلغاء مفتاحها في {revoked_at}؛ ما توقّعه بعد الإلغاء لا يصح",
        "VALID: signed by workstation {workstation} (key {key_id}) at {signed_at}, before "
        "its key was revoked at {revoked_at}; what it signs after the revocation does not "
        "verify",
    ),
    "valid_center_key": (
        "الوثيقة صحيحة: موقّعة بمفتاح المركز نفسه ({key_id})، وثيقة من قبل مفاتيح المحطات",
        "VALID: signed by the center's own key ({key_id}), a document from before workstation keys",
    ),
    "tampered": (
        "الوثيقة غير صحيحة: عُبث بها، التوقيع لا يطابق ما يحمله الرمز",
        "INVALID (TAMPERED): {reason}",
    ),
    "revoked": (
        "الوثيقة غير صحيحة: وقّعتها المحطة {workstation} (المفتاح {key_id}) في {signed_at}، "
        "بعد إلغاء مفتاحها في {revoked_at}",
        "INVALID (REVOKED WORKSTATION): signed by workstation {workstation} (key {key_id}) "
        "at {signed_at}, after its key was revoked at {revoked_at}",
    ),
    "outside_validity": (
        "الوثيقة غير صحيحة: وُقّعت في {signed_at}، خارج مدة صلاحية شهادة المحطة",
        "INVALID: signed at {signed_at}, outside the workstation certificate's validity",
    ),
    "unknown_key": (
        "الوثيقة غير صحيحة: مفتاح التوقيع غير معروف لدى المراكز",
        "INVALID (UNKNOWN KEY): {reason}",
    ),
    "wrong_center": (
        "الوثيقة غير صحيحة: مفتاح التوقيع لمركز آخر غير المذكور في الوثيقة",
        "INVALID (WRONG CENTER): {reason}",
    ),
    "malformed": (
        "الوثيقة غير صحيحة: هذا ليس رمز تحقق صادراً عن مراكز خدمة المواطن",
        "INVALID: {reason}",
    ),
    "unreadable": ("تعذّرت قراءة رمز التحقق", "UNREADABLE: {reason}"),
}


def _at(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M:%S UTC")


def verdict(result: VerificationResult) -> str:
    """The verdict: a line in Arabic, then the same in English.

    Two lines, not one: a line mixing both scripts is laid out by whichever comes first,
    and a terminal or a log viewer shows half of it in the wrong order."""
    certificate = result.certificate
    values = {
        "reason": result.reason,
        "key_id": result.key_id or "",
        "workstation": certificate.workstation if certificate else "",
        "center": certificate.center_code if certificate else "",
        "center_key_id": certificate.center_key_id if certificate else "",
        "signed_at": _at(result.signed_at),
        "revoked_at": _at(result.revoked_at),
    }
    arabic, english = _VERDICTS[result.case]
    return f"{arabic.format(**values)}\n{english.format(**values)}"


def report(result: VerificationResult, published: PublishedKeys) -> list[str]:
    """Every line ``verify`` prints on standard output for a code it read."""
    lines = [verdict(result)]
    if result.facts is None:
        return lines
    lines.append(
        "يثبت الرمز ما يلي / The code proves:"
        if result.valid
        else "ما يدّعيه الرمز (غير مثبت) / What the code claims (NOT proven):"
    )
    for attribute, arabic, english in _FACT_LABELS:
        lines.append(f"  {arabic} / {english}: {getattr(result.facts, attribute)}")
    if result.signed_at is not None:
        lines.append(f"  وقت التوقيع / Signed at: {_at(result.signed_at)}")
    if result.valid:
        lines.append(
            "قارن هذه البيانات بالمطبوع على الوثيقة / Compare these with the printed page."
        )
    if published.as_of is not None and result.case != "valid_center_key":
        lines.append(
            f"قائمة المفاتيح الملغاة كما في {_at(published.as_of)} / "
            f"Revocations as of {_at(published.as_of)}"
        )
    return lines
