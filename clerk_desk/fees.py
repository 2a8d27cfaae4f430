"""The fee catalogue: what each service costs the citizen, in Syrian pounds, by date.

The catalogue is data (``resources/fees.json``): the ministry changes a fee by adding an
entry with the moment it takes effect, never by editing an old one. A request pays the fee
in force when it was submitted: a change applies to requests submitted at or after its
moment, never to older ones. Read once, validated, refused loudly if malformed.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from clerk_desk.services import SERVICES
from resources import FEES_FILE

# The largest fee the catalogue may hold (a typo of three extra zeros is refused).
MAX_FEE = 10_000_000


@dataclass(frozen=True, slots=True)
class Fee:
    service: str
    amount: int  # Syrian pounds, whole
    effective_from: datetime  # aware: the first moment this amount applies


class FeeCatalogueError(ValueError):
    pass


class NoFee(LookupError):
    """No fee was in force for the service at that moment (before its first entry)."""


def _entry(path: Path, number: int, entry: Any) -> Fee:
    keys = {"service", "amount", "from"}
    if not isinstance(entry, dict) or set(entry) != keys:
        raise FeeCatalogueError(f"{path}: fee {number} must have exactly {sorted(keys)}")
    service, amount, start = entry["service"], entry["amount"], entry["from"]
    if service not in SERVICES:
        raise FeeCatalogueError(f"{path}: fee {number} names an unknown service {service!r}")
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_FEE:
        raise FeeCatalogueError(f"{path}: fee {number} needs a whole amount in 1..{MAX_FEE}")
    try:
        moment = datetime.fromisoformat(start) if isinstance(start, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise FeeCatalogueError(f"{path}: fee {number} needs 'from' as a time with its zone")
    return Fee(service, amount, moment)


def load_fees(path: Path = FEES_FILE) -> dict[str, tuple[Fee, ...]]:
    """Each service's fees, oldest first; every service of the catalogue has one."""
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeeCatalogueError(f"{path}: the fee catalogue cannot be read ({exc})") from exc
    if not isinstance(raw, dict) or raw.get("currency") != "SYP":
        raise FeeCatalogueError(f"{path}: expected an object with currency 'SYP'")
    entries = raw.get("fees")
    if not isinstance(entries, list) or not entries:
        raise FeeCatalogueError(f"{path}: expected a non-empty 'fees' list")
    by_service: dict[str, list[Fee]] = {}
    for number, entry in enumerate(entries, 1):
        fee = _entry(path, number, entry)
        by_service.setdefault(fee.service, []).append(fee)
    missing = sorted(set(SERVICES) - set(by_service))
    if missing:
        raise FeeCatalogueError(f"{path}: no fee for {', '.join(missing)}")
    catalogue: dict[str, tuple[Fee, ...]] = {}
    for service, fees in by_service.items():
        fees.sort(key=lambda fee: fee.effective_from)
        starts = [fee.effective_from for fee in fees]
        if len(set(starts)) != len(starts):
            raise FeeCatalogueError(f"{path}: two fees of {service} take effect at once")
        catalogue[service] = tuple(fees)
    return catalogue


FEES: dict[str, tuple[Fee, ...]] = load_fees()


def fee_for(
    service: str, submitted_at: datetime, catalogue: dict[str, tuple[Fee, ...]] | None = None
) -> int:
    """The fee of ``service`` for a request submitted at ``submitted_at`` (aware): the
    amount of the newest entry in force at that moment (one taking effect exactly then
    applies). Raises :class:`NoFee` before the service's first entry, KeyError for an
    unknown service, ValueError for a naive time."""
    if submitted_at.tzinfo is None:
        raise ValueError("a naive time has no moment: give the submission's time zone")
    fees = (FEES if catalogue is None else catalogue)[service]
    index = bisect_right([fee.effective_from for fee in fees], submitted_at)
    if index == 0:
        raise NoFee(f"no fee of {service} was in force at {submitted_at.isoformat()}")
    return fees[index - 1].amount
