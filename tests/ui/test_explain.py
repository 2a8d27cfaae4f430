"""The core's and the central server's refusals reach the clerk in Arabic, with the request
number kept intact."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from central.server import ServerThread
from clerk_desk.dispatch import ScanRefused
from clerk_desk.national_number import InvalidNationalNumber, parse_national_number
from clerk_desk.refusals import CODED_VALUES, REFUSALS
from clerk_desk.workflow import RuleViolation
from sync.client import BadAnswer, CentralClient, ClockSkew, Offline, Refused, ServerError
from ui.app import create_application
from ui.explain import explain, explain_refusal

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue


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


# --- the central server's refusals ----------------------------------------------------------

ISOLATED = re.compile("[\u2066\u2068][^\u2069]*\u2069")
# The one Latin word the Arabic keeps: the name of the file format.
FORMAT_NAMES = {"PDF"}


def english_words(text: str) -> set[str]:
    """Latin words outside the isolated values (request numbers, user names …)."""
    return set(re.findall(r"[A-Za-z]+", ISOLATED.sub("", text))) - FORMAT_NAMES


def arabic(text: str) -> bool:
    return re.search("[\u0600-\u06ff]", text) is not None


def sample_values(names: frozenset[str]) -> dict[str, str]:
    """A value for each name: a code where the name holds one, an identifier otherwise."""
    return {name: sorted(CODED_VALUES.get(name, {"DAM-000001"}))[0] for name in names}


def test_every_refusal_is_said_in_arabic_around_its_values(qtbot: QtBot) -> None:
    create_application([], "ar")
    for code, refusal in REFUSALS.items():
        text = explain_refusal(code, sample_values(refusal.names), "the English detail")
        assert arabic(text), code
        assert not english_words(text), (code, text)


def test_coded_values_are_said_in_arabic_too(qtbot: QtBot) -> None:
    create_application([], "ar")
    values = {"role": "supervisor", "action": "review", "your_role": "clerk"}
    text = explain(
        ServerError("only a supervisor may …", status=403, code="wrong_role", values=values)
    )
    assert "مراجعة المعاملات المرفوضة" in text
    assert "\u2068مشرف\u2069" in text and "\u2068موظف\u2069" in text


@pytest.mark.parametrize(
    ("code", "values"),
    [
        (None, {}),  # an older server: no code at all
        ("a_code_from_a_newer_server", {}),
        ("not_claimable", {"request_id": "DAM-000001"}),  # a value missing
    ],
)
def test_a_refusal_without_a_known_code_keeps_its_detail_in_an_arabic_frame(
    qtbot: QtBot, code: str | None, values: dict[str, str]
) -> None:
    create_application([], "ar")
    detail = "request DAM-000001 is printed: it cannot be claimed"
    text = explain(Refused(detail, status=409, code=code, values=values))
    assert text.startswith("رفض الخادم المركزي")
    assert f"\u2068{detail}\u2069" in text


def test_a_file_or_setting_problem_keeps_its_words_in_an_arabic_frame(qtbot: QtBot) -> None:
    create_application([], "ar")
    text = explain(PermissionError(13, "Permission denied", "/media/usb/shift.csv"))
    assert text.startswith("تعذَّر إتمام ذلك")
    assert "/media/usb/shift.csv" in text
    assert explain(KeyError("x")).startswith("تعذَّر إتمام ذلك")


def test_the_workstations_own_words_about_the_link_are_arabic(qtbot: QtBot) -> None:
    create_application([], "ar")
    for error in (
        Offline.of("unreachable"),
        Offline.of("unavailable", {"http_status": "503"}, status=503),
        BadAnswer.of("malformed", {"fields": "items.0.status"}),
        ClockSkew(timedelta(hours=2, minutes=3)),
    ):
        text = explain(error)
        assert arabic(text) and not english_words(text), text
    assert "\u20682\u2069 ساعة و\u20683\u2069 دقيقة" in explain(
        ClockSkew(timedelta(hours=2, minutes=3))
    )


def test_a_colleagues_lease_reaches_the_clerk_in_arabic(
    open_desk: WindowFactory, qtbot: QtBot, live_server: ServerThread
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    request_id = next(
        window.queue.model.row_at(row).id
        for row in range(window.queue.model.rowCount())
        if window.queue.model.row_at(row).status == "assigned"
    )
    colleague = CentralClient(live_server.url)
    try:
        colleague.login("dam.clerk2", "demo", "W2")
        colleague.claim(request_id)
    finally:
        colleague.close()

    window.open_request(request_id)
    qtbot.waitUntil(lambda: window.last_error != "", timeout=10_000)
    assert "محجوزة للموظف" in window.last_error
    assert "\u2068dam.clerk2\u2069" in window.last_error
    assert f"\u2068{request_id}\u2069" in window.last_error
    assert not english_words(window.last_error), window.last_error


def test_the_review_queue_refused_to_a_clerk_is_said_in_arabic(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    with pytest.raises(Refused) as caught:
        window.desk.supervision.rejections()
    assert caught.value.code == "wrong_role"
    text = explain(caught.value)
    assert text == (
        "لا يحق \u2068مراجعة المعاملات المرفوضة\u2069 إلا لمستخدم بصفة \u2068مشرف\u2069؛"
        " وصفتك \u2068موظف\u2069"
    )
