"""Who may collect an envelope: the subject or the requester with their identity document,
or an attorney whose power of attorney is among the request's papers; nobody else."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from clerk_desk.collector_rules import (
    Collector,
    CollectorRefused,
    CollectorRole,
    IdentityDocument,
    check_collector,
    document_number,
    papers_of,
    syrian_today,
)
from clerk_desk.digits import to_arabic_indic

NN = "01234567890"
TODAY = date(2026, 11, 29)
CARD = Collector(CollectorRole.SUBJECT, "أحمد الحلبي", IdentityDocument.NATIONAL_ID_CARD, NN)
PASSPORT = Collector(CollectorRole.OTHER, "رامي العلي", IdentityDocument.PASSPORT, "N0123456")
FOR_THEMSELF = papers_of("DAM-000001", NN, "", [(7, "id_card")])
FOR_SISTER = papers_of("DAM-000002", NN, "الأخت", [(8, "id_card"), (9, "power_of_attorney")])


def test_the_subject_s_card_must_carry_the_request_s_national_number() -> None:
    for written in (NN, to_arabic_indic(NN), "012 345 678 90", "٠١٢-٣٤٥٦-٧٨٩٠"):
        checked = check_collector(replace(CARD, id_number=written), FOR_SISTER, TODAY)
        assert checked.id_number == NN  # kept in its canonical form
    with pytest.raises(CollectorRefused, match="not the subject's national number") as refused:
        check_collector(replace(CARD, id_number="01234567891"), FOR_SISTER, TODAY)
    assert "01234567891" not in str(refused.value)  # no number in the message
    with pytest.raises(CollectorRefused, match="11-digit"):
        check_collector(replace(CARD, id_number="0123"), FOR_SISTER, TODAY)


def test_the_requester_is_checked_as_the_subject_when_they_asked_for_themself() -> None:
    requester = replace(CARD, role=CollectorRole.REQUESTER, id_number="98765432109")
    with pytest.raises(CollectorRefused, match="not the subject's"):
        check_collector(requester, FOR_THEMSELF, TODAY)
    # A sister who asked for her brother shows her own card: its number is hers.
    assert check_collector(requester, FOR_SISTER, TODAY).role is CollectorRole.REQUESTER


def test_a_passport_is_recorded_by_its_number() -> None:
    subject = replace(PASSPORT, role=CollectorRole.SUBJECT, id_number=" n012-3456 ")
    assert check_collector(subject, FOR_THEMSELF, TODAY).id_number == "N0123456"
    with pytest.raises(CollectorRefused, match="passport number"):
        check_collector(replace(subject, id_number="N1"), FOR_THEMSELF, TODAY)


def test_anyone_else_is_refused_and_a_name_is_needed() -> None:
    with pytest.raises(CollectorRefused, match="only the subject, the requester, or an attorney"):
        check_collector(PASSPORT, FOR_SISTER, TODAY)
    with pytest.raises(CollectorRefused, match="collector's name"):
        check_collector(replace(CARD, name="   "), FOR_THEMSELF, TODAY)


def test_an_attorney_needs_the_power_among_the_papers_with_its_number_and_date() -> None:
    attorney = replace(
        PASSPORT, role=CollectorRole.ATTORNEY, poa_number="4711/2026", poa_date=date(2026, 1, 5)
    )
    with pytest.raises(CollectorRefused, match="no power of attorney among its papers"):
        check_collector(attorney, FOR_THEMSELF, TODAY)
    checked = check_collector(attorney, FOR_SISTER, TODAY)
    assert (checked.poa_attachment, checked.poa_number) == (9, "4711/2026")
    with pytest.raises(CollectorRefused, match="paper 8 is not a power of attorney"):
        check_collector(replace(attorney, poa_attachment=8), FOR_SISTER, TODAY)
    with pytest.raises(CollectorRefused, match="number and the date"):
        check_collector(replace(attorney, poa_number=""), FOR_SISTER, TODAY)
    with pytest.raises(CollectorRefused, match="number and the date"):
        check_collector(replace(attorney, poa_date=None), FOR_SISTER, TODAY)
    with pytest.raises(CollectorRefused, match="past date"):
        check_collector(replace(attorney, poa_date=date(2026, 11, 30)), FOR_SISTER, TODAY)


def test_the_subject_s_power_fields_are_not_kept() -> None:
    stray = replace(CARD, poa_number="1", poa_date=TODAY, poa_attachment=9)
    checked = check_collector(stray, FOR_SISTER, TODAY)
    assert (checked.poa_number, checked.poa_date, checked.poa_attachment) == (None, None, None)


def test_numbers_and_syria_s_day() -> None:
    assert document_number(" ١٢٣ ٤٥ ") == "12345"
    # 22:30 UTC is already the next day in Damascus (UTC+3 all year).
    assert syrian_today(datetime(2026, 11, 28, 22, 30, tzinfo=UTC)) == date(2026, 11, 29)
