"""The core's refusals reach the clerk in Arabic, with the request number kept intact."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from clerk_desk.dispatch import ScanRefused
from clerk_desk.national_number import InvalidNationalNumber, parse_national_number
from clerk_desk.workflow import RuleViolation
from ui.app import create_application
from ui.explain import explain


def test_rule_messages_are_translated_with_their_values(qtbot: QtBot) -> None:
    create_application([], "ar")
    text = explain(
        ScanRefused(
            "X", "request {request_id} is already in this dispatch", request_id="DAM-000123"
        )
    )
    assert "موجودة في بيان الإرسال" in text
    assert "\u2068DAM-000123\u2069" in text  # isolated: the number keeps its order
    sealed = explain(
        RuleViolation(
            "request {request_id} is {status}: seal the envelope first",
            request_id="DAM-000001",
            status="printed",
        )
    )
    assert "اختم الظرف أولًا" in sealed and "مطبوعة" in sealed  # the state in Arabic too
    with pytest.raises(InvalidNationalNumber) as refused:
        parse_national_number("١٢٣")
    assert "الرقم الوطني" in explain(refused.value)
    assert "\u20683\u2069" in explain(refused.value)  # how many digits were typed
    assert str(RuleViolation("dispatch {batch_id} is empty", batch_id="B1")) == (
        "dispatch B1 is empty"  # logs and the command line keep the English sentence
    )
