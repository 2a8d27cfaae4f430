"""The rules of a decision, one engine for both sides.

The workstation checks them first, for the clerk's sake (``clerk_desk.workflow``); the
central server checks them again with this same code, from its own copy of the request and
its own registry record (``central.decision_check``), and never takes the workstation's
comparison for it. Each side computes the comparison itself, here; nothing that decides
takes a :class:`~clerk_desk.comparison.Comparison` from its caller.

The messages are refusal templates (``clerk_desk.refusals``): the server answers a broken
rule with the catalogue's code, the workstation says the same sentence in the clerk's
language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from clerk_desk.comparison import Comparison, Verdict, compare_records
from clerk_desk.fields import PersonField
from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError
from clerk_desk.payments import PaymentState
from clerk_desk.services import service

MISMATCH = QT_TRANSLATE_NOOP("Rules", "the submitted data does not match the registry; reject it")
UNACKNOWLEDGED = QT_TRANSLATE_NOOP(
    "Rules", "confirm each spelling variant before accepting: {names}"
)
UNPAID = QT_TRANSLATE_NOOP(
    "Rules", "the citizen's fee for this request is not in the paid state: it cannot be accepted"
)


class DecisionRefused(ExplainedError):
    """A decision the rules do not allow; its template is a refusal of the catalogue."""


def registry_as_text(record: Mapping[str, Any]) -> dict[str, str | None]:
    """A registry record (``RegistryRecord.model_dump(mode="json")``) as the comparison's
    text fields: dates in ISO form, the gender's code, absent values ``None``."""
    return {
        f.value: (str(record[f.value]) if record.get(f.value) is not None else None)
        for f in PersonField
    }


def compare_with_registry(
    service_code: str, submitted: Mapping[str, str | None], record: Mapping[str, Any]
) -> Comparison:
    """What the citizen submitted against the registry record, on the fields the service
    checks. ``submitted``: the request's subject as submitted (``SubmittedPerson``)."""
    fields = {f.value: submitted.get(f.value) for f in PersonField}
    return compare_records(fields, registry_as_text(record), service(service_code).checked_fields)


def check_acceptance(
    comparison: Comparison, acknowledged: Iterable[PersonField | str]
) -> frozenset[PersonField]:
    """Refuse an acceptance the comparison does not allow; return the acknowledged fields.

    A mismatch cannot be accepted; every field that is only equivalent (a spelling
    variant) must be among ``acknowledged`` (the fields the clerk ticked).
    """
    if comparison.verdict is Verdict.MISMATCH:
        raise DecisionRefused(MISMATCH)
    ticked = frozenset(PersonField(f) for f in acknowledged)
    missing = set(comparison.equivalent_fields) - ticked
    if missing:
        raise DecisionRefused(UNACKNOWLEDGED, names=field_names(missing))
    return ticked


def check_paid(payment_state: str | None) -> None:
    """Refuse an acceptance of a request whose payment is not in the paid state (a refund
    ordered or made, a payment the gateway reversed). ``None``: no payment known (a request
    from a server older than payments, stored before the field); the server, which holds
    every payment it verified, checks it again."""
    if payment_state is not None and PaymentState(payment_state) is not PaymentState.PAID:
        raise DecisionRefused(UNPAID)


def field_names(fields: Iterable[PersonField]) -> str:
    """Field codes for a message, in a stable order (the interface says each by its label)."""
    return ", ".join(sorted(PersonField(f).value for f in fields))
