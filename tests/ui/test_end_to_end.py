"""One request from the central server to a printed envelope, driven through the window."""

from __future__ import annotations

import time
from pathlib import Path

import pypdfium2 as pdfium
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_desk.comparison import Verdict
from clerk_desk.digits import fold_digits
from clerk_desk.states import RequestState
from tests.printing.cups import Queue
from ui.main_window import MainWindow

from .conftest import WindowFactory, confirm_with_enter


def pdf_text(source: Path | bytes) -> str:
    """The text of a clear PDF: a file the print queue wrote, or bytes (the archive's files
    are encrypted: read them through the desk, ``desk.post.read_pdf``)."""
    document = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def server_status(base_url: str, request_id: str, username: str = "dam.clerk2") -> str:
    with requests.Session() as http:
        token = http.post(
            f"{base_url}/api/v1/login", json={"username": username, "password": "demo"}, timeout=10
        ).json()
        answer = http.get(
            f"{base_url}/api/v1/requests/{request_id}",
            headers={"Authorization": f"Bearer {token['token']}"},
            timeout=10,
        )
        answer.raise_for_status()
        return str(answer.json()["status"])


def wait_for_queue(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)


def open_until(window: MainWindow, qtbot: QtBot, verdict: Verdict) -> str:
    """Open assigned requests one by one until one has ``verdict``."""
    for row in range(window.queue.model.rowCount()):
        item = window.queue.model.row_at(row)
        if item.status != "assigned" or (
            verdict is Verdict.MATCH and item.service_code != "civil_extract_individual"
        ):
            continue
        window.queue.select(item.id)
        window.queue.request_chosen.emit(item.id)
        qtbot.waitUntil(
            lambda rid=item.id: (
                window.panel.opened is not None and window.panel.opened.request_id == rid
            ),
            timeout=10_000,
        )
        opened = window.panel.opened
        assert opened is not None
        if opened.comparison is not None and opened.comparison.verdict is verdict:
            return item.id
    raise AssertionError(f"no request with verdict {verdict} in the queue")


def test_matching_request_is_accepted_printed_and_recorded(
    open_desk: WindowFactory, qtbot: QtBot, live_server: object, cups: Queue
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    request_id = open_until(window, qtbot, Verdict.MATCH)
    assert window.panel.accept_button.isEnabled()

    qtbot.mouseClick(window.panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.preview is not None and window.preview.isVisible(), timeout=20_000
    )
    assert window.preview is not None
    prepared = window.preview.prepared
    submitted = time.time()
    preview = window.preview
    with qtbot.waitSignal(preview.printed, timeout=60_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    # said in the preview, then in the status bar once it closed by itself
    assert "تمت الطباعة" in preview.message.text() and not preview.print_button.isVisible()
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=10_000)
    said = window.status.currentMessage()
    assert "طُبعت المعاملة" in said and prepared.document_number in said
    qtbot.waitUntil(lambda: window.focusWidget() is window.queue.table)  # the next one
    qtbot.waitUntil(
        lambda: (
            window.panel.opened is not None and window.panel.opened.state is RequestState.PRINTED
        ),
        timeout=10_000,
    )

    assert window.panel.opened is not None
    subject = window.panel.opened.subject.model_dump()
    document_pdf = window.desk.post.read_pdf(prepared.document_path)
    document_text = fold_digits(pdf_text(document_pdf))
    assert subject["national_number"] in document_text
    assert str(subject["first_name"]) in pdf_text(document_pdf)
    assert request_id in pdf_text(window.desk.post.read_pdf(prepared.envelope_path))
    on_disk = prepared.document_path.read_bytes()  # encrypted at rest
    assert not on_disk.startswith(b"%PDF")
    assert subject["national_number"].encode() not in on_disk
    printed = printed_since(cups, submitted, count=2)  # what came out of the print queue
    assert any(prepared.document_number in fold_digits(text) for text in printed)
    assert any(request_id in text for text in printed)
    url = live_server.url  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: server_status(url, request_id) == "printed", timeout=10_000)


def printed_since(queue: Queue, since: float, count: int) -> list[str]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        files = [p for p in queue.output.glob("*.pdf") if p.stat().st_mtime >= since - 1]
        if len(files) >= count and all(p.read_bytes().rstrip().endswith(b"%%EOF") for p in files):
            return [pdf_text(p) for p in files]
        time.sleep(0.2)
    raise AssertionError(f"the print queue put out fewer than {count} PDFs")


def test_from_the_queue_to_printed_paper_in_three_keystrokes(
    open_desk: WindowFactory, qtbot: QtBot, cups: Queue
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    model = window.queue.model
    matching = [
        model.row_at(r).id
        for r in range(model.rowCount())
        if model.row_at(r).status == "assigned"
        and model.row_at(r).service_code == "civil_extract_individual"
    ]
    keystrokes = 0

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keystrokes
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, key, modifier)
        keystrokes += 1

    for request_id in matching:  # the first that matches the registry outright
        window.activateWindow()
        window.queue.select(request_id)
        window.queue.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.queue.table)
        keystrokes = 0
        press(Qt.Key.Key_Return)  # open
        qtbot.waitUntil(
            lambda rid=request_id: (
                window.panel.opened is not None and window.panel.opened.request_id == rid
            ),
            timeout=10_000,
        )
        if window.panel.can_accept():
            break
    else:
        raise AssertionError("no matching request in the queue")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # accept
    qtbot.waitUntil(
        lambda: window.preview is not None and window.preview.isVisible(), timeout=20_000
    )
    assert window.preview is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    with qtbot.waitSignal(window.preview.printed, timeout=60_000):
        press(Qt.Key.Key_Return)  # print
    assert keystrokes <= 4
    assert keystrokes == 3


