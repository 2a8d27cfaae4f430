"""The open request: what the clerk may do depends on the comparison, not on luck."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_desk.api import Delivery, SubmittedPerson
from clerk_desk.comparison import compare_records
from clerk_desk.fields import PersonField
from clerk_desk.payments import RefundPolicy
from clerk_desk.reasons import REASONS
from clerk_desk.rejection_text import citizen_sentence, fee_sentence
from clerk_desk.states import RequestState, next_steps
from clerk_desk.usecases.counter import RequestView
from ui.app import create_application
from ui.comparison_delegate import highlighted_html
from ui.labels import field_name
from ui.reject_dialog import RejectDialog
from ui.request_panel import RequestPanel

REGISTRY = {
    "national_number": "01234567890",
    "first_name": "أحمد",
    "father_name": "عبد الله",
    "mother_name": "فاطمة الحلبي",
    "last_name": "الشامي",
    "birth_date": "1990-05-12",
    "birth_place": "دمشق",
    "gender": "male",
}


def opened(submitted: dict[str, str], status: str = "in_review") -> RequestView:
    state = RequestState(status)
    return RequestView(
        request_id="DAM-000001",
        service_code="civil_extract_individual",
        state=state,
        requester_name="أحمد الشامي",
        relation_ar="",
        subject=SubmittedPerson.model_validate(submitted),
        delivery=Delivery.model_validate({"method": "pickup", "recipient_name": "أحمد الشامي"}),
        registry=None,  # the panel draws the comparison
        comparison=compare_records(submitted, REGISTRY),
        steps=next_steps(state, pickup=True, collected=False),
    )


def test_a_match_can_be_accepted_at_once(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(opened(dict(REGISTRY)))
    assert panel.accept_button.isEnabled()
    assert panel.reject_button.isEnabled()


def test_spelling_variants_must_each_be_ticked_before_accepting(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    submitted = dict(REGISTRY, first_name="احمد", father_name="عبدالله", birth_date="١٢/٠٥/١٩٩٠")
    panel.show_request(opened(submitted))
    assert not panel.accept_button.isEnabled()
    model = panel.model
    rows = {
        model.comparison.fields[f].field: i  # type: ignore[union-attr]
        for i, f in enumerate(model.comparison.fields)
    }  # type: ignore[union-attr]
    to_tick = [PersonField.FIRST_NAME, PersonField.FATHER_NAME, PersonField.BIRTH_DATE]
    for field in to_tick:
        assert not panel.accept_button.isEnabled()
        cell = model.index(rows[field], model.STATUS)
        model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert panel.accept_button.isEnabled()
    model.setData(
        model.index(rows[PersonField.FIRST_NAME], model.STATUS),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert not panel.accept_button.isEnabled()


def test_a_different_name_blocks_acceptance_and_is_shown_in_words(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(opened(dict(REGISTRY, first_name="أحمد", mother_name="فاطمة الحلبية")))
    assert not panel.accept_button.isEnabled()
    assert panel.reject_button.isEnabled()
    row = list(panel.model.comparison.fields).index(PersonField.MOTHER_NAME)  # type: ignore[union-attr]
    status_text = panel.model.index(row, panel.model.STATUS).data()
    assert "✘" in status_text  # not colour alone: a mark and a word
    # The verdict above the table names the field, which may be below the fold.
    assert field_name(PersonField.MOTHER_NAME) in panel.verdict.text()
    assert field_name(PersonField.FIRST_NAME) not in panel.verdict.text()  # a spelling variant


def test_nothing_can_be_decided_on_a_request_already_decided(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(opened(dict(REGISTRY), status="accepted"))
    assert not panel.accept_button.isEnabled()
    assert not panel.reject_button.isEnabled()


def test_rejection_names_the_fields_that_do_not_match(qtbot: QtBot) -> None:
    comparison = compare_records(dict(REGISTRY, birth_date="1991-05-12"), REGISTRY)
    dialog = RejectDialog(comparison)
    qtbot.addWidget(dialog)
    assert dialog.reason_code == "data_mismatch"
    assert "تاريخ الولادة" in dialog.reason_text
    assert "1991" not in dialog.reason_text  # the registry's data is not disclosed
    dialog.text.setPlainText("  ")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 0  # an empty reason is not accepted
    assert citizen_sentence("other", comparison)


def test_the_reject_dialog_says_what_becomes_of_the_fee_for_the_reason(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application([], "ar")
    comparison = compare_records(dict(REGISTRY, birth_date="1991-05-12"), REGISTRY)
    dialog = RejectDialog(comparison, fee=7500)
    qtbot.addWidget(dialog)
    assert dialog.reason_code == "data_mismatch"  # half of it back, says the catalogue
    assert (
        unisolated(dialog.refund.text())
        == "يُردّ جزء منه (50٪): 3,750 ل.س من 7,500 ل.س تعود إلى المواطن."
    )
    assert dialog.reason_text.endswith(fee_sentence("data_mismatch", 7500))
    assert "٣٬٧٥٠ ليرة سورية" in dialog.reason_text  # the citizen reads it too
    dialog.reason.setCurrentIndex(list(REASONS).index("duplicate_request"))
    assert unisolated(dialog.refund.text()) == "يُردّ كاملًا: 7,500 ل.س تعود إلى المواطن."
    assert dialog.reason_text.endswith(fee_sentence("duplicate_request", 7500))
    kept = replace(REASONS["other"], refund=RefundPolicy.NONE)
    monkeypatch.setitem(REASONS, "other", kept)
    dialog.reason.setCurrentIndex(list(REASONS).index("other"))
    assert unisolated(dialog.refund.text()) == "لا يُردّ: يبقى ما دفعه المواطن (7,500 ل.س) للخزينة."
    assert "لا يُردّ رسم المعاملة" in dialog.reason_text


def test_without_a_payment_known_the_reject_dialog_says_nothing_of_a_fee(qtbot: QtBot) -> None:
    dialog = RejectDialog(None)
    qtbot.addWidget(dialog)
    assert unisolated(dialog.refund.text()) == "" and "ليرة" not in dialog.reason_text


def test_highlighted_text_is_escaped() -> None:
    html = highlighted_html("<b>&رامي", ((6, 7),))
    assert "&lt;b&gt;&amp;" in html
    assert "<span" in html


def test_a_reason_with_a_hidden_character_is_refused_before_the_dialog_closes(
    qtbot: QtBot,
) -> None:
    dialog = RejectDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("الاسم لا يطابق\u202e السجل")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.result() == 0
    assert "U+202E" in dialog.message.text()
    dialog.text.setPlainText("<b>الاسم</b> لا يطابق\nالسجل المدني")  # lines and markup: text
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1


def test_what_the_citizen_and_the_server_wrote_is_shown_as_plain_text(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    for label in (panel.requester, panel.delivery, panel.banner, panel.explanation):
        assert label.textFormat() == Qt.TextFormat.PlainText


def unisolated(text: str) -> str:
    """``text`` without the isolates that keep numbers in order (what a reader sees)."""
    return text.replace("\u2066", "").replace("\u2069", "")
