"""Clerk Desk's test page: printed once when a workstation is set up, to see that the
chosen queue reaches the printer and that Arabic comes out joined and right to left.

One A4 page: what it is, the workstation's name, the date and the queue, a sentence in
Arabic to read, a frame inside the margins and a 100 mm rule (a printer that scales the
page prints it shorter or longer).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from printing import printer as queues
from printing.document import format_date
from printing.fonts import BOLD
from printing.pdf import render_pdf
from printing.text import TextStyle, draw_line

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
RULE_LENGTH = 100 * mm
TITLE = "صفحة اختبار مكتب الموظف (Clerk Desk)"
JOB_TITLE = "Clerk Desk test page"  # what the queue shows


def trial_lines(workstation: str, printer: str, on: date) -> tuple[str, ...]:
    """The lines under the title, top to bottom."""
    return (
        f"محطة العمل: {workstation}",
        f"الطابعة: {printer}",
        f"التاريخ: {format_date(on)}",
        "إذا قرأتَ هذا النص العربي بحروفٍ متصلة ومن اليمين إلى اليسار،",
        "وظهر الإطار كاملًا، فالطابعة جاهزة لطباعة الوثائق والظروف.",
        "الخط التالي طوله 100 مم بالضبط:",
    )


def render_trial_page(workstation: str, printer: str, on: date) -> bytes:
    """The test page as a one-page A4 PDF."""
    right = PAGE_WIDTH - MARGIN
    width = PAGE_WIDTH - 2 * MARGIN

    def draw(canvas: object) -> None:
        canvas.setLineWidth(0.8)  # type: ignore[attr-defined]
        canvas.rect(MARGIN, MARGIN, width, PAGE_HEIGHT - 2 * MARGIN)  # type: ignore[attr-defined]
        y = PAGE_HEIGHT - MARGIN - 40
        draw_line(
            canvas,
            TITLE,
            PAGE_WIDTH / 2,
            y,
            TextStyle(font=BOLD, size=24),
            align="center",
            max_width=width - 20,
        )
        y -= 50
        for line in trial_lines(workstation, printer, on):
            draw_line(canvas, line, right - 10, y, TextStyle(size=14), max_width=width - 20)
            y -= 26
        y -= 6
        canvas.setLineWidth(1.5)  # type: ignore[attr-defined]
        canvas.line(right - 10 - RULE_LENGTH, y, right - 10, y)  # type: ignore[attr-defined]

    return render_pdf(A4, JOB_TITLE, draw)


def print_trial_page(printer: str, workstation: str, on: date) -> str:
    """Print the test page on ``printer`` and wait until it has left the queue; returns
    the job's id. Raises ``PrintError`` (a stopped queue, no paper…) as every print does."""
    pdf = render_trial_page(workstation, printer, on)
    job_id = queues.submit(printer, pdf, title=JOB_TITLE)
    queues.wait_for_job(job_id)
    return job_id
