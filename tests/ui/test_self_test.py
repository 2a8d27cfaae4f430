"""``clerk-desk --self-test`` from the sources (the packaged build's own test is in
tests/packaging/test_package.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui import self_test
from ui.self_test import CHECKS, Products

ROOT = Path(__file__).resolve().parents[2]


def test_every_check_passes_from_the_sources(tmp_path: Path) -> None:
    # its own process: the self-test installs the Arabic translation and fonts application-wide
    result = subprocess.run(
        [sys.executable, "-m", "clerk_desk.cli", "--self-test", "--self-test-dir", str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [
        *(f"ok   {name}" for name, _ in CHECKS),
        "self-test",
    ]
    assert {p.name for p in tmp_path.iterdir()} == {
        "workstation.sqlite3",
        "document.pdf",
        "envelope.pdf",
        "document-qtpdf.png",
        "login-window.png",
    }


def test_a_failing_check_is_named_and_fails_the_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fine(_products: Products) -> str:
        return "all there"

    def broken(_products: Products) -> str:
        raise FileNotFoundError("qtbase_ar.qm")

    monkeypatch.setattr(self_test, "CHECKS", (("fine", fine), ("broken", broken)))
    out = io.StringIO()

    assert self_test.run(out) == 1
    assert out.getvalue().splitlines() == [
        "ok   fine: all there",
        "FAIL broken: FileNotFoundError: qtbase_ar.qm",
        "self-test: 1 of 2 checks passed",
    ]
    assert "FileNotFoundError" in capsys.readouterr().err  # the traceback, for whoever fixes it
