"""Text a person reads refuses what would hide or reorder it, with one check the server's
contract and the workstation's use cases share."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import dispatch, workflow
from clerk_desk.api import CollectedIn, DecisionIn, DispatchIn, ReviewIn, SecondLookIn
from clerk_desk.plain_text import (
    UNSAFE_TEXT,
    BrokenText,
    UnsafeText,
    check_plain_text,
    check_unicode,
    escape_unsafe,
    unsafe_character,
)
from clerk_desk.refusals import code_of_template
from clerk_desk.store.models import Decision, OutboxMessage
from tests.collectors import subject
from tests.core.test_dispatch import sealed
from tests.core.test_dispatch import sessions as sessions  # the fixture, shared
from tests.core.test_workflow import CLERK, NN, SUPERVISOR, count, open_request

ORDINARY = [
    "سامر الحلبي",
    "مُحَمَّد عبـــد الله",  # harakat and tatweel
    "رقم القيد ٤٥/١٢٣ - Damascus",
    "اسم الأم لا يطابق السجل المدني.\nيرجى التصحيح.",
    "<script>alert(1)</script>",  # plain text: shown as text, never as markup
    "می\u200cخواهم",  # ZWNJ, which Persian and some Arabic names need
    "📄",
]
HIDDEN = {
    "\u202a": "U+202A",
    "\u202b": "U+202B",
    "\u202c": "U+202C",
    "\u202d": "U+202D",
    "\u202e": "U+202E",
    "\u2066": "U+2066",
    "\u2067": "U+2067",
    "\u2068": "U+2068",
    "\u2069": "U+2069",
    "\u200e": "U+200E",
    "\u200f": "U+200F",
    "\u061c": "U+061C",
    "\x00": "U+0000",
    "\x07": "U+0007",
    "\t": "U+0009",
    "\r": "U+000D",
    "\x1b": "U+001B",
    "\x7f": "U+007F",
    "\x85": "U+0085",
    "\u2028": "U+2028",
    "\u2029": "U+2029",
    "\ud800": "U+D800",
}


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_arabic_and_markup_pass(text: str) -> None:
    assert check_plain_text(text, multiline=True) == text


@pytest.mark.parametrize(("character", "code_point"), HIDDEN.items())
def test_control_direction_and_broken_characters_are_refused(
    character: str, code_point: str
) -> None:
    with pytest.raises(UnsafeText) as refused:
        check_plain_text(f"سامر{character}الحلبي", multiline=True)
    assert refused.value.template == UNSAFE_TEXT
    assert refused.value.values == {"character": code_point}
    assert code_of_template(refused.value.template) == "unsafe_text"  # the server's code


def test_a_line_break_is_refused_only_in_one_line_text() -> None:
    assert unsafe_character("سطر\nسطر", multiline=True) is None
    assert unsafe_character("سطر\nسطر") == "U+000A"


def test_lone_surrogates_are_found_anywhere_in_decoded_json() -> None:
    assert check_unicode({"a": ["x", {"b": "📄"}]}) == {"a": ["x", {"b": "📄"}]}
    with pytest.raises(BrokenText) as broken:
        check_unicode({"a": ["x", {"b": "y\udfff"}], "c": "\ud800"})
    assert broken.value.values == {"field": "a.1.b"}  # the first, in the document's order
    with pytest.raises(BrokenText) as in_a_key:
        check_unicode({"a": {"\ud800": 1}})
    assert in_a_key.value.values == {"field": "a"}


def test_a_deep_value_is_walked_without_recursion() -> None:
    value: list[Any] = []
    for _ in range(100_000):
        value = [value]
    assert check_unicode(value) is value


def test_escaping_keeps_a_log_line_one_line_and_readable() -> None:
    line = escape_unsafe("W1\n2026-03-01 forged \u202eline \\u000a")
    assert line == "W1\\u000a2026-03-01 forged \\u202eline \\\\u000a"
    assert unsafe_character(line) is None


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (DecisionIn, {"outcome": "reject", "reason_code": "other", "reason_text": "x\u202e"}),
        (ReviewIn, {"outcome": "uphold", "note": "x\u2067"}),
        (SecondLookIn, {"outcome": "concern", "note": "x\x1b"}),
        (CollectedIn, {"received_by": "سامر\nالحلبي"}),
        (DispatchIn, {"batch_id": "B1", "courier_name": "\u202dسامر", "request_ids": ["D-1"]}),
    ],
)
def test_the_contract_refuses_the_same_text(model: Any, fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="direction-changing character"):
        model(idempotency_key="k" * 16, **fields)


# --- the workstation refuses the same text before it records anything -----------------------


def test_a_rejection_reason_with_an_override_is_refused_before_recording(
    sessions: sessionmaker[Session],
) -> None:
    open_request(sessions)
    with pytest.raises(UnsafeText), sessions.begin() as session:
        workflow.reject(session, CLERK, "DAM-000001", "data_mismatch", "السبب\u202e")
    assert count(sessions, Decision) == 0
    with sessions.begin() as session:  # several lines are a reason's own
        workflow.reject(session, CLERK, "DAM-000001", "data_mismatch", "سطر\nسطر ثان")
    assert count(sessions, Decision) == 1


@pytest.mark.parametrize(
    "record",
    [
        lambda s: workflow.review(s, SUPERVISOR, "DAM-000001", "overturn", "راجع\u2066"),
        lambda s: workflow.second_look(s, SUPERVISOR, "DAM-000001", "ملاحظة\x00"),
    ],
    ids=["review", "second-look"],
)
def test_a_supervisor_s_note_with_a_hidden_character_is_refused(
    sessions: sessionmaker[Session], record: Any
) -> None:
    with pytest.raises(UnsafeText), sessions.begin() as session:
        record(session)
    assert count(sessions, OutboxMessage) == 0


def test_the_receiver_s_and_the_courier_s_names_are_checked(
    sessions: sessionmaker[Session],
) -> None:
    sealed(sessions, "DAM-000001", "pickup")
    sealed(sessions, "DAM-000002")
    with sessions.begin() as session:
        dispatch.keep_for_pickup(session, CLERK, "DAM-000001")
        batch_id = dispatch.create_dispatch(session, CLERK, ["DAM-000002"]).id
    before = count(sessions, OutboxMessage)
    with pytest.raises(UnsafeText), sessions.begin() as session:
        dispatch.hand_to_citizen(
            session, CLERK, "DAM-000001", subject("سامر\u202eالحلبي", NN), date(2026, 11, 29)
        )
    with pytest.raises(UnsafeText), sessions.begin() as session:
        dispatch.hand_over(session, CLERK, batch_id, "\u202bسامر")
    assert count(sessions, OutboxMessage) == before  # neither reached the outbox
