"""Compare what a citizen submitted with the civil-registry record, field by field.

Each field is one of four things (:class:`FieldStatus`):

- *identical*: equal once outer white space is trimmed;
- *equivalent*: equal only by the named rules of :mod:`clerk_desk.equivalences`: the
  spelling steps of :mod:`clerk_desk.arabic`, the same date written another way
  (:mod:`clerk_desk.dates`), the same gender in another word, a national number in
  groups. The rules are listed by name (``rules``) and explained in the clerk's words;
- *different*: anything else, however close. A one-character difference carries the
  hint ``possible_typo``, never a pass. A value holding a character that can hide or
  reorder text (U+202E ...) is different from any other, and a date that does not exist
  (30 February) from any date; the explanation says so;
- *missing*: present on one side only (an empty or white-space value is absent).

Fields the service does not check are compared and shown but do not change the
:class:`Verdict`: *match* when every checked field is identical, *acknowledge* when some
are only equivalent (the clerk ticks each before accepting), *mismatch* when one is
different or missing (the request is rejected with a reason).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from clerk_desk.arabic import NormalisationStep, hiding_character, normalise_name, steps_that_matter
from clerk_desk.dates import WrittenDate, parse_date, read_date, say_date, why_not_real
from clerk_desk.diff_spans import Span, common_ends, diff_spans, is_one_edit, whole_span
from clerk_desk.difference_text import (
    TYPO_AR,
    TYPO_EN,
    difference_explanation,
    quote_ar,
    quote_en,
)
from clerk_desk.equivalences import FieldRule, explain_rules
from clerk_desk.fields import ALL_FIELDS, FIELD_LABELS_AR, FIELD_LABELS_EN, PersonField
from clerk_desk.national_number import InvalidNationalNumber, is_grouped, parse_national_number

# parse_date and is_one_edit live in clerk_desk.dates and clerk_desk.diff_spans; they are
# imported from here too.
__all__ = [
    "BadEvidence",
    "Comparison",
    "FieldComparison",
    "FieldStatus",
    "Span",
    "Verdict",
    "compare_records",
    "comparison_from_json",
    "is_one_edit",
    "parse_date",
    "parse_gender",
]


class FieldStatus(StrEnum):
    IDENTICAL = "identical"
    EQUIVALENT = "equivalent"
    DIFFERENT = "different"
    MISSING = "missing"


class Verdict(StrEnum):
    MATCH = "match"  # every checked field identical
    ACKNOWLEDGE = "acknowledge"  # the clerk ticks each equivalent field, then may accept
    MISMATCH = "mismatch"  # a checked field is different or missing: reject with a reason


@dataclass(frozen=True, slots=True)
class FieldComparison:
    """One field of the two records side by side.

    ``submitted_diff`` and ``registry_diff`` are ``(start, end)`` character spans of the
    original values (as given, outer white space included) that differ from the other
    side, for the UI to highlight. ``submitted``/``registry`` are ``None`` when absent.
    ``rules``: the names of the rules that make an equivalent field the same
    (:mod:`clerk_desk.equivalences`); empty for any other status.
    """

    field: PersonField
    status: FieldStatus
    submitted: str | None
    registry: str | None
    explanation_ar: str
    explanation_en: str
    possible_typo: bool = False
    submitted_diff: tuple[Span, ...] = ()
    registry_diff: tuple[Span, ...] = ()
    rules: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "submitted": self.submitted,
            "registry": self.registry,
            "explanation": self.explanation_ar,
            "explanation_en": self.explanation_en,
            "possible_typo": self.possible_typo,
            "submitted_diff": [list(span) for span in self.submitted_diff],
            "registry_diff": [list(span) for span in self.registry_diff],
            "rules": list(self.rules),
        }


# A frozen dataclass's __init__ pays one object.__setattr__ per field, which at nine fields
# was over half the cost of comparing an identical record; the engine builds its results
# through the slot descriptors instead (tests check it agrees with the constructor).
_new_object = object.__new__
(
    _set_field,
    _set_status,
    _set_submitted,
    _set_registry,
    _set_explanation_ar,
    _set_explanation_en,
    _set_possible_typo,
    _set_submitted_diff,
    _set_registry_diff,
    _set_rules,
) = (getattr(FieldComparison, name).__set__ for name in FieldComparison.__match_args__)


def _field_comparison(
    field: PersonField,
    status: FieldStatus,
    submitted: str | None,
    registry: str | None,
    explanation_ar: str,
    explanation_en: str,
    possible_typo: bool = False,
    submitted_diff: tuple[Span, ...] = (),
    registry_diff: tuple[Span, ...] = (),
    rules: tuple[str, ...] = (),
) -> FieldComparison:
    """``FieldComparison(...)``, built without the frozen ``__init__``."""
    result: FieldComparison = _new_object(FieldComparison)
    _set_field(result, field)
    _set_status(result, status)
    _set_submitted(result, submitted)
    _set_registry(result, registry)
    _set_explanation_ar(result, explanation_ar)
    _set_explanation_en(result, explanation_en)
    _set_possible_typo(result, possible_typo)
    _set_submitted_diff(result, submitted_diff)
    _set_registry_diff(result, registry_diff)
    _set_rules(result, rules)
    return result


@dataclass(frozen=True, slots=True)
class Comparison:
    """The whole record: one :class:`FieldComparison` per field present on either side."""

    fields: dict[PersonField, FieldComparison]  # in PersonField order
    verdict: Verdict
    checked: frozenset[PersonField]

    @property
    def equivalent_fields(self) -> tuple[PersonField, ...]:
        """The checked fields that are only equivalent: the clerk ticks each before accepting."""
        return tuple(
            field
            for field, result in self.fields.items()
            if result.status is FieldStatus.EQUIVALENT and field in self.checked
        )

    @property
    def blocking_fields(self) -> tuple[PersonField, ...]:
        """The checked fields that are different or missing: why the request is refused."""
        return tuple(
            field
            for field, result in self.fields.items()
            if result.status in _BLOCKING and field in self.checked
        )

    def mismatch_reason_ar(self) -> str:
        """One line per blocking field, for the rejection reason the citizen reads."""
        return "\n".join(
            f"{FIELD_LABELS_AR[field]}: {self.fields[field].explanation_ar}"
            for field in self.blocking_fields
        )

    def mismatch_reason_en(self) -> str:
        return "\n".join(
            f"{FIELD_LABELS_EN[field]}: {self.fields[field].explanation_en}"
            for field in self.blocking_fields
        )

    def to_json(self) -> dict[str, Any]:
        """The shape ``clerk-desk compare`` prints."""
        fields: dict[str, Any] = {}
        for field, result in self.fields.items():
            entry = result.to_json()
            entry["checked"] = field in self.checked
            fields[field.value] = entry
        return {
            "verdict": self.verdict.value,
            "fields": fields,
            "checked": [field.value for field in ALL_FIELDS if field in self.checked],
            "equivalent_fields": [field.value for field in self.equivalent_fields],
            "blocking_fields": [field.value for field in self.blocking_fields],
        }


_BLOCKING = frozenset({FieldStatus.DIFFERENT, FieldStatus.MISSING})

# Enum attribute look-ups cost a function call each in Python 3.11; the engine uses these.
_IDENTICAL = FieldStatus.IDENTICAL
_EQUIVALENT = FieldStatus.EQUIVALENT
_DIFFERENT = FieldStatus.DIFFERENT
_MISSING = FieldStatus.MISSING
_MATCH = Verdict.MATCH
_ACKNOWLEDGE = Verdict.ACKNOWLEDGE
_MISMATCH = Verdict.MISMATCH
_NATIONAL_NUMBER = PersonField.NATIONAL_NUMBER

# --- explanations -------------------------------------------------------------------------

_IDENTICAL_AR = "مطابق"
_IDENTICAL_EN = "Identical"
_ONLY_IN_SUBMITTED = (
    "موجود في الطلب فقط، وليس في السجل",
    "Given in the request only, not in the registry",
)
_ONLY_IN_REGISTRY = (
    "موجود في السجل فقط، ولم يرد في الطلب",
    "In the registry only, not given in the request",
)
_GENDER_AR = {"male": "ذكر", "female": "أنثى"}
_DIGITS = NormalisationStep.DIGITS

# What the explanations of an equivalence and of a difference say; rules and their words
# are in clerk_desk.equivalences.
_Explained = tuple[tuple[str, str], tuple[str, ...]]


def _steps_explanation(first: str, second: str, canonical: str) -> _Explained:
    """The spelling rules that make ``first`` and ``second`` one name, and their words."""
    steps = steps_that_matter(first, second, canonical=canonical)
    return explain_rules(steps), steps


def _hiding_explanation(submitted: str, registry: str) -> tuple[str, str] | None:
    """Why a value holding a character that hides or reorders text is not the other."""
    for side_ar, side_en, text in (
        ("الطلب", "submitted", submitted),
        ("السجل", "registry", registry),
    ):
        character = hiding_character(text)
        if character is not None:
            return (
                f"مختلف: القيمة في {side_ar} فيها محرف يغيّر اتجاه النص أو يخفيه ({character})، "
                "فلا يُعرف ما تقوله حقاً",
                f"Different: the {side_en} value holds a character that reorders or hides "
                f"text ({character}), so what it really says cannot be seen",
            )
    return None


# --- one field ----------------------------------------------------------------------------

# Each compares two present values that are not identical once trimmed.
_Comparator = Callable[[PersonField, str, str, str, str], FieldComparison]


def _result(
    field: PersonField,
    status: FieldStatus,
    submitted: str,
    registry: str,
    explanation: tuple[str, str],
    typo: bool = False,
    *,
    whole: bool = False,
    rules: tuple[str, ...] = (),
) -> FieldComparison:
    """The result, with highlight spans: ``whole`` when the two are written so differently
    (ذكر / male, 12/05/1990 / 1990-05-12) that a character diff would only be noise."""
    if whole:
        spans_submitted, spans_registry = whole_span(submitted), whole_span(registry)
    else:
        spans_submitted, spans_registry = diff_spans(submitted, registry)
    return _field_comparison(
        field,
        status,
        submitted,
        registry,
        explanation[0],
        explanation[1],
        typo,
        spans_submitted,
        spans_registry,
        rules,
    )


def _compare_text(
    field: PersonField, submitted: str, registry: str, trimmed_s: str, trimmed_r: str
) -> FieldComparison:
    canonical_s = normalise_name(trimmed_s)
    canonical_r = normalise_name(trimmed_r)
    if canonical_s == canonical_r:
        # Normalisation keeps a hiding character, so either side's shows in the common form.
        if hiding_character(canonical_s) is not None:
            hidden = _hiding_explanation(trimmed_s, trimmed_r)
            if hidden is not None:  # the same hidden text on both sides: still not what it shows
                return _result(field, _DIFFERENT, submitted, registry, hidden)
        explanation, rules = _steps_explanation(trimmed_s, trimmed_r, canonical_s)
        return _result(field, _EQUIVALENT, submitted, registry, explanation, rules=rules)
    hidden = _hiding_explanation(trimmed_s, trimmed_r)
    if hidden is not None:
        return _result(field, _DIFFERENT, submitted, registry, hidden)
    typo = is_one_edit(canonical_s, canonical_r)
    explanation = difference_explanation(canonical_s, canonical_r, typo, trimmed_s, trimmed_r)
    return _result(field, _DIFFERENT, submitted, registry, explanation, typo)


_FOREIGN_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of another script: ٣, ۳ ...


def _has_foreign_digits(text: str) -> bool:
    return _FOREIGN_DIGIT.search(text) is not None


def _compare_date(
    field: PersonField, submitted: str, registry: str, trimmed_s: str, trimmed_r: str
) -> FieldComparison:
    canonical_s, canonical_r = normalise_name(trimmed_s), normalise_name(trimmed_r)
    written_s, written_r = read_date(canonical_s), read_date(canonical_r)
    if written_s is None or written_r is None:
        result = _compare_text(field, submitted, registry, trimmed_s, trimmed_r)
        if result.status is _DIFFERENT and hiding_character(trimmed_s + trimmed_r) is None:
            unreadable = trimmed_s if written_s is None else trimmed_r
            return _field_comparison(
                field,
                result.status,
                submitted,
                registry,
                result.explanation_ar + f" ({quote_ar(unreadable)} ليس تاريخاً مفهوماً)",
                result.explanation_en + f" ({quote_en(unreadable)} is not a date I can read)",
                result.possible_typo,
                result.submitted_diff,
                result.registry_diff,
            )
        return result
    whole = written_s.shape != written_r.shape
    date_s, date_r = written_s.value, written_r.value
    if date_s is None or date_r is None:
        explanation = _not_real_explanation(
            (trimmed_s, written_s) if date_s is None else None,
            (trimmed_r, written_r) if date_r is None else None,
        )
        return _result(field, _DIFFERENT, submitted, registry, explanation, whole=whole)
    if date_s == date_r:
        if canonical_s == canonical_r:
            explanation, rules = _steps_explanation(trimmed_s, trimmed_r, canonical_s)
        else:
            rules = _date_rules(trimmed_s + trimmed_r, written_s, written_r)
            explanation = explain_rules(rules, _same_date(written_s))
        return _result(
            field, _EQUIVALENT, submitted, registry, explanation, whole=whole, rules=rules
        )
    parts_ar, parts_en = [], []
    for name_ar, name_en, value_s, value_r in (
        ("اليوم", "day", date_s.day, date_r.day),
        ("الشهر", "month", date_s.month, date_r.month),
        ("السنة", "year", date_s.year, date_r.year),
    ):
        if value_s != value_r:
            parts_ar.append(f"{name_ar} {value_s} في الطلب و{value_r} في السجل")
            parts_en.append(f"{name_en} {value_s} submitted, {value_r} in the registry")
    typo = is_one_edit(date_s.isoformat(), date_r.isoformat())
    ar = "تاريخ مختلف: " + "، ".join(parts_ar)
    en = "Different date: " + ", ".join(parts_en)
    if written_s.day_and_month_swapped() == date_r or written_r.day_and_month_swapped() == date_s:
        ar += "؛ لو قُرئ الشهر أولاً لكان التاريخ نفسه، لكن التاريخ يُقرأ باليوم أولاً: يوم/شهر/سنة"
        en += (
            "; read month first it would be the same date, but a date is read day first: "
            "day/month/year"
        )
    elif typo:
        ar += TYPO_AR
        en += TYPO_EN
    return _result(field, _DIFFERENT, submitted, registry, (ar, en), typo, whole=whole)


def _date_rules(written: str, written_s: WrittenDate, written_r: WrittenDate) -> tuple[str, ...]:
    """The rules by which two ways of writing one date are the same date."""
    rules: list[str] = []
    if _has_foreign_digits(written):
        rules.append(_DIGITS)
    if written_s.month_word != written_r.month_word:  # أيار for 5, or مايو for أيار
        rules.append(FieldRule.MONTH_NAME)
    # The order, the separators or a leading zero; a month's name against its number in the
    # same order is the month's rule alone (12 أيار 1990, 12/05/1990).
    if written_s.year_first != written_r.year_first or (
        bool(written_s.month_word) == bool(written_r.month_word)
        and written_s.shape != written_r.shape
    ):
        rules.append(FieldRule.DATE_FORMAT)
    return tuple(rules)


def _same_date(written: WrittenDate) -> tuple[str, str]:
    said_ar, said_en = say_date(written.day, written.month, written.year)
    return f"التاريخ نفسه: {said_ar}", f"the same date: {said_en}"


def _not_real_explanation(
    submitted: tuple[str, WrittenDate] | None, registry: tuple[str, WrittenDate] | None
) -> tuple[str, str]:
    """Why a date that does not exist (30 February, month 13) is not the other date."""
    parts_ar, parts_en = [], []
    for side_ar, side_en, entry in (
        ("الطلب", "submitted", submitted),
        ("السجل", "registry", registry),
    ):
        if entry is not None:
            text, written = entry
            why_ar, why_en = why_not_real(written)
            parts_ar.append(f"{quote_ar(text)} في {side_ar} ليس تاريخاً حقيقياً: {why_ar}")
            parts_en.append(f"{quote_en(text)} ({side_en}) is not a real date: {why_en}")
    return "تاريخ مختلف: " + "؛ ".join(parts_ar), "Different date: " + "; ".join(parts_en)


_GENDER_WORDS = {
    "ذكر": "male",
    "انثي": "female",  # أنثى and انثى once alef and yaa are folded
    "male": "male",
    "female": "female",
    "m": "male",
    "f": "female",
}


def parse_gender(text: str) -> str | None:
    """``"male"``, ``"female"`` or ``None``: ذكر/أنثى/انثى/male/female/M/F in any case."""
    return _GENDER_WORDS.get(normalise_name(text).casefold())


_GENDER_RULE = (FieldRule.GENDER_WORD,)


def _compare_gender(
    field: PersonField, submitted: str, registry: str, trimmed_s: str, trimmed_r: str
) -> FieldComparison:
    canonical_s, canonical_r = normalise_name(trimmed_s), normalise_name(trimmed_r)
    gender_s = _GENDER_WORDS.get(canonical_s.casefold())
    gender_r = _GENDER_WORDS.get(canonical_r.casefold())
    if gender_s is None or gender_r is None or canonical_s == canonical_r:
        return _compare_text(field, submitted, registry, trimmed_s, trimmed_r)
    if gender_s == gender_r:
        explanation = explain_rules(
            _GENDER_RULE, (f"كلاهما {_GENDER_AR[gender_s]}", f"both {gender_s}")
        )
        return _result(
            field, _EQUIVALENT, submitted, registry, explanation, whole=True, rules=_GENDER_RULE
        )
    explanation = (
        f"جنس مختلف: {_GENDER_AR[gender_s]} في الطلب و{_GENDER_AR[gender_r]} في السجل",
        f"Different gender: {gender_s} submitted, {gender_r} in the registry",
    )
    return _result(field, _DIFFERENT, submitted, registry, explanation, whole=True)


def _national_number(text: str, side: str) -> str:
    try:
        return parse_national_number(text, grouped=True)
    except InvalidNationalNumber as error:
        raise InvalidNationalNumber(f"{side} national number: {error}") from None


def _compare_national_number(
    field: PersonField, submitted: str, registry: str, trimmed_s: str, trimmed_r: str
) -> FieldComparison:
    number_s = _national_number(trimmed_s, "submitted")
    number_r = _national_number(trimmed_r, "registry")
    if number_s == number_r:
        rules: list[str] = []
        if _has_foreign_digits(trimmed_s + trimmed_r):
            rules.append(_DIGITS)
        if is_grouped(trimmed_s) or is_grouped(trimmed_r):
            rules.append(FieldRule.NUMBER_GROUPS)
        named = tuple(rules)
        return _result(field, _EQUIVALENT, submitted, registry, explain_rules(named), rules=named)
    prefix, suffix = common_ends(number_s, number_r)
    first, last = prefix + 1, len(number_s) - suffix
    where_en = f"digit {first}" if first >= last else f"digits {first}–{last}"
    where_ar = f"الخانة {first}" if first >= last else f"الخانات {first}–{last}"
    typo = is_one_edit(number_s, number_r)
    ar, en = f"رقم وطني مختلف في {where_ar}", f"Different national number at {where_en}"
    if typo:
        ar += TYPO_AR
        en += TYPO_EN
    return _result(field, _DIFFERENT, submitted, registry, (ar, en), typo)


_SPECIAL_COMPARATORS: dict[PersonField, _Comparator] = {
    PersonField.NATIONAL_NUMBER: _compare_national_number,
    PersonField.BIRTH_DATE: _compare_date,
    PersonField.GENDER: _compare_gender,
}
_COMPARATORS: dict[PersonField, _Comparator] = {
    field: _SPECIAL_COMPARATORS.get(field, _compare_text) for field in ALL_FIELDS
}

# Plain ``str`` keys: a lookup with them in a caller's dict skips the enum machinery.
_PLAN: tuple[tuple[PersonField, str, _Comparator], ...] = tuple(
    (field, field.value, _COMPARATORS[field]) for field in ALL_FIELDS
)
_KNOWN_KEYS = frozenset(field.value for field in ALL_FIELDS)
_ALL_CHECKED = frozenset(ALL_FIELDS)


def _refuse_unknown_keys(record: Mapping[str, str | None], side: str) -> None:
    if not _KNOWN_KEYS.issuperset(record):
        unknown = sorted(str(key) for key in record if key not in _KNOWN_KEYS)
        raise ValueError(f"{side} record has unknown field(s): {', '.join(unknown)}")


def compare_records(
    submitted: Mapping[str, str | None],
    registry: Mapping[str, str | None],
    checked: Iterable[PersonField] = ALL_FIELDS,
) -> Comparison:
    """Compare the two records field by field and decide the verdict.

    ``checked`` are the fields the service checks (``services.service(code).checked_fields``);
    the others are compared and shown but do not change the verdict. A key that is not a
    :class:`PersonField` value raises ``ValueError``; a national number that is not eleven
    digits (in any script, in groups or not) raises :class:`InvalidNationalNumber` (a
    ``ValueError``): it should have been refused where it entered the program.
    """
    _refuse_unknown_keys(submitted, "submitted")
    _refuse_unknown_keys(registry, "registry")
    checked_set = _ALL_CHECKED if checked is ALL_FIELDS else frozenset(map(PersonField, checked))
    fields: dict[PersonField, FieldComparison] = {}
    verdict = _MATCH
    for field, key, comparator in _PLAN:
        value_s = submitted.get(key) or ""
        value_r = registry.get(key) or ""
        trimmed_s = value_s.strip()
        trimmed_r = value_r.strip()
        if trimmed_s == trimmed_r:
            if not trimmed_s:
                continue  # absent on both sides: nothing to show
            if field is _NATIONAL_NUMBER and not (
                len(trimmed_s) == 11 and trimmed_s.isascii() and trimmed_s.isdigit()
            ):
                _national_number(trimmed_s, "submitted")
            fields[field] = _field_comparison(
                field, _IDENTICAL, value_s, value_r, _IDENTICAL_AR, _IDENTICAL_EN
            )
            continue  # identical changes no verdict (and an enum's hash is a Python call)
        if not trimmed_r:
            result = _only_submitted(field, value_s)
        elif not trimmed_s:
            result = _only_registry(field, value_r)
        else:
            result = comparator(field, value_s, value_r, trimmed_s, trimmed_r)
        fields[field] = result
        if field in checked_set:
            if result.status is _EQUIVALENT:
                if verdict is _MATCH:
                    verdict = _ACKNOWLEDGE
            elif result.status is not _IDENTICAL:
                verdict = _MISMATCH
    return Comparison(fields, verdict, checked_set)


def _only_submitted(field: PersonField, submitted: str) -> FieldComparison:
    if field is _NATIONAL_NUMBER:
        _national_number(submitted, "submitted")
    ar, en = _ONLY_IN_SUBMITTED
    return _field_comparison(
        field, _MISSING, submitted, None, ar, en, False, whole_span(submitted), ()
    )


def _only_registry(field: PersonField, registry: str) -> FieldComparison:
    if field is _NATIONAL_NUMBER:
        _national_number(registry, "registry")
    ar, en = _ONLY_IN_REGISTRY
    return _field_comparison(
        field, _MISSING, None, registry, ar, en, False, (), whole_span(registry)
    )


class BadEvidence(ValueError):
    """A stored or received comparison is not in the shape ``Comparison.to_json`` writes."""


def _evidence_spans(value: Any) -> tuple[Span, ...]:
    if not isinstance(value, list):
        raise BadEvidence("character spans must be a list")
    spans = []
    for span in value:
        if (
            not isinstance(span, list | tuple)
            or len(span) != 2
            or not all(isinstance(n, int) and n >= 0 for n in span)
        ):
            raise BadEvidence("a character span is two non-negative whole numbers")
        spans.append((span[0], span[1]))
    return tuple(spans)


def _evidence_rules(value: Any) -> tuple[str, ...]:
    # Names only: evidence kept before a rule was added, or by a newer program, still reads.
    if not isinstance(value, list) or not all(isinstance(rule, str) for rule in value):
        raise BadEvidence("the rules of an equivalence must be a list of names")
    return tuple(value)


def comparison_from_json(data: Any) -> Comparison:
    """Read back the evidence a decision was made on (what ``Comparison.to_json`` wrote)."""
    if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
        raise BadEvidence("the comparison has no fields")
    try:
        verdict = Verdict(str(data.get("verdict")))
        fields: dict[PersonField, FieldComparison] = {}
        checked = set()
        for name in ALL_FIELDS:
            entry = data["fields"].get(name.value)
            if entry is None:
                continue
            if not isinstance(entry, dict):
                raise BadEvidence(f"{name.value}: not an object")
            texts = [entry.get(k) for k in ("submitted", "registry")]
            notes = [entry.get(k, "") for k in ("explanation", "explanation_en")]
            if not all(t is None or isinstance(t, str) for t in texts) or not all(
                isinstance(n, str) for n in notes
            ):
                raise BadEvidence(f"{name.value}: values and explanations must be text")
            fields[name] = FieldComparison(
                field=name,
                status=FieldStatus(str(entry.get("status"))),
                submitted=texts[0],
                registry=texts[1],
                explanation_ar=notes[0],
                explanation_en=notes[1],
                possible_typo=bool(entry.get("possible_typo", False)),
                submitted_diff=_evidence_spans(entry.get("submitted_diff", [])),
                registry_diff=_evidence_spans(entry.get("registry_diff", [])),
                rules=_evidence_rules(entry.get("rules", [])),
            )
            if entry.get("checked", True):
                checked.add(name)
        listed = data.get("checked")
        if isinstance(listed, list):  # the service's whole field set, present or not
            checked = {PersonField(str(name)) for name in listed}
    except ValueError as exc:  # an unknown status, verdict or field
        raise BadEvidence(str(exc)) from exc
    return Comparison(fields, verdict, frozenset(checked))
