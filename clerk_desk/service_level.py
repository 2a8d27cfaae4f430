"""The service-level clock: how long a request has waited against its class's target."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clerk_desk.services import ServiceClass


@dataclass(frozen=True, slots=True)
class Targets:
    """Minutes a request of each class may wait after assignment before it is late."""

    fast_minutes: int = 60
    slow_minutes: int = 3 * 24 * 60

    def minutes_for(self, service_class: str) -> int:
        return self.fast_minutes if service_class == ServiceClass.FAST else self.slow_minutes


def waited_minutes(assigned_at: datetime, now: datetime) -> int:
    return max(0, int((now - assigned_at).total_seconds() // 60))


def is_late(service_class: str, assigned_at: datetime, now: datetime, targets: Targets) -> bool:
    return waited_minutes(assigned_at, now) > targets.minutes_for(service_class)
