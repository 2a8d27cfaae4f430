"""Every number a workstation used in a shift, and where its ledger and the server disagree.

A number's line is read either from the workstation's own print ledger
(:func:`lines_from_ledger`) or, on the server, from its copy of the workstation's audit
chain (:func:`lines_from_audit`: the print ledger audits every step with its numbers).
:func:`compare` lists each difference between such lines and the issuances the server
recorded, so a shift is reconciled number by number:

- ``not_on_server``: printed per the ledger, the server has no issuance of it (not sent
  yet, or lost);
- ``not_here``: the server holds an issuance of this workstation's number the ledger does
  not have (a store lost or replaced);
- ``in_no_ledger``: the server holds an issuance of the center whose number is in no
  workstation's audit chain it holds, and not in this ledger;
- ``other_request``: the server holds this number on another request;
- ``spoiled_but_issued``: spoiled (or unsure) per the ledger, issued per the server;
- ``tracking_differs``: the issuance carries another tracking number;
- ``not_uploaded`` / ``copy_differs`` (the workstation's side only): the server's copy of
  the audit chain lacks the number, or says another state (entries not uploaded yet).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from clerk_desk.api_ledger import LedgerNumber, ServerIssuance
from clerk_desk.ledger import IntentState
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.store.models import PrintIntent

DIFFERENCES: dict[str, str] = {
    "not_on_server": QT_TRANSLATE_NOOP(
        "Reconciliation", "printed per the ledger; the server has no issuance of it yet"
    ),
    "not_here": QT_TRANSLATE_NOOP(
        "Reconciliation", "the server holds an issuance of this number; the ledger does not"
    ),
    "in_no_ledger": QT_TRANSLATE_NOOP(
        "Reconciliation", "the server holds an issuance of this number in no workstation's ledger"
    ),
    "other_request": QT_TRANSLATE_NOOP(
        "Reconciliation", "the server holds this number on another request"
    ),
    "spoiled_but_issued": QT_TRANSLATE_NOOP(
        "Reconciliation", "spoiled per the ledger, issued per the server"
    ),
    "tracking_differs": QT_TRANSLATE_NOOP(
        "Reconciliation", "the server's issuance carries another tracking number"
    ),
    "not_uploaded": QT_TRANSLATE_NOOP(
        "Reconciliation", "not yet in the server's copy of this workstation's audit log"
    ),
    "copy_differs": QT_TRANSLATE_NOOP(
        "Reconciliation", "the server's copy of the audit log says otherwise"
    ),
}

REQUEST_ID = re.compile(r"[A-Z0-9-]{1,40}")

# On paper and in the CSV (Arabic first, like the documents): what became of a number,
# why it was spoiled, and each difference.
STATE_AR: dict[str, str] = {
    "prepared": "مُعدّ ولم يُرسل للطابعة",
    "sending": "قيد الإرسال للطابعة",
    "sent": "أُرسل للطابعة ولم يُسوَّ",
    "printed": "طُبع",
    "reprinted": "أُعيدت طباعته",
    "spoiled": "تالف",
    "unsure": "لم يُعرف إن طُبع",
}
SPOIL_AR: dict[str, str] = {
    "not_printed_after_interruption": "لم يُطبع بعد انقطاع الطباعة",
    "unsure_after_interruption": "لم يُعرف إن طُبع بعد انقطاع الطباعة",
    "never_sent": "أُعدّ ولم يُرسل للطابعة (توقفت المحطة)",
    "no_longer_printable": "أُعدّ ولم يُرسل: لم تعد المعاملة تُطبع بهذا الشكل",
    "files_changed": "أُعدّ ولم يُرسل: تغيّرت ملفاته أو فُقدت",
    "printed_not_recordable": "طُبع ولم يعد يمكن تسجيله: الورقة ملغاة",
}
DIFFERENCE_AR: dict[str, str] = {
    "not_on_server": "مطبوع في السجل، ولا إصدار له لدى الخادم بعد",
    "not_here": "لدى الخادم إصدار بهذا الرقم، وليس في هذا السجل",
    "in_no_ledger": "لدى الخادم إصدار بهذا الرقم لا يرد في سجل أي محطة",
    "other_request": "لدى الخادم هذا الرقم على معاملة أخرى",
    "spoiled_but_issued": "تالف في السجل، ومُصدَر لدى الخادم",
    "tracking_differs": "إصدار الخادم يحمل رقم تتبع آخر",
    "not_uploaded": "لم يصل بعد إلى نسخة الخادم من سجل تدقيق المحطة",
    "copy_differs": "نسخة الخادم من سجل التدقيق تقول غير ذلك",
}


# The audit actions of the print ledger and of the issuance it records.
PRINT_ACTIONS = (
    "print_prepared",
    "print_sent",
    "print_failed",
    "print_spoiled",
    "print_answer",
    "print_unsure",
    "print_reviewed",
    "print",
    "reprint",
)
_STATE_AFTER = {
    "print_sent": IntentState.SENT,
    "print_failed": IntentState.PREPARED,
    "print_spoiled": IntentState.SPOILED,
    "print_unsure": IntentState.UNSURE,
    "print": IntentState.PRINTED,
    "reprint": IntentState.PRINTED,
}


@dataclass(frozen=True, slots=True)
class NumberLine:
    """One document number and what became of it. ``reason``: a reprint's stated reason,
    or the code of why it was spoiled (``clerk_desk.ledger.SPOIL_REASONS``)."""

    document_number: str
    tracking_number: str | None
    request_id: str
    kind: str  # print | reprint
    state: str  # clerk_desk.ledger.IntentState
    reason: str
    by: str
    at: datetime

    @property
    def open(self) -> bool:
        """Not settled yet: the clerk has not said what came out, or it was never sent."""
        return self.state not in (IntentState.PRINTED, IntentState.SPOILED, IntentState.UNSURE)


@dataclass(frozen=True, slots=True)
class Difference:
    """One disagreement between a ledger and the server; ``other``: the other side's
    request id, tracking number or state, where the code has one."""

    code: str  # a key of DIFFERENCES
    document_number: str
    request_id: str
    other: str = ""


def state_ar(line: NumberLine) -> str:
    if line.state == IntentState.PRINTED and line.kind == "reprint":
        return STATE_AR["reprinted"]
    return STATE_AR.get(line.state, line.state)


def reason_ar(line: NumberLine) -> str:
    """A reprint's stated reason as the clerk wrote it; a spoil reason in Arabic."""
    return SPOIL_AR.get(line.reason, line.reason)


