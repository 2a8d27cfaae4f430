"""The supervisor's money view and fee reconciliation fit a counter's 1366×768 screen:
run in a process of their own on an offscreen screen of that size (``money_fit_driver``),
with a day's figures and a tampered settlement's differences showing."""

from __future__ import annotations

from pathlib import Path

from central.server import ServerThread
from tests.ui.test_fits_the_screen import run_on_screen


def test_the_money_screens_fit_1366x768(live_server: ServerThread, tmp_path: Path) -> None:
    problems = run_on_screen(
        live_server, "1366x768", tmp_path, driver="tests.ui.money_fit_driver", at_least=12
    )
    assert problems == []
