"""The shift's reconciliation on paper and as CSV: every number used, with its tracking
number and what became of it, the differences with the server, the number blocks."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections import Counter as Tally
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clerk_desk.files import write_atomically
from clerk_desk.ledger_compare import Difference, NumberLine
from clerk_desk.reconciliation import (
    BlockUsage,
    OutstandingEnvelope,
    Reconciliation,
)
from clerk_desk.reports import RECONCILIATION_HEADER, reconciliation_csv
from printing.reconciliation import ShiftInfo, render_reconciliation
from tests.printing.pdfcheck import (
    Char,
    all_text,
    all_visual_lines,
    loose_western_digits,
    page_chars,
    page_sizes,
)

START = datetime(2026, 3, 1, 5, 0, tzinfo=UTC)  # 08:00 in Damascus
SHIFT = ShiftInfo("مركز خدمة المواطن في دمشق", "رنا الخطيب", "W1")


def _number(n: int, request: str, kind: str, state: str, reason: str = "") -> NumberLine:
    return NumberLine(
        document_number=f"DAM-2026-W1-{n:06d}",
        tracking_number=f"RR{10000000 + n:08d}SY"[:13],
        request_id=request,
        kind=kind,
        state=state,
        reason=reason,
        by="dam.clerk1",
        at=START + timedelta(minutes=20 * n),
    )


def a_shift(*, compared: bool = True, blocks: tuple[BlockUsage, ...] = ()) -> Reconciliation:
    """A morning at counter W1: a reprint, a number spoiled after a crash, one unsure, one
    spoiled because the workstation stopped with a preview open, and one printing the
    server has not received yet."""
    numbers = (
        _number(1, "DAM-000004", "print", "printed"),
        _number(2, "DAM-000004", "reprint", "printed", "انحشر الورق في الطابعة"),
        _number(3, "DAM-000007", "print", "spoiled", "not_printed_after_interruption"),
        _number(4, "DAM-000007", "print", "printed"),
        _number(5, "DAM-000009", "print", "unsure", "unsure_after_interruption"),
        _number(6, "DAM-000012", "print", "spoiled", "never_sent"),
        _number(7, "DAM-000015", "print", "printed"),
    )
    envelope = OutstandingEnvelope(
        "DAM-000015",
        "printed",
        "post",
        "DAM-2026-W1-000007",
        numbers[6].tracking_number,
        "dam.clerk1",
        numbers[6].at,
    )
    return Reconciliation(
        since=START,
        until=START + timedelta(hours=8),
        printed=3,
        reprinted=1,
        sealed=2,
        dispatched=1,
        kept_for_pickup=1,
        printed_not_sealed=(envelope,),
        sealed_not_handed_over=(),
        reprints=(),
        batches=(),
        workstation="W1",
        numbers=numbers,
        differences=(
            (
                Difference("not_on_server", "DAM-2026-W1-000007", "DAM-000015"),
                Difference("not_uploaded", "DAM-2026-W1-000007", "DAM-000015"),
            )
            if compared
            else ()
        ),
        compared=compared,
        server_audit_at=START + timedelta(hours=7) if compared else None,
        blocks=blocks,
    )


HARAKAT = re.compile(r"[\s\u064b-\u0652\u0670]")


def squash(text: str) -> str:
    """Without spaces and short vowels: pdfium's text of shaped Arabic splits them off."""
    return HARAKAT.sub("", text)


def _rows(chars: list[Char]) -> list[str]:
    """Characters grouped into the lines they sit on (a character joins a line when its
    middle lies within the line's height: an Arabic letter's dots and marks stick out),
    each line's characters in the page's own order."""
    rows: list[tuple[float, float, list[int]]] = []
    by_height = sorted(range(len(chars)), key=lambda i: -(chars[i].bottom + chars[i].top) / 2)
    for i in by_height:
        char = chars[i]
        middle = (char.bottom + char.top) / 2
        if rows and rows[-1][0] - 1 <= middle <= rows[-1][1] + 1:
            low, high, members = rows[-1]
            rows[-1] = (min(low, char.bottom), max(high, char.top), [*members, i])
        else:
            rows.append((char.bottom, char.top, [i]))
    return [squash("".join(chars[i].text for i in sorted(members))) for _, _, members in rows]


def _holds(row: str, latin: str) -> bool:
    """The row holds a Latin value: as written, or (where pdfium's own bidi turned a run
    around on a line that is mostly Arabic) each of its letter and digit runs."""
    return latin in row or all(run in row for run in re.findall(r"[A-Za-z]+|[0-9]+", latin))


class Paper:
    """The rendered pages read back. pdfium's text keeps an Arabic-only line as written but
    reorders one that mixes Arabic and Latin cells (and a ligature's letters), so a table
    row is read as the characters sitting on it."""

    def __init__(self, pdf: bytes) -> None:
        self.text = squash(all_text(pdf))
        self.rows = [row for n in range(len(page_sizes(pdf))) for row in _rows(page_chars(pdf, n))]

    def says(self, arabic: str) -> bool:
        """An Arabic line (a heading, a sentence) is on the paper."""
        return squash(arabic) in self.text

    def has(self, latin: str) -> bool:
        return any(_holds(row, latin) for row in self.rows)

    def row_says(self, latin: str, *arabic: str) -> bool:
        """The row holding ``latin`` (a document number) carries the letters of ``arabic``."""
        [row] = [row for row in self.rows if _holds(row, latin)]
        return all(Tally(squash(phrase)) <= Tally(row) for phrase in arabic)