class AuditLike(Protocol):
    """An audit entry, the workstation's or the server's copy of it."""

    @property
    def at(self) -> datetime: ...
    @property
    def actor(self) -> str: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def action(self) -> str: ...
    @property
    def detail(self) -> dict[str, Any]: ...


def _reason(intent: PrintIntent) -> str:
    if intent.state in (IntentState.SPOILED, IntentState.UNSURE):
        return intent.spoil_reason or ""
    return intent.reprint_reason or ""


def lines_from_ledger(intents: Iterable[PrintIntent]) -> list[NumberLine]:
    return [
        NumberLine(
            document_number=i.document_number,
            tracking_number=i.tracking_number,
            request_id=i.request_id,
            kind=i.kind,
            state=i.state,
            reason=_reason(i),
            by=i.prepared_by,
            at=i.prepared_at,
        )
        for i in intents
    ]


def _text(detail: dict[str, Any], key: str, limit: int) -> str:
    value = detail.get(key)
    return value[:limit] if isinstance(value, str) else ""


def lines_from_audit(
    entries: Iterable[AuditLike], since: datetime, until: datetime
) -> list[NumberLine]:
    """The numbers taken in [since, until) as the audit entries tell it, oldest first.

    ``entries``: a workstation's print-ledger entries (:data:`PRINT_ACTIONS`) in chain
    order, from ``since`` on (a number's later steps may come after ``until``). A number
    counts from its ``print_prepared`` entry; the entries come from a workstation, so
    anything in a detail that is not as the ledger writes it is ignored.
    """
    lines: dict[str, NumberLine] = {}
    for entry in entries:
        number = _text(entry.detail, "document_number", 40)
        request_id = entry.request_id or ""
        if not number or not REQUEST_ID.fullmatch(request_id):
            continue
        if entry.action == "print_prepared":
            if since <= entry.at < until and number not in lines:
                kind = _text(entry.detail, "kind", 10)
                lines[number] = NumberLine(
                    document_number=number,
                    tracking_number=_text(entry.detail, "tracking_number", 13) or None,
                    request_id=request_id,
                    kind=kind if kind in ("print", "reprint") else "print",
                    state=IntentState.PREPARED.value,
                    reason="",
                    by=entry.actor[:200],
                    at=entry.at,
                )
            continue
        line = lines.get(number)
        state = _STATE_AFTER.get(entry.action)
        if line is None or state is None:
            continue
        reason = line.reason
        if entry.action in ("reprint", "print_spoiled"):
            reason = _text(entry.detail, "reason", 200)
        elif entry.action == "print_unsure":
            reason = "unsure_after_interruption"
        lines[number] = NumberLine(
            line.document_number,
            line.tracking_number,
            line.request_id,
            line.kind,
            state.value,
            reason,
            line.by,
            line.at,
        )
    return list(lines.values())


