"""What the shift's reconciliation asks of the central server (``sync.client.CentralClient``
satisfies it)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from clerk_desk import api
from clerk_desk import number_blocks_api as blocks_api
from clerk_desk.api_ledger import WorkstationLedger


class ReconciliationLink(Protocol):
    def workstation_ledger(
        self, workstation: str, since: datetime, until: datetime
    ) -> WorkstationLedger:
        """What the server knows of ``workstation``'s print ledger for [since, until)."""
        ...

    def workstation_blocks(self, workstation: str) -> blocks_api.BlockList: ...

    def enrollments(self) -> api.EnrollmentList:
        """The center's workstation keys (a supervisor's call)."""
        ...
