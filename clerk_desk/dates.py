"""Dates as Syrian forms write them: day first, with any common separator, a month by its
number or by its name, in Western or Arabic-Indic digits.

- numbers: day/month/year (``12/05/1990``, ``12.5.1990``, ``12-05-1990``, ``12 05 1990``,
  ``12\\05\\1990``, a trailing ``م``), or year-month-day (``1990-05-12``, ``1990/5/12``),
  with one separator, the same twice;
- a month's name between day and year (``12 أيار 1990``, ``١٢ أيار ١٩٩٠``, ``12-مايو-1990``):
  the Levantine names used in Syria (كانون الثاني … كانون الأول, Syriac in origin) and the
  Egyptian and Gulf ones (يناير … ديسمبر).

A date written with numbers only is read day first, as Syria writes dates: ``05/12/1990``
is 5 December, never 12 May, so a date that is the same only when read month first is a
different date. A two-digit year is not read (which century?), nor anything else.

:func:`read_date` works on a value already through :func:`clerk_desk.arabic.normalise_name`
(hamza folded, digits Western, spaces single), which the comparison has at hand.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from clerk_desk.arabic import normalise_name

# The names a month is written with, as a person writes them; the first is the Levantine
# name the explanations use.
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("كانون الثاني", "كانون ثاني", "يناير"),
    2: ("شباط", "فبراير"),
    3: ("آذار", "مارس"),
    4: ("نيسان", "أبريل", "إبريل"),
    5: ("أيار", "مايو"),
    6: ("حزيران", "يونيو", "يونيه"),
    7: ("تموز", "يوليو", "يوليه"),
    8: ("آب", "أغسطس", "اغسطس"),
    9: ("أيلول", "سبتمبر"),
    10: ("تشرين الأول", "تشرين أول", "أكتوبر", "أوكتوبر"),
    11: ("تشرين الثاني", "تشرين ثاني", "نوفمبر"),
    12: ("كانون الأول", "كانون أول", "ديسمبر"),
}
# Not calendar.month_name, which follows the process's locale.
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Each name as normalise_name writes it (ايار, اذار, كانون الاول) → the month's number.
_MONTH_NUMBERS: dict[str, int] = {
    normalise_name(name): month for month, names in MONTH_NAMES.items() for name in names
}
_MONTH = "|".join(sorted(map(re.escape, _MONTH_NUMBERS), key=len, reverse=True))

# Hyphens and dashes all read as "-", the Arabic decimal separator (٫) as ".".
_DASHES = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-") | {"٫": "."}
)
_GREGORIAN = r"(?:\s?م)?"  # 1990م: the year is Gregorian (ميلادي)
_NUMERIC = re.compile(rf"([0-9]+) ?([-/.\\ ]) ?([0-9]+) ?\2 ?([0-9]+){_GREGORIAN}")
_NAMED = re.compile(
    rf"([0-9]{{1,2}}) ?[-/.\\،,]? ?({_MONTH}) ?[-/.\\،,]? ?([0-9]{{4}}){_GREGORIAN}"
)


@dataclass(frozen=True, slots=True)
class WrittenDate:
    """The day, month and year a value names, whether or not they make a real date."""

    day: int
    month: int
    year: int
    month_word: str  # the month's name as normalise_name writes it; "" for its number
    shape: str  # how it is written, values left out: 99/99/9999, 9 M 9999
    year_first: bool  # 1990-05-12, not 12/05/1990

    @property
    def value(self) -> date | None:
        """The date, or None when there is no such day (30 February, month 13)."""
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None

    def day_and_month_swapped(self) -> date | None:
        """The date read month first (12/05 as 5 December), for saying why it is not the one
        meant; None for a month written by name or a date written year first."""
        if self.month_word or self.year_first:
            return None
        try:
            return date(self.year, self.day, self.month)
        except ValueError:
            return None


_SHAPE = str.maketrans("0123456789", "9999999999")


def read_date(canonical: str) -> WrittenDate | None:
    """The date ``canonical`` (a value through ``normalise_name``) is written as, or None
    when it is not written as a date."""
    text = canonical.translate(_DASHES)  # one character for one: positions are kept
    found = _NUMERIC.fullmatch(text)
    if found is not None:
        first, _, middle, last = found.groups()
        if len(first) == 4 and len(middle) <= 2 and len(last) <= 2 and not text.endswith("م"):
            year, month, day, year_first = first, middle, last, True
        elif len(last) == 4 and len(first) <= 2 and len(middle) <= 2:
            day, month, year, year_first = first, middle, last, False
        else:
            return None
        shape = canonical.translate(_SHAPE)
        return WrittenDate(int(day), int(month), int(year), "", shape, year_first)
    found = _NAMED.fullmatch(text)
    if found is not None:
        day, month_name, year = found.groups()
        shape = (canonical[: found.start(2)] + "M" + canonical[found.end(2) :]).translate(_SHAPE)
        month = _MONTH_NUMBERS[month_name]
        return WrittenDate(int(day), month, int(year), month_name, shape, False)
    return None


def parse_date(text: str) -> date | None:
    """The date ``text`` is written as (see the module's rules), or None when it is not a
    date or not a real one."""
    written = read_date(normalise_name(text))
    return None if written is None else written.value


def month_ar(month: int) -> str:
    return MONTH_NAMES[month][0]


def say_date(day: int, month: int, year: int) -> tuple[str, str]:
    """A date as a person says it: ``12 أيار 1990`` and ``12 May 1990``."""
    return f"{day} {month_ar(month)} {year}", f"{day} {MONTHS_EN[month - 1]} {year}"


def why_not_real(written: WrittenDate) -> tuple[str, str]:
    """Why ``written`` is no real date, in Arabic and in English."""
    day, month, year = written.day, written.month, written.year
    if not 1 <= month <= 12:
        ar, en = f"لا يوجد شهر رقمه {month}", f"there is no month {month}"
        if 1 <= day <= 12 and month <= 31:
            ar += " (يُقرأ التاريخ باليوم أولاً: يوم/شهر/سنة)"
            en += " (a date is read day first: day/month/year)"
        return ar, en
    if year < 1:
        return "لا توجد سنة 0", "there is no year 0"
    if day < 1:
        return "لا يوجد يوم 0", "there is no day 0"
    days = calendar.monthrange(year, month)[1]
    return (
        f"شهر {month_ar(month)} {year} فيه {days} يوماً",
        f"{MONTHS_EN[month - 1]} {year} has {days} days",
    )
