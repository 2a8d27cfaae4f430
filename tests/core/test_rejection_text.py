"""The citizen's rejection sentence: one natural Arabic sentence for every combination of one
to three failing fields, each field different from the registry or not given."""

from __future__ import annotations

import itertools
import re

import pytest

from clerk_desk.comparison import compare_records
from clerk_desk.fields import ALL_FIELDS, FIELD_LABELS_AR, PersonField
from clerk_desk.reasons import REASONS
from clerk_desk.rejection_text import citizen_sentence, mismatch_sentence

F = PersonField
REGISTRY_PHRASE = "قيد صاحب العلاقة في السجل المدني"

# The noun for the fields, by count: after the preposition في (genitive) and as a subject.
AFTER_FI = {1: "في حقل «", 2: "في حقلي «", 3: "في حقول «"}
AS_SUBJECT = {1: "يُذكر في الطلب حقل «", 2: "يُذكر في الطلب حقلا «", 3: "تُذكر في الطلب حقول «"}
NEEDED = {1: "، وهو مطلوب لمطابقة ", 2: "، وهما مطلوبان لمطابقة ", 3: "، وهي مطلوبة لمطابقة "}


def listed(fields) -> str:
    return " و".join(f"«{FIELD_LABELS_AR[field]}»" for field in fields)


def every_case():
    """Every set of one to three fields, each either different or not given."""
    for count in (1, 2, 3):
        for fields in itertools.combinations(ALL_FIELDS, count):
            for kinds in itertools.product(("different", "not given"), repeat=count):
                different = [
                    f for f, kind in zip(fields, kinds, strict=True) if kind == "different"
                ]
                not_given = [
                    f for f, kind in zip(fields, kinds, strict=True) if kind != "different"
                ]
                yield fields, different, not_given


def test_every_combination_of_one_to_three_fields_is_one_natural_sentence():
    cases = 0
    for fields, different, not_given in every_case():
        cases += 1
        sentence = mismatch_sentence(different, not_given)
        where = f"{[f.value for f in different]} / {[f.value for f in not_given]}: {sentence}"
        # One sentence: one full stop, at the end; no line break, no doubled space or comma.
        assert sentence.endswith("."), where
        assert re.search(r"[.!?؟\n]", sentence[:-1]) is None, where
        assert "  " not in sentence and "،،" not in sentence and " ،" not in sentence, where
        assert sentence.count(REGISTRY_PHRASE) == 1, where
        # Each failing field named once, quoted; no other field named.
        for field in ALL_FIELDS:
            assert sentence.count(f"«{FIELD_LABELS_AR[field]}»") == (field in fields), where
        if different:
            clause = AFTER_FI[len(different)] + listed(different)[1:] + f" {REGISTRY_PHRASE}"
            assert sentence.startswith("لا تطابق البيانات المدخلة " + clause), where
        if not_given:
            clause = "لم " + AS_SUBJECT[len(not_given)] + listed(not_given)[1:]
            if different:
                assert sentence.endswith(f"، و{clause}."), where
            else:
                assert sentence.startswith(clause + NEEDED[len(not_given)]), where
    assert cases == 8 * 2 + 28 * 4 + 56 * 8


@pytest.mark.parametrize(
    ("different", "not_given", "expected"),
    [
        (
            [F.FIRST_NAME],
            [],
            "لا تطابق البيانات المدخلة في حقل «الاسم» قيد صاحب العلاقة في السجل المدني.",
        ),
        (
            [F.FIRST_NAME, F.FATHER_NAME],
            [],
            "لا تطابق البيانات المدخلة في حقلي «الاسم» و«اسم الأب» "
            "قيد صاحب العلاقة في السجل المدني.",
        ),
        (
            [F.LAST_NAME, F.FIRST_NAME, F.BIRTH_DATE],
            [],
            "لا تطابق البيانات المدخلة في حقول «الاسم» و«النسبة» و«تاريخ الولادة» "
            "قيد صاحب العلاقة في السجل المدني.",
        ),
        (
            [],
            [F.BIRTH_PLACE],
            "لم يُذكر في الطلب حقل «محل الولادة»، وهو مطلوب لمطابقة "
            "قيد صاحب العلاقة في السجل المدني.",
        ),
        (
            [],
            [F.BIRTH_PLACE, F.MOTHER_NAME],
            "لم يُذكر في الطلب حقلا «اسم الأم ونسبتها» و«محل الولادة»، وهما مطلوبان لمطابقة "
            "قيد صاحب العلاقة في السجل المدني.",
        ),
        (
            [],
            [F.BIRTH_PLACE, F.MOTHER_NAME, F.GENDER],
            "لم تُذكر في الطلب حقول «اسم الأم ونسبتها» و«محل الولادة» و«الجنس»، وهي مطلوبة "
            "لمطابقة قيد صاحب العلاقة في السجل المدني.",
        ),
        (
            [F.NATIONAL_NUMBER],
            [F.BIRTH_PLACE, F.GENDER],
            "لا تطابق البيانات المدخلة في حقل «الرقم الوطني» قيد صاحب العلاقة في السجل المدني، "
            "ولم يُذكر في الطلب حقلا «محل الولادة» و«الجنس».",
        ),
    ],
)
def test_sentences_read_as_written(different, not_given, expected):
    assert mismatch_sentence(different, not_given) == expected