def lines_from_server(numbers: Iterable[LedgerNumber]) -> list[NumberLine]:
    return [
        NumberLine(
            n.document_number,
            n.tracking_number,
            n.request_id,
            n.kind,
            n.state,
            n.reason,
            n.by,
            n.at,
        )
        for n in numbers
    ]


def compare(
    here: Sequence[NumberLine],
    issuances: Sequence[ServerIssuance],
    unattributed: Sequence[ServerIssuance] = (),
    server_copy: Sequence[NumberLine] | None = None,
) -> list[Difference]:
    """Each difference between the numbers of a ledger (``here``) and the server's issuances
    of them; with ``server_copy`` (the server's lines of the same workstation, from its
    copy of the audit chain), also what that copy lacks or says otherwise."""
    held: dict[str, list[ServerIssuance]] = {}
    for issuance in (*issuances, *unattributed):
        held.setdefault(issuance.document_number, []).append(issuance)
    copy = {line.document_number: line for line in server_copy or ()}
    out: list[Difference] = []
    for line in here:
        number = line.document_number
        found = held.get(number, [])
        same = [i for i in found if i.request_id == line.request_id]
        out.extend(
            Difference("other_request", number, line.request_id, i.request_id)
            for i in found
            if i.request_id != line.request_id
        )
        if line.state == IntentState.PRINTED and not same:
            out.append(Difference("not_on_server", number, line.request_id))
        if line.state in (IntentState.SPOILED, IntentState.UNSURE) and same:
            out.append(Difference("spoiled_but_issued", number, line.request_id))
        tracking = {i.tracking_number or "" for i in same} - {line.tracking_number or ""}
        out.extend(
            Difference("tracking_differs", number, line.request_id, t) for t in sorted(tracking)
        )
        if server_copy is not None:
            theirs = copy.get(number)
            if theirs is None:
                out.append(Difference("not_uploaded", number, line.request_id))
            elif (theirs.state, theirs.request_id) != (line.state, line.request_id):
                out.append(Difference("copy_differs", number, line.request_id, theirs.state))
    numbers = {line.document_number for line in here}
    for code, rows in (("not_here", issuances), ("in_no_ledger", unattributed)):
        out.extend(
            Difference(code, i.document_number, i.request_id)
            for i in rows
            if i.document_number not in numbers
        )
    return out
