"""The central server's refusals, and the workstation's own words about the link to it:
one catalogue, imported by the server (to refuse) and by the workstation (to explain).

Each refusal has a stable machine code, the HTTP status the server answers with (``None``
for what the workstation says itself: the server cannot be reached, its answer is
malformed …) and an English template with ``{name}`` placeholders, marked for the
"Rules" context like the core's other messages. The server's error body carries
``detail`` (the English sentence: logs, curl, workstations older than the codes), ``code``
and ``values``; the interface translates the code's template and fills the values in, so
the clerk reads the refusal in the interface's language and not in the server's.

A value is an identifier (a request number, a user name, a count), never an English
phrase that would stay English inside an Arabic sentence. Some names hold a code the
interface translates: ``action`` (a key of :data:`ACTIONS`, whose English phrase fills the
English sentence), ``status``/``target`` (a request state) and ``role``/``your_role``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter

from clerk_desk import decision_rules, national_number, plain_text
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.refusals_numbers import NUMBER_REFUSALS
from clerk_desk.refusals_outreach import OUTREACH_REFUSALS
from clerk_desk.refusals_payments import PAYMENT_REFUSALS
from clerk_desk.refusals_pickup import PICKUP_REFUSALS
from clerk_desk.states import RequestState

# The roles of clerk_desk.api.Role (not imported: the contract module builds on this one).
ROLES = frozenset({"clerk", "supervisor"})


def placeholders(template: str) -> frozenset[str]:
    """The ``{name}`` placeholders of a template."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


@dataclass(frozen=True, slots=True)
class Refusal:
    """One refusal: ``status`` is the server's HTTP status, None for the workstation's own."""

    code: str
    status: int | None
    template: str

    @property
    def names(self) -> frozenset[str]:
        return placeholders(self.template)


# What a role check guards, said as the end of "only a supervisor may …".
ACTIONS: dict[str, str] = {
    "claim": QT_TRANSLATE_NOOP("Rules", "claim a request"),
    "decide": QT_TRANSLATE_NOOP("Rules", "decide a request"),
    "issue": QT_TRANSLATE_NOOP("Rules", "record an issuance"),
    "seal": QT_TRANSLATE_NOOP("Rules", "seal an envelope"),
    "shelve": QT_TRANSLATE_NOOP("Rules", "shelve an envelope for pickup"),
    "collect": QT_TRANSLATE_NOOP("Rules", "hand an envelope to the citizen"),
    "dispatch": QT_TRANSLATE_NOOP("Rules", "hand envelopes to the post"),
    "review": QT_TRANSLATE_NOOP("Rules", "review rejections"),
    "dashboard": QT_TRANSLATE_NOOP("Rules", "see the center's dashboard"),
    "sample": QT_TRANSLATE_NOOP("Rules", "check acceptances"),
    "unlock": QT_TRANSLATE_NOOP("Rules", "unlock an account"),
    "security_events": QT_TRANSLATE_NOOP("Rules", "see the center's log-in events"),
    "list_workstations": QT_TRANSLATE_NOOP("Rules", "see the center's workstation keys"),
    "approve_workstation": QT_TRANSLATE_NOOP("Rules", "approve a workstation's key"),
    "revoke_workstation": QT_TRANSLATE_NOOP("Rules", "revoke a workstation's key"),
    "lookups": QT_TRANSLATE_NOOP("Rules", "see the civil-registry look-ups"),
    "recover_workstation": QT_TRANSLATE_NOOP("Rules", "recover a workstation"),
}

_STATES = frozenset(RequestState)

# Values that are codes, and the codes each may hold: anything else is not believed.
CODED_VALUES: dict[str, frozenset[str]] = {
    "action": frozenset(ACTIONS),
    "status": _STATES,
    "target": _STATES,
    "role": ROLES,
    "your_role": ROLES,
}

# The sentence for a refusal without a known code (an older or newer server, a proxy).
UNEXPLAINED = QT_TRANSLATE_NOOP("Rules", "the central server refused this: {detail}")

# The refusals of a decision by the core's rules (central.decision_check), said for the
# shift supervisor who sees the attempt: the server records a decision refused with one of
# these codes, not one refused for its transport or its input (no lease, no reason …).
DECISION_RULES: dict[str, str] = {
    "decision_mismatch": QT_TRANSLATE_NOOP(
        "Rules", "the civil-registry record contradicts the submitted data"
    ),
    "decision_unacknowledged": QT_TRANSLATE_NOOP("Rules", "spelling variants were not confirmed"),
    "acknowledgement_not_sent": QT_TRANSLATE_NOOP(
        "Rules", "the workstation did not say which spelling variants were confirmed"
    ),
    "no_registry_lookup": QT_TRANSLATE_NOOP(
        "Rules", "the civil-registry record was not fetched under the lease"
    ),
    "payment_not_paid": QT_TRANSLATE_NOOP("Rules", "the request's fee was not in the paid state"),
}