def test_no_failing_field_no_sentence():
    assert mismatch_sentence([], []) == ""


REGISTRY = {
    "national_number": "12345678901",
    "first_name": "أحمد",
    "father_name": "عبدالله",
    "mother_name": "فاطمة",
    "last_name": "الحلبي",
    "birth_date": "1990-05-12",
    "birth_place": "حلب",
    "gender": "male",
}


def test_from_a_comparison_only_checked_failing_fields_are_named():
    submitted = dict(REGISTRY, first_name="رامي", father_name="عبد الله", birth_place=None)
    comparison = compare_records(submitted, REGISTRY)
    sentence = citizen_sentence("data_mismatch", comparison)
    assert sentence == (
        "لا تطابق البيانات المدخلة في حقل «الاسم» قيد صاحب العلاقة في السجل المدني، "
        "ولم يُذكر في الطلب حقل «محل الولادة»."
    )
    assert "رامي" not in sentence and "أحمد" not in sentence  # no value is disclosed
    # Given in the request but not in the registry: it does not match the registry.
    only_submitted = compare_records(dict(REGISTRY), dict(REGISTRY, birth_place=None))
    assert "في حقل «محل الولادة» قيد" in citizen_sentence("data_mismatch", only_submitted)
    unchecked = compare_records(submitted, REGISTRY, [F.FATHER_NAME])
    assert citizen_sentence("data_mismatch", unchecked) == REASONS["data_mismatch"].citizen_text_ar


@pytest.mark.parametrize("code", sorted(REASONS))
def test_other_reasons_keep_the_catalogue_text(code):
    comparison = compare_records(dict(REGISTRY, first_name="رامي"), REGISTRY)
    if code != "data_mismatch":
        assert citizen_sentence(code, comparison) == REASONS[code].citizen_text_ar
    assert citizen_sentence(code, None) == REASONS[code].citizen_text_ar


def test_the_citizen_is_told_what_becomes_of_the_fee() -> None:
    from clerk_desk.reasons import REASONS
    from clerk_desk.rejection_text import citizen_sentence, fee_sentence

    whole = citizen_sentence("duplicate_request", None, 7500)
    assert whole.startswith(REASONS["duplicate_request"].citizen_text_ar)
    assert "يُردّ إليك رسم المعاملة كاملًا (٧٬٥٠٠ ليرة سورية)" in whole
    # Half of it, rounded down to the pound: never more than the catalogue's share.
    assert "٥٠٪" in fee_sentence("data_mismatch", 7501)
    assert "٣٬٧٥٠ ليرة سورية من ٧٬٥٠١ ليرة سورية" in fee_sentence("data_mismatch", 7501)
    # Without the fee known, the sentence is the reason's alone, as before.
    assert citizen_sentence("other", None) == REASONS["other"].citizen_text_ar


def test_a_reason_that_keeps_the_fee_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from clerk_desk import rejection_text
    from clerk_desk.payments import RefundPolicy

    kept = replace(rejection_text.REASONS["other"], refund=RefundPolicy.NONE)
    monkeypatch.setitem(rejection_text.REASONS, "other", kept)
    assert rejection_text.fee_sentence("other", 6000) == "لا يُردّ رسم المعاملة (٦٬٠٠٠ ليرة سورية)."


def test_what_a_reason_gives_back_of_the_fee() -> None:
    from clerk_desk.payments import RefundPolicy
    from clerk_desk.rejection_text import refund_for

    assert refund_for("duplicate_request", 7500) == (RefundPolicy.WHOLE, 7500)
    assert refund_for("data_mismatch", 7501) == (RefundPolicy.PARTIAL, 3750)
    assert refund_for("data_mismatch", 1) == (RefundPolicy.NONE, 0)  # half a pound: none
