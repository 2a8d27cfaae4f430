"""The contract between the workstation and the central server.

One module of request/response models, imported by ``central`` (to serve it) and by
``sync`` (to validate what comes back). The server's OpenAPI document is generated
from these models, so the two sides cannot drift apart silently.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from clerk_desk.api_family import FamilyRecord
from clerk_desk.api_payments import Payment
from clerk_desk.bounds import (
    MAX_INT,
    bounded_json,
    in_range,
    iso_text,
)
from clerk_desk.fields import PersonField
from clerk_desk.national_number import parse_national_number
from clerk_desk.plain_text import check_plain_text, check_unicode
from clerk_desk.reasons import REASONS
from clerk_desk.services import SERVICES, ServiceClass
from clerk_desk.states import RequestState

API_PREFIX = "/api/v1"

# Bodies larger than this are refused before they are parsed.
MAX_BODY_BYTES = 1_000_000

# ``GET /requests/{id}/issued-document``: a slow service's document as its issuing body
# sent it. It is a PDF (this media type, starting with ``%PDF-``) of at most this size; the
# workstation refuses anything else.
ISSUED_DOCUMENT_MEDIA_TYPE = "application/pdf"
MAX_ISSUED_DOCUMENT_BYTES = 20_000_000

# ``GET /requests/{id}/attachments/{attachment_id}``: a paper the citizen attached on the
# portal (an identity card's copy, a power of attorney). Only these media types, each
# recognised by its first bytes, up to this size and this many per request; the workstation
# refuses anything else, and checks the bytes against the SHA-256 the request announced.
ATTACHMENT_SIGNATURES: dict[str, bytes] = {
    "application/pdf": b"%PDF-",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
}
MAX_ATTACHMENT_BYTES = 5_000_000
MAX_ATTACHMENTS = 10


def _known_service(code: str) -> str:
    if code not in SERVICES:
        raise ValueError(f"unknown service code {code!r}")
    return code


def _known_reason(code: str) -> str:
    if code not in REASONS:
        raise ValueError(f"unknown rejection reason code {code!r}")
    return code


def _lines(text: str) -> str:
    return check_plain_text(text, multiline=True)


NationalNumber = Annotated[str, AfterValidator(parse_national_number)]
ServiceCode = Annotated[str, AfterValidator(_known_service)]
ReasonCode = Annotated[str, AfterValidator(_known_reason)]
ShortText = Annotated[str, Field(max_length=200)]
# Text a person reads (see clerk_desk.plain_text): one line, or several.
OneLine = Annotated[str, AfterValidator(check_plain_text)]
Lines = Annotated[str, AfterValidator(_lines)]
Note = Annotated[Lines, Field(max_length=2000)]
Name = Annotated[OneLine, Field(min_length=1, max_length=200)]
# Free-form JSON, bounded (see clerk_desk.bounds).
FreeJson = Annotated[dict[str, Any], AfterValidator(bounded_json)]
# A time the server takes (a query's, an audit entry's): with its zone, in range.
Moment = Annotated[datetime, BeforeValidator(iso_text), AfterValidator(in_range)]
AwareMoment = Annotated[AwareDatetime, BeforeValidator(iso_text), AfterValidator(in_range)]
RowId = Annotated[int, Field(ge=1, le=MAX_INT)]
Count = Annotated[int, Field(ge=0, le=MAX_INT)]
# A workstation's name (the configuration's is a few letters and digits): no space, no
# line break, nothing a log line or a supervisor's history would show differently.
WorkstationName = Annotated[str, Field(max_length=40, pattern=r"^[A-Za-z0-9._-]*$")]
IdempotencyKey = Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
RequestId = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Z0-9-]+$")]
Sha256Hex = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Incoming(BaseModel):
    """What the server receives: unknown keys are refused, not ignored, and so is a lone
    surrogate anywhere in it (a ``\\ud800`` escape decodes to one): it is no text, and
    could be neither stored nor hashed nor answered."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _unicode(cls, data: object) -> object:
        return check_unicode(data)


class Outgoing(BaseModel):
    """What the workstation receives: a newer server may add keys.

    Times are ``AwareDatetime``: one without a time zone is refused here, at the edge, and
    not later by the local store (which would fail the whole pull with a database error).
    """

    model_config = ConfigDict(extra="ignore", frozen=True)


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"


class DeliveryMethod(StrEnum):
    POST = "post"
    PICKUP = "pickup"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


# --- log-in -------------------------------------------------------------------------


