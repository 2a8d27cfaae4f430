"""What opening and working a request asks of the central server."""

from __future__ import annotations

from typing import Protocol

from clerk_desk.api import Attachment, ClaimOut, RegistryRecord
from clerk_desk.ports.outreach import OutreachLink


class CounterLink(OutreachLink, Protocol):
    """``sync.client.CentralClient`` satisfies it; the sync worker runs each call. The
    story after the counter (:class:`OutreachLink`) is asked of it too."""

    def claim(self, request_id: str, *, with_registry: bool = False) -> ClaimOut:
        """A lease on the request and, asked ``with_registry``, the subject's registry
        record in the same round trip."""
        ...

    def registry_record(self, national_number: str) -> RegistryRecord:
        """The subject's record, asked on its own (a server older than the claim's record)."""
        ...

    def attachment(self, request_id: str, announced: Attachment) -> bytes:
        """A paper's bytes, checked against what the request announced."""
        ...


class LinkState(Protocol):
    """Whether the server answered last time (``sync.events.EventHub`` keeps it)."""

    @property
    def online(self) -> bool | None:
        """None before the first answer."""
        ...
