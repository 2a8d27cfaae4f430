"""The catalogue of rejection reasons a clerk chooses from.

The catalogue is data (``resources/rejection_reasons.json``): a ministry adds or rewords a
reason without a code change. It is read once, validated, and refused loudly if malformed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clerk_desk.payments import RefundPolicy
from resources import REJECTION_REASONS_FILE


@dataclass(frozen=True, slots=True)
class RejectionReason:
    code: str
    label_ar: str
    label_en: str
    citizen_text_ar: str  # the sentence the citizen reads; the clerk may edit it
    # What a rejection for this reason, once upheld, does with the fee (a partial refund
    # gives back ``refund_share`` percent of it).
    refund: RefundPolicy = RefundPolicy.WHOLE
    refund_share: int = 0


class CatalogueError(ValueError):
    pass


def load_reasons(path: Path = REJECTION_REASONS_FILE) -> dict[str, RejectionReason]:
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"{path}: the rejection reasons cannot be read ({exc})") from exc
    entries = raw.get("reasons") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(f"{path}: expected an object with a non-empty 'reasons' list")
    reasons: dict[str, RejectionReason] = {}
    keys = ("code", "label_ar", "label_en", "citizen_text_ar")
    for number, entry in enumerate(entries, 1):
        if (
            not isinstance(entry, dict)
            or not set(keys) <= set(entry) <= {*keys, "refund", "refund_share"}
            or not all(isinstance(entry[k], str) and entry[k].strip() for k in keys)
        ):
            raise CatalogueError(f"{path}: reason {number} must have non-empty {', '.join(keys)}")
        if entry["code"] in reasons:
            raise CatalogueError(f"{path}: reason code {entry['code']!r} appears twice")
        refund, share = _refund(path, number, entry)
        texts = {k: entry[k] for k in keys}
        reasons[entry["code"]] = RejectionReason(**texts, refund=refund, refund_share=share)
    return reasons


def _refund(path: Path, number: int, entry: dict[str, Any]) -> tuple[RefundPolicy, int]:
    """The reason's refund: whole, none, or partial with its share (1..99 percent)."""
    try:
        policy = RefundPolicy(str(entry.get("refund")))
    except ValueError:
        raise CatalogueError(
            f"{path}: reason {number} must say its refund: whole, partial or none"
        ) from None
    share = entry.get("refund_share")
    if policy is RefundPolicy.PARTIAL:
        if isinstance(share, bool) or not isinstance(share, int) or not 0 < share < 100:
            raise CatalogueError(f"{path}: reason {number}'s partial refund needs a share 1..99")
        return policy, share
    if share is not None:
        raise CatalogueError(f"{path}: reason {number} has a share but no partial refund")
    return policy, 0


REASONS: dict[str, RejectionReason] = load_reasons()


def is_reason_code(code: str) -> bool:
    return code in REASONS
