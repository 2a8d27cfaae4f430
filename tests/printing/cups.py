"""A real CUPS queue for the tests: the cups-pdf virtual printer of scripts/start-cups.sh.

As root (CI) the tests start CUPS themselves and fail loudly when they cannot; as another
user they are skipped unless CUPS runs with the queue and CLERK_DESK_CUPS_PDF_OUT names a
folder of its output this user can read.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from printing import printer

ROOT = Path(__file__).resolve().parents[2]
START_CUPS = ROOT / "scripts" / "start-cups.sh"
QUEUE = os.environ.get("CLERK_DESK_TEST_PRINTER", "ClerkDeskPDF")
OUTPUT_TIMEOUT = 30.0


@dataclass(frozen=True)
class Queue:
    name: str
    output: Path  # where cups-pdf writes the PDF of each job

    def output_of(self, job_id: str, submitted: float) -> bytes:
        """The PDF cups-pdf wrote for `job_id` (its file name ends in -job_N.pdf)."""
        number = job_id.rpartition("-")[2]
        deadline = time.monotonic() + OUTPUT_TIMEOUT
        while time.monotonic() < deadline:
            found = [
                p
                for p in self.output.glob(f"*-job_{number}.pdf")
                if p.stat().st_mtime >= submitted - 1  # not a file of an earlier CUPS install
            ]
            if found:
                data = found[0].read_bytes()
                if data.rstrip().endswith(b"%%EOF"):
                    return data
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote no PDF for job {job_id} in {self.output}")


def start_cups() -> Queue:
    in_ci = bool(os.environ.get("CI"))
    if os.geteuid() != 0:
        out = os.environ.get("CLERK_DESK_CUPS_PDF_OUT")
        if printer.service_running() and out:
            try:
                printer.printer_info(QUEUE)
                return Queue(QUEUE, Path(out))
            except printer.PrintError:
                pass
        reason = (
            f"CUPS with the queue {QUEUE} is not available and only root can start it "
            "(run scripts/start-cups.sh as root and set CLERK_DESK_CUPS_PDF_OUT)"
        )
        if in_ci:
            pytest.fail(reason)
        pytest.skip(reason)
    result = subprocess.run(
        ["bash", str(START_CUPS)], capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode:
        pytest.fail(f"scripts/start-cups.sh failed:\n{result.stdout}{result.stderr}")
    prefix = "cups-pdf output: "
    lines = [line for line in result.stdout.splitlines() if line.startswith(prefix)]
    assert lines, f"scripts/start-cups.sh did not say where cups-pdf writes:\n{result.stdout}"
    return Queue(QUEUE, Path(lines[-1][len(prefix) :]))