def _catalogue(*refusals: Refusal) -> dict[str, Refusal]:
    by_code = {refusal.code: refusal for refusal in refusals}
    if len(by_code) != len(refusals):
        raise ValueError("a refusal code is declared twice")
    return by_code


REFUSALS: dict[str, Refusal] = _catalogue(
    # --- who is calling ---------------------------------------------------------------
    Refusal(
        "no_token", 401, QT_TRANSLATE_NOOP("Rules", "log in first: this call needs a bearer token")
    ),
    Refusal("unknown_token", 401, QT_TRANSLATE_NOOP("Rules", "unknown token: log in again")),
    Refusal(
        "session_expired", 401, QT_TRANSLATE_NOOP("Rules", "the session has expired: log in again")
    ),
    Refusal("account_disabled", 401, QT_TRANSLATE_NOOP("Rules", "this account is disabled")),
    Refusal("wrong_password", 401, QT_TRANSLATE_NOOP("Rules", "wrong user name or password")),
    Refusal(
        "session_idle",
        401,
        QT_TRANSLATE_NOOP("Rules", "the session was left unused for too long: log in again"),
    ),
    Refusal(
        "session_revoked",
        401,
        QT_TRANSLATE_NOOP(
            "Rules", "the session was ended (logged out, or the password changed): log in again"
        ),
    ),
    Refusal(
        "login_throttled",
        429,
        QT_TRANSLATE_NOOP(
            "Rules", "too many failed log-ins: wait {seconds} seconds before trying again"
        ),
    ),
    Refusal(
        "account_locked",
        423,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this account is locked after too many failed log-ins: a shift supervisor of its "
            "center can unlock it",
        ),
    ),
    Refusal(
        "wrong_old_password", 403, QT_TRANSLATE_NOOP("Rules", "the current password is not right")
    ),
    Refusal(
        "password_too_short",
        422,
        QT_TRANSLATE_NOOP("Rules", "the new password needs at least {min} characters"),
    ),
    Refusal(
        "password_unchanged",
        422,
        QT_TRANSLATE_NOOP("Rules", "the new password is the same as the current one"),
    ),
    Refusal("no_such_user", 404, QT_TRANSLATE_NOOP("Rules", "no user {username}")),
    Refusal(
        "user_other_center",
        403,
        QT_TRANSLATE_NOOP("Rules", "user {username} belongs to another center, not to yours"),
    ),
    Refusal("not_locked", 409, QT_TRANSLATE_NOOP("Rules", "the account {username} is not locked")),
    Refusal(
        "wrong_role",
        403,
        QT_TRANSLATE_NOOP("Rules", "only a {role} may {action}; you are a {your_role}"),
    ),
    Refusal(
        "other_center",
        403,
        QT_TRANSLATE_NOOP(
            "Rules",
            "request {request_id} belongs to center {center}, not to your center {your_center}",
        ),
    ),
    Refusal(
        "other_workstation",
        403,
        QT_TRANSLATE_NOOP(
            "Rules",
            "a clerk sees only their own workstation's ledger, not that of {workstation}",
        ),
    ),
    Refusal(
        "enrollment_other_center",
        403,
        QT_TRANSLATE_NOOP(
            "Rules",
            "workstation key {key_id} belongs to center {center}, not to your center {your_center}",
        ),
    ),
    Refusal(
        "registry_refused",
        403,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the civil registry answers only about the subject of a request you hold "
            "under a live lease: open the request first",
        ),
    ),
    Refusal(
        "audit_actor_not_caller",
        403,
        QT_TRANSLATE_NOOP(
            "Rules",
            "entry {entry} of the audit log of workstation {workstation} was written by "
            "{actor}: only {username}'s own entries can be sent with {username}'s log-in",
        ),
    ),
    Refusal(
        "audit_workstation_not_caller",
        403,
        QT_TRANSLATE_NOOP(
            "Rules",
            "entry {entry} of the audit log names workstation {recorded}, not {workstation}, "
            "the workstation of this log-in",
        ),
    ),
    Refusal(
        "no_workstation",
        422,
        QT_TRANSLATE_NOOP("Rules", "log in with this workstation's name to send its audit log"),
    ),
    # --- what is not there ------------------------------------------------------------
    Refusal("no_such_request", 404, QT_TRANSLATE_NOOP("Rules", "no request {request_id}")),
    Refusal(
        "no_signing_key", 404, QT_TRANSLATE_NOOP("Rules", "center {center} has no signing key")
    ),
    Refusal(
        "no_such_person",
        404,
        QT_TRANSLATE_NOOP("Rules", "no person with this national number in the registry"),
    ),
    Refusal(
        "fast_service",
        404,
        QT_TRANSLATE_NOOP(
            "Rules",
            "request {request_id} is a fast service: the center issues its document, "
            "no issuing body sends one",
        ),
    ),
    Refusal(
        "not_yet_issued",
        404,
        QT_TRANSLATE_NOOP(
            "Rules",
            "{body} has not answered request {request_id} yet: it cannot be printed until "
            "the body's document arrives",
        ),
    ),
    Refusal(
        "no_such_attachment",
        404,
        QT_TRANSLATE_NOOP("Rules", "request {request_id} has no attachment {attachment_id}"),
    ),
    Refusal("no_such_enrollment", 404, QT_TRANSLATE_NOOP("Rules", "no workstation key {key_id}")),
    Refusal("no_such_notice", 404, QT_TRANSLATE_NOOP("Rules", "you have no notice {notice_id}")),
    # --- the request's state and who works it -----------------------------------------
    Refusal(
        "illegal_transition",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "request {request_id} is {status}: a request cannot go from {status} to {target}",
        ),
    ),
    Refusal(
        "not_claimable",
        409,
        QT_TRANSLATE_NOOP("Rules", "request {request_id} is {status}: it cannot be claimed"),
    ),
    Refusal(
        "already_decided",
        409,
        QT_TRANSLATE_NOOP("Rules", "request {request_id} is {status}: it has already been decided"),
    ),
    Refusal(
        "leased_until",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "request {request_id} is being worked by {holder} ({holder_name}) until {until} UTC",
        ),
    ),
    Refusal(
        "leased_by_other",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "request {request_id} is being worked by {holder} ({holder_name}), not by you"
        ),
    ),
    Refusal(
        "held_by_other",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "request {request_id} is held by {holder}, not by you: nothing to release"
        ),
    ),
    Refusal(
        "not_claimed",
        409,
        QT_TRANSLATE_NOOP("Rules", "claim request {request_id} before recording this"),
    ),
    Refusal(
        "key_reused",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this idempotency key was already used for a different call; "
            "use a new key for a new action",
        ),
    ),
    Refusal(
        "goes_by_post",
        409,
        QT_TRANSLATE_NOOP("Rules", "request {request_id} goes by post: hand it over in a dispatch"),
    ),
    Refusal(
        "for_pickup",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "request {request_id} is for pickup at the center, not for the post"
        ),
    ),
    Refusal(
        "batch_exists",
        409,
        QT_TRANSLATE_NOOP("Rules", "dispatch {batch_id} was already recorded under another key"),
    ),
    Refusal(
        "not_on_shelf",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "request {request_id} is {status}: it is not on the pickup shelf"
        ),
    ),
    Refusal(
        "already_collected",
        409,
        QT_TRANSLATE_NOOP("Rules", "the envelope of request {request_id} was already handed over"),
    ),
    Refusal(
        "no_acceptance",
        409,
        QT_TRANSLATE_NOOP("Rules", "request {request_id} has no acceptance to look at"),
    ),
    Refusal(
        "already_looked_at",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "the acceptance of request {request_id} was already checked by {holder}"
        ),
    ),
    Refusal(
        "enrollment_revoked",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "workstation key {key_id} was revoked: it cannot be approved again; the "
            "workstation enrolls a new key at its next log-in",
        ),
    ),
    Refusal(
        "public_key_in_use",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "this public key is already enrolled as workstation key {key_id}"
        ),
    ),
    # --- a decision the server checks again with the core's rules -----------------------
    Refusal(
        "no_registry_lookup",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "request {request_id} cannot be accepted: you have not fetched its "
            "civil-registry record since you claimed it. Open the request again",
        ),
    ),
    Refusal("decision_mismatch", 409, decision_rules.MISMATCH),
    Refusal("decision_unacknowledged", 409, decision_rules.UNACKNOWLEDGED),
    Refusal(
        "acknowledgement_not_sent",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this workstation did not say which spelling variants the clerk confirmed "
            "({names}): update Clerk Desk, then accept again",
        ),
    ),
    # --- a workstation's audit chain that does not continue the server's copy -----------
    Refusal(
        "audit_entries_deleted",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the audit log of workstation {workstation} now has {count} entries, but the "
            "server already received {held}: entries were deleted",
        ),
    ),
    Refusal(
        "audit_entries_skipped",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the audit log of workstation {workstation} skips entries {first} to {last}: "
            "the server holds up to {held}",
        ),
    ),
    Refusal(
        "audit_count_short",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the audit log of workstation {workstation} says it holds {count} entries, but "
            "sends entry number {entry}",
        ),
    ),
    Refusal(
        "audit_entries_jump",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the audit log of workstation {workstation} jumps from entry {previous} to {entry}",
        ),
    ),
    Refusal(
        "audit_entry_changed",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the audit log of workstation {workstation} has entry {entry} changed: its hash "
            "does not match",
        ),
    ),
    Refusal(
        "audit_chain_broken",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the audit log of workstation {workstation} does not continue at entry {entry}: "
            "it does not link to the entry before it (an entry deleted, reordered or rewritten)",
        ),
    ),
    Refusal(
        "audit_log_rewritten",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the audit log of workstation {workstation} has entry {entry} different from the "
            "copy the server received: the log was rewritten after it was sent",
        ),
    ),
    # --- input the server cannot take -------------------------------------------------
    Refusal("invalid_input", 422, QT_TRANSLATE_NOOP("Rules", "the input is not valid at {field}")),
    Refusal(
        "bad_cursor",
        422,
        QT_TRANSLATE_NOOP("Rules", "invalid cursor: pass back the cursor of a previous page"),
    ),
    Refusal("reason_required", 422, QT_TRANSLATE_NOOP("Rules", "a rejection needs a reason_code")),
    Refusal(
        "time_without_zone", 422, QT_TRANSLATE_NOOP("Rules", "give times with their time zone")
    ),
    Refusal(
        "bad_period",
        422,
        QT_TRANSLATE_NOOP("Rules", "the period must be positive and at most {days} days"),
    ),
    Refusal("unsafe_text", 422, plain_text.UNSAFE_TEXT),
    Refusal("broken_text", 422, plain_text.BROKEN_TEXT),
    Refusal(
        "data_out_of_bounds",
        422,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the data at {field} goes past the server's limits: at most {depth} levels deep, "
            "{count} values in all, and only finite numbers (whole ones of at most 64 bits)",
        ),
    ),
    Refusal(
        "time_out_of_range",
        422,
        QT_TRANSLATE_NOOP("Rules", "give a time between the years {first} and {last}"),
    ),
    Refusal(
        "unreadable_body",
        400,
        QT_TRANSLATE_NOOP("Rules", "the request body cannot be read as JSON text"),
    ),
    Refusal("no_such_route", 404, QT_TRANSLATE_NOOP("Rules", "the server has no such address")),
    Refusal(
        "method_not_allowed",
        405,
        QT_TRANSLATE_NOOP("Rules", "this address does not take this kind of call"),
    ),
    Refusal("national_number_not_text", 422, national_number.NOT_TEXT),
    Refusal("national_number_empty", 422, national_number.EMPTY),
    Refusal("national_number_not_digits", 422, national_number.NOT_DIGITS),
    Refusal("national_number_length", 422, national_number.WRONG_LENGTH),
    Refusal("bad_content_length", 400, QT_TRANSLATE_NOOP("Rules", "invalid Content-Length header")),
    Refusal(
        "body_too_large",
        413,
        QT_TRANSLATE_NOOP("Rules", "request body too large: the limit is {limit} bytes"),
    ),
    Refusal("center_missing", 500, QT_TRANSLATE_NOOP("Rules", "the user's center is missing")),
    # --- what the workstation says itself about the link --------------------------------
    Refusal(
        "unreachable", None, QT_TRANSLATE_NOOP("Rules", "the central server cannot be reached")
    ),
    Refusal(
        "unavailable", None, QT_TRANSLATE_NOOP("Rules", "the server is unavailable ({http_status})")
    ),
    Refusal(
        "certificate",
        None,
        QT_TRANSLATE_NOOP("Rules", "the server's certificate could not be verified ({reason})"),
    ),
    Refusal(
        "malformed", None, QT_TRANSLATE_NOOP("Rules", "the server's answer is malformed ({fields})")
    ),
    Refusal(
        "too_large",
        None,
        QT_TRANSLATE_NOOP("Rules", "the server's answer is too large (over {limit} bytes)"),
    ),
    Refusal(
        "not_a_pdf",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the issuing body's document of {request_id} is not a PDF "
            "(the server sent {media_type})",
        ),
    ),
    Refusal(
        "not_a_pdf_untyped",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the issuing body's document of {request_id} is not a PDF "
            "(the server sent no content type)",
        ),
    ),
    Refusal(
        "not_a_pdf_content",
        None,
        QT_TRANSLATE_NOOP(
            "Rules", "the issuing body's document of {request_id} is not a PDF (no %PDF- header)"
        ),
    ),
    Refusal(
        "attachment_not_announced",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "attachment {attachment_id} of {request_id} is not the file the request announced",
        ),
    ),
    Refusal(
        "attachment_digest",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "attachment {attachment_id} of {request_id} does not match its announced digest",
        ),
    ),
    Refusal(
        "another_person",
        None,
        QT_TRANSLATE_NOOP("Rules", "the registry answered with the record of another person"),
    ),
    Refusal(
        "another_workstation_key",
        None,
        QT_TRANSLATE_NOOP(
            "Rules", "the server answered about another workstation's key, not this one's"
        ),
    ),
    Refusal(
        "another_workstation",
        None,
        QT_TRANSLATE_NOOP(
            "Rules", "the server answered with another workstation's ledger, not the one asked for"
        ),
    ),
    Refusal(
        "awaiting_approval",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this workstation is waiting for the shift supervisor's approval of its signing "
            "key (workstation {workstation}, key {key_id}): it cannot print documents until "
            "then; everything else works",
        ),
    ),
    Refusal(
        "not_enrolled",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this workstation has no approved signing key and the central server cannot be "
            "reached: it can print once it is enrolled online and a shift supervisor approves",
        ),
    ),
    Refusal(
        "certificate_not_valid_now",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this workstation's signing certificate is valid from {not_before} to {not_after} "
            "(UTC), not at this computer's time: check the date and time, or log in online "
            "to renew it",
        ),
    ),
    Refusal(
        "clock_behind",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this computer's clock is {hours} h {minutes} min behind the central server's: "
            "lease times cannot be trusted, so no request can be opened. Set the date and "
            "time of this computer (or ask the center's IT support), then try again.",
        ),
    ),
    Refusal(
        "clock_ahead",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this computer's clock is {hours} h {minutes} min ahead of the central server's: "
            "lease times cannot be trusted, so no request can be opened. Set the date and "
            "time of this computer (or ask the center's IT support), then try again.",
        ),
    ),
    Refusal(
        "audit_log_emptied",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the audit log of this workstation is empty, but the server already received "
            "{held} entries: entries were deleted",
        ),
    ),
    Refusal(
        "message_unsendable",
        None,
        QT_TRANSLATE_NOOP("Rules", "this message cannot be sent as stored"),
    ),
    *(Refusal(code, status, template) for code, status, template in NUMBER_REFUSALS),
    *(Refusal(code, status, template) for code, status, template in OUTREACH_REFUSALS),
    *(Refusal(code, status, template) for code, status, template in PAYMENT_REFUSALS),
    *(Refusal(code, status, template) for code, status, template in PICKUP_REFUSALS),
)

