"""Compare what a citizen submitted with the civil-registry record, field by field.

Each field is one of four things (:class:`FieldStatus`):

- *identical*: equal once outer white space is trimmed;
- *equivalent*: equal only after orthographic normalisation (:mod:`clerk_desk.arabic`),
  the same date in another format, or the same gender written another way;
- *different*: anything else, however close. A one-character difference carries the
  hint ``possible_typo``, never a pass;
- *missing*: present on one side only (an empty or white-space value is absent).

Fields the service does not check are compared and shown but do not change the
:class:`Verdict`: *match* when every checked field is identical, *acknowledge* when some
are only equivalent (the clerk ticks each before accepting), *mismatch* when one is
different or missing (the request is rejected with a reason).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from clerk_desk.arabic import (
    STEP_LABELS_AR,
    STEP_LABELS_EN,
    NormalisationStep,
    normalise_name,
    steps_that_matter,
)
from clerk_desk.fields import ALL_FIELDS, FIELD_LABELS_AR, FIELD_LABELS_EN, PersonField
from clerk_desk.national_number import InvalidNationalNumber, parse_national_number


class FieldStatus(StrEnum):
    IDENTICAL = "identical"
    EQUIVALENT = "equivalent"
    DIFFERENT = "different"
    MISSING = "missing"


class Verdict(StrEnum):
    MATCH = "match"  # every checked field identical
    ACKNOWLEDGE = "acknowledge"  # the clerk ticks each equivalent field, then may accept
    MISMATCH = "mismatch"  # a checked field is different or missing: reject with a reason


Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class FieldComparison:
    """One field of the two records side by side.

    ``submitted_diff`` and ``registry_diff`` are ``(start, end)`` character spans of the
    original values (as given, outer white space included) that differ from the other
    side, for the UI to highlight. ``submitted``/``registry`` are ``None`` when absent.
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

# --- dates --------------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    """Read a date written YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or YYYY/MM/DD, in any digits.

    Day and month may have one or two digits. Anything else (two-digit years, mixed
    separators, month names, an impossible day) returns ``None``: guessing at an
    ambiguous date would turn a difference into a pass.
    """
    return _parse_canonical_date(normalise_name(text))


_DATE_SHAPE = str.maketrans("0123456789", "9999999999")


def _parse_canonical_date(folded: str) -> date | None:
    if "-" in folded:
        parts = folded.split("-")
    elif "/" in folded:
        parts = folded.split("/")
    else:
        return None
    if len(parts) != 3 or not all(part.isascii() and part.isdigit() for part in parts):
        return None
    first, middle, last = parts
    if len(first) == 4 and len(middle) <= 2 and len(last) <= 2:
        year, month, day = first, middle, last
    elif len(last) == 4 and len(first) <= 2 and len(middle) <= 2:
        day, month, year = first, middle, last
    else:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


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
_TYPO_AR = " (فرق حرف واحد: قد يكون خطأ كتابة، لكنه يبقى اختلافاً)"
_TYPO_EN = " (one character apart: possibly a typing error, but still a difference)"
_DATE_FORMAT = ("صيغة التاريخ", "date format")
_GENDER_AR = {"male": "ذكر", "female": "أنثى"}
_MAX_QUOTED = 24


def _equivalent_explanation(labels_ar: Iterable[str], labels_en: Iterable[str]) -> tuple[str, str]:
    return (
        "الاختلاف في طريقة الكتابة فقط: " + "، ".join(labels_ar),
        "Written differently only: " + ", ".join(labels_en),
    )


_STEPS_EXPLANATIONS: dict[tuple[NormalisationStep, ...], tuple[str, str]] = {}


def _steps_explanation(first: str, second: str, canonical: str | None = None) -> tuple[str, str]:
    steps = steps_that_matter(first, second, canonical=canonical)
    explanation = _STEPS_EXPLANATIONS.get(steps)
    if explanation is None:
        # At most 2**9 combinations of steps, so the cache stays small.
        explanation = _equivalent_explanation(
            (STEP_LABELS_AR[step] for step in steps), (STEP_LABELS_EN[step] for step in steps)
        )
        _STEPS_EXPLANATIONS[steps] = explanation
    return explanation


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the longest common prefix, then of the longest common suffix after it."""
    limit = min(len(a), len(b))
    prefix = 0
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    limit -= prefix
    suffix = 0
    while suffix < limit and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def is_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one inserted, deleted or replaced
    character, or by two neighbouring characters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    prefix, suffix = _common_ends(a, b)
    middle_a = a[prefix : len(a) - suffix]
    middle_b = b[prefix : len(b) - suffix]
    if len(middle_a) + len(middle_b) <= 2 and max(len(middle_a), len(middle_b)) == 1:
        return True
    return len(middle_a) == len(middle_b) == 2 and middle_a == middle_b[::-1]


