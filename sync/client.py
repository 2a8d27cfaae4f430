"""The HTTP client of the central server: every answer is validated before it is used."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from clerk_desk import api
from clerk_desk import number_blocks_api as blocks_api
from clerk_desk.api_ledger import WorkstationLedger
from clerk_desk.api_outreach import NotificationList, PostEventList
from clerk_desk.api_payments import MoneyOut
from clerk_desk.fee_reconciliation import MAX_FILE_BYTES

# Re-exported: the errors belong to the core, whose use cases catch them without the network.
from clerk_desk.link_errors import MAX_CLOCK_SKEW as MAX_CLOCK_SKEW
from clerk_desk.link_errors import BadAnswer as BadAnswer
from clerk_desk.link_errors import ClockSkew as ClockSkew
from clerk_desk.link_errors import Conflict as Conflict
from clerk_desk.link_errors import NotAuthenticated as NotAuthenticated
from clerk_desk.link_errors import Offline as Offline
from clerk_desk.link_errors import Refused as Refused
from clerk_desk.link_errors import ServerError as ServerError
from clerk_desk.link_errors import ServerErrorT as ServerErrorT
from clerk_desk.national_number import parse_national_number

log = logging.getLogger(__name__)
# The registry is asked by national number in the URL path, and urllib3 logs whole URLs at
# DEBUG: keep it quieter so no national number reaches a log file.
logging.getLogger("urllib3").setLevel(logging.INFO)

M = TypeVar("M", bound=BaseModel)

TIMEOUT = (5.0, 20.0)  # connect, read
# Logging out happens as the window closes: a dead link must not hold the program long.
LOGOUT_TIMEOUT = (2.0, 2.0)
# An answer larger than this is refused while it is read, before it fills the memory (a
# page of 500 requests is well under a megabyte; the limit is far above any true answer).
MAX_RESPONSE_BYTES = 50_000_000
# Where a training server serves its payment-gateway simulator (central.payment_routes).
TRAINING_GATEWAY = "/gateway-sim"


def server_clock_offset(date_header: str | None, now: datetime) -> timedelta | None:
    """The server's ``Date`` header minus ``now``; None when the header is missing or bad."""
    if not date_header:
        return None
    try:
        when = parsedate_to_datetime(date_header.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is GMT even when it fails to say so
        when = when.replace(tzinfo=UTC)
    return when - now


MAX_RETRY_AFTER = 24 * 3600.0  # a longer wait from a confused server is not believed


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds from ``now``: delta-seconds or an HTTP date; None if unusable."""
    if not value:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():
        seconds = float(text)
    else:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # an HTTP date is GMT even when it fails to say so
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _loggable(path: str) -> str:
    """The path for a log line: a registry look-up's national number left out."""
    return "/registry/…" if path.startswith("/registry/") else path


def _refusal(response: requests.Response) -> Refused:
    """The server's refusal as it said it: its English ``detail``, and its ``code`` and
    ``values`` when they are well formed (anything else about them is ignored: the
    detail still reaches the clerk)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        detail = str(detail[0].get("msg", detail[0]))  # FastAPI's validation errors
    if not isinstance(detail, str):
        detail = response.reason or f"HTTP {response.status_code}"
    try:
        said = api.ErrorOut.model_validate(body)
    except ValidationError:
        return Refused(detail, status=response.status_code)
    return Refused(detail, status=response.status_code, code=said.code, values=said.values)


def _own_enrollment(answer: api.Enrollment, workstation: str, public_key: str) -> api.Enrollment:
    """The answer, if it is about this workstation's key and its certificate certifies it."""
    ours = (answer.key_id, workstation, public_key)
    certified = answer.certificate
    if (answer.key_id, answer.workstation, answer.public_key) != ours or (
        certified is not None
        and (certified.key_id, certified.workstation, certified.public_key) != ours
    ):
        raise BadAnswer.of("another_workstation_key")
    return answer


# The outbox messages about one request: the body each must be, and where it goes.
ACTION_MESSAGES: dict[str, tuple[type[BaseModel], str]] = {
    "decision": (api.DecisionIn, "/requests/{request_id}/decision"),
    "issuance": (api.IssuanceIn, "/requests/{request_id}/issuance"),
    "seal": (api.SealIn, "/requests/{request_id}/seal"),
    "pickup": (api.PickupReadyIn, "/requests/{request_id}/pickup-ready"),
    "collected": (api.CollectedIn, "/requests/{request_id}/collected"),
    "review": (api.ReviewIn, "/reviews/{request_id}"),
    "second_look": (api.SecondLookIn, "/acceptances/{request_id}/second-look"),
}


def tls_reason(exc: requests.exceptions.SSLError) -> str:
    """OpenSSL's own words for a failed verification, whole, for the clerk and technician.

    requests wraps them in three layers of retry and pool messages; the part after
    "certificate verify failed:" (or the handshake's error) is what a technician acts on.
    """
    text = str(exc)
    found = re.search(r"certificate verify failed: ([^()]+?)(?: \(_ssl\.c:\d+\))?['\")]", text)
    if found:
        return found.group(1).strip()
    found = re.search(r"SSLError\((?:\d+, )?['\"]?(.+?)['\"]?\)\)*$", text)
    return (found.group(1) if found else text).strip() or type(exc).__name__


class CentralClient:
    """A session with one central server, for one user's token."""

    def __init__(
        self,
        base_url: str,
        *,
        ca_bundle: str = "",
        token: str | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.username: str | None = None  # whose log-in the token is, once logged in here
        self.max_response_bytes = max_response_bytes
        # The server's clock minus ours, from the last answer that carried a Date header;
        # None until one did. The UI may show it; a claim refuses to trust a large one.
        self.clock_offset: timedelta | None = None
        self._http = requests.Session()
        # TLS is always verified: against the system store, or a configured CA file. Given
        # with each request, because requests lets REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE in
        # the environment override a session's own setting, but not a request's.
        self._verify: str | bool = ca_bundle or True
        self._http.verify = self._verify
        self.timeout = TIMEOUT  # of every call; shorter while the window closes
        # The last page of requests and its ETag: asked for again (the same cursor, a pull
        # with nothing new), the server answers 304 and the page is this one.
        self._last_page: tuple[str, int, str, api.RequestPage] | None = None

    @contextmanager
    def bounded(self, timeout: tuple[float, float]) -> Iterator[None]:
        """Every call within ``timeout`` while in this block: the last push before log-out
        must not hold a closing program on a dead link."""
        previous, self.timeout = self.timeout, timeout
        try:
            yield
        finally:
            self.timeout = previous

    def close(self) -> None:
        self._http.close()

    def sibling(self) -> CentralClient:
        """Another session with the same server and TLS settings, without a token (a
        supervisor logging in at this desk for a moment)."""
        return CentralClient(
            self.base_url,
            ca_bundle=self._verify if isinstance(self._verify, str) else "",
            max_response_bytes=self.max_response_bytes,
        )

    # --- plumbing -----------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
    ) -> M:
        response = self._exchange(method, path, json=json, params=params)
        return self._parse(response, model, path)

    def _parse(self, response: requests.Response, model: type[M], path: str) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            problems = [
                (".".join(str(p) for p in e["loc"]) or "body", e["msg"]) for e in exc.errors()
            ]
            log.warning("malformed answer to %s: %s", _loggable(path), problems[:3])
            fields = ", ".join(where for where, _ in problems[:3])
            raise BadAnswer.of("malformed", {"fields": fields}) from exc

    def _exchange(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        max_bytes: int | None = None,
        timeout: tuple[float, float] | None = None,
        headers: dict[str, str] | None = None,
        root: str = api.API_PREFIX,
    ) -> requests.Response:
        """``root``: where ``path`` is; the token goes only to the API's own."""
        url = f"{self.base_url}{root}{path}"
        headers = dict(headers or {})
        if self.token and root == api.API_PREFIX:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self._http.request(
                method,
                url,
                json=json,
                params=params,
                headers=headers,
                timeout=timeout or self.timeout,
                verify=self._verify,
                stream=True,  # the body is read by _read_limited, up to the limit
            )
            self._read_limited(response, max_bytes)
        except requests.exceptions.SSLError as exc:
            reason = tls_reason(exc)
            log.warning("the server's certificate could not be verified: %s", reason)
            raise Refused.of("certificate", {"reason": reason}) from exc
        except requests.RequestException as exc:
            raise Offline.of("unreachable") from exc
        log.debug("%s %s -> %s", method, _loggable(path), response.status_code)
        offset = server_clock_offset(response.headers.get("Date"), datetime.now(UTC))
        if offset is not None:
            self.clock_offset = offset
        self._raise_for_status(response)
        return response

    def _read_limited(self, response: requests.Response, max_bytes: int | None = None) -> None:
        """Read the body, refusing it as soon as it passes ``max_bytes``
        (default ``max_response_bytes``)."""
        limit = self.max_response_bytes if max_bytes is None else max_bytes
        declared = response.headers.get("Content-Length", "").strip()
        too_large = BadAnswer.of("too_large", {"limit": str(limit)})
        if declared.isascii() and declared.isdigit() and int(declared) > limit:
            response.close()
            raise too_large
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > limit:
                response.close()
                raise too_large
            chunks.append(chunk)
        # Where requests keeps a body it has read; .content and .json() use it from here.
        response._content = b"".join(chunks)

    def _raise_for_status(self, response: requests.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        if status == 429 and (throttled := _refusal(response)).code is not None:
            # The server's own refusal (too many failed log-ins): not the link's failure,
            # and nothing to retry by itself; the clerk reads how long to wait.
            raise throttled
        if status in (408, 429) or status >= 500:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise Offline.of(
                "unavailable", {"http_status": str(status)}, status=status, retry_after=retry_after
            )
        refused = _refusal(response)
        if status == 401:
            raise refused.same(NotAuthenticated)
        if status == 409:
            raise refused.same(Conflict)
        raise refused

    # --- the contract -------------------------------------------------------------------

    def health(self) -> None:
        """That a Clerk Desk central server answers at ``base_url``, its certificate
        verified as for every call (a new workstation's set-up checks the address so).
        Raises ``Offline``, ``Refused`` (the certificate, with OpenSSL's reason) or
        ``BadAnswer`` (something else answers there)."""
        response = self._exchange("GET", "/health")
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict) or answer.get("status") != "ok":
            raise BadAnswer.of("malformed", {"fields": "status"})

    def login(self, username: str, password: str, workstation: str = "") -> api.LoginOut:
        body = api.LoginIn(username=username, password=password, workstation=workstation)
        result = self._call("POST", "/login", api.LoginOut, json=body.model_dump())
        self.token = result.token
        self.username = result.user.username
        return result

    def logout(self, timeout: tuple[float, float] = LOGOUT_TIMEOUT) -> None:
        """End this session at the server (its token is refused from then on), within
        ``timeout``; the token is forgotten here whatever the server answered."""
        if not self.token:
            return
        try:
            self._exchange("POST", "/logout", timeout=timeout)
        finally:
            self.token = None
            self.username = None

    def requests_page(self, since: str = "", limit: int = 500) -> api.RequestPage:
        """A page of the center's requests changed after ``since``. The same page asked
        again costs the server next to nothing: its ETag goes with the question, and a 304
        means the page is the one kept. Pages come gzipped (requests asks for it)."""
        params: dict[str, Any] = {"limit": limit}
        if since:
            params["since"] = since
        headers: dict[str, str] = {}
        kept = self._last_page
        if kept is not None and kept[:2] == (since, limit):
            headers["If-None-Match"] = kept[2]
        response = self._exchange("GET", "/requests", params=params, headers=headers)
        if response.status_code == 304 and kept is not None:
            return kept[3]
        page = self._parse(response, api.RequestPage, "/requests")
        if etag := response.headers.get("ETag"):
            self._last_page = (since, limit, etag, page)
        return page

    def claim(self, request_id: str, *, with_registry: bool = False) -> api.ClaimOut:
        """Take or renew the lease; :class:`ClockSkew` if our clock cannot judge its expiry.

        ``with_registry``: the subject's registry record comes in the same answer (the
        server records the look-up); :class:`BadAnswer` if it is another person's.
        """
        params = {"with_registry": "true"} if with_registry else None
        claim = self._call("POST", f"/requests/{request_id}/claim", api.ClaimOut, params=params)
        if claim.registry is not None and claim.request_id != request_id:
            raise BadAnswer.of("malformed", {"fields": "request_id"})
        if self.clock_offset is not None and abs(self.clock_offset) > MAX_CLOCK_SKEW:
            log.warning("clock skew of %s against the server", self.clock_offset)
            raise ClockSkew(self.clock_offset)
        return claim

    def request(self, request_id: str) -> api.RequestOut:
        """One request as the server has it now (who holds its lease, its status)."""
        return self._call("GET", f"/requests/{request_id}", api.RequestOut)

    def release(self, request_id: str) -> None:
        """Hand the lease back (the server answers 204, no body)."""
        self._exchange("DELETE", f"/requests/{request_id}/claim")

    def issued_document(self, request_id: str) -> bytes:
        """The issuing body's PDF of a slow-service request, checked before it is returned.

        Refused with :class:`BadAnswer` (nothing is returned, so nothing gets stored) when
        the answer is not ``application/pdf``, is over ``MAX_ISSUED_DOCUMENT_BYTES`` or does
        not start with ``%PDF-``. A fast service, or a slow one whose body has not answered
        yet, is a :class:`Refused` with status 404 and the server's reason.
        """
        limit = min(self.max_response_bytes, api.MAX_ISSUED_DOCUMENT_BYTES)
        response = self._exchange("GET", f"/requests/{request_id}/issued-document", max_bytes=limit)
        media_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if not media_type:
            raise BadAnswer.of("not_a_pdf_untyped", {"request_id": request_id})
        if media_type != api.ISSUED_DOCUMENT_MEDIA_TYPE:
            values = {"request_id": request_id, "media_type": media_type[:100]}
            raise BadAnswer.of("not_a_pdf", values)
        content = response.content
        if not content.startswith(b"%PDF-"):
            raise BadAnswer.of("not_a_pdf_content", {"request_id": request_id})
        return content

    def attachment(self, request_id: str, announced: api.Attachment) -> bytes:
        """A paper attached to a request, checked against what the request announced.

        Refused with :class:`BadAnswer` (nothing is returned, so nothing gets stored) when
        the answer is larger than announced, of another media type (by its header or by its
        first bytes) or does not hash to the announced SHA-256.
        """
        path = f"/requests/{request_id}/attachments/{announced.id}"
        response = self._exchange("GET", path, max_bytes=announced.size)
        media_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        content = response.content
        signature = api.ATTACHMENT_SIGNATURES[announced.media_type]
        which = {"attachment_id": str(announced.id), "request_id": request_id}
        if media_type != announced.media_type or not content.startswith(signature):
            log.warning("attachment is %s, announced %s", media_type, announced.media_type)
            raise BadAnswer.of("attachment_not_announced", which)
        if hashlib.sha256(content).hexdigest() != announced.sha256:
            raise BadAnswer.of("attachment_digest", which)
        return content

    def registry_record(self, national_number: str) -> api.RegistryRecord:
        """The record of the subject of a request this user holds (the server refuses any
        other); :meth:`claim` ``with_registry`` brings it with the lease instead."""
        number = parse_national_number(national_number)
        record = self._call("GET", f"/registry/{number}", api.RegistryRecord)
        if record.national_number != number:
            raise BadAnswer.of("another_person")
        return record

    def send(
        self, kind: str, request_id: str, payload: dict[str, Any]
    ) -> api.ActionOut | api.DispatchOut:
        """Deliver one outbox message; the idempotency key makes a repeat harmless.

        A "dispatch" message is filed under its batch id (``request_id``); the requests it
        hands over are in its payload.
        """
        if kind == "dispatch":
            dispatch = api.DispatchIn.model_validate(payload)
            if dispatch.batch_id != request_id:
                raise ValueError("the dispatch message is filed under another batch")
            return self._call(
                "POST", "/dispatches", api.DispatchOut, json=dispatch.model_dump(mode="json")
            )
        if kind not in ACTION_MESSAGES:
            raise ValueError(f"unknown outbox message kind {kind!r}")
        model, path = ACTION_MESSAGES[kind]
        body = model.model_validate(payload).model_dump(mode="json")
        path = path.format(request_id=request_id)
        return self._call("POST", path, api.ActionOut, json=body)

    def audit_head(self) -> api.AuditHeadOut:
        """The newest entry of this workstation's audit chain that the server holds."""
        return self._call("GET", "/audit/head", api.AuditHeadOut)

    def upload_audit(self, upload: api.AuditUploadIn) -> api.AuditHeadOut:
        """Audit entries continuing the server's copy of the chain; a :class:`Conflict`
        (409) says the chain here no longer continues it, and why."""
        return self._call("POST", "/audit", api.AuditHeadOut, json=upload.model_dump(mode="json"))

    def post_events(self, request_id: str) -> PostEventList:
        """The post's tracking events of the request's envelope, in the order they happened."""
        answer = self._call("GET", f"/requests/{request_id}/post-events", PostEventList)
        if answer.request_id != request_id:
            raise BadAnswer.of("malformed", {"fields": "request_id"})
        return answer

    def notifications(self, request_id: str) -> NotificationList:
        """The SMS the citizen was sent about the request, and whether each arrived."""
        answer = self._call("GET", f"/requests/{request_id}/notifications", NotificationList)
        if answer.request_id != request_id:
            raise BadAnswer.of("malformed", {"fields": "request_id"})
        return answer

    def notices(self) -> api.NoticeList:
        """What supervisors' reviews told this user and they have not read yet."""
        return self._call("GET", "/notices", api.NoticeList)

    def mark_notice_read(self, notice_id: int) -> None:
        self._exchange("POST", f"/notices/{notice_id}/read")

    def rejections(self) -> api.RejectionList:
        return self._call("GET", "/reviews", api.RejectionList)

    def enroll(self, workstation: str, public_key: str) -> api.Enrollment:
        """Submit this workstation's public key (again): where it stands, with the
        certificate once a supervisor approved it."""
        body = api.EnrollmentIn(workstation=workstation, public_key=public_key)
        answer = self._call(
            "POST", "/workstations/enrollments", api.Enrollment, json=body.model_dump()
        )
        return _own_enrollment(answer, workstation, public_key)

    def enrollment(self, key_id: str, workstation: str, public_key: str) -> api.Enrollment:
        """Where this workstation's key ``key_id`` stands now."""
        answer = self._call("GET", f"/workstations/enrollments/{key_id}", api.Enrollment)
        return _own_enrollment(answer, workstation, public_key)

    def enrollments(self) -> api.EnrollmentList:
        """The center's workstation keys (a supervisor's call)."""
        return self._call("GET", "/workstations/enrollments", api.EnrollmentList)

    def approve_enrollment(self, key_id: str) -> api.Enrollment:
        return self._call("POST", f"/workstations/enrollments/{key_id}/approval", api.Enrollment)

    def revoke_enrollment(self, key_id: str) -> api.Enrollment:
        return self._call("POST", f"/workstations/enrollments/{key_id}/revocation", api.Enrollment)

    # --- numbers (central.number_blocks) -------------------------------------------------

    def number_blocks(self, body: blocks_api.BlocksIn) -> blocks_api.BlocksOut:
        """This workstation's open number blocks, refilled when running low; a
        :class:`Conflict` ``workstation_store_mismatch`` says its store was lost."""
        return self._call(
            "POST", "/workstations/blocks", blocks_api.BlocksOut, json=body.model_dump()
        )

    def workstation_blocks(self, workstation: str) -> blocks_api.BlockList:
        return self._call("GET", f"/workstations/{workstation}/blocks", blocks_api.BlockList)

    def workstation_issuances(self, workstation: str) -> blocks_api.IssuedList:
        return self._call("GET", f"/workstations/{workstation}/issuances", blocks_api.IssuedList)

    def recover_workstation(self, workstation: str, note: str = "") -> blocks_api.RecoveryOut:
        """A supervisor's call: close a lost store's blocks and revoke its keys."""
        body = blocks_api.RecoveryIn(workstation=workstation, note=note)
        return self._call(
            "POST", "/workstations/recovery", blocks_api.RecoveryOut, json=body.model_dump()
        )

    def audit_entries(self, after: int = 0) -> blocks_api.AuditEntriesOut:
        """A page of this workstation's audit chain as the server holds it."""
        return self._call(
            "GET", "/audit/entries", blocks_api.AuditEntriesOut, params={"after": after}
        )

    def center_keys(self) -> api.CenterKeys:
        return self._call("GET", "/centers/keys", api.CenterKeys)

    def dashboard(self, since: datetime, until: datetime | None = None) -> api.DashboardOut:
        params = {"since": since.isoformat()}
        if until is not None:
            params["until"] = until.isoformat()
        return self._call("GET", "/dashboard", api.DashboardOut, params=params)

    def money(self, since: datetime, until: datetime) -> MoneyOut:
        """The center's fees in [since, until): collected, refunds, the settlement's lines."""
        params = {"since": since.isoformat(), "until": until.isoformat()}
        return self._call("GET", "/money", MoneyOut, params=params)

    def training_settlement(self, day: date) -> bytes:
        """The day's settlement CSV from the gateway simulator of a training server (served
        beside the API, under ``/gateway-sim``); a server without one answers 404."""
        path = f"/settlements/{day.isoformat()}"
        return self._exchange("GET", path, root=TRAINING_GATEWAY, max_bytes=MAX_FILE_BYTES).content

    def acceptance_sample(self, share: float, since: datetime) -> api.AcceptanceSample:
        params = {"share": share, "since": since.isoformat()}
        return self._call("GET", "/acceptances/sample", api.AcceptanceSample, params=params)

    def registry_lookups(self, since: datetime) -> api.LookupReport:
        """Per clerk of the center, the registry look-ups and those without a decision."""
        params = {"since": since.isoformat()}
        return self._call("GET", "/registry-lookups", api.LookupReport, params=params)

    def workstation_ledger(
        self, workstation: str, since: datetime, until: datetime
    ) -> WorkstationLedger:
        """What the server knows of ``workstation``'s print ledger for [since, until)."""
        params = {
            "workstation": workstation,
            "since": since.isoformat(),
            "until": until.isoformat(),
        }
        answer = self._call("GET", "/ledger", WorkstationLedger, params=params)
        if answer.workstation != workstation:
            raise BadAnswer.of("another_workstation")
        return answer

    def request_history(self, request_id: str) -> api.RequestHistory:
        return self._call("GET", f"/requests/{request_id}/history", api.RequestHistory)