class LoginIn(Incoming):
    username: Annotated[OneLine, Field(max_length=200)]
    password: Annotated[str, Field(min_length=1, max_length=200)]
    workstation: WorkstationName = ""


class Center(Outgoing):
    code: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    name_ar: ShortText
    name_en: ShortText
    address_ar: ShortText
    city_ar: ShortText


class User(Outgoing):
    username: ShortText
    full_name: ShortText
    role: Role
    center: Center


class LoginOut(Outgoing):
    token: str
    expires_at: AwareDatetime
    user: User


class PasswordChangeIn(Incoming):
    """``POST /password``: the caller's own password, the current one to prove it."""

    old_password: Annotated[str, Field(min_length=1, max_length=200)]
    new_password: Annotated[str, Field(min_length=1, max_length=200)]


SecurityEventKind = Literal["locked", "unlocked", "password_changed"]


class SecurityEvent(Outgoing):
    """A lock-out, its lifting or a password change of an account of the center."""

    id: Annotated[int, Field(ge=1)]
    kind: SecurityEventKind
    username: ShortText  # whose account
    by: ShortText = ""  # who did it; "" for the server itself (a lock-out)
    failures: Annotated[int, Field(ge=0)] = 0  # failed log-ins that led to a lock-out
    at: AwareDatetime


class SecurityEventList(Outgoing):
    """``GET /security-events``: the center's newest events first."""

    items: Annotated[list[SecurityEvent], Field(max_length=500)]


# --- verification keys ----------------------------------------------------------------

KeyId = Annotated[str, Field(pattern=r"^[A-Z]{3}-[0-9]{1,6}$")]
Base64Url32 = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{43}$")]  # 32 bytes, unpadded


class CenterPublicKey(Outgoing):
    """A center's Ed25519 public key, by which its documents' verification codes are checked."""

    center_code: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    key_id: KeyId
    algorithm: Literal["Ed25519"] = "Ed25519"
    public_key: Base64Url32  # the raw 32-byte key, base64url


CenterCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
# A workstation's key, numbered in its center: DAM-W3 (a center's own keys are DAM-1).
WorkstationKeyId = Annotated[str, Field(pattern=r"^[A-Z]{3}-W[0-9]{1,6}$")]
EnrolledWorkstation = Annotated[str, Field(pattern=r"^[A-Za-z0-9]{1,20}$")]
Base64Url64 = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{86}$")]  # 64 bytes, unpadded


class WorkstationCertificate(Outgoing):
    """The center's signature over a workstation's public key (``clerk_desk.certificates``).

    Every document the workstation signs carries these fields in its verification code.
    """

    center_key_id: KeyId  # the center key that signed
    center_code: CenterCode
    key_id: WorkstationKeyId
    workstation: EnrolledWorkstation
    public_key: Base64Url32  # the workstation's raw 32-byte Ed25519 key, base64url
    not_before: AwareDatetime
    not_after: AwareDatetime
    signature: Base64Url64  # Ed25519 by the center key over certificate_text()


class Revocation(Outgoing):
    """A workstation cut off: what it signs from ``revoked_at`` on does not verify."""

    key_id: WorkstationKeyId
    center_code: CenterCode
    workstation: EnrolledWorkstation
    revoked_at: AwareDatetime


class CenterKeys(Outgoing):
    """``GET /centers/keys``: every center's public keys, old ones included, the workstation
    certificates they signed and the revocations (no auth). ``as_of``: the server's time
    when it answered, so a saved copy says how fresh its revocations are."""

    keys: list[CenterPublicKey]
    certificates: list[WorkstationCertificate] = []
    revocations: list[Revocation] = []
    as_of: AwareDatetime | None = None


class EnrollmentStatus(StrEnum):
    PENDING = "pending"  # waiting for a shift supervisor's approval: the workstation cannot print
    APPROVED = "approved"  # certified: it signs its documents
    REVOKED = "revoked"  # cut off (or declined before approval, or replaced by a newer key)


class EnrollmentIn(Incoming):
    """``POST /workstations/enrollments``: a workstation's new public key, to be approved.

    The private key never leaves the workstation's keyring.
    """

    workstation: EnrolledWorkstation
    public_key: Base64Url32


class Enrollment(Outgoing):
    """A workstation's key and where it stands; ``certificate`` once approved."""

    key_id: WorkstationKeyId
    center_code: CenterCode
    workstation: EnrolledWorkstation
    public_key: Base64Url32
    status: EnrollmentStatus
    requested_by: ShortText
    requested_at: AwareDatetime
    approved_by: ShortText | None = None
    approved_at: AwareDatetime | None = None
    revoked_by: ShortText | None = None
    revoked_at: AwareDatetime | None = None
    certificate: WorkstationCertificate | None = None


