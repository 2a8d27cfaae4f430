"""Whole-record comparisons per second on one core, against a bare ``==`` over the same fields.

The records are what a counter sees: half identical to the registry, four in ten with one
or two fields written differently (a hamza on alef, waw or yaa, taa marbuta, a compound
name, a Persian keyboard's letters, presentation forms pasted from a PDF, Arabic-Indic
digits, a date with dots or a month's Levantine or Egyptian name, a national number in
groups, ذكر for male), one in ten with a real difference as well (a letter changed, a
field left out, another day). The figure is records per CPU-second of
this process, the median of several runs; wall-clock is printed beside it.
Run: ``.venv/bin/python benchmarks/compare.py``.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clerk_desk.comparison import compare_records
from clerk_desk.digits import to_arabic_indic
from clerk_desk.fields import ALL_FIELDS

Record = dict[str, str | None]
Pair = tuple[Record, Record]

RECORDS = 10_000
RUNS = 7

FIRST_NAMES = ["أحمد", "محمد", "رامي", "كريم", "مؤيد", "وائل", "عبد الله", "أبو بكر", "علاء الدين"]
FEMALE_NAMES = ["فاطمة", "ليلى", "آمنة", "رنا", "إيمان", "عائشة", "خديجة", "رؤى"]
LAST_NAMES = ["الأحمد", "الحلبي", "إبراهيم", "الشامي", "أبو شقرا", "عبد الرحمن", "السيد"]
PLACES = ["دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "إدلب"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران"]
MONTHS += ["تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MONTHS_EGYPT = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس"]
MONTHS_EGYPT += ["سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
SPELLINGS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ؤ", "و"), ("ئ", "ي"), ("ة", "ه"), ("ى", "ي"))
KEYBOARD = (("ي", "ی"), ("ك", "ک"), ("ة", "ە"))
PASTED = {"أ": "ﺃ", "م": "ﻣ", "ع": "ﻋ", "ل": "ﻟ", "ر": "ﺭ", "ف": "ﻓ", "خ": "ﺧ", "ك": "ﻛ"}


def _random_date(rng: random.Random) -> str:
    return f"{rng.randint(1940, 2010)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _registry_record(rng: random.Random) -> Record:
    return {
        "national_number": "".join(rng.choice("0123456789") for _ in range(11)),
        "first_name": rng.choice(FIRST_NAMES),
        "father_name": rng.choice(FIRST_NAMES),
        "mother_name": f"{rng.choice(FEMALE_NAMES)} {rng.choice(LAST_NAMES)}",
        "last_name": rng.choice(LAST_NAMES),
        "birth_date": _random_date(rng),
        "birth_place": rng.choice(PLACES),
        "gender": rng.choice(["male", "female"]),
    }


def _written_differently(record: Record, rng: random.Random) -> None:
    field = rng.choice(["first_name", "mother_name", "last_name", "birth_date", "gender", "nn"])
    if field == "birth_date" and "-" in str(record["birth_date"]):
        year, month, day = str(record["birth_date"]).split("-")
        named = f"{int(day)} {MONTHS[int(month) - 1]} {year}"
        egyptian = to_arabic_indic(f"{int(day)} {MONTHS_EGYPT[int(month) - 1]} {year}")
        record["birth_date"] = rng.choice(
            [
                f"{day}/{month}/{year}",
                to_arabic_indic(f"{day}/{month}/{year}"),
                f"{day}.{month}.{year}",
                named,
                to_arabic_indic(named),
                egyptian,
            ]
        )
    elif field == "gender":
        record["gender"] = "ذكر" if record["gender"] == "male" else "أنثى"
    elif field in ("nn", "birth_date"):
        number = str(record["national_number"])
        if not number.isdigit():  # written in groups already
            return
        record["national_number"] = rng.choice(
            [
                to_arabic_indic(number),
                f"{number[:3]} {number[3:6]} {number[6:9]} {number[9:]}",
                f"{number[:3]}-{number[3:7]}-{number[7:]}",
            ]
        )
    else:
        value = str(record[field])
        kind = rng.random()
        if kind < 0.6:
            for plain, variant in SPELLINGS:
                value = value.replace(plain, variant)
            value = value.replace("عبد ", "عبد").replace("أبو ", "ابو").replace("ابو ", "ابو")
        elif kind < 0.8:
            for plain, variant in KEYBOARD:
                value = value.replace(plain, variant)
        else:
            value = "".join(PASTED.get(letter, letter) for letter in value)
        record[field] = value if value != record[field] else value[:1] + "َ" + value[1:]


def _really_different(record: Record, rng: random.Random) -> None:
    field = rng.choice(["first_name", "father_name", "last_name", "birth_place", "birth_date"])
    if field == "birth_date":
        record["birth_date"] = str(record["birth_date"])[:-1] + rng.choice("3456789")
    elif rng.random() < 0.3:
        record[field] = None
    else:
        value = str(record[field])
        position = rng.randrange(len(value))
        record[field] = (
            value[:position] + rng.choice("بتثجحخدذرزسشصضطظعغفقكلمن") + value[position + 1 :]
        )


def make_pairs(count: int, seed: int = 20240601) -> list[Pair]:
    rng = random.Random(seed)
    pairs = []
    for index in range(count):
        registry = _registry_record(rng)
        submitted = dict(registry)
        kind = index % 10
        if kind >= 5:
            _written_differently(submitted, rng)
            if kind == 8:
                _written_differently(submitted, rng)
        if kind == 9:
            _really_different(submitted, rng)
        pairs.append((submitted, registry))
    rng.shuffle(pairs)
    return pairs


FIELD_KEYS = [field.value for field in ALL_FIELDS]


def bare_equality(submitted: Record, registry: Record) -> bool:
    equal = True
    for key in FIELD_KEYS:
        if submitted.get(key) != registry.get(key):
            equal = False
    return equal


def _rates(function: Callable[[Record, Record], object], pairs: list[Pair]) -> tuple[float, float]:
    """Records per CPU-second and per wall-clock second.

    CPU time of this process is the "per second on one core" figure even when other work
    shares the machine, where wall-clock time also counts the moments it was not running.
    """
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    for submitted, registry in pairs:
        function(submitted, registry)
    cpu, wall = time.process_time() - cpu_start, time.perf_counter() - wall_start
    return len(pairs) / cpu, len(pairs) / wall


def main() -> None:
    pairs = make_pairs(RECORDS)
    verdicts: dict[str, int] = {}
    for submitted, registry in pairs:
        verdict = compare_records(submitted, registry).verdict.value
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
    print(f"{len(pairs)} record pairs, verdicts: {verdicts}")
    compare_runs, bare_runs = [], []
    for _ in range(RUNS):
        compare_runs.append(_rates(compare_records, pairs))
        bare_runs.append(_rates(bare_equality, pairs))
    compare_cpu = statistics.median(cpu for cpu, _ in compare_runs)
    compare_wall = statistics.median(wall for _, wall in compare_runs)
    bare_cpu = statistics.median(cpu for cpu, _ in bare_runs)
    print(f"compare_records per CPU-second, each run: {[round(cpu) for cpu, _ in compare_runs]}")
    print(f"bare == per CPU-second, each run:         {[round(cpu) for cpu, _ in bare_runs]}")
    print(f"compare_records per wall-clock second (median): {round(compare_wall)}")
    ratio = bare_cpu / compare_cpu
    print(f"compare: {round(compare_cpu)} records/s, ratio {ratio:.1f} vs bare ==")


if __name__ == "__main__":
    main()
