"""The supervisor's money screens on a screen of a given size, checked for anything off
screen or clipped (test_money_fits_the_screen.py); optionally screenshots of them (the
pictures in docs/ are taken so).

Run as ``python -m tests.ui.money_fit_driver SERVER_URL DATA_DIR [SHOTS_DIR]`` from the
repository root, with ``QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json``. A clerk at
another counter rejects a paid request; dam.supervisor upholds it here, the gateway
executes the refund; the dashboard's fees page shows the day, then the fee reconciliation
a tampered settlement file of the day. Output as ``fit_driver``'s: ``problem WHAT``
lines, then ``checked N``.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.ui import fit_driver
from tests.ui.fees import (
    execute_refund,
    paid_once,
    reject_a_paid_request,
    settlement,
    uphold_here,
)
from tests.ui.fit_driver import settle, shoot, start_window, wait_until, whole
from ui.main_window import MainWindow


def buttons_whole(page: QWidget, name: str, screen: QRect) -> None:
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(page) and button.text():
            whole(button, f"{name}: button {button.text()!r}", screen)


def tampered(text: str, ours: list[str]) -> str:
    """The day's settlement with our first reference's amount changed, our second's line
    gone and a line no one knows added."""
    lines = text.splitlines(keepends=True)
    changed, gone = ours[0], ours[1]  # references paid that day, nothing else
    out = []
    for line in lines:
        reference, amount, rest = line.split(",", 2)
        if reference == gone:
            continue
        if reference == changed and not amount.startswith("-"):
            line = f"{reference},{int(amount) - 500},{rest}"
        out.append(line)
    day = lines[1].rstrip("\n").rsplit(",", 1)[1]
    out.append(f"MTN-UNKNOWN-0001,7500,mtn_cash,{day}\n")
    return "".join(out)


def uphold_and_refund(window: MainWindow, server_url: str) -> str:
    """A rejection upheld here (through the outbox), its refund executed; its reference."""
    request_id, reference = reject_a_paid_request(server_url)
    uphold_here(window, request_id, lambda condition: wait_until(condition, "the review"))
    execute_refund(server_url, reference)
    return reference


def main() -> None:
    server_url, data_dir = sys.argv[1], Path(sys.argv[2])
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    window, runner = start_window(server_url, data_dir, "dam.supervisor")
    screen = window.screen().availableGeometry()
    uphold_and_refund(window, server_url)

    dashboard = window.dashboard
    window.tabs.setCurrentWidget(dashboard)
    wait_until(lambda: dashboard.figures is not None, "the dashboard's figures")
    whole(dashboard.pages.tabBar(), "dashboard: pages", screen)
    shoot(shots, "dashboard-requests", window)  # scrolls on this screen, not taller
    money = dashboard.money
    dashboard.pages.setCurrentWidget(money)
    money.kind.setCurrentIndex(money.kind.findData("days"))
    money.show_button.click()
    wait_until(
        lambda: money.figures is not None and money.figures.refunds_executed.count > 0,
        "the day's fees",
    )
    settle()
    for widget, name in (
        (money.kind, "money: period"),
        (money.days, "money: days"),
        (money.table, "money: table"),
        (money.totals["executed"][0], "money: refunds executed"),
        (money.totals["executed"][1], "money: refunds executed count"),
    ):
        whole(widget, name, screen)
    buttons_whole(money, "money", screen)
    shoot(shots, "money-view", window)

    fees = dashboard.fees
    dashboard.pages.setCurrentWidget(fees)
    today = datetime.now(UTC).date()
    since = datetime.combine(today, time(), UTC)
    ours = paid_once(window.desk.client.money(since, since + timedelta(1)).lines)
    path = data_dir / f"settlement-{today}.csv"
    path.write_text(tampered(settlement(server_url, today.isoformat()), ours), encoding="utf-8")
    window.supervisor.reconcile_file(str(path), today)
    wait_until(lambda: fees.report is not None, "the reconciliation")
    settle()
    for widget, name in (
        (fees.summary, "fees: summary"),
        (fees.differences_title, "fees: differences title"),
        (fees.table, "fees: differences"),
    ):
        whole(widget, name, screen)
    buttons_whole(fees, "fees", screen)
    table = fees.table
    for row in range(fees.differences.rowCount()):
        rect = table.visualRect(fees.differences.index(row, 0)).united(
            table.visualRect(fees.differences.index(row, fees.differences.columnCount() - 1))
        )
        shown, _ = fit_driver.shown_part(table.viewport(), rect)
        if not shown.contains(fit_driver.inner(rect)):
            fit_driver.problems.append(f"fees: difference {row + 1} is not in view")
    shoot(shots, "fee-reconciliation-differences", window)

    for problem in fit_driver.problems:
        print(f"problem {problem}", flush=True)
    print(f"checked {fit_driver.checked}", flush=True)
    window.close()
    runner.wait()
    window.desk.client.close()


if __name__ == "__main__":
    main()
