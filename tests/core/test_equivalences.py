"""Every rule by which two values are the same has a name and the clerk's words for it."""

from __future__ import annotations

import re

from clerk_desk.equivalences import ALL_RULES, RULE_LABELS_AR, RULE_LABELS_EN, explain_rules

ARABIC = re.compile("[\u0600-\u06ff]")


def test_every_rule_is_said_in_arabic_and_in_english():
    assert set(RULE_LABELS_AR) == set(RULE_LABELS_EN) == {rule.value for rule in ALL_RULES}
    for rule in ALL_RULES:
        assert ARABIC.search(RULE_LABELS_AR[rule])
        assert RULE_LABELS_EN[rule].isascii() or ARABIC.search(RULE_LABELS_EN[rule])
    assert len({rule.value for rule in ALL_RULES}) == len(ALL_RULES)  # no name said twice


def test_an_explanation_lists_the_rules_in_order_then_the_detail():
    ar, en = explain_rules(["digits", "month_name"], ("التاريخ نفسه: 1 شباط 1990", "x"))
    assert ar == (
        "الاختلاف في طريقة الكتابة فقط: الأرقام الهندية أو الفارسية، اسم الشهر بدل رقمه؛ "
        "التاريخ نفسه: 1 شباط 1990"
    )
    assert en == (
        "Written differently only: Arabic-Indic or Persian digits, "
        "the month's name for its number; x"
    )
