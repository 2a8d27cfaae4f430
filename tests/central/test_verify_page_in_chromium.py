"""The verification page in a real browser (Debian's Chromium, headless, by Playwright),
against the live reference server: a workstation's key is enrolled and approved through
the API, documents are rendered and signed with it, their QR is read back from the PDF,
and the link it holds is opened. Valid, tampered, and signed by the workstation after a
supervisor revoked it; the signed data never reaches the server; offline once loaded."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from central.server import ServerThread
from clerk_desk.api import WorkstationCertificate
from printing.document import CivilRecord, DocumentFacts, render_document
from printing.verification import (
    DocumentSigner,
    code_link,
    code_of,
    page_url_of,
    public_key_text,
    read_codes,
)
from sync.client import CentralClient
from tests.central.chromium import Seen, browser_context
from tests.enrollment import approve

NAME = "محمد عبد الله الأحمد"
NATIONAL_NUMBER = "01020304050"
RECORD = CivilRecord(
    NATIONAL_NUMBER,
    "محمد",
    "عبد الله",
    "فاطمة",
    "الأحمد",
    date(1990, 3, 7),
    "دمشق",
    "male",
    "أمانة السجل المدني في الميدان",
    "الميدان 1234",
)


def facts(number: int) -> DocumentFacts:
    return DocumentFacts(
        f"DAM-2026-{number:06d}",
        date(2026, 3, 1),
        "دمشق",
        "مركز خدمة المواطن في دمشق",
        "DAM",
        "civil_extract_individual",
        "DAM-000001",
        RECORD,
    )


@dataclass
class Workstation:
    """A workstation of center DAM whose key a supervisor approved, through the API."""

    server: ServerThread
    key_id: str
    private_key: Ed25519PrivateKey
    certificate: WorkstationCertificate

    def signer(self, at: datetime) -> DocumentSigner:
        page = page_url_of(self.server.url)
        return DocumentSigner(self.private_key, self.certificate, lambda: at, page)

    def revoke(self) -> datetime:
        client = CentralClient(self.server.url)
        try:
            client.login("dam.supervisor", "demo")
            revoked_at = client.revoke_enrollment(self.key_id).revoked_at
        finally:
            client.close()
        assert revoked_at is not None
        return revoked_at


@pytest.fixture
def workstation(live_server: ServerThread) -> Workstation:
    private = Ed25519PrivateKey.generate()
    public = public_key_text(private.public_key())
    client = CentralClient(live_server.url)
    try:
        client.login("dam.clerk1", "demo")
        key_id = client.enroll("W7V1", public).key_id
        approve(live_server.url, key_id)
        certificate = client.enrollment(key_id, "W7V1", public).certificate
    finally:
        client.close()
    assert certificate is not None
    return Workstation(live_server, key_id, private, certificate)


def printed_link(tmp_path: Path, document: DocumentFacts, signer: DocumentSigner) -> str:
    """The link a phone reads from the printed document's QR."""
    path = tmp_path / f"{document.document_number}.pdf"
    path.write_bytes(render_document(document, signer=signer))
    [code] = read_codes(path)
    return code.decode("utf-8")


@pytest.fixture
def browser() -> Iterator[tuple[Any, Seen]]:
    with browser_context(viewport={"width": 760, "height": 900}) as (context, seen):
        yield context, seen
    assert seen.errors == []


def opened(context: Any, link: str) -> Any:
    page = context.new_page()
    page.goto(link)
    page.wait_for_selector("body[data-ready=true]")
    return page


def verdict(page: Any) -> tuple[str, str]:
    box = page.locator("#verdict")
    return str(box.get_attribute("data-case")), str(box.inner_text())


def shot(page: Any, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / name), full_page=True)  # docs/, looked at


