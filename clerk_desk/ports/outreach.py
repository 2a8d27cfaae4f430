"""What the story after the counter asks of the central server: the post's tracking events
of a request's envelope and the messages the citizen was sent about it."""

from __future__ import annotations

from typing import Protocol

from clerk_desk.api_outreach import NotificationList, PostEventList


class OutreachLink(Protocol):
    """``sync.client.CentralClient`` satisfies it; the sync worker runs each call."""

    def post_events(self, request_id: str) -> PostEventList:
        """The post's events of the request's envelope, in the order they happened."""
        ...

    def notifications(self, request_id: str) -> NotificationList:
        """The SMS the citizen was sent about the request, and whether each arrived."""
        ...
