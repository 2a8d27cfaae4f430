"""This workstation's signing key, as the use cases see it.

``printing.verification.DocumentSigner`` implements it (the key kept in the keyring and the
certificate the center signed for it); the session's use cases make it ready, the paper's
use cases hand it to the renderer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from clerk_desk.api import WorkstationCertificate


class Signer(Protocol):
    """Signs the verification code a document carries."""

    @property
    def certificate(self) -> WorkstationCertificate: ...

    def valid_at(self, at: datetime) -> bool:
        """Whether the certificate is valid at ``at`` (a document signed outside it is not)."""
        ...
