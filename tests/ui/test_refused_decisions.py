"""The supervisor sees a decision the server refused: a forged acceptance of a request the
registry contradicts, from a tampered workstation, shows in the review of the request, in
Arabic, and is counted for the clerk on the dashboard."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_desk.comparison import Verdict
from sync.client import Refused

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue


def test_the_review_shows_a_refused_forged_acceptance(
    open_desk: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    clerk = open_desk("dam.clerk1")
    wait_for_queue(clerk, qtbot)
    forged = None
    for row in range(clerk.queue.model.rowCount()):
        item = clerk.queue.model.row_at(row)
        if item.status != "assigned":
            continue
        opened = clerk.desk.counter.open(item.id)
        if opened.comparison is not None and opened.comparison.verdict is Verdict.MISMATCH:
            forged = item.id
            break
        clerk.desk.client.release(item.id)
    assert forged is not None

    # A tampered workstation posts an acceptance with a "match" of its own making.
    with pytest.raises(Refused) as refusal:
        clerk.desk.client.send(
            "decision",
            forged,
            {
                "idempotency_key": uuid.uuid4().hex,
                "outcome": "accept",
                "comparison": {"verdict": "match", "fields": {}},
                "acknowledged_fields": [],
            },
        )
    assert refusal.value.code == "decision_mismatch"
    clerk.desk.counter.reject(
        forged, "data_mismatch", "اسم الأم لا يطابق السجل المدني"
    )  # as the rules say

    supervisor = open_desk("dam.supervisor")
    supervisor.tabs.setCurrentWidget(supervisor.review)
    review = supervisor.review
    qtbot.waitUntil(lambda: review.select(forged), timeout=20_000)
    lines = [review.lookups.item(i).text() for i in range(review.lookups.count())]
    [refused] = [line for line in lines if "رفض الخادم قبولها" in line]
    assert "dam.clerk1" in refused
    assert "قيد السجل المدني يخالف البيانات المقدَّمة" in refused
    assert any("وُجد القيد" in line for line in lines)  # the look-up it came after
    assert lines.index(refused) > next(i for i, line in enumerate(lines) if "وُجد القيد" in line)
    qtbot.waitUntil(lambda: review.history.count() > 0, timeout=20_000)  # for the picture
    supervisor.resize(1400, 1000)
    shots = Path(os.environ.get("CLERK_DESK_SCREENSHOTS", tmp_path))
    supervisor.grab().save(str(shots / "review-refused-acceptance.png"))

    supervisor.tabs.setCurrentWidget(supervisor.dashboard)
    lookups = supervisor.dashboard.lookups
    qtbot.waitUntil(lambda: lookups.rowCount() > 0, timeout=20_000)
    row = next(r for r in range(lookups.rowCount()) if lookups.index(r, 0).data(3) == "dam.clerk1")
    assert lookups.headerData(4, Qt.Orientation.Horizontal) == "قرارات رفضها الخادم"
    assert lookups.index(row, 4).data() == "1"
