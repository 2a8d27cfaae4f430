"""What the shift supervisor's use cases (``clerk_desk.usecases.supervision``) ask of the
central server; ``sync.client.CentralClient`` is a ``SupervisionLink`` as it is."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from clerk_desk.api import (
    AcceptanceSample,
    DashboardOut,
    LookupReport,
    NoticeList,
    RejectionList,
    RequestHistory,
)
from clerk_desk.api_payments import MoneyOut


class SupervisionLink(Protocol):
    """The center's figures, reviews and notices, as the server keeps them."""

    def dashboard(self, since: datetime, until: datetime | None = None) -> DashboardOut: ...

    def acceptance_sample(self, share: float, since: datetime) -> AcceptanceSample: ...

    def registry_lookups(self, since: datetime) -> LookupReport: ...

    def money(self, since: datetime, until: datetime) -> MoneyOut: ...

    def training_settlement(self, day: date) -> bytes:
        """The day's settlement file from the gateway simulator a training server serves
        beside its API (``Refused`` with status 404 from a server that has none)."""
        ...

    def request_history(self, request_id: str) -> RequestHistory: ...

    def rejections(self) -> RejectionList: ...

    def notices(self) -> NoticeList: ...

    def mark_notice_read(self, notice_id: int) -> None: ...
