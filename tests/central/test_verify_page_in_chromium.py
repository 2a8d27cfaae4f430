"""The verification page in a real browser (Debian's Chromium, headless, by Playwright),
against the live reference server: a workstation's key is enrolled and approved through
the API, documents are rendered and signed with it, their QR is read back from the PDF,
and the link it holds is opened. Valid, tampered, and signed by the workstation after a
supervisor revoked it; the signed data never reaches the server; offline once loaded."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from central.server import ServerThread
from clerk_desk.api import CenterKeys, Revocation, WorkstationCertificate
from printing.document import CivilRecord, DocumentFacts, render_document
from printing.verification import (
    CenterKey,
    DocumentSigner,
    PublishedKeys,
    code_link,
    code_of,
    page_url_of,
    public_key_text,
    read_codes,
    verify_payload,
)
from sync.client import CentralClient
from tests.central.chromium import Seen, browser_context
from tests.enrollment import approve
from tests.printing.legacy import center_signed_payload

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
    shot(page, tmp_path, "verify-page-valid-en.png")
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

    # a browser without Ed25519 says it cannot check, rather than calling a document forged
    page = context.new_page()
    page.add_init_script(
        "crypto.subtle.importKey = () =>"
        " Promise.reject(new DOMException('no', 'NotSupportedError'))"
    )
    page.goto(link)
    page.wait_for_selector("body[data-ready=true]")
    assert verdict(page)[0] == "no_crypto"


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


def _flip(text: str, index: int) -> str:
    return text[:index] + ("B" if text[index] != "B" else "C") + text[index + 1 :]


def test_the_page_and_verify_agree_on_every_case(
    live_server: ServerThread, browser: tuple[Any, Seen]
) -> None:
    """The page's checks (check.js) and ``clerk-desk verify``'s (printing.verification) give
    the same answer for every case, on the same codes and the same published keys."""
    context, _seen = browser
    center = CenterKey.generate("DAM-7", "DAM")
    at = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    signer = center.enroll("W1", 1, clock=lambda: at)
    document = facts(5).signed_facts()
    code = signer.code(document)
    lapsed = dataclasses.replace(
        center.enroll("W2", 2, not_before=at - timedelta(days=2), lifetime=timedelta(days=1)),
        clock=lambda: at,
    )
    with pytest.MonkeyPatch.context() as patch:  # a workstation changed to sign anyway
        patch.setattr(DocumentSigner, "valid_at", lambda _self, _at: True)
        lapsed_code = lapsed.code(document)
    own = CenterKey("DAM-7", "DAM", signer.private_key).enroll("W9", 9, clock=lambda: at)
    old = center_signed_payload(center, document)
    aleppo = CenterKeys(keys=[center.public_api().model_copy(update={"center_code": "ALP"})])

    def body(revoked_at: datetime | None = None, **extra: Any) -> CenterKeys:
        revocations = []
        if revoked_at is not None:
            revocations = [
                Revocation(
                    key_id="DAM-W1", center_code="DAM", workstation="W1", revoked_at=revoked_at
                )
            ]
        return CenterKeys(keys=[center.public_api()], revocations=revocations, **extra)

    other = center.enroll("W1", 1)  # the same key id certified again for another key
    cases: list[tuple[str, CenterKeys]] = [
        (code, body()),
        (code_link(signer.page_url, code), body()),
        (code, body(certificates=[signer.certificate])),
        (code, body(certificates=[other.certificate])),
        (code, CenterKeys(keys=[])),
        (code, aleppo),
        (code, CenterKeys(keys=[CenterKey.generate("DAM-7", "DAM").public_api()])),
        (own.code(document), body()),
        (lapsed_code, body()),
        (code, body(at)),
        (code, body(at - timedelta(seconds=1))),
        (code, body(at + timedelta(seconds=1))),
        (old, body()),
        (_flip(old, 20), body()),
        ("junk", body()),
        ("CD2|DAM-W1|x", body()),
        (code.replace("20260301T093000Z", "20261301T093000Z"), body()),
        (code.replace("|W1|", "|W 1|"), body()),
    ]
    cases += [(_flip(code, i), body()) for i in (20, code.rindex("|") + 1, len(code) - 5)]
    cases += [
        (code.replace(old_text, new), body())
        for old_text, new in (
            ("الأحمد", "الأحمر"),
            ("01020304050", "01020304051"),
            ("2026-03-01", "2026-03-02"),
        )
    ]
    expected = [verify_payload(text, PublishedKeys.from_api(keys)).case for text, keys in cases]
    assert set(expected) == {
        "valid",
        "valid_revoked_later",
        "valid_center_key",
        "tampered",
        "revoked",
        "outside_validity",
        "unknown_key",
        "wrong_center",
        "malformed",
    }

    page = context.new_page()
    page.goto(f"{live_server.url}/verify")
    page.wait_for_selector("body[data-ready=true]")
    assert verdict(page)[0] == "empty"
    answered = page.evaluate(
        """async (cases) => {
            const check = await import("/verify/check.js");
            const cases_ = [];
            for (const [text, body] of cases) {
                const code = text.startsWith("http")
                    ? check.codeOfFragment(text.split("#")[1]) : text;
                cases_.push((await check.verifyCode(code, check.publishedKeys(body))).case);
            }
            return cases_;
        }""",
        [[text, keys.model_dump(mode="json")] for text, keys in cases],
    )
    assert answered == expected
