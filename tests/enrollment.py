"""Approving a workstation's key as its center's shift supervisor, as the tests' fixtures
(and ``clerk-desk demo``) do, so a test workstation prints at once."""

from __future__ import annotations

from sync.client import CentralClient


def approve(server_url: str, key_id: str, supervisor: str = "dam.supervisor") -> None:
    """Approve workstation key ``key_id`` through the HTTP API, as ``supervisor``."""
    client = CentralClient(server_url)
    try:
        client.login(supervisor, "demo")
        client.approve_enrollment(key_id)
    finally:
        client.close()


def approve_desk(desk: object, server_url: str) -> None:
    """Approve the key a logged-in desk enrolled, and let the desk fetch its certificate."""
    from ui.workstation import Workstation

    assert isinstance(desk, Workstation)
    key = desk.session.signing_key
    assert key is not None and key.key_id is not None, "the desk enrolled no key"
    if not key.approved:
        center = desk.center.code.lower()
        approve(server_url, key.key_id, f"{center}.supervisor")
        desk.session.refresh_signing_key()
    assert desk.session.signer is not None
