"""The supervisor takes a second look at a share of acceptances: the look is audited, the
server keeps it (one per acceptance), and a concern reaches the clerk who accepted."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from clerk_desk import audit
from clerk_desk import config as cfg
from clerk_desk.api import AcceptanceOut
from clerk_desk.comparison import Verdict

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue


def test_an_acceptance_drawn_is_checked_by_the_supervisor(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    clerk = open_desk("dam.clerk1")
    wait_for_queue(clerk, qtbot)
    accepted = None
    for row in range(clerk.queue.model.rowCount()):
        request_id = clerk.queue.model.row_at(row).id
        if clerk.queue.model.row_at(row).service_code != "civil_extract_individual":
            continue
        opened = clerk.desk.counter.open(request_id)
        if opened.comparison is not None and opened.comparison.verdict is Verdict.MATCH:
            clerk.desk.counter.accept(request_id, frozenset())
            accepted = request_id
            break
    assert accepted is not None

    supervisor = open_desk("dam.supervisor")
    supervisor.desk.settings.set(cfg.FOUR_EYES_PERCENT, 100)
    review = supervisor.review
    review.mode.setCurrentIndex(review.mode.findData("acceptances"))
    qtbot.waitUntil(lambda: review.select(accepted), timeout=20_000)
    assert review.ok_button.isVisible() and not review.uphold_button.isVisible()
    assert review.evidence_model.comparison is not None  # what the clerk saw
    review.note.setText("صورة الهوية غير واضحة")
    review.concern_button.click()

    def looked_at() -> bool:
        current = review.table.currentIndex()
        item = review.model.item(current.row()) if current.isValid() else None
        return isinstance(item, AcceptanceOut) and item.second_look is not None

    qtbot.waitUntil(lambda: review.select(accepted) and looked_at(), timeout=20_000)
    row = review.table.currentIndex().row()
    login = supervisor.desk.login_result
    assert login is not None  # the supervisor by name, never by user name
    assert review.model.index(row, 3).data() == f"ملاحظة من {login.user.full_name}"
    assert review.model.index(row, 4).data() == "صورة الهوية غير واضحة"
    assert not review.concern_button.isEnabled() and not review.ok_button.isEnabled()
    with supervisor.desk.sessions() as session:
        entries = audit.history(session, accepted)
    assert [e.action for e in entries][-1] == "four_eyes_concern"

    # The clerk who accepted is told, in Arabic, with the note, until it is marked seen.
    clerk.pull()
    banner = clerk.notices
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    text = banner.text.text()
    assert accepted in text and "صورة الهوية غير واضحة" in text
    assert "أبدى" in text and "ملاحظة على قبولك" in text
    banner.seen_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert clerk.desk.supervision.notices() == []