class EnrollmentList(Outgoing):
    """A center's workstation keys: pending ones first."""

    items: list[Enrollment]


# --- requests -------------------------------------------------------------------------


class SubmittedPerson(Outgoing):
    """What the citizen typed on the portal: free text, compared later, never trusted."""

    national_number: ShortText
    first_name: ShortText | None = None
    father_name: ShortText | None = None
    mother_name: ShortText | None = None
    last_name: ShortText | None = None
    birth_date: ShortText | None = None
    birth_place: ShortText | None = None
    gender: ShortText | None = None


class Delivery(Outgoing):
    method: DeliveryMethod
    recipient_name: ShortText
    address_ar: ShortText = ""  # street and building, for post
    city_ar: ShortText = ""
    phone: Annotated[str, Field(max_length=20)] = ""


class AttachmentKind(StrEnum):
    ID_CARD = "id_card"  # صورة البطاقة الشخصية
    FAMILY_BOOKLET = "family_booklet"  # صورة دفتر العائلة
    POWER_OF_ATTORNEY = "power_of_attorney"  # وكالة
    OTHER = "other"


def _kind_or_other(value: object) -> object:
    """A kind this workstation does not know yet (a newer portal's) is shown as "other",
    rather than refusing the whole request over it."""
    known = {kind.value for kind in AttachmentKind}
    return value if not isinstance(value, str) or value in known else AttachmentKind.OTHER.value


class Attachment(Outgoing):
    """A paper the citizen attached to the request, announced with its size and digest."""

    id: RowId
    kind: Annotated[AttachmentKind, BeforeValidator(_kind_or_other)]
    filename: ShortText
    media_type: Literal["application/pdf", "image/png", "image/jpeg"]
    size: Annotated[int, Field(ge=1, le=MAX_ATTACHMENT_BYTES)]
    sha256: Sha256Hex


class RequestOut(Outgoing):
    id: RequestId
    service_code: ServiceCode
    service_class: ServiceClass
    center_code: str
    status: RequestState
    requester_name: ShortText
    relation_ar: ShortText = ""  # the requester's relation to the subject, if not themself
    subject: SubmittedPerson
    delivery: Delivery
    submitted_at: AwareDatetime
    assigned_at: AwareDatetime
    updated_at: AwareDatetime
    claimed_by: str | None = None
    lease_expires_at: AwareDatetime | None = None
    # When a shelved envelope was handed over (collected; an older server: awaiting_pickup).
    collected_at: AwareDatetime | None = None
    shelf_slot: str | None = None  # where it waits for pickup (clerk_desk.shelf)
    shelved_at: AwareDatetime | None = None
    attachments: Annotated[list[Attachment], Field(max_length=MAX_ATTACHMENTS)] = Field(
        default_factory=list
    )
    # The fee paid (clerk_desk.api_payments); None from a server older than payments.
    payment: Payment | None = None


class RequestPage(Outgoing):
    items: list[RequestOut]
    cursor: str  # pass back as ``since`` to receive only what changed after this page
    more: bool = False


# --- civil registry -----------------------------------------------------------------


class RegistryRecord(Outgoing):
    """A person's record in the civil registry (السجل المدني)."""

    national_number: NationalNumber
    first_name: ShortText
    father_name: ShortText
    mother_name: ShortText
    last_name: ShortText
    birth_date: date
    birth_place: ShortText
    gender: Gender
    registry_office_ar: ShortText = ""  # أمانة السجل المدني
    record_ref: ShortText = ""  # محل ورقم القيد
    marital_status_ar: ShortText = ""
    # The family record the subject is in, for a service that prints it (the family
    # extract); None from a server older than families, or for any other service.
    family: FamilyRecord | None = None

    @model_validator(mode="after")
    def _subject_in_family(self) -> RegistryRecord:
        if self.family is None:
            return self
        own = [m for m in self.family.members if m.national_number == self.national_number]
        if not own:
            raise ValueError("the subject is not a member of the family record sent with it")
        if (own[0].first_name, own[0].last_name, own[0].birth_date) != (
            self.first_name,
            self.last_name,
            self.birth_date,
        ):
            raise ValueError("the subject's entry in the family record is not the subject's")
        return self


