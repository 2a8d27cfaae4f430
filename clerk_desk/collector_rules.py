"""Who may collect an envelope at the pickup counter: one rule for both sides.

The subject (صاحب العلاقة) or the requester (طالب الخدمة), identified by a Syrian
identity document, or a third party holding a power of attorney (وكالة) that is among the
request's papers. Anyone else is refused. The identity documents a counter accepts are the
national identity card (البطاقة الشخصية), which carries the holder's 11-digit national
number, and the passport (جواز السفر). The family booklet (دفتر العائلة) proves a family
tie, not who is standing at the counter, so it identifies no collector.

Where the collector is the subject and shows the national ID card, its number must be the
request's national number (Arabic-Indic digits are read as digits). The workstation checks
the rule first (``clerk_desk.dispatch.hand_to_citizen``); the central server checks it
again with this code from its own copy of the request (``central.post``).

The identity document's number is personal data: never in a message, a log or the audit
log; the refusals below name no number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

from clerk_desk.digits import fold_digits
from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError
from clerk_desk.plain_text import check_plain_text


class CollectorRole(StrEnum):
    SUBJECT = "subject"  # صاحب العلاقة
    REQUESTER = "requester"  # طالب الخدمة
    ATTORNEY = "attorney"  # وكيل بموجب وكالة
    OTHER = "other"  # anyone else: refused


class IdentityDocument(StrEnum):
    NATIONAL_ID_CARD = "national_id_card"  # البطاقة الشخصية
    PASSPORT = "passport"  # جواز السفر


NOT_ENTITLED = QT_TRANSLATE_NOOP(
    "Rules",
    "only the subject, the requester, or an attorney whose power of attorney is among the "
    "request's papers may collect the envelope of request {request_id}",
)
NO_NAME = QT_TRANSLATE_NOOP("Rules", "write the collector's name as on their identity document")
ID_CARD_SHAPE = QT_TRANSLATE_NOOP(
    "Rules", "a Syrian national identity card carries an 11-digit national number"
)
PASSPORT_SHAPE = QT_TRANSLATE_NOOP("Rules", "a passport number has 6 to 12 letters and digits")
NOT_THE_SUBJECT = QT_TRANSLATE_NOOP(
    "Rules",
    "the national number on the identity card is not the subject's national number on "
    "request {request_id}: the envelope is not handed over",
)
NO_POWER_OF_ATTORNEY = QT_TRANSLATE_NOOP(
    "Rules",
    "request {request_id} has no power of attorney among its papers: an attorney cannot "
    "collect its envelope",
)
NOT_ITS_POWER_OF_ATTORNEY = QT_TRANSLATE_NOOP(
    "Rules", "paper {attachment} is not a power of attorney of request {request_id}"
)
NO_POWER_OF_ATTORNEY_NUMBER = QT_TRANSLATE_NOOP(
    "Rules", "write the number and the date of the power of attorney"
)
POWER_OF_ATTORNEY_DATE = QT_TRANSLATE_NOOP(
    "Rules", "the power of attorney's date must be a past date, not {date}"
)

_PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")
_ID_CARD = re.compile(r"^[0-9]{11}$")
_POA_NUMBER = re.compile(r"^[A-Z0-9/-]{1,30}$")
EARLIEST_POA = date(1950, 1, 1)
# Syria keeps UTC+3 all year (since 2022): the day on a power of attorney is Syria's.
SYRIA = timezone(timedelta(hours=3))


def syrian_today(now: datetime) -> date:
    return now.astimezone(SYRIA).date()


class CollectorRefused(ExplainedError):
    """A collector the rule does not allow; its template is a refusal of the catalogue."""


def document_number(text: str) -> str:
    """An identity document's number as written on it: digits folded to Western, spaces
    and the dashes of a grouped number dropped, letters upper-case."""
    return re.sub(r"[\s\-\u2010-\u2015\u2212]", "", fold_digits(text)).upper()


@dataclass(frozen=True, slots=True)
class PickupPapers:
    """What the request says about who may collect its envelope."""

    request_id: str
    subject_national_number: str
    requester_is_subject: bool  # the requester asked for themself (no relation given)
    powers_of_attorney: frozenset[int]  # the ids of its papers that are powers of attorney


@dataclass(frozen=True, slots=True)
class Collector:
    """Who collects, as the clerk recorded it from the documents shown."""

    role: CollectorRole
    name: str
    id_document: IdentityDocument
    id_number: str
    poa_number: str | None = None
    poa_date: date | None = None
    poa_attachment: int | None = None  # which of the request's papers is the power


def papers_of(
    request_id: str,
    subject_national_number: str,
    relation_ar: str,
    kinds: Iterable[tuple[int, str]],
) -> PickupPapers:
    """:class:`PickupPapers` from a request's fields and its papers' ``(id, kind)``."""
    return PickupPapers(
        request_id=request_id,
        subject_national_number=fold_digits(subject_national_number).strip(),
        requester_is_subject=not relation_ar.strip(),
        # AttachmentKind.POWER_OF_ATTORNEY's value (clerk_desk.api builds on this module)
        powers_of_attorney=frozenset(i for i, kind in kinds if kind == "power_of_attorney"),
    )


def _checked_identity(collector: Collector, papers: PickupPapers) -> str:
    number = document_number(collector.id_number)
    if collector.id_document is IdentityDocument.NATIONAL_ID_CARD:
        if not _ID_CARD.match(number):
            raise CollectorRefused(ID_CARD_SHAPE)
        is_subject = collector.role is CollectorRole.SUBJECT or (
            collector.role is CollectorRole.REQUESTER and papers.requester_is_subject
        )
        if is_subject and number != papers.subject_national_number:
            raise CollectorRefused(NOT_THE_SUBJECT, request_id=papers.request_id)
    elif not _PASSPORT.match(number):
        raise CollectorRefused(PASSPORT_SHAPE)
    return number


def _checked_power(collector: Collector, papers: PickupPapers, today: date) -> Collector:
    if not papers.powers_of_attorney:
        raise CollectorRefused(NO_POWER_OF_ATTORNEY, request_id=papers.request_id)
    attachment = collector.poa_attachment
    if attachment is None:
        attachment = min(papers.powers_of_attorney)
    elif attachment not in papers.powers_of_attorney:
        raise CollectorRefused(
            NOT_ITS_POWER_OF_ATTORNEY, attachment=attachment, request_id=papers.request_id
        )
    number = re.sub(r"\s", "", fold_digits(collector.poa_number or "")).upper()
    if not _POA_NUMBER.match(number) or collector.poa_date is None:
        raise CollectorRefused(NO_POWER_OF_ATTORNEY_NUMBER)
    if not EARLIEST_POA <= collector.poa_date <= today:
        raise CollectorRefused(POWER_OF_ATTORNEY_DATE, date=collector.poa_date.isoformat())
    return replace(
        collector, poa_number=number, poa_date=collector.poa_date, poa_attachment=attachment
    )


def check_collector(collector: Collector, papers: PickupPapers, today: date) -> Collector:
    """Refuse a collector the rule does not allow (:class:`CollectorRefused`); return the
    collector as recorded: numbers in their canonical form, the power of attorney named."""
    if collector.role is CollectorRole.OTHER:
        raise CollectorRefused(NOT_ENTITLED, request_id=papers.request_id)
    name = " ".join(collector.name.split())
    if not name or len(name) > 200:
        raise CollectorRefused(NO_NAME)
    check_plain_text(name)
    checked = replace(collector, name=name, id_number=_checked_identity(collector, papers))
    if collector.role is CollectorRole.ATTORNEY:
        return _checked_power(checked, papers, today)
    return replace(checked, poa_number=None, poa_date=None, poa_attachment=None)
