"""The pickup dialog: who collects, recorded from the keyboard, in Arabic, on a 1366×768
screen (a picture of it kept as docs/pickup-dialog.png, into the folder
CLERK_DESK_SCREENSHOTS names; a temporary folder otherwise)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_desk.collector_rules import CollectorRole, IdentityDocument
from clerk_desk.usecases.post import PickupView
from ui.app import create_application
from ui.pickup_dialog import PickupDialog

VIEW = PickupView(
    request_id="DAM-000012",
    shelf_slot="B-07",
    recipient_name="هدى سامر الخطيب",
    requester_name="ريم سامر الخطيب",
    relation_ar="الأخت",
    powers_of_attorney=((41, "power-of-attorney.pdf"),),
)


def shown_dialog(qtbot: QtBot, view: PickupView = VIEW) -> PickupDialog:
    create_application([], "ar")
    dialog = PickupDialog(view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_an_attorney_is_recorded_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = shown_dialog(qtbot)
    assert QApplication.focusWidget() is dialog.number
    assert not dialog.power.isEnabled()  # the subject is offered first
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert dialog.role() is CollectorRole.ATTORNEY and dialog.power.isEnabled()
    assert dialog.name.text() == ""  # the attorney's own name is typed
    dialog.name.setText("رامي العلي")
    dialog.document.setCurrentIndex(1)
    qtbot.keyClicks(dialog.number, "N0123456")
    qtbot.keyClicks(dialog.poa_number, "4711/2026")
    dialog.poa_date.setDate(QDate(2026, 1, 5))
    with qtbot.waitSignal(dialog.submitted) as submitted:
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)  # Enter hands over
    collector = submitted.args[0]
    assert (collector.role, collector.id_document) == (
        CollectorRole.ATTORNEY,
        IdentityDocument.PASSPORT,
    )
    assert (collector.poa_number, collector.poa_date, collector.poa_attachment) == (
        "4711/2026",
        date(2026, 1, 5),
        41,
    )
    assert not dialog.buttons.isEnabled()  # until the answer comes
    dialog.refuse("لا يستلم ظرف المعاملة إلا صاحب العلاقة")
    assert dialog.buttons.isEnabled() and dialog.isVisible()
    # Back to the requester: the power's fields are not sent.
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.name.text() == "ريم سامر الخطيب" and dialog.message.text() == ""
    assert dialog.collector().poa_number is None and dialog.collector().poa_attachment is None


def test_a_request_without_a_power_says_so(qtbot: QtBot) -> None:
    dialog = shown_dialog(qtbot, PickupView("DAM-000003", "A-01", "أحمد", "أحمد", "", ()))
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert dialog.no_paper.isVisibleTo(dialog) and not dialog.paper.isVisibleTo(dialog)
    assert dialog.collector().poa_attachment is None


def test_the_dialog_fits_the_counter_s_screen_in_arabic(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = shown_dialog(qtbot)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle() == "تسليم الظرف"
    dialog.refuse(
        "الرقم الوطني في البطاقة الشخصية ليس الرقم الوطني لصاحب العلاقة في المعاملة "
        "DAM-000012: لا يُسلَّم الظرف"
    )
    dialog.resize(PickupDialog.PREFERRED)  # as on a 1366×768 screen (this one is smaller)
    qtbot.wait(100)  # the layout settles before the picture is taken
    size = dialog.size()
    assert size.width() <= 1366 and size.height() <= 768 - 40 - 30  # task bar, title bar
    hint = dialog.sizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height()  # nothing clipped
    for button in dialog.buttons.buttons():
        assert dialog.rect().contains(button.geometry().translated(dialog.buttons.pos()))
    folder = Path(os.environ.get("CLERK_DESK_SCREENSHOTS", tmp_path))
    dialog.grab().save(str(folder / "pickup-dialog.png"))