RegistryAnswer = Literal["found", "not_found", "refused", "invalid"]


class ClaimOut(Outgoing):
    """The lease on a request; asked ``with_registry``, also the subject's civil-registry
    record in the same round trip (``registry_answer`` "found" or "not_found"; ``None``
    from a server that was not asked, or is older than the field)."""

    request_id: RequestId
    claimed_by: str
    lease_expires_at: AwareDatetime
    registry: RegistryRecord | None = None
    registry_answer: Literal["found", "not_found"] | None = None


class RegistryLookup(Outgoing):
    """One civil-registry look-up as the server recorded it, allowed or refused: who, from
    which workstation, whose number, for which request, when, and the answer."""

    at: AwareDatetime
    username: ShortText
    workstation: ShortText = ""
    national_number: Annotated[str, Field(max_length=11)] = ""  # "" when it was malformed
    request_id: RequestId | None = None
    answer: RegistryAnswer


class RefusedDecision(Outgoing):
    """A decision the server refused by the core's rules: who tried, from which
    workstation, on which request, what outcome, why (the refusal's code), when."""

    at: AwareDatetime
    username: ShortText
    workstation: ShortText = ""
    request_id: RequestId
    outcome: Literal["accept", "reject"]
    code: ShortText  # of clerk_desk.refusals: decision_mismatch, no_registry_lookup, …


class ClerkLookups(Outgoing):
    clerk: ShortText
    full_name: ShortText = ""
    lookups: int = 0
    without_decision: int = 0  # look-ups not followed by this clerk's decision of the request
    refused: int = 0
    refused_decisions: int = 0  # decisions the server refused by the rules, in the period
    items: list[RegistryLookup] = Field(default_factory=list)  # those without a decision


class LookupReport(Outgoing):
    """``GET /registry-lookups``: per clerk of the supervisor's center, the look-ups in the
    period and those that led to no decision."""

    center_code: str
    since: AwareDatetime
    until: AwareDatetime
    clerks: list[ClerkLookups]


# --- decisions, issuance, review ------------------------------------------------------


class DecisionIn(Incoming):
    idempotency_key: IdempotencyKey
    outcome: Literal["accept", "reject"]
    reason_code: ReasonCode | None = None
    reason_text: Note = ""  # the citizen reads it
    # What the workstation saw: kept beside the server's own evidence, never decided on.
    comparison: FreeJson = Field(default_factory=dict)
    registry_snapshot: FreeJson = Field(default_factory=dict)
    # The spelling variants the clerk confirmed. Absent (a workstation older than the field):
    # an acceptance with a spelling variant is refused, saying so.
    acknowledged_fields: Annotated[list[PersonField], Field(max_length=len(PersonField))] | None = (
        None
    )


class IssuanceIn(Incoming):
    idempotency_key: IdempotencyKey
    document_number: Annotated[OneLine, Field(min_length=1, max_length=40)]
    tracking_number: Annotated[OneLine, Field(max_length=13)] | None = None
    document_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    envelope_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class ReviewIn(Incoming):
    idempotency_key: IdempotencyKey
    outcome: Literal["uphold", "overturn"]
    note: Note = ""  # the clerk reads it


class SealIn(Incoming):
    """``POST /requests/{id}/seal``: the printed envelope is stamped and sealed."""

    idempotency_key: IdempotencyKey


BatchId = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9-]+$")]
MAX_DISPATCH = 500


