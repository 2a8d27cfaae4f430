"""The papers the citizen attached: listed with the request, opened with Ctrl+T, each in
its tab (a picture, or a PDF), and still there when the network is gone."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from clerk_desk import attachments
from clerk_desk.store.models import Attachment
from ui.attachments_dialog import AttachmentsDialog
from ui.main_window import MainWindow

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue

ARABIC = re.compile(r"[\u0600-\u06FF]")


def _request_with(window: MainWindow, kinds: set[str]) -> str:
    """A request on the desk whose papers are of exactly these kinds, all fetched."""
    with window.desk.sessions() as session:
        by_request: dict[str, set[str]] = {}
        for row in session.query(Attachment).all():
            by_request.setdefault(row.request_id, set()).add(row.kind)
    return next(request_id for request_id, have in sorted(by_request.items()) if have == kinds)


def _open(window: MainWindow, qtbot: QtBot, request_id: str) -> None:
    window.open_request(request_id)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.request_id == request_id,
        timeout=10_000,
    )


def _dialog_shown(window: MainWindow, qtbot: QtBot) -> AttachmentsDialog:
    qtbot.waitUntil(lambda: window.papers_dialog is not None, timeout=5_000)
    dialog = window.papers_dialog
    assert dialog is not None
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(dialog.tabs.widget(i), QLabel)
                and dialog.tabs.widget(i).text() == dialog.tr("Opening…")  # type: ignore[attr-defined]
                for i in range(dialog.tabs.count())
            )
        ),
        timeout=10_000,
    )
    return dialog


def _pulled_with_papers(window: MainWindow, qtbot: QtBot) -> None:
    wait_for_queue(window, qtbot)

    def fetched() -> bool:
        with window.desk.sessions() as session:
            rows = session.query(Attachment).all()
            return bool(rows) and all(row.fetched_at is not None for row in rows)

    qtbot.waitUntil(fetched, timeout=15_000)


def test_the_clerk_sees_each_paper_with_its_request_and_opens_them_by_keyboard(
    open_desk: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_desk("dam.clerk1")
    _pulled_with_papers(window, qtbot)
    request_id = _request_with(window, {"power_of_attorney", "id_card"})
    _open(window, qtbot, request_id)

    texts = window.panel.papers.texts
    assert len(texts) == 2
    assert all(ARABIC.search(text) for text in texts)
    assert any("وكالة" in text for text in texts)
    assert any("البطاقة الشخصية" in text for text in texts)
    assert window.panel.papers.text().count("<a href=") == 2

    qtbot.wait(300)  # the layout settles before the picture is taken
    window.grab().save(str(tmp_path / "request-with-papers.png"))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog_shown(window, qtbot)
    assert dialog.tabs.count() == 2
    shown = {type(dialog.tabs.widget(i)).__name__ for i in range(2)}
    assert shown == {"QPdfView", "_ImageView"}, shown
    pdf = next(
        dialog.tabs.widget(i) for i in range(2) if isinstance(dialog.tabs.widget(i), QPdfView)
    )
    assert pdf.document().pageCount() == 1  # type: ignore[attr-defined]
    picture = next(
        dialog.tabs.widget(i) for i in range(2) if not isinstance(dialog.tabs.widget(i), QPdfView)
    )
    dialog.tabs.setCurrentWidget(picture)
    qtbot.waitUntil(
        lambda: picture.label.pixmap() is not None and not picture.label.pixmap().isNull()
    )  # type: ignore[attr-defined]
    dialog.grab().save(str(tmp_path / "attachments-picture.png"))
    dialog.tabs.setCurrentWidget(pdf)
    qtbot.wait(300)
    dialog.grab().save(str(tmp_path / "attachments-pdf.png"))

    # An identity card on the screen is hidden with the rest when the desk locks.
    window.lock()
    assert window.locked and not dialog.isVisible()


def test_a_request_without_papers_says_so(open_desk: WindowFactory, qtbot: QtBot) -> None:
    window = open_desk("dam.clerk1")
    _pulled_with_papers(window, qtbot)
    with window.desk.sessions() as session:
        with_papers = {row.request_id for row in session.query(Attachment).all()}
    request_id = next(
        window.queue.model.row_at(i).id
        for i in range(window.queue.model.rowCount())
        if window.queue.model.row_at(i).id not in with_papers
    )
    _open(window, qtbot, request_id)
    assert window.panel.papers.texts == []
    assert window.panel.papers.text() == "لا يوجد"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.papers_dialog is None
    assert ARABIC.search(window.status.currentMessage())


def test_offline_a_fetched_paper_opens_and_a_missing_one_says_why_in_arabic(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    _pulled_with_papers(window, qtbot)
    request_id = _request_with(window, {"family_booklet", "id_card"})
    with window.desk.sessions.begin() as session:  # as if one had not arrived before the cut
        missing = attachments.papers_of(session, request_id)[0]
        row = session.get_one(Attachment, missing.id)
        row.content, row.fetched_at = None, None
    window.desk.client.base_url = "http://127.0.0.1:9"  # the network is gone
    window.desk.events.online = False
    _open(window, qtbot, request_id)
    assert any("لم تصل بعد" in text for text in window.panel.papers.texts)

    window.panel.papers.linkActivated.emit("0")  # the clerk clicks the first paper
    dialog = _dialog_shown(window, qtbot)
    widgets = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    messages = [w for w in widgets if isinstance(w, QLabel)]
    assert len(messages) == 1
    assert ARABIC.search(messages[0].text())
    assert "has not reached" not in messages[0].text()
    assert sum(type(w).__name__ == "_ImageView" for w in widgets) == 1
    dialog.close()


def test_the_supervisor_sees_the_papers_with_the_rejection(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    supervisor = open_desk("dam.supervisor")
    review = supervisor.review
    qtbot.waitUntil(lambda: review.model.rowCount() > 0, timeout=10_000)
    row = next(
        r for r in range(review.model.rowCount()) if review.model.item(r).request.attachments
    )
    request = review.model.item(row).request
    assert review.select(request.id)
    assert len(review.papers.texts) == len(request.attachments)
    assert all(ARABIC.search(text) for text in review.papers.texts)

    review.papers.opened.emit(0)  # the supervisor clicks the first paper
    dialog = _dialog_shown(supervisor, qtbot)
    assert dialog.tabs.count() == len(request.attachments)
    assert not any(isinstance(dialog.tabs.widget(i), QLabel) for i in range(dialog.tabs.count()))
    dialog.close()
