"""Codes of the format documents were printed in before workstation keys (``CD1``),
signed by the center's key itself: the workstation no longer makes them, but such
documents are in citizens' hands and must keep verifying."""

from __future__ import annotations

from clerk_desk.certificates import b64url
from printing.verification import CenterKey, SignedFacts


def center_signed_payload(center_key: CenterKey, facts: SignedFacts) -> str:
    message = "|".join(["CD1", center_key.key_id, *facts.fields()])
    signature = center_key.private_key.sign(message.encode("utf-8"))
    return f"{message}|{b64url(signature)}"