def _quote_ar(text: str) -> str:
    if text == " ":
        return "مسافة"
    return f"«{_shorten(text)}»"


def _quote_en(text: str) -> str:
    if text == " ":
        return "a space"
    return f"“{_shorten(text)}”"


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_QUOTED else text[: _MAX_QUOTED - 1] + "…"


def _word_around(text: str, start: int, end: int) -> str:
    """The whole words of ``text`` that overlap ``text[start:end]`` (or touch it, if empty)."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    return text[left : right if right >= 0 else len(text)]


def _difference_explanation(
    a: str, b: str, typo: bool, written_a: str = "", written_b: str = ""
) -> tuple[str, str]:
    """Where the canonical forms ``a`` (submitted) and ``b`` (registry) part.

    ``written_a``/``written_b`` are the trimmed values as typed. Where one has the length
    of its canonical form, normalisation only swapped letters one for one (ة for ه, أ for
    ا), so the same positions quote what the clerk sees on screen: كريمة, not كريمه.
    """
    prefix, suffix = _common_ends(a, b)
    end_a, end_b = len(a) - suffix, len(b) - suffix
    if len(written_a) == len(a):
        a = written_a
    if len(written_b) == len(b):
        b = written_b
    middle_a, middle_b = a[prefix:end_a], b[prefix:end_b]
    word_a = _word_around(a, prefix, end_a)
    word_b = _word_around(b, prefix, end_b)
    context_ar = f"{_quote_ar(word_a)} في الطلب و{_quote_ar(word_b)} في السجل"
    context_en = f"{_quote_en(word_a)} submitted, {_quote_en(word_b)} in the registry"
    if middle_a and middle_b:
        detail_ar = f"{_quote_ar(middle_a)} بدل {_quote_ar(middle_b)}"
        detail_en = f"{_quote_en(middle_a)} instead of {_quote_en(middle_b)}"
    elif middle_a:
        detail_ar = f"زيادة {_quote_ar(middle_a)} في الطلب"
        detail_en = f"the request has an extra {_quote_en(middle_a)}"
    else:
        detail_ar = f"زيادة {_quote_ar(middle_b)} في السجل"
        detail_en = f"the registry has an extra {_quote_en(middle_b)}"
    ar = f"مختلف: {context_ar}؛ {detail_ar}"
    en = f"Different: {context_en}; {detail_en}"
    if typo:
        ar += _TYPO_AR
        en += _TYPO_EN
    return ar, en


def _runs(indexes: list[int], offset: int) -> tuple[Span, ...]:
    """Merge sorted character indexes into ``(start, end)`` spans, shifted by ``offset``."""
    if not indexes:
        return ()
    if indexes[-1] - indexes[0] + 1 == len(indexes):  # one run: the usual case
        return ((offset + indexes[0], offset + indexes[-1] + 1),)
    spans: list[Span] = []
    for index in indexes:
        if spans and spans[-1][1] == offset + index:
            spans[-1] = (spans[-1][0], offset + index + 1)
        else:
            spans.append((offset + index, offset + index + 1))
    return tuple(spans)


def _lcs_gaps(a: str, b: str) -> tuple[list[int], list[int]]:
    """Indexes of ``a`` and of ``b`` outside one longest common subsequence."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        row, below, char = rows[i], rows[i + 1], a[i]
        for j in range(len(b) - 1, -1, -1):
            row[j] = below[j + 1] + 1 if char == b[j] else max(below[j], row[j + 1])
    gaps_a: list[int] = []
    gaps_b: list[int] = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
        elif rows[i + 1][j] >= rows[i][j + 1]:
            gaps_a.append(i)
            i += 1
        else:
            gaps_b.append(j)
            j += 1
    gaps_a.extend(range(i, len(a)))
    gaps_b.extend(range(j, len(b)))
    return gaps_a, gaps_b


_LCS_LIMIT = 144  # cells; beyond it difflib's matcher is the faster way


