"""This workstation's signing key, as the use cases see it.

``printing.verification.DocumentSigner`` implements it (the key kept in the keyring and the
certificate the center signed for it); the session's use cases make it ready, the paper's
use cases hand it to the renderer, which asks it for the verification code of the facts
it prints (``SignedFacts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from clerk_desk.api import WorkstationCertificate


@dataclass(frozen=True)
class SignedFacts:
    """The key facts of one document, as its verification code carries them."""

    document_number: str
    center_code: str
    issued_on: date
    request_id: str
    service_code: str
    national_number: str
    full_name: str

    def fields(self) -> list[str]:
        return [
            self.document_number,
            self.center_code,
            self.issued_on.isoformat(),
            self.request_id,
            self.service_code,
            self.national_number,
            self.full_name,
        ]

    @classmethod
    def of(cls, fields: list[str]) -> SignedFacts:
        """The inverse of :meth:`fields`; ValueError when a field is malformed."""
        return cls(
            document_number=fields[0],
            center_code=fields[1],
            issued_on=date.fromisoformat(fields[2]),
            request_id=fields[3],
            service_code=fields[4],
            national_number=fields[5],
            full_name=fields[6],
        )


class Signer(Protocol):
    """Signs the verification code a document carries."""

    @property
    def certificate(self) -> WorkstationCertificate: ...

    @property
    def key_id(self) -> str: ...

    def valid_at(self, at: datetime) -> bool:
        """Whether the certificate is valid at ``at`` (a document signed outside it is not)."""
        ...

    def payload(self, facts: SignedFacts) -> str:
        """The verification code's text for ``facts``, signed now (ValueError when the
        certificate is not of their center or not valid now)."""
        ...
