"""Every item model passes Qt's model tester, and shows what the clerk needs to see."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.modeltest import ModelTester

from clerk_desk.comparison import compare_records
from clerk_desk.fields import PersonField
from clerk_desk.store.db import open_store
from tests.core.test_workflow import put, request_out
from tests.core.test_workflow_payment import payment
from tests.store_keys import TEST_STORE_KEY
from ui.comparison_model import ComparisonModel
from ui.queue_model import (
    LATE_ROLE,
    QueueFilter,
    QueueFilterState,
    QueueModel,
    QueueRow,
    load_rows,
)

SUBMITTED = {
    "national_number": "01234567890",
    "first_name": "أحمد",
    "father_name": "رامي",
    "last_name": "الشامي",
    "gender": "ذكر",
}
REGISTRY = {
    "national_number": "01234567890",
    "first_name": "احمد",
    "father_name": "رامز",
    "last_name": "الشامي",
    "gender": "male",
}


def rows() -> list[QueueRow]:
    now = datetime.now(UTC)
    return [
        QueueRow(
            "DAM-000001",
            "civil_extract_individual",
            "fast",
            "أحمد الشامي",
            "01234567890",
            "post",
            "assigned",
            now - timedelta(minutes=75),
            channel="mtn_cash",
        ),
        QueueRow(
            "DAM-000002",
            "finance_clearance",
            "slow",
            "سعاد الحلبي",
            "09876543210",
            "pickup",
            "in_review",
            now,
            channel="e_payment",
        ),
    ]


def test_queue_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = QueueModel()
    model.set_rows(rows())
    qtmodeltester.check(model)
    waiting = model.index(0, QueueModel.COLUMNS.index("waiting"))
    assert model.data(waiting) == wait_text("%1 h %2 min", 1, 15) + " ⚠"  # past its 60 minutes
    assert model.data(waiting, LATE_ROLE) is True
    assert model.data(model.index(1, QueueModel.COLUMNS.index("waiting"))) == wait_text("%1 min", 0)


def test_queue_filters_by_class_status_delivery_and_lateness() -> None:
    model = QueueModel()
    model.set_rows(rows())
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    assert proxy.counts() == (2, 1)
    proxy.set_state(QueueFilterState(service_class="slow"))
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["DAM-000002"]
    proxy.set_state(QueueFilterState(delivery="post", late_only=True))
    assert proxy.counts() == (1, 1)
    proxy.set_state(QueueFilterState(statuses=frozenset({"rejected"})))
    assert proxy.rowCount() == 0


def test_queue_filters_by_payment_channel() -> None:
    model = QueueModel()
    model.set_rows(rows())
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.set_state(QueueFilterState(channel="e_payment"))
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["DAM-000002"]
    proxy.set_state(QueueFilterState(channel="syriatel_cash"))
    assert proxy.rowCount() == 0
    proxy.set_state(QueueFilterState(channel=""))
    assert proxy.rowCount() == 2


def test_the_queue_reads_each_requests_channel_from_the_store(tmp_path: Path) -> None:
    sessions = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    try:
        put(sessions, request_out("DAM-000001", payment=payment("paid")))
        put(sessions, request_out("DAM-000002"))  # from a server older than payments
        with sessions() as session:
            channels = {row.id: row.channel for row in load_rows(session)}
    finally:
        sessions.kw["bind"].dispose()
    assert channels == {"DAM-000001": "syriatel_cash", "DAM-000002": ""}


def test_waiting_sorts_by_minutes_not_by_text() -> None:
    now = datetime.now(UTC)
    model = QueueModel()
    model.set_rows(
        [
            QueueRow(
                "DAM-1",
                "civil_extract_individual",
                "fast",
                "",
                "01234567890",
                "post",
                "assigned",
                now - timedelta(minutes=9 * 60),
            ),
            QueueRow(
                "DAM-2",
                "civil_extract_individual",
                "fast",
                "",
                "01234567891",
                "post",
                "assigned",
                now - timedelta(minutes=10 * 60),
            ),
        ],
        now,
    )
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.sort(QueueModel.COLUMNS.index("waiting"), Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "DAM-2"  # 10:00 waited longer than 9:00


def test_queue_search_finds_a_national_number_typed_in_arabic_digits() -> None:
    model = QueueModel()
    model.set_rows(rows())
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.set_search("٠٩٨٧٦٥")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(Qt.ItemDataRole.UserRole) == "DAM-000002"
    proxy.set_search("dam-000001")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    assert proxy.rowCount() == 2


def test_comparison_model_needs_a_tick_for_each_spelling_variant(
    qtmodeltester: ModelTester,
) -> None:
    model = ComparisonModel()
    comparison = compare_records(SUBMITTED, REGISTRY)
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    fields = [f.field for f in comparison.fields.values()]
    assert set(comparison.equivalent_fields) == {PersonField.FIRST_NAME, PersonField.GENDER}
    ticks = [
        model.index(fields.index(f), ComparisonModel.STATUS) for f in comparison.equivalent_fields
    ]
    for number, cell in enumerate(ticks):
        assert model.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable
        assert not model.all_acknowledged()
        assert model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        assert model.all_acknowledged() == (number == len(ticks) - 1)
    father = model.index(fields.index(PersonField.FATHER_NAME), ComparisonModel.STATUS)
    assert not model.flags(father) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(father, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    gender = model.index(fields.index(PersonField.GENDER), ComparisonModel.REGISTRY)
    assert model.data(gender) in ("ذكر", "male")


def _request(request_id: str, service_code: str, status: str, now: str) -> dict[str, object]:
    """A request as the server sends it, for the review's models."""
    return {
        "id": request_id,
        "service_code": service_code,
        "service_class": "fast",
        "center_code": "DAM",
        "status": status,
        "requester_name": "دعاء العلي",
        "subject": {"national_number": "09871774836"},
        "delivery": {"method": "pickup", "recipient_name": "دعاء العلي"},
        "submitted_at": now,
        "assigned_at": now,
        "updated_at": now,
    }


