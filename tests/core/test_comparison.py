"""Field comparison: one table per rule, both directions, then the verdict and properties."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from clerk_desk.arabic import DIACRITICS, TATWEEL
from clerk_desk.comparison import (
    Comparison,
    FieldComparison,
    FieldStatus,
    Verdict,
    _field_comparison,
    compare_records,
    is_one_edit,
    parse_date,
    parse_gender,
)
from clerk_desk.fields import ALL_FIELDS, PersonField
from clerk_desk.national_number import InvalidNationalNumber
from clerk_desk.services import service

F = PersonField
IDENTICAL, EQUIVALENT = FieldStatus.IDENTICAL, FieldStatus.EQUIVALENT
DIFFERENT, MISSING = FieldStatus.DIFFERENT, FieldStatus.MISSING
NN = "12345678901"


def compare_field(field: PersonField, submitted: str | None, registry: str | None):
    comparison = compare_records({field: submitted}, {field: registry})
    return comparison.fields.get(field)


def both_ways(field, first, second):
    """The result each way round; asserts the status and the typo hint are symmetric."""
    forward = compare_field(field, first, second)
    backward = compare_field(field, second, first)
    assert forward.status is backward.status
    assert forward.possible_typo is backward.possible_typo
    # Highlight spans may differ between the two directions where several alignments are
    # equally good; test_spans_cover_every_difference checks each is sound.
    return forward


NAME_CASES = [
    # identical: equal after trimming outer white space
    ("رامي", "رامي", IDENTICAL, False),
    ("  رامي ", "رامي", IDENTICAL, False),
    ("رامي\u00a0", "رامي", IDENTICAL, False),
    # equivalent: orthography only
    ("مُحَمَّد", "محمد", EQUIVALENT, False),
    ("محـمـد", "محمد", EQUIVALENT, False),
    ("أحمد", "احمد", EQUIVALENT, False),
    ("إبراهيم", "ابراهيم", EQUIVALENT, False),
    ("آمنة", "امنة", EQUIVALENT, False),
    ("ٱلسيد", "السيد", EQUIVALENT, False),
    ("ليلى", "ليلي", EQUIVALENT, False),
    ("فاطمة", "فاطمه", EQUIVALENT, False),
    ("عبد الله", "عبدالله", EQUIVALENT, False),
    ("أبو بكر", "ابوبكر", EQUIVALENT, False),
    ("عبد الرحمن", "عبدالرحمن", EQUIVALENT, False),
    ("محمد  علي", "محمد علي", EQUIVALENT, False),
    ("\u200fسعيد", "سعيد", EQUIVALENT, False),
    ("مؤمن", "مومن", EQUIVALENT, False),
    ("وائل", "وايل", EQUIVALENT, False),
    ("علی", "علي", EQUIVALENT, False),
    ("کندة", "كنده", EQUIVALENT, False),
    ("ﻓﺎﻃﻤﺔ", "فاطمة", EQUIVALENT, False),
    ("سا\u200bمر", "سامر", EQUIVALENT, False),
    # different, however similar; one edit apart carries the hint
    ("رامي", "رامز", DIFFERENT, True),
    ("سعيد", "سعد", DIFFERENT, True),
    ("كريم", "كريمة", DIFFERENT, True),
    ("كريم", "كريمه", DIFFERENT, True),
    ("جمال", "جميل", DIFFERENT, True),
    ("عبدالله", "عبد اللطيف", DIFFERENT, False),
    ("عبد الله", "عبداللطيف", DIFFERENT, False),
    ("محمد", "محمود", DIFFERENT, True),  # one letter added is still another name
    ("محمد علي", "محمدعلي", DIFFERENT, True),
    ("سعيد", "سيعد", DIFFERENT, True),  # two letters swapped
    ("أحمد", "حسن", DIFFERENT, False),
    ("رؤوف", "رءوف", DIFFERENT, True),  # the hamza on the line is not on a seat
    ("أسماء", "أسما", DIFFERENT, True),
    ("كمال", "گمال", DIFFERENT, True),  # gaf is not kaf
    ("محمد علي", "علي محمد", DIFFERENT, False),  # token order
    ("عبد الله", "عبد", DIFFERENT, False),  # a compound against its first part
    ("أحمد", "Ahmad", DIFFERENT, False),  # a Latin transliteration
    ("\u202eرامي", "رامي", DIFFERENT, False),  # a character that reorders text
    ("\u202eأحمد", "\u202eاحمد", DIFFERENT, False),  # even the same one on both sides
    ("رامي\U000e0041", "رامي", DIFFERENT, False),  # a tag character carries hidden text
    # missing: present on one side only
    ("رامي", None, MISSING, False),
    ("رامي", "", MISSING, False),
    ("رامي", "   ", MISSING, False),
]


@pytest.mark.parametrize("field", [F.FIRST_NAME, F.FATHER_NAME, F.MOTHER_NAME, F.LAST_NAME])
@pytest.mark.parametrize(("first", "second", "status", "typo"), NAME_CASES)
def test_names(field, first, second, status, typo):
    result = both_ways(field, first, second)
    assert result.status is status
    assert result.possible_typo is typo


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("1990-05-12", "1990-05-12", IDENTICAL),
        ("1990-05-12", "12/05/1990", EQUIVALENT),
        ("1990-05-12", "١٢/٠٥/١٩٩٠", EQUIVALENT),
        ("1990-05-12", "۱۲-۰۵-۱۹۹۰", EQUIVALENT),
        ("1990-05-12", "1990/05/12", EQUIVALENT),
        ("1990-05-12", "١٩٩٠-٠٥-١٢", EQUIVALENT),
        ("1990-05-12", "12-5-1990", EQUIVALENT),
        ("1990-05-12", "12.05.1990", EQUIVALENT),
        ("1990-05-12", "12.5.1990", EQUIVALENT),
        ("1990-05-12", "12 05 1990", EQUIVALENT),
        ("1990-05-12", "12\\05\\1990", EQUIVALENT),
        ("1990-05-12", "12 / 05 / 1990", EQUIVALENT),
        ("1990-05-12", "12–05–1990", EQUIVALENT),  # an en dash
        ("1990-05-12", "١٢٫٠٥٫١٩٩٠", EQUIVALENT),
        ("1990-05-12", "12/05/1990م", EQUIVALENT),
        ("1990-05-12", "12 أيار 1990", EQUIVALENT),
        ("1990-05-12", "١٢ أيار ١٩٩٠", EQUIVALENT),
        ("1990-05-12", "12 ايار 1990", EQUIVALENT),
        ("1990-05-12", "12-أيار-1990", EQUIVALENT),
        ("1990-05-12", "12 مايو 1990", EQUIVALENT),
        ("1990-05-12", "12 أيار، 1990", EQUIVALENT),
        ("1990-01-03", "3 كانون الثاني 1990", EQUIVALENT),
        ("1990-01-03", "3 يناير 1990", EQUIVALENT),
        ("1990-12-03", "3 كانون الأول 1990", EQUIVALENT),
        ("1990-10-03", "٣ تشرين الأول ١٩٩٠", EQUIVALENT),
        ("1990-11-03", "3 تشرين ثاني 1990", EQUIVALENT),
        ("1990-08-03", "3 آب 1990", EQUIVALENT),
        ("1990-08-03", "3 أغسطس 1990", EQUIVALENT),
        ("12 أيار 1990", "12 مايو 1990", EQUIVALENT),
        ("1990-05-12", "12 نيسان 1990", DIFFERENT),  # another month's name
        ("1990-01-03", "3 كانون الأول 1990", DIFFERENT),  # كانون الأول is December
        ("1990-11-03", "3 تشرين الأول 1990", DIFFERENT),
        ("1990-05-12", "12.05-1990", DIFFERENT),  # two separators: not read
        ("1990-05-12", "1990-12-05", DIFFERENT),  # year, day, month is not read
        ("1990-05-12", "12/05/1990 هـ", DIFFERENT),  # a Hijri year is another year
        ("1990-12-31", "12/31/1990", DIFFERENT),  # month first: there is no month 31
        ("1990-05-12", "1990-05-13", DIFFERENT),
        ("1990-05-12", "05/12/1990", DIFFERENT),  # DD/MM/YYYY: this is 5 December
        ("1990-05-12", "12/05/90", DIFFERENT),  # two-digit years are not read
        ("1990-05-12", "May 12, 1990", DIFFERENT),
        ("1990-02-30", "30/02/1990", DIFFERENT),  # no such day: never the same date
        ("1990-02-28", "30 شباط 1990", DIFFERENT),
        ("1990-02-28", "00/02/1990", DIFFERENT),
        ("1990-02-28", "28/13/1990", DIFFERENT),
        ("قبل الحرب", "قبل الحرب", IDENTICAL),
        ("1990-05-12", None, MISSING),
    ],
)
def test_birth_dates(first, second, status):
    assert both_ways(F.BIRTH_DATE, first, second).status is status


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("male", "male", IDENTICAL),
        ("ذكر", "male", EQUIVALENT),
        ("M", "male", EQUIVALENT),
        ("m", "male", EQUIVALENT),
        ("Male", "male", EQUIVALENT),
        ("أنثى", "female", EQUIVALENT),
        ("انثى", "female", EQUIVALENT),
        ("F", "female", EQUIVALENT),
        ("أنثى", "انثى", EQUIVALENT),
        ("ذكر", "female", DIFFERENT),
        ("F", "male", DIFFERENT),
        ("female", "male", DIFFERENT),
        ("رجل", "male", DIFFERENT),
        ("ذكر", None, MISSING),
    ],
)
def test_gender(first, second, status):
    assert both_ways(F.GENDER, first, second).status is status


@pytest.mark.parametrize(
    ("first", "second", "status", "typo"),
    [
        (NN, NN, IDENTICAL, False),
        (NN, f" {NN} ", IDENTICAL, False),
        (NN, "١٢٣٤٥٦٧٨٩٠١", EQUIVALENT, False),
        (NN, "۱۲۳۴۵۶۷۸۹۰۱", EQUIVALENT, False),
        (NN, "123 456 789 01", EQUIVALENT, False),
        (NN, "123-4567-8901", EQUIVALENT, False),
        (NN, "1234 - 5678 - 901", EQUIVALENT, False),
        (NN, "١٢٣ ٤٥٦ ٧٨٩ ٠١", EQUIVALENT, False),
        (NN, "123 456 789 02", DIFFERENT, True),
        (NN, "12345678902", DIFFERENT, True),
        (NN, "12345678910", DIFFERENT, True),
        (NN, "98765432109", DIFFERENT, False),
        (NN, None, MISSING, False),
    ],
)
def test_national_numbers(first, second, status, typo):
    result = both_ways(F.NATIONAL_NUMBER, first, second)
    assert result.status is status
    assert result.possible_typo is typo


@pytest.mark.parametrize(
    "bad",
    ["1234567890", "123456789012", "1234567890a", "123 4567890", "123--45678901", "-12345678901"],
)
@pytest.mark.parametrize("side", ["submitted", "registry"])
def test_an_invalid_national_number_is_refused(bad, side):
    records = {"submitted": {"national_number": NN}, "registry": {"national_number": NN}}
    records[side]["national_number"] = bad
    with pytest.raises(InvalidNationalNumber, match=f"^{side} national number"):
        compare_records(records["submitted"], records["registry"])
    with pytest.raises(InvalidNationalNumber):
        compare_records({"national_number": bad}, {"national_number": bad})
    with pytest.raises(InvalidNationalNumber):
        compare_records({"national_number": bad}, {})


def test_national_numbers_stay_strings():
    result = compare_field(F.NATIONAL_NUMBER, "01234567890", "٠١٢٣٤٥٦٧٨٩٠")
    assert result.submitted == "01234567890"
    assert result.status is EQUIVALENT


def test_unknown_keys_are_refused():
    with pytest.raises(ValueError, match="unknown field"):
        compare_records({"nickname": "أبو علي"}, {})


def test_absent_on_both_sides_has_no_entry():
    comparison = compare_records(
        {"first_name": "رامي", "last_name": "  ", "birth_place": None},
        {"first_name": "رامي", "last_name": None},
    )
    assert list(comparison.fields) == [F.FIRST_NAME]


def test_missing_keeps_the_present_value_and_none():
    result = compare_field(F.FIRST_NAME, None, "رامي")
    assert (result.submitted, result.registry) == (None, "رامي")
    assert result.registry_diff == ((0, 4),)
    result = compare_field(F.FIRST_NAME, " رامي", "")
    assert (result.submitted, result.registry) == (" رامي", None)
    assert result.submitted_diff == ((1, 5),)


# --- explanations ------------------------------------------------------------------------

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.mark.parametrize(("first", "second", "status", "typo"), NAME_CASES)
def test_every_non_identical_result_is_explained_in_both_languages(first, second, status, typo):
    result = compare_field(F.FIRST_NAME, first, second)
    if status is not IDENTICAL:
        assert ARABIC.search(result.explanation_ar)
        assert result.explanation_en.startswith(("Different", "Written", "Given", "In the"))


def test_equivalent_explanations_name_the_normalisations():
    result = compare_field(F.FATHER_NAME, "أبو بكر", "ابوبكر")
    assert "همزة" in result.explanation_ar
    assert "المركب" in result.explanation_ar
    assert "hamza" in result.explanation_en
    assert "compound" in result.explanation_en
    date = compare_field(F.BIRTH_DATE, "١٢/٠٥/١٩٩٠", "1990-05-12")
    assert "date format" in date.explanation_en
    assert "digits" in date.explanation_en
    gender = compare_field(F.GENDER, "ذكر", "male")
    assert "same gender" in gender.explanation_en


@pytest.mark.parametrize(
    ("field", "first", "second", "rules", "words_ar", "words_en"),
    [
        (F.FIRST_NAME, "مؤمن", "مومن", ["hamza_waw"], "همزة الواو", "hamza on waw"),
        (F.FIRST_NAME, "فائز", "فايز", ["hamza_yaa"], "همزة الياء", "hamza on yaa"),
        (F.FIRST_NAME, "علی", "علي", ["keyboard"], "لوحة مفاتيح", "keyboard"),
        (F.FIRST_NAME, "ﻋﻠﻲ", "علي", ["compatibility"], "أشكال العرض", "presentation forms"),
        (F.FIRST_NAME, "سا\u200bمر", "سامر", ["invisible"], "غير مرئية", "invisible"),
        (F.BIRTH_DATE, "12.05.1990", "1990-05-12", ["date_format"], "12 أيار 1990", "12 May 1990"),
        (F.BIRTH_DATE, "12 أيار 1990", "12/05/1990", ["month_name"], "اسم الشهر", "month's name"),
        (
            F.BIRTH_DATE,
            "١٢ مايو ١٩٩٠",
            "1990-05-12",
            ["digits", "month_name", "date_format"],
            "أيار",
            "May",
        ),
        (F.GENDER, "أنثى", "female", ["gender_word"], "كلاهما أنثى", "both female"),
        (F.NATIONAL_NUMBER, "123 456 789 01", NN, ["number_groups"], "مجموعات", "groups"),
        (
            F.NATIONAL_NUMBER,
            "١٢٣-٤٥٦-٧٨٩-٠١",
            NN,
            ["digits", "number_groups"],
            "الهندية",
            "Arabic-Indic",
        ),
    ],
)
def test_each_equivalence_names_its_rules_and_says_them(
    field, first, second, rules, words_ar, words_en
):
    for submitted, registry in ((first, second), (second, first)):
        result = compare_field(field, submitted, registry)
        assert result.status is EQUIVALENT
        assert list(result.rules) == rules
        assert result.to_json()["rules"] == rules
        assert result.explanation_ar.startswith("الاختلاف في طريقة الكتابة فقط: ")
        assert words_ar in result.explanation_ar
        assert words_en in result.explanation_en


def test_only_an_equivalence_names_rules():
    for first, second in (("رامي", "رامي"), ("رامي", "رامز"), ("رامي", None)):
        assert compare_field(F.FIRST_NAME, first, second).rules == ()


def test_a_date_that_is_no_date_is_explained():
    result = compare_field(F.BIRTH_DATE, "30/02/1990", "1990-02-28")
    assert "«30/02/1990» في الطلب ليس تاريخاً حقيقياً: شهر شباط 1990 فيه 28 يوماً" in (
        result.explanation_ar
    )
    assert "February 1990 has 28 days" in result.explanation_en
    leap = compare_field(F.BIRTH_DATE, "1992-02-30", "1992-02-29")
    assert "February 1992 has 29 days" in leap.explanation_en
    assert "(registry)" not in leap.explanation_en
    month_first = compare_field(F.BIRTH_DATE, "12/31/1990", "1990-12-31")
    assert "there is no month 31 (a date is read day first" in month_first.explanation_en
    assert not month_first.possible_typo


def test_a_month_first_reading_is_said_but_never_passes():
    result = compare_field(F.BIRTH_DATE, "05/12/1990", "1990-05-12")
    assert result.status is DIFFERENT
    assert "read month first it would be the same date" in result.explanation_en
    assert "يُقرأ باليوم أولاً" in result.explanation_ar
    assert (
        "month first" not in compare_field(F.BIRTH_DATE, "1990-05-13", "1990-05-12").explanation_en
    )


def test_a_hiding_character_is_named_not_quoted():
    result = compare_field(F.LAST_NAME, "الحلبي\u202e", "الحلبي")
    assert "U+202E" in result.explanation_en and "U+202E" in result.explanation_ar
    assert "\u202e" not in result.explanation_ar + result.explanation_en
    assert not result.possible_typo
    date = compare_field(F.BIRTH_DATE, "\u202e1990-05-12", "1990-05-12")
    assert date.status is DIFFERENT and "U+202E" in date.explanation_en


def test_different_explanations_say_where():
    result = compare_field(F.FIRST_NAME, "رامي", "رامز")
    assert "«ي»" in result.explanation_ar and "«ز»" in result.explanation_ar
    assert "possibly a typing error" in result.explanation_en
    result = compare_field(F.LAST_NAME, "كريمة", "كريم")
    assert "extra “ة”" in result.explanation_en  # as typed, not the folded ه
    assert "«كريمة»" in result.explanation_ar
    date = compare_field(F.BIRTH_DATE, "1990-05-12", "1991-05-12")
    assert "year 1990 submitted, 1991 in the registry" in date.explanation_en
    number = compare_field(F.NATIONAL_NUMBER, NN, "12345678902")
    assert "digit 11" in number.explanation_en


# --- highlight spans ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "first_spans", "second_spans"),
    [
        ("رامي", "رامز", ((3, 4),), ((3, 4),)),
        ("كريمة", "كريم", ((4, 5),), ()),
        ("فاطمة أحمد", "فاطمه احمد", ((4, 5), (6, 7)), ((4, 5), (6, 7))),
        ("عبد الله", "عبدالله", ((3, 4),), ()),
        ("  أحمد", "احمد", ((2, 3),), ((0, 1),)),
        ("مُحَمَّد", "محمد", ((1, 2), (3, 4), (5, 7)), ()),
    ],
)
def test_spans_point_at_the_difference_in_the_originals(first, second, first_spans, second_spans):
    result = compare_field(F.FIRST_NAME, first, second)
    assert result.submitted_diff == first_spans
    assert result.registry_diff == second_spans


def outside(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    kept = list(text)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        kept[start:end] = [""] * (end - start)
    return "".join(kept)


# --- properties --------------------------------------------------------------------------

# Letters outside every normalisation class: changing one is always a real difference.
PLAIN_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنو"
NAME_ALPHABET = PLAIN_LETTERS + "اأإآىيةه " + DIACRITICS[:6] + TATWEEL
name_fields = st.sampled_from([F.FIRST_NAME, F.FATHER_NAME, F.MOTHER_NAME, F.LAST_NAME])
plain_names = st.text(PLAIN_LETTERS + "اأىيةه", min_size=1, max_size=12)
any_text = st.one_of(
    st.text(NAME_ALPHABET, max_size=12),
    st.sampled_from(["عبد الله", "عبدالله", "أبو بكر", "ذكر", "male", "F", "1990-05-12"]),
    st.sampled_from(["12/05/1990", "١٢/٠٥/١٩٩٠", "كريم", "كريمة"]),
)


@given(st.sampled_from([f for f in ALL_FIELDS if f is not F.NATIONAL_NUMBER]), any_text, any_text)
def test_status_is_symmetric(field, first, second):
    forward = compare_field(field, first, second)
    backward = compare_field(field, second, first)
    if forward is None:
        assert backward is None
        return
    assert forward.status is backward.status
    assert forward.possible_typo is backward.possible_typo


present_text = any_text.filter(str.strip)


@given(
    st.sampled_from([f for f in ALL_FIELDS if f is not F.NATIONAL_NUMBER]),
    st.one_of(plain_names, present_text),
    st.one_of(plain_names, present_text),
    st.data(),
)
def test_adding_diacritics_or_tatweel_never_changes_a_status(field, first, second, data):
    before = compare_field(field, first, second).status
    marked = first
    for mark in data.draw(st.lists(st.sampled_from(DIACRITICS + TATWEEL), min_size=1, max_size=3)):
        position = data.draw(st.integers(0, len(marked)))
        marked = marked[:position] + mark + marked[position:]
    after = compare_field(field, marked, second).status
    # The marks make the spelling differ, so identical becomes equivalent; nothing else moves.
    assert after is (EQUIVALENT if before is IDENTICAL else before)


@given(name_fields, plain_names, st.data())
def test_changing_a_plain_letter_is_always_different(field, name, data):
    positions = [i for i, letter in enumerate(name) if letter in PLAIN_LETTERS]
    assume(positions)
    position = data.draw(st.sampled_from(positions))
    replacement = data.draw(st.sampled_from(PLAIN_LETTERS).filter(lambda c: c != name[position]))
    changed = name[:position] + replacement + name[position + 1 :]
    result = compare_field(field, name, changed)
    assert result.status is DIFFERENT
    assert result.possible_typo


trimmed_names = st.text(NAME_ALPHABET, max_size=14).map(str.strip).filter(bool)


@given(st.sampled_from(ALL_FIELDS[1:]), trimmed_names, trimmed_names)
def test_spans_cover_every_difference(field, first, second):
    """Every character outside the spans is matched, in order, on the other side."""
    result = compare_field(field, first, second)
    assert outside(first, result.submitted_diff) == outside(second, result.registry_diff)


def test_fast_builder_agrees_with_the_constructor():
    values = (F.GENDER, EQUIVALENT, "ذكر", "male", "ar", "en", False, ((0, 3),), ((0, 4),), ("x",))
    built = _field_comparison(*values)
    made = FieldComparison(*values)
    assert built == made
    assert repr(built) == repr(made)
    assert dataclasses.astuple(built) == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.status = IDENTICAL  # type: ignore[misc]


# --- verdict -----------------------------------------------------------------------------

REGISTRY = {
    "national_number": NN,
    "first_name": "أحمد",
    "father_name": "عبدالله",
    "mother_name": "فاطمة",
    "last_name": "الحلبي",
    "birth_date": "1990-05-12",
    "birth_place": "حلب",
    "gender": "male",
}


def test_all_identical_is_a_match():
    comparison = compare_records(dict(REGISTRY), REGISTRY)
    assert comparison.verdict is Verdict.MATCH
    assert list(comparison.fields) == list(ALL_FIELDS)
    assert comparison.equivalent_fields == ()


def test_equivalent_fields_need_acknowledging():
    submitted = dict(REGISTRY, first_name="احمد", father_name="عبد الله", gender="ذكر")
    comparison = compare_records(submitted, REGISTRY)
    assert comparison.verdict is Verdict.ACKNOWLEDGE
    assert comparison.equivalent_fields == (F.FIRST_NAME, F.FATHER_NAME, F.GENDER)


@pytest.mark.parametrize(
    "change",
    [{"first_name": "احمط"}, {"birth_place": None}, {"mother_name": "فاطمة أحمد"}],
)
def test_any_different_or_missing_checked_field_is_a_mismatch(change):
    submitted = dict(REGISTRY, first_name="احمد") | change
    comparison = compare_records(submitted, REGISTRY)
    assert comparison.verdict is Verdict.MISMATCH
    assert comparison.blocking_fields
    assert comparison.mismatch_reason_ar()
    assert comparison.mismatch_reason_en()


def test_unchecked_fields_are_shown_but_do_not_decide():
    checked = service("employee_register").checked_fields  # not birth_place nor gender
    submitted = dict(REGISTRY, birth_place="دمشق", gender="ذكر")
    comparison = compare_records(submitted, REGISTRY, checked)
    assert comparison.verdict is Verdict.MATCH
    assert comparison.fields[F.BIRTH_PLACE].status is DIFFERENT
    assert comparison.fields[F.GENDER].status is EQUIVALENT
    assert comparison.equivalent_fields == ()
    assert comparison.checked == frozenset(checked)
    submitted["first_name"] = "احمد"
    assert compare_records(submitted, REGISTRY, checked).verdict is Verdict.ACKNOWLEDGE


def test_checked_accepts_field_names():
    comparison = compare_records({"gender": "ذكر"}, {"gender": "female"}, ["first_name"])
    assert comparison.verdict is Verdict.MATCH
    assert comparison.checked == {F.FIRST_NAME}


def test_fields_come_in_person_field_order():
    submitted = {"gender": "male", "first_name": "أحمد", "national_number": NN}
    comparison = compare_records(submitted, {"birth_date": "1990-05-12"})
    assert list(comparison.fields) == [F.NATIONAL_NUMBER, F.FIRST_NAME, F.BIRTH_DATE, F.GENDER]


def test_to_json_shape():
    submitted = dict(REGISTRY, first_name="احمد", birth_place=None)
    data = compare_records(submitted, REGISTRY).to_json()
    assert data["verdict"] == "mismatch"
    assert set(data["fields"]) == {field.value for field in ALL_FIELDS}
    entry = data["fields"]["first_name"]
    assert entry["status"] == "equivalent"
    assert entry["submitted"] == "احمد"
    assert entry["registry"] == "أحمد"
    assert ARABIC.search(entry["explanation"])
    assert entry["explanation_en"]
    assert entry["submitted_diff"] == [[0, 1]]
    assert data["fields"]["birth_place"]["submitted"] is None
    assert data["equivalent_fields"] == ["first_name"]
    assert data["blocking_fields"] == ["birth_place"]
    assert isinstance(Comparison, type)


# --- helpers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990-05-12", (1990, 5, 12)),
        ("12/05/1990", (1990, 5, 12)),
        ("12-05-1990", (1990, 5, 12)),
        ("1990/05/12", (1990, 5, 12)),
        ("١٢/٠٥/١٩٩٠", (1990, 5, 12)),
        ("12.05.1990", (1990, 5, 12)),
        ("12 أيار 1990", (1990, 5, 12)),
        ("12 مايو 1990م", (1990, 5, 12)),
        ("30/02/1990", None),
        ("1990-05-12م", None),
        ("1/2/2000", (2000, 2, 1)),
        ("1990-13-01", None),
        ("1990-05/12", None),
        ("12/05/90", None),
        ("19900512", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    parsed = parse_date(text)
    assert (parsed.year, parsed.month, parsed.day) == expected if expected else parsed is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ذكر", "male"), ("أنثى", "female"), ("انثى", "female"), ("M", "male"), ("f", "female")],
)
def test_parse_gender(text, expected):
    assert parse_gender(text) == expected
    assert parse_gender("unknown") is None


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("abc", "abd", True),
        ("abc", "ab", True),
        ("abc", "abxc", True),
        ("abcd", "abdc", True),
        ("abc", "abc", False),
        ("abc", "xyz", False),
        ("abcd", "ab", False),
        ("aab", "ab", True),
    ],
)
def test_is_one_edit(first, second, expected):
    assert is_one_edit(first, second) is expected
    assert is_one_edit(second, first) is expected