class DispatchIn(Incoming):
    """``POST /dispatches``: sealed postal envelopes handed to the Syrian Post's courier."""

    idempotency_key: IdempotencyKey
    batch_id: BatchId
    courier_name: Name
    request_ids: Annotated[list[RequestId], Field(min_length=1, max_length=MAX_DISPATCH)]

    @field_validator("request_ids")
    @classmethod
    def _no_repeats(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a request appears twice in the dispatch")
        return value


class DispatchOut(Outgoing):
    """The answer to a dispatch; a repeated key gets the same answer."""

    batch_id: BatchId
    request_ids: list[RequestId]
    status: RequestState
    recorded_at: AwareDatetime


class ActionOut(Outgoing):
    """The answer to a decision, issuance or review; repeated keys get the same answer."""

    request_id: RequestId
    status: RequestState
    recorded_at: AwareDatetime


MAX_AUDIT_UPLOAD = 500


class AuditEntryIn(Incoming):
    """One entry of a workstation's audit chain, exactly as stored there (hash and all).

    Entries name request ids, user names and actions; no national number or name.
    """

    id: RowId
    at: AwareMoment
    actor: Annotated[OneLine, Field(max_length=200)]
    workstation: Annotated[OneLine, Field(max_length=200)]
    request_id: Annotated[OneLine | None, Field(max_length=40)] = None
    action: Annotated[OneLine, Field(min_length=1, max_length=40)]
    detail: FreeJson = Field(default_factory=dict)
    prev_hash: Sha256Hex
    hash: Sha256Hex


class AuditUploadIn(Incoming):
    """``POST /audit``: the entries of the chain from the server's head on, in order.

    ``count``: how many entries the workstation's log holds now (a long log goes in several
    uploads). The first entry is the server's head itself (or the first entry of all), so
    the server sees the chain continue.
    """

    count: RowId
    entries: Annotated[list[AuditEntryIn], Field(min_length=1, max_length=MAX_AUDIT_UPLOAD)]


class AuditHeadOut(Outgoing):
    """The newest audit entry the server holds for the caller's workstation (0: none)."""

    workstation: str
    entry_id: Count
    hash: Sha256Hex
    count: Count
    received_at: AwareDatetime | None = None


class RejectionOut(Outgoing):
    request: RequestOut
    reason_code: str
    reason_text: str
    decided_by: str
    decided_at: AwareDatetime
    decided_by_name: str = ""  # the clerk's full name: the supervisor reads people by name
    comparison: dict[str, Any] = Field(default_factory=dict)  # the server's own
    registry_snapshot: dict[str, Any] = Field(default_factory=dict)  # the server's own
    workstation_comparison: dict[str, Any] = Field(default_factory=dict)  # as it was sent
    lookups: list[RegistryLookup] = Field(default_factory=list)
    refused_attempts: list[RefusedDecision] = Field(default_factory=list)


class RejectionList(Outgoing):
    items: list[RejectionOut]


MAX_REFUSAL_VALUES = 16
MAX_REFUSAL_VALUE_LENGTH = 200


class ErrorOut(Outgoing):
    """The body of every refusal the server answers itself (4xx, and its own 500).

    ``detail`` is the English sentence, for logs, curl users and workstations older than
    the codes; for a 422 of a body or query refused in validation (``invalid_input``,
    ``unsafe_text``, ``data_out_of_bounds`` …) it is the list of validation errors, without
    the input they refused.
    ``code`` is a key of :data:`clerk_desk.refusals.REFUSALS` and ``values`` (text only)
    fill its template, so the workstation says the refusal in the clerk's language. A
    workstation that does not know the code, or finds the values wrong, shows the detail.
    """

    detail: str | list[dict[str, Any]]
    code: Annotated[str, Field(max_length=40, pattern=r"^[a-z][a-z0-9_]*$")] | None = None
    values: Annotated[
        dict[
            Annotated[str, Field(max_length=40)],
            Annotated[str, Field(max_length=MAX_REFUSAL_VALUE_LENGTH)],
        ],
        Field(max_length=MAX_REFUSAL_VALUES),
    ] = Field(default_factory=dict)


# The supervisor's models live in clerk_desk.api_supervision; they are part of this contract.
from clerk_desk.api_pickup import CollectedIn as CollectedIn  # noqa: E402
from clerk_desk.api_pickup import CollectorIn as CollectorIn  # noqa: E402
from clerk_desk.api_pickup import PickupReadyIn as PickupReadyIn  # noqa: E402
from clerk_desk.api_supervision import AcceptanceOut as AcceptanceOut  # noqa: E402
from clerk_desk.api_supervision import AcceptanceSample as AcceptanceSample  # noqa: E402
from clerk_desk.api_supervision import ClerkFigures as ClerkFigures  # noqa: E402
from clerk_desk.api_supervision import DashboardOut as DashboardOut  # noqa: E402
from clerk_desk.api_supervision import HistoryEntry as HistoryEntry  # noqa: E402
from clerk_desk.api_supervision import Notice as Notice  # noqa: E402
from clerk_desk.api_supervision import NoticeKind as NoticeKind  # noqa: E402
from clerk_desk.api_supervision import NoticeList as NoticeList  # noqa: E402
from clerk_desk.api_supervision import RequestHistory as RequestHistory  # noqa: E402
from clerk_desk.api_supervision import SecondLook as SecondLook  # noqa: E402
from clerk_desk.api_supervision import SecondLookIn as SecondLookIn  # noqa: E402
from clerk_desk.api_supervision import SecondLookOutcome as SecondLookOutcome  # noqa: E402
