from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from printing.document import CivilRecord, DocumentFacts
from printing.envelope import EnvelopeFacts
from printing.verification import CenterKey, DocumentSigner


@pytest.fixture
def record() -> CivilRecord:
    return CivilRecord(
        national_number="01020304050",
        first_name="محمد",
        father_name="عبد الله",
        mother_name="فاطمة",
        last_name="الأحمد",
        birth_date=date(1990, 3, 7),
        birth_place="دمشق",
        gender="male",
        registry_office="أمانة السجل المدني في الميدان",
        record_ref="الميدان 1234",
    )


@pytest.fixture
def document_facts(record: CivilRecord) -> DocumentFacts:
    return DocumentFacts(
        document_number="DM-2024-000317",
        issued_on=date(2024, 5, 12),
        issue_place="دمشق",
        center_name="مركز خدمة المواطن في دمشق",
        center_code="DAM",
        service_code="civil_extract_individual",
        request_id="REQ-2024-00042",
        record=record,
    )


@pytest.fixture
def post_envelope() -> EnvelopeFacts:
    return EnvelopeFacts(
        request_id="REQ-2024-00042",
        service_name="بيان قيد فردي",
        center_name="مركز خدمة المواطن في دمشق",
        center_address="ساحة المحافظة، شارع 29 أيار",
        center_city="دمشق",
        delivery="post",
        recipient_name="محمد عبد الله الأحمد",
        recipient_address="المزة، شارع الجلاء، بناء 14، الطابق 3",
        recipient_city="دمشق",
        tracking_number="RR123456785SY",
    )


@pytest.fixture
def pickup_envelope() -> EnvelopeFacts:
    return EnvelopeFacts(
        request_id="REQ-2024-00043",
        service_name="بيان قيد فردي",
        center_name="مركز خدمة المواطن في حلب",
        center_address="حي الجميلية، شارع القوتلي",
        center_city="حلب",
        delivery="pickup",
        recipient_name="فاطمة حسن الخطيب",
    )


# When the test documents are signed: a fixed time keeps their PDFs reproducible.
SIGNED_AT = datetime(2024, 5, 12, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def center_key() -> CenterKey:
    """A throw-away key of center DAM, certifying the test workstation's key."""
    return CenterKey.generate("DAM-1", "DAM")


@pytest.fixture(scope="session")
def signer(center_key: CenterKey) -> DocumentSigner:
    return center_key.enroll("W1", clock=lambda: SIGNED_AT)
