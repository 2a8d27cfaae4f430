"""Rendering speed: one document + envelope, and the 500-envelope batch of a shift.

Each figure is set beside drawing the same strings at the same places with the same font on
a bare reportlab canvas (``drawString`` of a registered TrueType font: no bidi, no shaping,
no barcodes, no verification code), measured in the same run, so the ratio says what the
Arabic layout costs on this machine whatever its speed.

* document + envelope: render both to PDF bytes (the document signed, with its verification
  code; the envelope DL, by post), the facts different every time as at a counter;
  median of RUNS.
* batch: render 500 envelopes and merge them into the one PDF the shift's batch job prints
  (``printing.printer.merge_pdfs``); median of up to BATCH_RUNS.

Floors (issue "Printing for real"): <= 60 ms per document + envelope, <= 15 s per batch.
Run: ``.venv/bin/python benchmarks/printing.py``. The last line is the headline figure.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from printing import text as printing_text
from printing.document import CivilRecord, DocumentFacts, render_document
from printing.envelope import ENVELOPE_SIZES, EnvelopeFacts, render_envelope
from printing.fonts import BOLD, font_files
from printing.printer import merge_pdfs
from printing.verification import CenterKey

RUNS = 40
WARMUP = 3
BATCH = 500
BATCH_RUNS = 3
FLOOR_MS = 60.0
BATCH_FLOOR_S = 15.0

FIRST = [
    "محمد", "أحمد", "فاطمة", "ليلى", "عبد الرحمن", "سلمى", "علاء الدين", "خديجة", "رامي",
    "سعيد", "كريم", "جمال", "أبو بكر", "آمنة", "رنا", "إيمان", "هبة", "يوسف", "مصطفى",
    "زينب", "حسن", "حسين", "عمر", "نور", "ريم", "باسل", "لمى", "وائل", "غادة", "طارق",
]  # fmt: skip
FATHERS = ["عبد الله", "سعيد", "إبراهيم", "مصطفى", "يوسف", "خالد", "ماهر", "سليمان", "نزار"]
MOTHERS = ["فاطمة الخطيب", "آمنة السيد", "هبة الشامي", "رنا الحلبي", "سعاد النوري", "منى"]
LAST = [
    "الأحمد", "الحلبي", "أبو شقرا", "الشامي", "عبد الرحمن", "السيد", "النوري", "القاسم",
    "الخطيب", "العلي", "الحسن", "درويش", "المصري", "الزعبي", "الحمصي", "الدمشقي", "حداد",
]  # fmt: skip
PLACES = ["دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "درعا", "السويداء", "إدلب"]
STREETS = [
    "المزة، شارع الجلاء، بناء 14، الطابق 3", "الشعلان، شارع الحمراء، بناء 7", "كفرسوسة",
    "باب توما، حارة الجوخدار 5", "ركن الدين، شارع أسد الدين، بناء 22", "جرمانا، شارع الروضة",
]  # fmt: skip
CENTER = "مركز خدمة المواطن في دمشق"
CENTER_ADDRESS = "ساحة المحافظة، شارع 29 أيار"
SIGNER = CenterKey.generate("DAM-1", "DAM").enroll()


def _pick(options: list[str], i: int) -> str:
    return options[i % len(options)]


def document_facts(i: int) -> DocumentFacts:
    gender = "female" if _pick(FIRST, i) in ("فاطمة", "ليلى", "سلمى", "خديجة") else "male"
    record = CivilRecord(
        national_number=f"{1020304050 + i * 7919:011d}",
        first_name=_pick(FIRST, i),
        father_name=_pick(FATHERS, i),
        mother_name=_pick(MOTHERS, i),
        last_name=_pick(LAST, i // 7),
        birth_date=date(1950 + i % 55, 1 + i % 12, 1 + i % 28),
        birth_place=_pick(PLACES, i),
        gender=gender,  # type: ignore[arg-type]
        registry_office=f"أمانة السجل المدني في {_pick(PLACES, i // 2)}",
        record_ref=f"{_pick(PLACES, i // 2)} {1000 + i}",
        marital_status="متزوج",
    )
    return DocumentFacts(
        document_number=f"DAM-2026-{i:06d}",
        issued_on=date(2026, 5, 12),
        issue_place="دمشق",
        center_name=CENTER,
        center_code="DAM",
        service_code="civil_extract_individual",
        request_id=f"DAM-{i:06d}",
        record=record,
    )


def envelope_facts(i: int) -> EnvelopeFacts:
    return EnvelopeFacts(
        request_id=f"DAM-{i:06d}",
        service_name="بيان قيد فردي",
        center_name=CENTER,
        center_address=CENTER_ADDRESS,
        center_city="دمشق",
        delivery="post",
        recipient_name=f"{_pick(FIRST, i)} {_pick(FATHERS, i)} {_pick(LAST, i // 7)}",
        recipient_address=_pick(STREETS, i),
        recipient_city=_pick(PLACES, i),
        tracking_number=f"RR{10_000_000 + i:08d}0SY",
    )


def ours(i: int) -> tuple[bytes, bytes]:
    return render_document(document_facts(i), signer=SIGNER), render_envelope(envelope_facts(i))


def ours_batch(first: int) -> bytes:
    return merge_pdfs([render_envelope(envelope_facts(first + n)) for n in range(BATCH)])


# --- the bare canvas ------------------------------------------------------------------------

Drawn = list[tuple[str, float, float, float, str]]  # font, size, x, y, text


@contextmanager
def _recording(into: Drawn) -> Iterator[None]:
    """Note every line the layout draws (font, size, place, logical text)."""
    original = printing_text.draw_shaped

    def record(canvas: Any, line: Any, x: float, baseline: float, font_name: str = "") -> None:
        into.append((font_name, line.size, x, baseline, line.text))
        original(canvas, line, x, baseline, font_name)

    printing_text.draw_shaped = record  # type: ignore[assignment]
    try:
        yield
    finally:
        printing_text.draw_shaped = original


def drawn_strings(i: int) -> tuple[Drawn, Drawn]:
    document: Drawn = []
    envelope: Drawn = []
    with _recording(document):
        render_document(document_facts(i), signer=SIGNER)
    with _recording(envelope):
        render_envelope(envelope_facts(i))
    return document, envelope


def _bare_fonts() -> dict[str, str]:
    files = font_files()
    names = {"": "Bench-Amiri", BOLD: "Bench-Amiri-Bold"}
    for name, path in ((names[""], files.regular), (names[BOLD], files.bold)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
    return names


def bare(pages: list[tuple[tuple[float, float], Drawn]]) -> bytes:
    fonts = _bare_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True, pageCompression=1)
    for size, drawn in pages:
        canvas.setPageSize(size)
        for font, font_size, x, y, value in drawn:
            canvas.setFont(fonts.get(font, fonts[""]), font_size)
            canvas.drawString(x, y, value)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- timing ---------------------------------------------------------------------------------


def median_ms(work: Callable[[int], object], runs: int, first: int = 0) -> float:
    for i in range(WARMUP):
        work(first - 1 - i)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        work(first + i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    started = time.perf_counter()
    pairs = [drawn_strings(i) for i in range(RUNS)]
    envelopes = [drawn_strings(i)[1] for i in range(20)]

    pair_ms = median_ms(lambda i: ours(1000 + i), RUNS)
    cold_ms = median_ms(lambda i: (printing_text._shape_em.cache_clear(), ours(2000 + i)), 15)
    bare_pair_ms = median_ms(
        lambda i: (
            bare([(A4, pairs[i % RUNS][0])]),
            bare([(ENVELOPE_SIZES["DL"], pairs[i % RUNS][1])]),
        ),
        RUNS,
    )

    batch_times = []
    for run in range(BATCH_RUNS):
        start = time.perf_counter()
        ours_batch(10_000 * (run + 1))
        batch_times.append(time.perf_counter() - start)
        if batch_times[-1] > BATCH_FLOOR_S * 0.8:
            break  # keep the whole run under a minute on a slow machine
    batch_s = statistics.median(batch_times)
    bare_batch = []
    for _ in range(len(batch_times)):
        start = time.perf_counter()
        bare([(ENVELOPE_SIZES["DL"], envelopes[n % len(envelopes)]) for n in range(BATCH)])
        bare_batch.append(time.perf_counter() - start)
    bare_batch_s = statistics.median(bare_batch)

    pair_ok = "ok" if pair_ms <= FLOOR_MS else "OVER THE FLOOR"
    batch_ok = "ok" if batch_s <= BATCH_FLOOR_S else "OVER THE FLOOR"
    each_ms = batch_s * 1000 / BATCH
    print(f"bare canvas: {bare_pair_ms:.1f} ms per document + envelope, {bare_batch_s:.2f} s/batch")
    print(
        f"floors: {FLOOR_MS:.0f} ms per document + envelope ({pair_ok}), "
        f"{BATCH_FLOOR_S:.0f} s per batch of {BATCH} ({batch_ok})"
    )
    print(f"with the shaping cache emptied before each: {cold_ms:.1f} ms per document + envelope")
    print(f"whole benchmark: {time.perf_counter() - started:.1f} s")
    print(
        f"printing batch: {BATCH} envelopes in {batch_s:.2f} s ({each_ms:.1f} ms each, median of "
        f"{len(batch_times)}), ratio {batch_s / bare_batch_s:.1f} vs bare reportlab canvas"
    )
    print(
        f"printing: {pair_ms:.1f} ms, ratio {pair_ms / bare_pair_ms:.1f} vs bare reportlab canvas"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