def test_the_pdf_lists_every_number_with_its_tracking_number_and_fate() -> None:
    pdf = render_reconciliation(a_shift(), SHIFT)
    paper = Paper(pdf)
    assert page_sizes(pdf)[0] == pytest.approx((595.28, 841.89), abs=0.01)  # A4
    for n in range(1, 8):
        assert paper.has(f"DAM-2026-W1-{n:06d}")
        assert paper.has(f"RR{10000000 + n:08d}SY"[:13])
    for heading in (
        "تسوية نهاية الوردية",
        "الأرقام المستخدمة (7)",
        "الفروق بين سجل المحطة والخادم (2)",
        "مطبوعة ولم تُختم (1)",
    ):
        assert paper.says(heading), heading
    fates = {
        2: ("أُعيدت طباعته", "انحشر الورق في الطابعة"),  # the reason, as the clerk wrote it
        3: ("تالف", "لم يُطبع بعد انقطاع الطباعة"),  # the crash, answered "not printed"
        5: ("لم يُعرف إن طُبع", "بعد انقطاع الطباعة"),  # the crash, answered "unsure"
        6: ("تالف", "أُعدّ ولم يُرسل للطابعة"),  # a preview open when the workstation stopped
    }
    for n, said in fates.items():
        assert paper.row_says(f"DAM-2026-W1-{n:06d}", *said), (n, said)
    assert paper.says("مطبوع في السجل، ولا إصدار له لدى الخادم بعد")
    assert paper.has("08:00") and paper.has("16:00")  # the shift in Damascus time
    assert not paper.says("كتل الأرقام")  # no blocks yet: no section


def test_an_uncompared_shift_says_so_instead_of_no_differences() -> None:
    paper = Paper(render_reconciliation(a_shift(compared=False), SHIFT))
    assert paper.says("الفروق مع الخادم: لم تُقارن") and not paper.says("لا فروق")


def test_the_blocks_section_lists_each_blocks_unused_numbers() -> None:
    block = BlockUsage("DAM-2026-W1-000001", "DAM-2026-W1-000010", 7, ("DAM-2026-W1-000008",))
    paper = Paper(render_reconciliation(a_shift(blocks=(block,)), SHIFT))
    assert paper.says("كتل الأرقام (1)") and paper.has("DAM-2026-W1-000008")


SHIFT_START = {"western": "01/03/202608:00", "arabic_indic": "٠١/٠٣/٢٠٢٦٠٨:٠٠"}


@pytest.mark.parametrize("digits", ["western", "arabic_indic"])
def test_the_pdf_writes_its_dates_times_and_counts_in_the_chosen_digits(digits: str) -> None:
    block = BlockUsage("DAM-2026-W1-000001", "DAM-2026-W1-000010", 7, ("DAM-2026-W1-000008",))
    shift = ShiftInfo(SHIFT.center_name, SHIFT.clerk_name, SHIFT.workstation, digits)
    pdf = render_reconciliation(a_shift(blocks=(block,)), shift)
    lines = all_visual_lines(pdf)
    on_paper = "".join(lines)
    # a date and its time each read left to right, as written (the time left of the date)
    start = SHIFT_START[digits]
    assert start[10:] + start[:10] in on_paper
    paper = Paper(pdf)
    for n in range(1, 8):  # the codes stay as the clerk types them back
        assert paper.has(f"DAM-2026-W1-{n:06d}") and paper.has(f"RR{10000000 + n:08d}SY"[:13])
    assert "dam.clerk1" in on_paper and "W1" in on_paper
    if digits == "arabic_indic":
        assert not loose_western_digits("\n".join(lines))
        assert paper.says("الأرقام المستخدمة (٧)")
    else:
        assert not any("٠" <= ch <= "٩" for ch in on_paper)


def test_the_csv_has_every_number_and_difference_and_runs_no_formula(tmp_path: Path) -> None:
    shift = a_shift()
    numbers = list(shift.numbers)
    numbers[1] = dataclasses.replace(numbers[1], reason="=" + numbers[1].reason)  # a formula
    shift = dataclasses.replace(shift, numbers=tuple(numbers))
    path = write_atomically(tmp_path / "shift.csv", reconciliation_csv(shift).encode("utf-8-sig"))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets then read the Arabic right
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == RECONCILIATION_HEADER
    assert all(len(row) == len(RECONCILIATION_HEADER) for row in rows)
    numbers = {row[1]: row for row in rows if row[0] == "number"}
    assert len(numbers) == 7
    reprint = numbers["DAM-2026-W1-000002"]
    assert reprint[2] == "RR10000002SY" and reprint[3] == "DAM-000004"
    assert reprint[4] == "reprinted (أُعيدت طباعته)"
    assert reprint[5] == "'=انحشر الورق في الطابعة"  # quoted: not run as a formula
    assert numbers["DAM-2026-W1-000003"][5] == (
        "not_printed_after_interruption (لم يُطبع بعد انقطاع الطباعة)"
    )
    assert numbers["DAM-2026-W1-000005"][4] == "unsure (لم يُعرف إن طُبع)"
    differences = [(row[1], row[4].split()[0]) for row in rows if row[0] == "difference"]
    assert differences == [
        ("DAM-2026-W1-000007", "not_on_server"),
        ("DAM-2026-W1-000007", "not_uploaded"),
    ]
    counts = {row[4]: row[5] for row in rows if row[0] == "count"}
    assert counts["spoiled"] == "2" and counts["unsure"] == "1" and counts["reprinted"] == "1"
    assert ["compared", "", "", "", "yes", "", "", ""] in rows
