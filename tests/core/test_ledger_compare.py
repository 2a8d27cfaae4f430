"""The numbers of a shift read from audit entries, and each kind of difference between a
ledger and the server's issuances, without a server."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from clerk_desk.api_ledger import ServerIssuance
from clerk_desk.ledger_compare import NumberLine, compare, lines_from_audit

T0 = datetime(2026, 3, 1, 5, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Entry:
    action: str
    request_id: str | None
    detail: dict[str, Any] = field(default_factory=dict)
    at: datetime = T0 + timedelta(minutes=5)
    actor: str = "dam.clerk1"


def _prepared(number: str, request_id: str = "DAM-000001", **detail: Any) -> Entry:
    return Entry(
        "print_prepared",
        request_id,
        {"document_number": number, "tracking_number": "RR100000003SY", "kind": "print", **detail},
    )


def test_the_audit_entries_tell_what_became_of_each_number() -> None:
    entries = [
        _prepared("N1"),
        Entry("print_sent", "DAM-000001", {"document_number": "N1", "job": "Q-1"}),
        Entry("print", "DAM-000001", {"document_number": "N1"}),
        _prepared("N2", kind="reprint"),
        Entry("reprint", "DAM-000001", {"document_number": "N2", "reason": "jam"}),
        _prepared("N3", "DAM-000002"),
        Entry("print_sent", "DAM-000002", {"document_number": "N3"}),
        Entry("print_answer", "DAM-000002", {"document_number": "N3", "answer": "unsure"}),
        Entry("print_unsure", "DAM-000002", {"document_number": "N3"}),
        _prepared("N4", "DAM-000003"),
        Entry("print_spoiled", "DAM-000003", {"document_number": "N4", "reason": "never_sent"}),
        _prepared("N5", "DAM-000004"),  # still open
        # What a workstation could send that the ledger never writes: ignored.
        _prepared("N6", "not an id"),
        Entry("print_prepared", "DAM-000005", {"document_number": 7}),
        Entry("print", "DAM-000009", {"document_number": "N9"}),  # taken before the shift
        Entry(
            "print_prepared", "DAM-000006", {"document_number": "N7"}, at=T0 + timedelta(hours=9)
        ),
    ]
    lines = lines_from_audit(entries, T0, T0 + timedelta(hours=8))
    assert [(n.document_number, n.kind, n.state, n.reason) for n in lines] == [
        ("N1", "print", "printed", ""),
        ("N2", "reprint", "printed", "jam"),
        ("N3", "print", "unsure", "unsure_after_interruption"),
        ("N4", "print", "spoiled", "never_sent"),
        ("N5", "print", "prepared", ""),
    ]
    assert lines[0].tracking_number == "RR100000003SY" and lines[4].open


def _line(number: str, request_id: str, state: str, tracking: str | None = None) -> NumberLine:
    return NumberLine(number, tracking, request_id, "print", state, "", "dam.clerk1", T0)


def _issued(number: str, request_id: str, tracking: str | None = None) -> ServerIssuance:
    return ServerIssuance(
        document_number=number,
        tracking_number=tracking,
        request_id=request_id,
        issued_by="dam.clerk1",
        issued_at=T0,
        request_status="printed",
    )


def test_each_kind_of_difference_is_listed() -> None:
    here = [
        _line("N1", "DAM-000001", "printed", "RR1"),  # the server's carries another tracking
        _line("N2", "DAM-000002", "printed"),  # the server has it on another request
        _line("N3", "DAM-000003", "spoiled"),  # issued at the server all the same
        _line("N4", "DAM-000004", "printed"),  # agreed
    ]
    issuances = [
        _issued("N1", "DAM-000001", "RR2"),
        _issued("N2", "DAM-000009"),
        _issued("N3", "DAM-000003"),
        _issued("N4", "DAM-000004"),
        _issued("N5", "DAM-000005"),  # this workstation's, not in this ledger
    ]
    unattributed = [_issued("N8", "DAM-000008")]
    copy = [_line("N1", "DAM-000001", "printed"), _line("N3", "DAM-000003", "sent")]
    found = {
        (d.code, d.document_number, d.other) for d in compare(here, issuances, unattributed, copy)
    }
    assert found == {
        ("tracking_differs", "N1", "RR2"),
        ("other_request", "N2", "DAM-000009"),
        ("not_on_server", "N2", ""),
        ("not_uploaded", "N2", ""),
        ("spoiled_but_issued", "N3", ""),
        ("copy_differs", "N3", "sent"),
        ("not_uploaded", "N4", ""),
        ("not_here", "N5", ""),
        ("in_no_ledger", "N8", ""),
    }
