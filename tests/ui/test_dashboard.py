"""The supervisor's dashboard shows the center's figures and exports them."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.dashboard import ClerksModel

from .conftest import WindowFactory


def test_supervisor_sees_the_shift_and_exports_it(
    open_desk: WindowFactory, qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    window = open_desk("dam.supervisor")
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=20_000)
    figures = window.dashboard.figures
    assert figures is not None and figures.center_code == "DAM"
    assert window.dashboard.numbers["open_now"].text() == str(figures.open_now)
    assert window.dashboard.numbers["late_fast"].text() == str(figures.late_now["fast"])
    assert window.dashboard.reasons_view.chart() is not None
    assert figures.by_state["assigned"] > 0  # the center's requests now, by state
    assert "مُسندة: " in window.dashboard.by_state.text()
    qtmodeltester.check(window.dashboard.clerks)

    path = tmp_path / "dashboard.csv"
    window.supervisor.export_dashboard(str(path))
    qtbot.waitUntil(path.exists, timeout=10_000)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["section", "item", "value"]
    assert ["requests", "open_now", str(figures.open_now)] in rows
    assert ["by_state", "assigned", str(figures.by_state["assigned"])] in rows


def test_a_clerk_has_no_dashboard(open_desk: WindowFactory, qtbot: QtBot) -> None:
    window = open_desk("dam.clerk1")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)
    assert window.tabs.indexOf(window.dashboard) == -1  # the server would refuse them (403)


def test_clerks_model_rates(qtmodeltester: ModelTester) -> None:
    from clerk_desk.api import ClerkFigures

    model = ClerksModel()
    model.set_items(
        [
            ClerkFigures(clerk="dam.clerk1", decided=10, rejected=2, overturned=1),
            ClerkFigures(clerk="dam.clerk2"),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 3)) == "20%"
    assert model.data(model.index(0, 5)) == "50%"
    assert model.data(model.index(1, 3)) == "—"
