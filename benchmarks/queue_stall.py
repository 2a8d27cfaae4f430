"""The 10,000-row queue under the clerk's hands: the longest the event loop is blocked by
one filter change, one typed search character, one sort or one page of scrolling.

The baseline is the same steps on a plain QStandardItemModel behind Qt's own
QSortFilterProxyModel, in the same run.

    .venv/bin/python benchmarks/queue_stall.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on the path, and benchmarks/sync.py or
# benchmarks/printing.py would stand in for the packages of those names.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import os
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from ui.app import create_application
from ui.queue_model import QueueFilterState, QueueRow
from ui.queue_view import QueueView

ROWS = 10_000
CLASSES = ("fast", "slow")


def rows() -> list[QueueRow]:
    now = datetime.now(UTC)
    return [
        QueueRow(
            f"DAM-{n:06d}",
            "civil_extract_individual",
            CLASSES[n % 2],
            "أحمد الشامي",
            f"{10_000_000_000 + n}",
            "post" if n % 3 else "pickup",
            ("assigned", "in_review", "printed")[n % 3],
            now - timedelta(minutes=n % 900),
        )
        for n in range(ROWS)
    ]


def blocked_ms(app: QApplication, table: QTableView, step: Callable[[], None]) -> float:
    """One step plus the repaint it causes, as the event loop would run them."""
    start = time.perf_counter()
    step()
    table.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def steps_for(
    table: QTableView,
    set_filter: Callable[[int], None],
    search: Callable[[str], None],
    sort: Callable[[int], None],
) -> list[Callable[[], None]]:
    page = table.verticalScrollBar()
    steps: list[Callable[[], None]] = []
    for n in range(6):
        steps.append(lambda n=n: set_filter(n))
    typed = ""
    for char in "10000004":
        typed += char
        steps.append(lambda t=typed: search(t))
    steps.append(lambda: search(""))
    for column in (1, 6, 0):
        steps.append(lambda c=column: sort(c))
    for _ in range(40):
        steps.append(lambda: page.setValue(page.value() + page.pageStep()))
    return steps


def measure_ours(app: QApplication) -> list[float]:
    view = QueueView()
    view.resize(1200, 800)
    view.show()
    view.set_rows(rows())
    app.processEvents()
    states = [
        QueueFilterState(service_class="fast"),
        QueueFilterState(service_class="slow"),
        QueueFilterState(delivery="post"),
        QueueFilterState(late_only=True),
        QueueFilterState(statuses=frozenset({"printed"})),
        QueueFilterState(),
    ]
    steps = steps_for(
        view.table,
        lambda n: view.proxy.set_state(states[n]),
        view.search.setText,
        lambda c: view.table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
    )
    times = [blocked_ms(app, view.table, step) for step in steps]
    view.close()
    return times


def measure_bare(app: QApplication) -> list[float]:
    model = QStandardItemModel()
    for row in rows():
        model.appendRow(
            [
                QStandardItem(row.id),
                QStandardItem(row.subject_name),
                QStandardItem(row.service_code),
                QStandardItem(row.service_class),
                QStandardItem(row.delivery_method),
                QStandardItem(row.status),
                QStandardItem(str(row.assigned_at)),
                QStandardItem(row.national_number),
            ]
        )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.resize(1200, 800)
    table.show()
    app.processEvents()
    columns = [3, 3, 4, 6, 5, 0]
    texts = ["fast", "slow", "post", "", "printed", ""]

    def set_filter(n: int) -> None:
        proxy.setFilterKeyColumn(columns[n])
        proxy.setFilterFixedString(texts[n])

    def search(text: str) -> None:
        proxy.setFilterKeyColumn(7)
        proxy.setFilterFixedString(text)

    steps = steps_for(
        table, set_filter, search, lambda c: table.sortByColumn(c, Qt.SortOrder.AscendingOrder)
    )
    times = [blocked_ms(app, table, step) for step in steps]
    table.close()
    return times


def main() -> None:
    app = create_application([], "ar")
    ours, bare = [], []
    for _ in range(3):
        ours.append(max(measure_ours(app)))
        bare.append(max(measure_bare(app)))
    worst, baseline = statistics.median(ours), statistics.median(bare)
    print(
        f"longest block per run (ms): queue {[round(t, 1) for t in ours]}, "
        f"bare {[round(t, 1) for t in bare]}"
    )
    print(f"queue_stall: {worst:.1f} ms, ratio {worst / baseline:.2f} vs bare QStandardItemModel")


if __name__ == "__main__":
    main()
