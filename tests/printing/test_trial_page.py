"""Clerk Desk's test page: one A4 page in Arabic, shaped and right to left, naming the
workstation, the queue and the date; printed through the real cups-pdf queue."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4

from printing.trial_page import print_trial_page, render_trial_page
from tests.printing.cups import Queue, start_cups
from tests.printing.pdfcheck import page_sizes, page_text, render_gray, visual_lines

ON = date(2026, 11, 29)


def test_one_a4_page_in_arabic_naming_the_workstation_and_the_date() -> None:
    pdf = render_trial_page("W7A3F2C", "ClerkDeskPDF", ON)
    assert page_sizes(pdf) == [pytest.approx(A4, abs=0.01)]
    text = page_text(pdf)
    for words in ("صفحة", "اختبار", "محطة", "الطابعة", "التاريخ", "من اليمين إلى اليسار"):
        assert words in text
    on_paper = "".join(line.replace(" ", "") for line in visual_lines(pdf))
    assert "W7A3F2C" in on_paper and "29/11/2026" in on_paper and "ClerkDeskPDF" in on_paper


def test_the_title_is_inked_right_to_left_from_the_centre(tmp_path: Path) -> None:
    """The page as it prints (docs/first-run-test-page.png, looked at: the Arabic joined
    and right to left); the title sits centred in its line."""
    shots = Path(os.environ.get("CLERK_DESK_SCREENSHOTS", tmp_path))
    pdf = render_trial_page("W1", "ClerkDeskPDF", ON)
    image = render_gray(pdf, dpi=100)
    top = image.crop((0, 0, image.width, image.height // 2))
    top.save(shots / "first-run-test-page.png")
    band = image.crop((80, 100, image.width - 80, 130))
    inked = [
        x for x in range(band.width) for y in range(band.height) if band.getpixel((x, y)) < 128
    ]
    assert inked, "the title left no ink"
    assert abs((min(inked) + max(inked)) / 2 - band.width / 2) < 10


@pytest.fixture
def queue() -> Queue:
    return start_cups()


def test_the_test_page_reaches_the_print_queue_as_rendered(queue: Queue, tmp_path: Path) -> None:
    """What cups-pdf wrote (Ghostscript drops the text layer's Arabic) looks as the page
    was rendered: the same ink in the same places."""
    submitted = time.time()
    job_id = print_trial_page(queue.name, "W1", ON)
    printed = queue.output_of(job_id, submitted)
    assert page_sizes(printed) == [pytest.approx(A4, abs=1)]
    assert "Clerk Desk" in page_text(printed)
    ours = render_gray(render_trial_page("W1", queue.name, ON), dpi=50)
    theirs = render_gray(printed, dpi=50).resize(ours.size)
    theirs.save(tmp_path / "printed.png")
    inked = [
        (x, y) for x in range(ours.width) for y in range(ours.height) if ours.getpixel((x, y)) < 128
    ]
    same = sum(1 for x, y in inked if theirs.getpixel((x, y)) < 160)
    assert same / len(inked) > 0.9
