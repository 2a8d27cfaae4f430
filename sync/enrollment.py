"""This workstation's own signing key: made here, kept in the system keyring, enrolled at
the central server and certified there once a shift supervisor of the center approves.

The private key never leaves the keyring entry it is made in (no file, no log, no call to
the server); the server gets the public half. The certificate is kept beside it, so the
workstation signs offline once it has been approved. A key the server says was revoked,
or whose certificate has run out, is replaced by a new one, which waits for approval.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pydantic import ValidationError

from clerk_desk.api import Enrollment, EnrollmentStatus, WorkstationCertificate
from clerk_desk.certificates import b64url, unb64url
from sync.client import CentralClient, ServerError
from sync.credentials import TokenStore

log = logging.getLogger(__name__)


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SigningKey:
    """Where this workstation's key stands.

    ``status`` None: the server has not said (offline, or the keyring cannot keep a key).
    ``seed`` is the private key (raw 32 bytes, base64url): kept out of ``repr``.
    """

    workstation: str
    seed: str = field(repr=False)
    public_key: str
    key_id: str | None = None
    status: EnrollmentStatus | None = None
    certificate: WorkstationCertificate | None = None

    @property
    def approved(self) -> bool:
        return self.certificate is not None and self.status is not EnrollmentStatus.REVOKED


def _public_of(seed: str) -> str:
    private = Ed25519PrivateKey.from_private_bytes(unb64url(seed))
    return b64url(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def new_seed() -> str:
    private = Ed25519PrivateKey.generate()
    return b64url(private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


class WorkstationKey:
    """Enrolls this workstation's key and keeps its certificate (blocking calls: run them
    off the GUI thread)."""

    def __init__(
        self,
        client: CentralClient,
        tokens: TokenStore,
        workstation: str,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.client = client
        self.tokens = tokens
        self.workstation = workstation
        self.clock = clock

    @property
    def secret_name(self) -> str:
        # By workstation name alone: the key is found offline, whatever server is set.
        return f"workstation-key:{self.workstation}"

    def kept(self) -> SigningKey | None:
        """The key in the keyring, as last heard from the server; None without one."""
        text = self.tokens.load_secret(self.secret_name)
        if text is None:
            return None
        try:
            kept = json.loads(text)
            seed = str(kept["seed"])
            certificate = kept.get("certificate")
            status = kept.get("status")
            return SigningKey(
                workstation=self.workstation,
                seed=seed,
                public_key=_public_of(seed),
                key_id=kept.get("key_id"),
                status=EnrollmentStatus(status) if status else None,
                certificate=(
                    WorkstationCertificate.model_validate(certificate) if certificate else None
                ),
            )
        except (ValueError, KeyError, TypeError, ValidationError):
            log.warning("the workstation key in the keyring is damaged: a new one is made")
            return None

    def _keep(self, key: SigningKey) -> bool:
        text = json.dumps(
            {
                "seed": key.seed,
                "key_id": key.key_id,
                "status": key.status.value if key.status else None,
                "certificate": key.certificate.model_dump(mode="json") if key.certificate else None,
            }
        )
        return self.tokens.save_secret(self.secret_name, text) and (
            self.tokens.load_secret(self.secret_name) == text
        )

    def _fresh(self) -> SigningKey | None:
        seed = new_seed()
        key = SigningKey(self.workstation, seed, _public_of(seed))
        if not self._keep(key):
            log.warning("the keyring did not keep the workstation key: documents cannot be signed")
            return None
        log.info("made a new workstation key")
        return key

    def _spent(self, key: SigningKey) -> bool:
        """Revoked, or its certificate has run out: a new key is needed."""
        if key.status is EnrollmentStatus.REVOKED:
            return True
        return key.certificate is not None and key.certificate.not_after <= self.clock()

    def refresh(self) -> SigningKey | None:
        """Make the key if there is none (or a new one for a spent key), submit it to the
        server, and keep what the server says (the certificate once approved).

        Offline (or refused), the key as last kept. None only when the keyring cannot keep
        a key.
        """
        key = self.kept()
        if key is None or self._spent(key):
            key = self._fresh()
            if key is None:
                return None
        try:
            answer = self.client.enroll(self.workstation, key.public_key)
            if answer.status is EnrollmentStatus.REVOKED:
                log.info("workstation key %s was revoked: a new one is enrolled", answer.key_id)
                key = self._fresh()
                if key is None:
                    return None
                answer = self.client.enroll(self.workstation, key.public_key)
        except ServerError as exc:
            log.info("workstation key not enrolled now: %s", type(exc).__name__)
            return key
        return self._heard(key, answer)

    def _heard(self, key: SigningKey, answer: Enrollment) -> SigningKey:
        heard = SigningKey(
            workstation=self.workstation,
            seed=key.seed,
            public_key=key.public_key,
            key_id=answer.key_id,
            status=answer.status,
            certificate=answer.certificate,
        )
        if heard != key:
            self._keep(heard)
        return heard


class KeyEnroller:
    """This workstation's key as the session's use cases ask for it
    (``clerk_desk.ports.session.KeyEnrollment``): the workstation is named at each refresh,
    as its name can change in the preferences."""

    def __init__(self, client: CentralClient, tokens: TokenStore) -> None:
        self.client = client
        self.tokens = tokens

    def refresh(self, workstation: str) -> SigningKey | None:
        return WorkstationKey(self.client, self.tokens, workstation).refresh()