def test_rejections_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    from clerk_desk.api import RejectionOut
    from ui.review_panel import RejectionsModel

    now = datetime.now(UTC).isoformat()
    item = RejectionOut.model_validate(
        {
            "request": _request("DAM-000031", "criminal_record", "rejected", now),
            "reason_code": "data_mismatch",
            "reason_text": "تاريخ الولادة غير مطابق.",
            "decided_by": "dam.clerk1",
            "decided_at": now,
        }
    )
    model = RejectionsModel()
    model.set_items([item, item.model_copy(update={"decided_by": "dam.clerk2"})])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 2)) == "dam.clerk2"


def test_acceptances_drawn_pass_the_model_tester_and_say_whether_they_were_checked(
    qtmodeltester: ModelTester,
) -> None:
    from clerk_desk.api import AcceptanceOut
    from ui.review_panel import RejectionsModel

    now = datetime.now(UTC).isoformat()
    request = _request("DAM-000040", "civil_extract_individual", "printed", now)
    unchecked = AcceptanceOut.model_validate(
        {"request": request, "decided_by": "dam.clerk1", "decided_at": now}
    )
    concern = AcceptanceOut.model_validate(
        {
            "request": request,
            "decided_by": "dam.clerk1",
            "decided_at": now,
            "second_look": {
                "outcome": "concern",
                "note": "صورة الهوية غير واضحة",
                "looked_by": "dam.supervisor",
                "looked_at": now,
            },
        }
    )
    model = RejectionsModel()
    model.set_items([unchecked, concern])
    qtmodeltester.check(model)
    # in whatever language an earlier test left installed
    assert model.data(model.index(0, 3)) == model.tr("not looked at yet")
    assert model.data(model.index(0, 4)) == ""
    assert "dam.supervisor" in model.data(model.index(1, 3))
    assert model.data(model.index(1, 4)) == "صورة الهوية غير واضحة"
    assert model.headerData(3, Qt.Orientation.Horizontal) == model.tr("Second look")


def wait_text(template: str, *numbers: int) -> str:
    """A waiting time as the queue shows it in the language installed (Arabic or English)."""
    text = QCoreApplication.translate("QueueModel", template)
    for n, number in enumerate(numbers, start=1):
        text = text.replace(f"%{n}", str(number))
    return text


@pytest.mark.parametrize(
    ("minutes", "template", "numbers"),
    [
        (0, "%1 min", (0,)),
        (59, "%1 min", (59,)),
        (75, "%1 h %2 min", (1, 15)),
        (16_443, "%1 d %2 h", (11, 10)),
    ],
)
def test_a_wait_reads_as_days_and_hours_not_as_a_clock(
    minutes: int, template: str, numbers: tuple[int, ...]
) -> None:
    assert QueueModel().waiting_text(minutes) == wait_text(template, *numbers)
