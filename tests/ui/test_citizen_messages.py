"""What the citizen was sent, as the clerk sees it: each message in Arabic words, when, its
segments and the gateway's delivery report; reached from the request panel."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_desk.api import Delivery
from clerk_desk.api_outreach import NotificationStatus, NotificationTemplate
from clerk_desk.usecases.post_story import CitizenMessage, PostStory
from tests.ui.test_request_panel import opened
from ui.app import create_application
from ui.citizen_messages import FAILED, CitizenMessagesDialog
from ui.i18n import use_digits
from ui.request_panel import RequestPanel

DISPATCHED = CitizenMessage(
    template=NotificationTemplate.DISPATCHED,
    text="أُرسلت وثيقتك DAM-000001 بالبريد السوري، رقم التتبع RR123456785SY",
    segments=1,
    status=NotificationStatus.DELIVERED,
    queued_at="10:05",
    sent_at="10:05",
    reported_at="10:07",
)
RETURNED = CitizenMessage(
    template=NotificationTemplate.RETURNED,
    text="تعذّر على البريد تسليم وثيقة طلبك DAM-000001: العنوان غير موجود.",
    segments=2,
    status=NotificationStatus.FAILED,
    queued_at="2026-11-30 09:00",
    sent_at="2026-11-30 09:00",
    reported_at="2026-11-30 09:02",
)


def test_each_message_says_what_when_how_long_and_whether_it_arrived(qtbot: QtBot) -> None:
    create_application([], "ar")
    dialog = CitizenMessagesDialog("DAM-000001", [DISPATCHED, RETURNED])
    qtbot.addWidget(dialog)
    assert dialog.rows() == [
        [
            "أُرسلت بالبريد",
            "\u206610:05\u2069",
            "\u206610:05\u2069",
            "1",
            "وصلت (\u206610:07\u2069)",
        ],
        [
            "أعادها البريد إلى المركز",
            "\u20662026-11-30 09:00\u2069",
            "\u20662026-11-30 09:00\u2069",
            "2",
            "لم تصل (\u20662026-11-30 09:02\u2069)",
        ],
    ]
    item = dialog.table.item(1, 4)
    assert item is not None and item.foreground().color() == FAILED  # a failure stands out
    assert dialog.text.text() == RETURNED.text  # the newest, as the citizen read it
    dialog.table.setCurrentCell(0, 0)  # the clerk clicks the older one
    assert dialog.text.text() == DISPATCHED.text
    assert dialog.empty.isHidden()


def test_the_panel_shows_the_phone_and_opens_the_messages(qtbot: QtBot) -> None:
    create_application([], "ar")
    panel = RequestPanel()
    qtbot.addWidget(panel)
    delivery = Delivery.model_validate(
        {"method": "post", "recipient_name": "أحمد الشامي", "address_ar": "المزة، بناء 14",
         "city_ar": "دمشق", "phone": "0944123456"}
    )  # fmt: skip
    view = replace(opened({"national_number": "01234567890"}), delivery=delivery)
    panel.show_request(view)
    # On the heading line: Western digits, left to right in the Arabic.
    assert panel.phone.text() == "\u20660944123456\u2069" and not panel.phone_box.isHidden()
    use_digits("arabic_indic")  # the address's numbers follow the setting; the phone does not
    try:
        panel.redraw()
        assert panel.phone.text() == "\u20660944123456\u2069"
        assert "١٤" in panel.delivery.text()
    finally:
        use_digits("western")
    assert panel.messages_button.isHidden()  # nothing asked of the server yet
    panel.show_story(replace(view, story=PostStory(messages=(DISPATCHED, RETURNED))))
    assert not panel.messages_button.isHidden() and "(2)" in panel.messages_button.text()
    qtbot.mouseClick(panel.messages_button, Qt.MouseButton.LeftButton)
    assert panel.messages_dialog is not None and panel.messages_dialog.isVisible()
    assert len(panel.messages_dialog.rows()) == 2
    panel.messages_dialog.close()
    # A story of another request (the clerk opened the next one meanwhile) is not shown.
    panel.show_story(replace(view, request_id="DAM-000002", story=PostStory()))
    assert "(2)" in panel.messages_button.text()
