"""The sentence a citizen reads when a request is rejected because its data do not match.

It names the fields that failed, by their Arabic labels, in one sentence, with the noun
and its verb in the number Arabic wants (حقل، حقلا/حقلي، حقول): fields that differ from
the registry in one clause, fields the request left empty in another. Values are never
quoted: the citizen is told where to look, not what the registry holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from clerk_desk.comparison import Comparison, FieldStatus
from clerk_desk.digits import to_arabic_indic
from clerk_desk.fields import ALL_FIELDS, FIELD_LABELS_AR, PersonField
from clerk_desk.payments import RefundPolicy, refund_amount
from clerk_desk.reasons import REASONS

DATA_MISMATCH = "data_mismatch"
_REGISTRY = "قيد صاحب العلاقة في السجل المدني"


def _listed(fields: Sequence[PersonField]) -> str:
    """«الاسم»، «الاسم» و«اسم الأب»، «الاسم» و«اسم الأب» و«النسبة»: each joined by و."""
    return " و".join(f"«{FIELD_LABELS_AR[field]}»" for field in fields)


def _fields_noun(count: int, *, governed: bool) -> str:
    """حقل / حقول; the dual is حقلي after a preposition (``governed``) and حقلا as a subject."""
    if count == 1:
        return "حقل"
    if count == 2:
        return "حقلي" if governed else "حقلا"
    return "حقول"


def _not_matching(fields: Sequence[PersonField]) -> str:
    noun = _fields_noun(len(fields), governed=True)  # after في
    return f"لا تطابق البيانات المدخلة في {noun} {_listed(fields)} {_REGISTRY}"


def _not_given(fields: Sequence[PersonField]) -> str:
    # A verb before its subject is singular; before a broken plural of things, feminine.
    verb = "تُذكر" if len(fields) > 2 else "يُذكر"
    return f"لم {verb} في الطلب {_fields_noun(len(fields), governed=False)} {_listed(fields)}"


def _needed(count: int) -> str:
    """وهو مطلوب / وهما مطلوبان / وهي مطلوبة: the pronoun and adjective agree with the fields."""
    if count == 1:
        return "وهو مطلوب"
    if count == 2:
        return "وهما مطلوبان"
    return "وهي مطلوبة"


def mismatch_sentence(
    different: Iterable[PersonField], not_given: Iterable[PersonField] = ()
) -> str:
    """One sentence naming the fields that do not match the registry (``different``) and
    those the request did not give (``not_given``), each in the fields' order. Empty when
    both are empty."""
    differ = [field for field in ALL_FIELDS if field in set(different)]
    absent = [field for field in ALL_FIELDS if field in set(not_given)]
    if differ and absent:
        return f"{_not_matching(differ)}، و{_not_given(absent)}."
    if differ:
        return f"{_not_matching(differ)}."
    if absent:
        return f"{_not_given(absent)}، {_needed(len(absent))} لمطابقة {_REGISTRY}."
    return ""


def _pounds(amount: int) -> str:
    return f"{to_arabic_indic(f'{amount:,}').replace(',', '٬')} ليرة سورية"


def refund_for(reason_code: str, fee: int) -> tuple[RefundPolicy, int]:
    """What a rejection with ``reason_code``, once upheld, gives back of the ``fee``: the
    pounds, and whether that is all of it, a share or nothing (a share that rounds down
    to nothing is nothing)."""
    reason = REASONS[reason_code]
    back = refund_amount(reason.refund, reason.refund_share, fee)
    if back == 0:
        return RefundPolicy.NONE, 0
    return (RefundPolicy.WHOLE if back == fee else RefundPolicy.PARTIAL), back


def fee_sentence(reason_code: str, fee: int) -> str:
    """What becomes of the ``fee`` paid, for a rejection with ``reason_code``, as the
    catalogue says: given back whole, a share of it, or kept."""
    policy, back = refund_for(reason_code, fee)
    if policy is RefundPolicy.NONE:
        return f"لا يُردّ رسم المعاملة ({_pounds(fee)})."
    if policy is RefundPolicy.WHOLE:
        return f"يُردّ إليك رسم المعاملة كاملًا ({_pounds(fee)}) بالطريقة التي دفعته بها."
    share = to_arabic_indic(str(REASONS[reason_code].refund_share))
    return (
        f"يُردّ إليك {share}٪ من رسم المعاملة: {_pounds(back)} من {_pounds(fee)}، "
        "بالطريقة التي دفعته بها."
    )


def citizen_sentence(
    reason_code: str, comparison: Comparison | None, fee: int | None = None
) -> str:
    """What the citizen reads for a rejection with ``reason_code``: for a data mismatch,
    the sentence naming the checked fields that failed; otherwise the catalogue's text.
    With the ``fee`` paid, followed by what becomes of it (:func:`fee_sentence`)."""
    text = _reason_sentence(reason_code, comparison)
    return f"{text} {fee_sentence(reason_code, fee)}" if fee is not None else text


def _reason_sentence(reason_code: str, comparison: Comparison | None) -> str:
    text = REASONS[reason_code].citizen_text_ar
    if reason_code != DATA_MISMATCH or comparison is None:
        return text
    failing = comparison.blocking_fields
    not_given = [
        field
        for field in failing
        if comparison.fields[field].status is FieldStatus.MISSING
        and comparison.fields[field].submitted is None
    ]
    different = [field for field in failing if field not in not_given]
    return mismatch_sentence(different, not_given) or text