def _spans(a: str, b: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Character spans of the originals ``a`` and ``b`` that differ, outer space ignored.

    The common start and end are cut off first; what is left is aligned position by
    position when both have the same length (what folding a letter into its sibling or
    digits into another script leaves), by a longest common subsequence when short, and
    by difflib otherwise. Every character outside the spans is matched by an
    equal character on the other side, in order.
    """
    offset_a = len(a) - len(a.lstrip())
    offset_b = len(b) - len(b.lstrip())
    a, b = a.strip(), b.strip()
    prefix, suffix = _common_ends(a, b)
    middle_a, middle_b = a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]
    start_a, start_b = offset_a + prefix, offset_b + prefix
    if len(middle_a) <= 1 or len(middle_b) <= 1:
        # One side's difference is a single character or nothing: one span says it all.
        return (
            ((start_a, start_a + len(middle_a)),) if middle_a else (),
            ((start_b, start_b + len(middle_b)),) if middle_b else (),
        )
    if len(middle_a) == len(middle_b):
        unequal = [i for i, (x, y) in enumerate(zip(middle_a, middle_b, strict=True)) if x != y]
        return _runs(unequal, start_a), _runs(unequal, start_b)
    if len(middle_a) * len(middle_b) <= _LCS_LIMIT:
        gaps_a, gaps_b = _lcs_gaps(middle_a, middle_b)
        return _runs(gaps_a, start_a), _runs(gaps_b, start_b)
    matcher = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False)
    spans_a: list[Span] = []
    spans_b: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            if i2 > i1:
                spans_a.append((start_a + i1, start_a + i2))
            if j2 > j1:
                spans_b.append((start_b + j1, start_b + j2))
    return tuple(spans_a), tuple(spans_b)


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
) -> FieldComparison:
    """The result, with highlight spans: ``whole`` when the two are written so differently
    (ذكر / male, 12/05/1990 / 1990-05-12) that a character diff would only be noise."""
    if whole:
        spans_submitted, spans_registry = _whole(submitted), _whole(registry)
    else:
        spans_submitted, spans_registry = _spans(submitted, registry)
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
    )


def _compare_text(
    field: PersonField, submitted: str, registry: str, trimmed_s: str, trimmed_r: str
) -> FieldComparison:
    canonical_s = normalise_name(trimmed_s)
    canonical_r = normalise_name(trimmed_r)
    if canonical_s == canonical_r:
        explanation = _steps_explanation(trimmed_s, trimmed_r, canonical_s)
        return _result(field, _EQUIVALENT, submitted, registry, explanation)
    typo = is_one_edit(canonical_s, canonical_r)
    explanation = _difference_explanation(canonical_s, canonical_r, typo, trimmed_s, trimmed_r)
    return _result(field, _DIFFERENT, submitted, registry, explanation, typo)


def _has_foreign_digits(text: str) -> bool:
    return any(character.isdigit() and not character.isascii() for character in text)


def _compare_date(
    field: PersonField, submitted: str, registry: str, trimmed_s: str, trimmed_r: str
) -> FieldComparison:
    canonical_s, canonical_r = normalise_name(trimmed_s), normalise_name(trimmed_r)
    date_s, date_r = _parse_canonical_date(canonical_s), _parse_canonical_date(canonical_r)
    if date_s is None or date_r is None:
        result = _compare_text(field, submitted, registry, trimmed_s, trimmed_r)
        if result.status is _DIFFERENT:
            unreadable = trimmed_s if date_s is None else trimmed_r
            return _field_comparison(
                field,
                result.status,
                submitted,
                registry,
                result.explanation_ar + f" ({_quote_ar(unreadable)} ليس تاريخاً مفهوماً)",
                result.explanation_en + f" ({_quote_en(unreadable)} is not a date I can read)",
                result.possible_typo,
                result.submitted_diff,
                result.registry_diff,
            )
        return result
    # 99/99/9999 for 12/05/1990 or ١٢/٠٥/١٩٩٠: the format without the values.
    same_format = canonical_s.translate(_DATE_SHAPE) == canonical_r.translate(_DATE_SHAPE)
    if date_s == date_r:
        if canonical_s == canonical_r:
            explanation = _steps_explanation(trimmed_s, trimmed_r, canonical_s)
        else:
            labels_ar, labels_en = [], []
            if _has_foreign_digits(trimmed_s) or _has_foreign_digits(trimmed_r):
                labels_ar.append(STEP_LABELS_AR[NormalisationStep.DIGITS])
                labels_en.append(STEP_LABELS_EN[NormalisationStep.DIGITS])
            labels_ar.append(f"{_DATE_FORMAT[0]} ({date_s.isoformat()})")
            labels_en.append(f"{_DATE_FORMAT[1]} ({date_s.isoformat()})")
            explanation = _equivalent_explanation(labels_ar, labels_en)
        return _result(field, _EQUIVALENT, submitted, registry, explanation, whole=not same_format)
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
    if typo:
        ar += _TYPO_AR
        en += _TYPO_EN
    return _result(field, _DIFFERENT, submitted, registry, (ar, en), typo, whole=not same_format)


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


def _compare_gender(
    field: PersonField, submitted: str, registry: str, trimmed_s: str, trimmed_r: str
) -> FieldComparison:
    canonical_s, canonical_r = normalise_name(trimmed_s), normalise_name(trimmed_r)
    gender_s = _GENDER_WORDS.get(canonical_s.casefold())
    gender_r = _GENDER_WORDS.get(canonical_r.casefold())
    if gender_s is None or gender_r is None or canonical_s == canonical_r:
        return _compare_text(field, submitted, registry, trimmed_s, trimmed_r)
    if gender_s == gender_r:
        explanation = (
            f"الجنس نفسه مكتوباً بصيغة أخرى ({_GENDER_AR[gender_s]})",
            f"The same gender written another way ({gender_s})",
        )
        return _result(field, _EQUIVALENT, submitted, registry, explanation, whole=True)
    explanation = (
        f"جنس مختلف: {_GENDER_AR[gender_s]} في الطلب و{_GENDER_AR[gender_r]} في السجل",
        f"Different gender: {gender_s} submitted, {gender_r} in the registry",
    )
    return _result(field, _DIFFERENT, submitted, registry, explanation, whole=True)


def _national_number(text: str, side: str) -> str:
    try:
        return parse_national_number(text)
    except InvalidNationalNumber as error:
        raise InvalidNationalNumber(f"{side} national number: {error}") from None


def _compare_national_number(
    field: PersonField, submitted: str, registry: str, trimmed_s: str, trimmed_r: str
) -> FieldComparison:
    number_s = _national_number(trimmed_s, "submitted")
    number_r = _national_number(trimmed_r, "registry")
    if number_s == number_r:
        explanation = _steps_explanation(trimmed_s, trimmed_r, number_s)
        return _result(field, _EQUIVALENT, submitted, registry, explanation)
    prefix, suffix = _common_ends(number_s, number_r)
    first, last = prefix + 1, len(number_s) - suffix
    where_en = f"digit {first}" if first >= last else f"digits {first}–{last}"
    where_ar = f"الخانة {first}" if first >= last else f"الخانات {first}–{last}"
    typo = is_one_edit(number_s, number_r)
    ar, en = f"رقم وطني مختلف في {where_ar}", f"Different national number at {where_en}"
    if typo:
        ar += _TYPO_AR
        en += _TYPO_EN
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
    digits raises :class:`InvalidNationalNumber` (a ``ValueError``): it should have been
    refused where it entered the program.
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
            result = _field_comparison(
                field, _IDENTICAL, value_s, value_r, _IDENTICAL_AR, _IDENTICAL_EN
            )
        elif not trimmed_r:
            result = _only_submitted(field, value_s)
        elif not trimmed_s:
            result = _only_registry(field, value_r)
        else:
            result = comparator(field, value_s, value_r, trimmed_s, trimmed_r)
        fields[field] = result
        if field in checked_set and result.status is not _IDENTICAL:
            if result.status is _EQUIVALENT:
                if verdict is _MATCH:
                    verdict = _ACKNOWLEDGE
            else:
                verdict = _MISMATCH
    return Comparison(fields, verdict, checked_set)


def _whole(value: str) -> tuple[Span, ...]:
    offset = len(value) - len(value.lstrip())
    return ((offset, offset + len(value.strip())),)


def _only_submitted(field: PersonField, submitted: str) -> FieldComparison:
    if field is _NATIONAL_NUMBER:
        _national_number(submitted, "submitted")
    ar, en = _ONLY_IN_SUBMITTED
    return _field_comparison(field, _MISSING, submitted, None, ar, en, False, _whole(submitted), ())


def _only_registry(field: PersonField, registry: str) -> FieldComparison:
    if field is _NATIONAL_NUMBER:
        _national_number(registry, "registry")
    ar, en = _ONLY_IN_REGISTRY
    return _field_comparison(field, _MISSING, None, registry, ar, en, False, (), _whole(registry))


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
            )
            if entry.get("checked", True):
                checked.add(name)
        listed = data.get("checked")
        if isinstance(listed, list):  # the service's whole field set, present or not
            checked = {PersonField(str(name)) for name in listed}
    except ValueError as exc:  # an unknown status, verdict or field
        raise BadEvidence(str(exc)) from exc
    return Comparison(fields, verdict, frozenset(checked))
