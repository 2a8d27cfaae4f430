"""Deterministic training data: centers, clerks, a civil registry and requests to work.

Everything comes from ``random.Random(2026)``, so two seeded databases hold the same
people, national numbers and requests; only the timestamps follow the ``now`` they were
seeded at, so the service-level clocks look alive in a demo. Some requests deliberately
disagree with the registry (see :class:`Mismatch`), the cases a clerk is trained on.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from central.attachments import record_attachment
from central.db import (
    CenterRow,
    DecisionRow,
    PersonRow,
    RequestRow,
    format_request_id,
    next_change_seqs,
    next_request_numbers,
)
from central.demo_papers import demo_papers
from central.issuing_bodies import demo_issued_document, record_issued_document
from central.seed_families import deceased_numbers, seed_families
from central.seed_names import BIRTH_PLACES, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES
from central.seed_names import national_number as new_national_number
from central.seed_payments import seed_payments
from central.seed_post import STORIES, seed_post_story
from central.seed_users import make_users
from clerk_desk.comparison import compare_records
from clerk_desk.digits import to_arabic_indic
from clerk_desk.fields import ALL_FIELDS
from clerk_desk.reasons import REASONS
from clerk_desk.services import SERVICES, ServiceClass
from clerk_desk.states import RequestState

RNG_SEED = 2026


@dataclass(frozen=True, slots=True)
class CenterSeed:
    code: str
    city_ar: str
    name_en: str
    address_ar: str
    neighbourhoods: tuple[str, ...]
    request_count: int

    @property
    def name_ar(self) -> str:
        return f"مركز خدمة المواطن الإلكتروني - {self.city_ar}"


CENTERS: tuple[CenterSeed, ...] = (
    CenterSeed(
        "DAM", "دمشق", "Citizen Service Center - Damascus",
        "دمشق - المزة، أوتوستراد المزة، جانب وزارة الاتصالات والتقانة",
        ("المزة", "الميدان", "باب توما", "ركن الدين", "المالكي", "كفرسوسة", "الشعلان"),
        30,
    ),
    CenterSeed(
        "ALP", "حلب", "Citizen Service Center - Aleppo",
        "حلب - الجميلية، شارع فيصل، بناء مديرية الاتصالات",
        ("الجميلية", "العزيزية", "الفرقان", "السريان", "الشهباء", "الحمدانية"),
        20,
    ),
    CenterSeed(
        "HMS", "حمص", "Citizen Service Center - Homs",
        "حمص - شارع الحضارة، جانب مديرية الشؤون المدنية",
        ("الإنشاءات", "الوعر", "عكرمة", "الحمراء", "باب السباع", "الغوطة"),
        18,
    ),
    CenterSeed(
        "HMA", "حماة", "Citizen Service Center - Hama",
        "حماة - ساحة العاصي، بناء البريد المركزي، الطابق الثاني",
        ("الحاضر", "باب قبلي", "طريق حلب", "الأربعين", "البعث", "المدينة"),
        16,
    ),
    CenterSeed(
        "LTK", "اللاذقية", "Citizen Service Center - Latakia",
        "اللاذقية - شارع الثامن من آذار، مقابل مبنى المحافظة",
        ("الزراعة", "الصليبة", "الرمل الشمالي", "مشروع الصليبة", "الشيخ ضاهر", "الأمريكان"),
        18,
    ),
)  # fmt: skip

# Where the people of each center were mostly born, so its requests look local.
_HOME_PLACES: dict[str, tuple[str, ...]] = {
    "DAM": ("دمشق", "دوما", "داريا", "درعا", "السويداء", "القنيطرة"),
    "ALP": ("حلب", "منبج", "إدلب", "الرقة"),
    "HMS": ("حمص", "تدمر", "دير الزور"),
    "HMA": ("حماة", "السلمية", "إدلب"),
    "LTK": ("اللاذقية", "جبلة", "طرطوس", "بانياس"),
}

_STREETS = ("الثورة", "بغداد", "النصر", "الجلاء", "القوتلي", "الحمراء", "الجامعة", "المتنبي")
_SELF = ""


class Mismatch(StrEnum):
    """How a planted request disagrees with the registry."""

    # Spelling only: the same after Arabic normalisation.
    HAMZA = "hamza"  # أحمد typed احمد
    TAA_MARBUTA = "taa_marbuta"  # فاطمة typed فاطمه
    COMPOUND = "compound"  # عبد الله typed عبدالله
    DATE_FORMAT = "date_format"  # 1990-05-12 typed 12/05/1990
    INDIC_DIGITS = "indic_digits"  # 1990-05-12 typed ١٩٩٠-٠٥-١٢
    # Real disagreements.
    MOTHER_NAME = "mother_name"
    BIRTH_DATE = "birth_date"


SPELLING_VARIANTS: frozenset[Mismatch] = frozenset(
    {
        Mismatch.HAMZA,
        Mismatch.TAA_MARBUTA,
        Mismatch.COMPOUND,
        Mismatch.DATE_FORMAT,
        Mismatch.INDIC_DIGITS,
    }
)
_VARIANT_ORDER = (
    Mismatch.HAMZA,
    Mismatch.TAA_MARBUTA,
    Mismatch.COMPOUND,
    Mismatch.DATE_FORMAT,
    Mismatch.INDIC_DIGITS,
)


@dataclass
class SeedReport:
    created: bool
    people: int = 0
    requests: int = 0
    users: int = 0
    # request id → what was planted in it
    planted: dict[str, Mismatch] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Person:
    national_number: str
    first_name: str
    father_name: str
    mother_name: str
    last_name: str
    birth_date: date
    birth_place: str
    gender: str


# --- people ----------------------------------------------------------------------------


def _make_people(rng: random.Random, count: int) -> list[PersonRow]:
    taken: set[str] = set()
    places = list(BIRTH_PLACES)
    people: list[PersonRow] = []
    home_cycle = [center.code for center in CENTERS]
    for index in range(count):
        home = _HOME_PLACES[home_cycle[index % len(home_cycle)]]
        place = rng.choice(home) if rng.random() < 0.85 else rng.choice(places)
        gender = "male" if rng.random() < 0.5 else "female"
        first = rng.choice(MALE_NAMES if gender == "male" else FEMALE_NAMES)
        last = rng.choice(FAMILY_NAMES)
        mother = f"{rng.choice(FEMALE_NAMES)} {rng.choice(FAMILY_NAMES)}"
        born = date(1950, 1, 1) + timedelta(
            days=rng.randrange((date(2005, 12, 31) - date(1950, 1, 1)).days)
        )
        age = 2026 - born.year
        if age < 22:
            marital = "عازب" if gender == "male" else "عزباء"
        else:
            married = rng.random() < 0.7
            if gender == "male":
                marital = "متزوج" if married else "عازب"
            else:
                marital = "متزوجة" if married else "عزباء"
        people.append(
            PersonRow(
                national_number=new_national_number(rng, place, taken),
                first_name=first,
                father_name=rng.choice(MALE_NAMES),
                mother_name=mother,
                last_name=last,
                birth_date=born,
                birth_place=place,
                gender=gender,
                registry_office_ar=f"أمانة السجل المدني في {place}",
                record_ref=f"{place} / {rng.randint(1, 4000)}",
                marital_status_ar=marital,
            )
        )
    return people  # fmt: skip


# --- requests ---------------------------------------------------------------------------


def _person(row: PersonRow) -> _Person:
    return _Person(
        row.national_number,
        row.first_name,
        row.father_name,
        row.mother_name,
        row.last_name,
        row.birth_date,
        row.birth_place,
        row.gender,
    )


def _submitted(person: _Person) -> dict[str, str | None]:
    return {
        "subject_national_number": person.national_number,
        "subject_first_name": person.first_name,
        "subject_father_name": person.father_name,
        "subject_mother_name": person.mother_name,
        "subject_last_name": person.last_name,
        "subject_birth_date": person.birth_date.isoformat(),
        "subject_birth_place": person.birth_place,
        "subject_gender": person.gender,
    }


def _fits(kind: Mismatch, person: _Person) -> bool:
    names = (person.first_name, person.father_name)
    if kind is Mismatch.HAMZA:
        return any(name[:1] in "أإآ" for name in names)
    if kind is Mismatch.TAA_MARBUTA:
        return person.first_name.endswith("ة") or person.mother_name.split()[0].endswith("ة")
    if kind is Mismatch.COMPOUND:
        return any(name.startswith("عبد ") for name in names)
    return True


def _plant(kind: Mismatch, person: _Person, rng: random.Random) -> dict[str, str | None]:
    """The submitted fields of ``person`` with ``kind`` of disagreement planted in them."""
    data = _submitted(person)
    if kind is Mismatch.HAMZA:
        key = "subject_first_name" if person.first_name[:1] in "أإآ" else "subject_father_name"
        value = data[key] or ""
        data[key] = "ا" + value[1:]
    elif kind is Mismatch.TAA_MARBUTA:
        if person.first_name.endswith("ة"):
            data["subject_first_name"] = person.first_name[:-1] + "ه"
        else:
            mother_first, _, mother_family = person.mother_name.partition(" ")
            data["subject_mother_name"] = f"{mother_first[:-1]}ه {mother_family}"
    elif kind is Mismatch.COMPOUND:
        key = (
            "subject_first_name" if person.first_name.startswith("عبد ") else "subject_father_name"
        )
        data[key] = (data[key] or "").replace("عبد ", "عبد", 1)
    elif kind is Mismatch.DATE_FORMAT:
        data["subject_birth_date"] = person.birth_date.strftime("%d/%m/%Y")
    elif kind is Mismatch.INDIC_DIGITS:
        data["subject_birth_date"] = to_arabic_indic(person.birth_date.isoformat())
    elif kind is Mismatch.MOTHER_NAME:
        mother_first, _, mother_family = person.mother_name.partition(" ")
        other = rng.choice([name for name in FEMALE_NAMES if name != mother_first])
        data["subject_mother_name"] = f"{other} {mother_family}"
    elif kind is Mismatch.BIRTH_DATE:
        shift = rng.choice((-1, 1)) * rng.randint(40, 800)
        data["subject_birth_date"] = (person.birth_date + timedelta(days=shift)).isoformat()
    return data


_RELATIONS_BY_GENDER = {
    "male": ("الأب", "الأم", "الزوجة", "الأخ", "الأخت", "الابن"),
    "female": ("الأب", "الأم", "الزوج", "الأخ", "الأخت", "الابنة"),
}


def _requester(rng: random.Random, person: _Person) -> tuple[str, str]:
    """(requester name, relation to the subject); the subject themself most of the time."""
    if rng.random() < 0.7:
        return f"{person.first_name} {person.father_name} {person.last_name}", _SELF
    relation = rng.choice(_RELATIONS_BY_GENDER[person.gender])
    if relation == "الأب":
        name = f"{person.father_name} {person.last_name}"
    elif relation == "الأم":
        name = person.mother_name
    elif relation in ("الزوجة", "الأخت", "الابنة"):
        name = f"{rng.choice(FEMALE_NAMES)} {person.last_name}"
    else:
        name = f"{rng.choice(MALE_NAMES)} {person.last_name}"
    if relation == "الزوجة":
        name = f"{rng.choice(FEMALE_NAMES)} {rng.choice(FAMILY_NAMES)}"
    return name, relation


def _request_values(
    rng: random.Random,
    center: CenterSeed,
    person: _Person,
    submitted: dict[str, str | None],
    now: datetime,
    *,
    service_code: str | None = None,
    delivery: str | None = None,
) -> dict[str, Any]:
    code = service_code or rng.choices(list(SERVICES), weights=[4, 2, 4, 2, 2, 1, 1, 1, 1], k=1)[0]
    svc = SERVICES[code]
    if svc.service_class is ServiceClass.FAST:
        age = timedelta(minutes=rng.randint(20, 36 * 60))
    else:
        age = timedelta(hours=rng.randint(6, 12 * 24))
    submitted_at = now - age
    assigned_at = submitted_at + timedelta(minutes=rng.randint(2, 15))
    requester, relation = _requester(rng, person)
    post = rng.random() < 0.55
    if delivery is not None:
        post = delivery == "post"
    phone = "09" + "".join(str(rng.randrange(10)) for _ in range(8))
    if post:
        address = (
            f"{rng.choice(center.neighbourhoods)}، شارع {rng.choice(_STREETS)}، "
            f"بناء {rng.randint(1, 60)}، {_floor(rng.randint(0, 8))}"
        )
    else:
        address = ""
    return {
        "service_code": code,
        "service_class": svc.service_class.value,
        "center_code": center.code,
        "status": RequestState.ASSIGNED.value,
        "requester_name": requester,
        "relation_ar": relation,
        **submitted,
        "delivery_method": "post" if post else "pickup",
        "delivery_recipient": requester,
        "delivery_address_ar": address,
        "delivery_city_ar": center.city_ar,
        "delivery_phone": phone,
        "submitted_at": submitted_at,
        "assigned_at": assigned_at,
        "updated_at": assigned_at,
        "claimed_by": None,
        "lease_expires_at": None,
    }


def _insert_requests(
    session: Session, center_code: str, values: Sequence[dict[str, Any]]
) -> list[str]:
    if not values:
        return []
    first_number = next_request_numbers(session, center_code, len(values))
    first_seq = next_change_seqs(session, len(values))
    rows = []
    for offset, row in enumerate(values):
        rows.append(
            {
                **row,
                "id": format_request_id(center_code, first_number + offset),
                "change_seq": first_seq + offset,
            }
        )
    session.execute(insert(RequestRow), rows)
    seed_payments(session, rows)
    return [row["id"] for row in rows]


def _attach_papers(
    session: Session, ids: Sequence[str], values: Sequence[dict[str, Any]], now: datetime
) -> None:
    """The papers each request came with from the portal (see :func:`demo_papers`)."""
    for request_id, row in zip(ids, values, strict=True):
        for kind, filename, content in demo_papers(request_id, row["relation_ar"]):
            record_attachment(session, request_id, kind, filename, content, now)


def _floor(number: int) -> str:
    """A floor as an address says it: the ground floor by name, never "floor 0"."""
    return "الطابق الأرضي" if number == 0 else f"طابق {number}"


# --- the seed ---------------------------------------------------------------------------

PEOPLE_COUNT = 320
REJECTED_PER_CENTER = 2


def is_seeded(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(CenterRow)))


def seed_demo(session: Session, *, now: datetime | None = None) -> SeedReport:
    """Fill an empty, migrated database with the demo data; a seeded one is left alone.

    The caller commits. ``now`` anchors the timestamps (default: the current time).
    """
    if is_seeded(session):
        return SeedReport(created=False)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    rng = random.Random(RNG_SEED)

    for center in CENTERS:
        session.add(
            CenterRow(
                code=center.code,
                name_ar=center.name_ar,
                name_en=center.name_en,
                address_ar=center.address_ar,
                city_ar=center.city_ar,
                last_request_number=0,
            )
        )
    session.flush()
    users = make_users()
    session.add_all(users)
    people_rows = _make_people(rng, PEOPLE_COUNT)
    session.add_all(people_rows)
    session.flush()

    people = [_person(row) for row in people_rows]
    report = SeedReport(created=True, people=len(people), users=len(users))
    variant_cursor = 0
    for center in CENTERS:
        local = [p for p in people if p.birth_place in _HOME_PLACES[center.code]]
        if center.code == "DAM":
            kinds = [*_VARIANT_ORDER, Mismatch.MOTHER_NAME, Mismatch.BIRTH_DATE]
        else:
            # Two spelling variants in turn, and one real disagreement of each kind.
            kinds = [
                _VARIANT_ORDER[variant_cursor % len(_VARIANT_ORDER)],
                _VARIANT_ORDER[(variant_cursor + 1) % len(_VARIANT_ORDER)],
                Mismatch.MOTHER_NAME,
                Mismatch.BIRTH_DATE,
            ]
            variant_cursor += 2
        # Spread the planted requests among the matching ones.
        slots = rng.sample(range(center.request_count), len(kinds))
        planted_at = dict(zip(slots, kinds, strict=True))
        values: list[dict[str, Any]] = []
        subjects: list[str] = []  # the registry's national number of each request's subject
        used: set[str] = set()
        for slot in range(center.request_count):
            kind = planted_at.get(slot)
            pool = [
                p
                for p in local
                if p.national_number not in used and (kind is None or _fits(kind, p))
            ]
            if not pool:
                pool = [
                    p
                    for p in people
                    if p.national_number not in used and (kind is None or _fits(kind, p))
                ]
            person = rng.choice(pool)
            used.add(person.national_number)
            subjects.append(person.national_number)
            submitted = _plant(kind, person, rng) if kind is not None else _submitted(person)
            # Keep both service classes and delivery methods in every center.
            service_code, delivery = None, None
            if slot == 0:
                service_code, delivery = "civil_extract_individual", "post"
            elif slot == 1:
                service_code, delivery = "university_transcript", "pickup"
            values.append(
                _request_values(
                    rng,
                    center,
                    person,
                    submitted,
                    now,
                    service_code=service_code,
                    delivery=delivery,
                )
            )
        ids = _insert_requests(session, center.code, values)
        _attach_papers(session, ids, values, now)
        # The bodies have answered every seeded slow request, so each can be printed.
        for request_id, row, national_number in zip(ids, values, subjects, strict=True):
            if row["service_class"] == ServiceClass.SLOW.value:
                pdf = demo_issued_document(
                    request_id, row["service_code"], national_number, now.date()
                )
                record_issued_document(session, request_id, row["service_code"], pdf, now)
        for slot, kind in planted_at.items():
            report.planted[ids[slot]] = kind
        report.requests += len(ids)

        # Rejections already made, so a supervisor's review queue is not empty.
        clerk = f"{center.code.lower()}.clerk1"
        rejected_values = []
        rejected_people = []
        for _ in range(REJECTED_PER_CENTER):
            pool = [p for p in local if p.national_number not in used] or [
                p for p in people if p.national_number not in used
            ]
            person = rng.choice(pool)
            used.add(person.national_number)
            submitted = _plant(Mismatch.BIRTH_DATE, person, rng)
            row = _request_values(
                rng, center, person, submitted, now, service_code="criminal_record"
            )
            row["status"] = RequestState.REJECTED.value
            row["updated_at"] = row["assigned_at"] + timedelta(minutes=rng.randint(5, 50))
            rejected_values.append(row)
            rejected_people.append((person, submitted))
        rejected_ids = _insert_requests(session, center.code, rejected_values)
        _attach_papers(session, rejected_ids, rejected_values, now)
        for request_id, row, (person, submitted) in zip(
            rejected_ids, rejected_values, rejected_people, strict=True
        ):
            reason = REASONS["data_mismatch"]
            session.add(
                DecisionRow(
                    request_id=request_id,
                    outcome="reject",
                    reason_code=reason.code,
                    reason_text="تاريخ الولادة المدخل لا يطابق قيد صاحب العلاقة في السجل المدني.",
                    # The same evidence a workstation sends with its decision.
                    comparison=compare_records(
                        {
                            k.removeprefix("subject_"): v
                            for k, v in submitted.items()
                            if k.startswith("subject_")
                        },
                        {
                            k: str(v)
                            for k, v in registry_snapshot(person).items()
                            if k in {f.value for f in ALL_FIELDS}
                        },
                        SERVICES["criminal_record"].checked_fields,
                    ).to_json(),
                    registry_snapshot=registry_snapshot(person),
                    decided_by=clerk,
                    decided_at=row["updated_at"],
                )
            )
            report.planted[request_id] = Mismatch.BIRTH_DATE
        report.requests += len(rejected_ids)
    # Three postal requests of Damascus past the counter: the post's events, the SMS sent
    # (about adults of the registry, drawn before the families add parents and children).
    postal = add_synthetic_requests(session, "DAM", len(STORIES), now=now)
    report.requests += len(seed_post_story(session, postal, now))
    seed_families(session, people_rows)  # after the requests: they draw what they drew
    session.flush()
    return report


def registry_snapshot(person: _Person | PersonRow) -> dict[str, Any]:
    return {
        "national_number": person.national_number,
        "first_name": person.first_name,
        "father_name": person.father_name,
        "mother_name": person.mother_name,
        "last_name": person.last_name,
        "birth_date": person.birth_date.isoformat(),
        "birth_place": person.birth_place,
        "gender": person.gender,
    }


def add_synthetic_requests(
    session: Session,
    center_code: str,
    count: int,
    *,
    seed: int = RNG_SEED + 1,
    now: datetime | None = None,
) -> list[str]:
    """Add ``count`` assigned requests to a seeded center (for load tests); returns their ids.

    Subjects are drawn from the registry and submitted exactly as registered. The caller
    commits.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    center_row = session.get(CenterRow, center_code)
    if center_row is None:
        raise KeyError(f"unknown center {center_code!r}")
    center = next((c for c in CENTERS if c.code == center_code), None)
    if center is None:
        center = CenterSeed(
            center_row.code, center_row.city_ar, center_row.name_en, center_row.address_ar,
            (center_row.city_ar,), 0,
        )  # fmt: skip
    dead = deceased_numbers(session)
    rows = session.scalars(select(PersonRow).order_by(PersonRow.national_number))
    people = [_person(row) for row in rows if row.national_number not in dead]
    if not people:
        raise RuntimeError("the civil registry is empty: seed the database first")
    rng = random.Random(seed)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    values = []
    for _ in range(count):
        person = rng.choice(people)
        values.append(_request_values(rng, center, person, _submitted(person), now))
    ids: list[str] = []
    batch = 2000
    for start in range(0, len(values), batch):
        ids += _insert_requests(session, center_code, values[start : start + batch])
    return ids