def test_valid_tampered_and_revoked_documents_in_chromium(
    tmp_path: Path, workstation: Workstation, browser: tuple[Any, Seen]
) -> None:
    context, _seen = browser
    signed_at = workstation.certificate.not_before  # when it enrolled: before any revocation
    link = printed_link(tmp_path, facts(1), workstation.signer(signed_at))
    assert link.startswith(f"{workstation.server.url}/verify#CD2%7C{workstation.key_id}%7C")

    page = opened(context, link)
    case, text = verdict(page)
    assert case == "valid" and "الوثيقة صحيحة" in text
    assert page.evaluate("document.documentElement.dir") == "rtl"
    shown = page.locator("#facts").inner_text()
    for expected in (
        NAME,
        NATIONAL_NUMBER,
        "DAM-2026-000001",
        "بيان قيد فردي",
        "2026-03-01",
        "DAM-000001",
        f"W7V1 (المفتاح {workstation.key_id})",
    ):
        assert expected in shown, expected
    shot(page, tmp_path, "verify-page-valid.png")
    page.click("#language")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert verdict(page)[0] == "valid"
    assert page.locator("#verdict-title").inner_text() == "Valid"
    assert "Individual civil-registry extract" in page.locator("#facts").inner_text()
    page.click("#language")

    code = code_of(link)
    tampered = code_link(page_url_of(workstation.server.url), code.replace("04050", "04051"))
    page = opened(context, tampered)
    case, text = verdict(page)
    assert case == "tampered" and "الوثيقة غير صحيحة: بياناتها مُغيَّرة" in text
    assert page.locator("#facts").is_hidden()
    shot(page, tmp_path, "verify-page-invalid.png")
    page.goto(link.partition("#")[0] + "#CD2%7Cnonsense")
    page.wait_for_selector("#verdict[data-case=malformed]")

    revoked_at = workstation.revoke()
    stolen = workstation.signer(revoked_at + timedelta(minutes=1))  # signs on, offline
    page = opened(context, printed_link(tmp_path, facts(2), stolen))
    case, text = verdict(page)
    assert case == "revoked" and "وقّعتها محطة عمل ملغاة" in text
    assert f"\u2066W7V1\u2069 (\u2066{workstation.key_id}\u2069)" in text
    assert f"\u2066{revoked_at:%Y-%m-%d %H:%M} UTC\u2069" in text  # kept left-to-right
    assert page.locator("#facts").is_hidden()
    shot(page, tmp_path, "verify-page-revoked.png")

    page = opened(context, link)  # printed before the revocation: still holds
    case, text = verdict(page)
    assert case == "valid_revoked_later" and "الوثيقة صحيحة" in text


def test_the_signed_data_never_reaches_the_server_and_the_page_works_offline(
    tmp_path: Path,
    workstation: Workstation,
    browser: tuple[Any, Seen],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Everything the browser sent (the page's requests and the service worker's, with
    their headers and bodies) and the server's access log hold no part of the fragment;
    once loaded, the page checks a code with the server gone."""
    context, seen = browser
    revoked_at = workstation.revoke()
    before = workstation.signer(workstation.certificate.not_before)
    after = workstation.signer(revoked_at + timedelta(seconds=30))
    link = printed_link(tmp_path, facts(3), before)
    caplog.set_level(logging.INFO, logger="central")
    page = opened(context, link)
    assert verdict(page)[0] == "valid_revoked_later"
    assert page.evaluate("navigator.serviceWorker.ready.then(() => true)") is True

    fragment = link.partition("#")[2]
    secrets: list[Callable[[str], bool]] = [
        lambda sent: fragment[:40] in sent,
        lambda sent: NATIONAL_NUMBER in sent,
        lambda sent: NAME in sent or "%D9%85%D8%AD%D9%85%D8%AF" in sent.upper(),
        lambda sent: "DAM-2026-000003" in sent,
        lambda sent: "CD2" in sent,
    ]
    assert seen.requests, "no request was seen"
    paths = {request.split()[1].split("#")[0] for request in seen.requests}
    assert f"{workstation.server.url}/api/v1/centers/keys" in paths
    assert f"{workstation.server.url}/verify" in paths
    logged = [r.getMessage() for r in caplog.records]
    assert any("GET /verify " in line for line in logged), logged
    for sent in seen.requests + logged:
        assert not any(secret(sent) for secret in secrets), sent

    workstation.server.stop()  # offline from here on: no server at all
    offline = printed_link(tmp_path, facts(4), after)
    page = opened(context, offline)
    case, text = verdict(page)
    assert case == "revoked", text  # the saved revocations still apply
    assert "نسخة محفوظة" in page.locator("#keys-state").inner_text()
    page = opened(context, code_link(page_url_of(workstation.server.url), replace_digit(link)))
    assert verdict(page)[0] == "tampered"


def replace_digit(link: str) -> str:
    code = code_of(link)
    return code.replace(NATIONAL_NUMBER, NATIONAL_NUMBER[:-1] + "9")