# The server's refusal codes of the core's own messages (a malformed national number).
_BY_TEMPLATE = {refusal.template: refusal.code for refusal in REFUSALS.values()}


def code_of_template(template: str) -> str | None:
    """The refusal code whose template is ``template`` (a core ExplainedError's), if any."""
    return _BY_TEMPLATE.get(template)


def well_formed(code: str, values: Mapping[str, str]) -> bool:
    """Whether ``values`` fill the template of ``code``: every name given, every coded one
    holding a code this side knows. Extra values (a newer server's) do no harm."""
    refusal = REFUSALS.get(code)
    if refusal is None or not refusal.names <= values.keys():
        return False
    return all(values[name] in CODED_VALUES.get(name, (values[name],)) for name in refusal.names)


def english(code: str, values: Mapping[str, str]) -> str:
    """The English sentence of refusal ``code``: what the server sends as ``detail``.

    Raises ValueError when ``values`` do not fill the template exactly: a refusal raised
    with a value missing or misnamed is a mistake in the code, found by the tests.
    """
    refusal = REFUSALS[code]
    if set(values) != refusal.names or not well_formed(code, values):
        raise ValueError(f"refusal {code} takes {sorted(refusal.names)}, not {sorted(values)}")
    filled = {name: ACTIONS[v] if name == "action" else v for name, v in values.items()}
    return refusal.template.format(**filled)
