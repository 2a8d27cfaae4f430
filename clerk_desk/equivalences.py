"""The rules by which two values written differently are the same value, each by name.

A field the comparison calls *equivalent* (:mod:`clerk_desk.comparison`) lists the rules
that made it so, by these names, in its evidence (``rules``) and in its explanation, which
says each rule in the clerk's words, in Arabic and in English. The spelling rules are the
normalisation steps of :mod:`clerk_desk.arabic`; the others belong to one kind of field.

No other rule makes two values the same: a new one is added here, with its words, and with
tests that its near misses stay different.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from clerk_desk.arabic import STEP_LABELS_AR, STEP_LABELS_EN, NormalisationStep


class FieldRule(StrEnum):
    """The rules of one kind of field, beside the spelling rules (``NormalisationStep``)."""

    DATE_FORMAT = "date_format"  # 12/05/1990, 12.5.1990 = 1990-05-12
    MONTH_NAME = "month_name"  # 12 أيار 1990 = 12 مايو 1990 = 12/05/1990
    GENDER_WORD = "gender_word"  # ذكر = male = M
    NUMBER_GROUPS = "number_groups"  # 123 456 789 01 = 12345678901


# Every rule: a spelling step or a field rule. Both are ``str`` enums; evidence keeps the name.
Rule = NormalisationStep | FieldRule

RULE_LABELS_AR: dict[str, str] = {
    **{step.value: label for step, label in STEP_LABELS_AR.items()},
    FieldRule.DATE_FORMAT: "ترتيب التاريخ أو الفواصل بين أجزائه",
    FieldRule.MONTH_NAME: "اسم الشهر بدل رقمه",
    FieldRule.GENDER_WORD: "الجنس نفسه بكلمة أخرى",
    FieldRule.NUMBER_GROUPS: "أرقام مكتوبة بمجموعات تفصلها مسافات أو شرطات",
}

RULE_LABELS_EN: dict[str, str] = {
    **{step.value: label for step, label in STEP_LABELS_EN.items()},
    FieldRule.DATE_FORMAT: "date format: order or separators",
    FieldRule.MONTH_NAME: "the month's name for its number",
    FieldRule.GENDER_WORD: "the same gender in another word",
    FieldRule.NUMBER_GROUPS: "digits written in groups separated by spaces or hyphens",
}

ALL_RULES: tuple[Rule, ...] = (*NormalisationStep, *FieldRule)

_LEAD_AR = "الاختلاف في طريقة الكتابة فقط: "
_LEAD_EN = "Written differently only: "
_EXPLANATIONS: dict[tuple[str, ...], tuple[str, str]] = {}


def explain_rules(rules: Iterable[str], detail: tuple[str, str] | None = None) -> tuple[str, str]:
    """The explanation of an equivalence, in Arabic and in English: the rules that made the
    two values the same, in the clerk's words, then ``detail`` (the value they both mean)."""
    key = tuple(rules)
    explanation = _EXPLANATIONS.get(key)
    if explanation is None:
        explanation = (
            _LEAD_AR + "، ".join(RULE_LABELS_AR[rule] for rule in key),
            _LEAD_EN + ", ".join(RULE_LABELS_EN[rule] for rule in key),
        )
        if len(_EXPLANATIONS) < 4096:  # combinations met in practice are few; bounded all the same
            _EXPLANATIONS[key] = explanation
    if detail is None:
        return explanation
    return f"{explanation[0]}؛ {detail[0]}", f"{explanation[1]}; {detail[1]}"