def test_mismatch_is_rejected_and_overturned_back_to_the_queue(
    open_desk: WindowFactory, qtbot: QtBot, live_server: object
) -> None:
    clerk = open_desk("dam.clerk1")
    wait_for_queue(clerk, qtbot)
    request_id = open_until(clerk, qtbot, Verdict.MISMATCH)
    assert not clerk.panel.accept_button.isEnabled()

    qtbot.mouseClick(clerk.panel.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: clerk.reject_dialog is not None and clerk.reject_dialog.isVisible())
    dialog = clerk.reject_dialog
    assert dialog is not None
    assert dialog.reason_code == "data_mismatch"
    assert dialog.reason_text.startswith("لا تطابق البيانات المدخلة في حق")  # names the fields
    dialog.buttons.accepted.emit()
    url = live_server.url  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: server_status(url, request_id) == "rejected", timeout=10_000)
    qtbot.waitUntil(lambda: "رُفضت المعاملة" in clerk.status.currentMessage())  # told
    assert request_id in clerk.status.currentMessage()
    qtbot.waitUntil(lambda: clerk.status.work_today.text() == "اليوم: قرار واحد · لا مطبوعات")

    supervisor = open_desk("dam.supervisor")
    qtbot.waitUntil(lambda: supervisor.review.select(request_id), timeout=20_000)
    evidence = supervisor.review.model.item(supervisor.review.table.currentIndex().row())
    assert evidence.request.id == request_id
    assert evidence.comparison["verdict"] == "mismatch"  # what the clerk saw, kept as evidence
    assert evidence.registry_snapshot["national_number"] == evidence.request.subject.national_number
    shown = supervisor.review.evidence_model  # the supervisor sees it side by side, read-only
    assert shown.comparison is not None and shown.comparison.verdict is Verdict.MISMATCH
    assert shown.rowCount() >= 6
    clerk_login = clerk.desk.login_result
    assert clerk_login is not None
    clerk_name = clerk_login.user.full_name  # people by name, never by user name
    assert clerk_name in supervisor.review.evidence_title.text()
    assert "dam.clerk1" not in supervisor.review.evidence_title.text()
    # the history comes from the audit chain the clerk's workstation uploaded
    qtbot.waitUntil(lambda: supervisor.review.history.count() >= 2, timeout=10_000)
    lines = [
        supervisor.review.history.item(i).text() for i in range(supervisor.review.history.count())
    ]
    assert any(clerk_name in line for line in lines)
    assert not any("dam.clerk1" in line for line in lines)
    supervisor.review.note.setText("الاختلاف في الاسم خطأ إملائي، تعاد المعاملة")
    qtbot.mouseClick(supervisor.review.overturn_button, Qt.MouseButton.LeftButton)
    box = confirm_with_enter(qtbot, lambda: supervisor.review.confirmation)
    assert box.yes.text() == "نقض الرفض"  # the button names the step
    qtbot.waitUntil(lambda: server_status(url, request_id) == "assigned", timeout=10_000)

    clerk.pull()
    qtbot.waitUntil(
        lambda: (
            clerk.queue.model.row_of(request_id) >= 0
            and clerk.queue.model.row_at(clerk.queue.model.row_of(request_id)).status == "assigned"
        ),
        timeout=10_000,
    )
    # ... and the clerk is told why, in Arabic, and opens it again from the notice.
    qtbot.waitUntil(clerk.notices.isVisible, timeout=10_000)
    told = clerk.notices.text.text()
    assert request_id in told and "الاختلاف في الاسم خطأ إملائي" in told
    assert "ألغى" in told and "عادت المعاملة إلى قائمة عملك" in told
    clerk.panel.show_request(None)
    qtbot.mouseClick(clerk.notices.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: clerk.panel.opened is not None and clerk.panel.opened.request_id == request_id,
        timeout=10_000,
    )
    assert clerk.notices.isVisible()  # still there until the clerk says it was seen


def scan(qtbot: QtBot, code: str) -> None:
    """Type like a USB barcode scanner: each key to whatever has the focus, then Enter."""
    for char in code:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, char)
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_a_scanned_request_number_opens_it_from_anywhere(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    window.activateWindow()
    window.queue.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.queue.table)
    wanted = window.queue.model.row_at(window.queue.model.rowCount() - 1).id
    scan(qtbot, wanted)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.request_id == wanted,
        timeout=10_000,
    )
    assert window.queue.search.text() == wanted


def test_a_slow_service_prints_the_issuing_bodys_document_behind_a_cover(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    model = window.queue.model
    for row in range(model.rowCount()):
        item = model.row_at(row)
        if item.service_class != "slow" or item.status != "assigned":
            continue
        opened = window.desk.counter.open(item.id)
        if opened.comparison is not None and opened.comparison.verdict is Verdict.MATCH:
            break
    else:
        raise AssertionError("no matching slow-service request")
    window.desk.counter.accept(item.id, frozenset())
    prepared = window.desk.paper.prepare(item.id)
    document = pdfium.PdfDocument(window.desk.post.read_pdf(prepared.document_path))
    try:
        assert len(document) >= 2  # the cover sheet, then the body's own pages
        assert prepared.document_number in fold_digits(document[0].get_textpage().get_text_range())
    finally:
        document.close()
