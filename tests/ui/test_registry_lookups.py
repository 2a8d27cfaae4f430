"""The supervisor sees the server's record of the registry look-ups: in the review of a
request, and per clerk on the dashboard, those that led to no decision."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from clerk_desk import config as cfg
from clerk_desk.comparison import Verdict

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue


def test_the_supervisor_sees_the_look_ups_in_the_review_and_on_the_dashboard(
    open_desk: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    clerk = open_desk("dam.clerk1")
    wait_for_queue(clerk, qtbot)
    accepted = browsed = None
    for row in range(clerk.queue.model.rowCount()):
        item = clerk.queue.model.row_at(row)
        if item.status != "assigned" or item.service_code != "civil_extract_individual":
            continue
        opened = clerk.desk.counter.open(item.id)  # one claim, with the subject's record
        assert opened.registry is not None and opened.problem is None
        if browsed is None:
            browsed = item.id  # looked at, left undecided
        elif opened.comparison is not None and opened.comparison.verdict is Verdict.MATCH:
            clerk.desk.counter.accept(item.id, frozenset())
            accepted = item.id
            break
    assert accepted is not None and browsed is not None

    supervisor = open_desk("dam.supervisor")
    supervisor.desk.settings.set(cfg.FOUR_EYES_PERCENT, 100)
    supervisor.tabs.setCurrentWidget(supervisor.dashboard)
    lookups = supervisor.dashboard.lookups
    qtbot.waitUntil(lambda: lookups.rowCount() > 0, timeout=20_000)
    row = next(r for r in range(lookups.rowCount()) if lookups.index(r, 0).data(3) == "dam.clerk1")
    assert lookups.index(row, 2).data() == "1"  # without a decision: the browsed one
    assert browsed in lookups.index(row, 5).data()
    assert accepted not in lookups.index(row, 5).data()
    supervisor.resize(1400, 1000)
    supervisor.grab().save(str(tmp_path / "dashboard-lookups.png"))

    supervisor.tabs.setCurrentWidget(supervisor.review)
    review = supervisor.review
    review.mode.setCurrentIndex(review.mode.findData("acceptances"))
    qtbot.waitUntil(lambda: review.select(accepted), timeout=20_000)
    lines = [review.lookups.item(i).text() for i in range(review.lookups.count())]
    assert len(lines) == 1
    assert "dam.clerk1" in lines[0] and "وُجد القيد" in lines[0]
    assert review.evidence_note.text() == ""  # the workstation's verdict agrees with the server's
    supervisor.grab().save(str(tmp_path / "review-lookups.png"))
