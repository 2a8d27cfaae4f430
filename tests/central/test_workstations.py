"""Workstation keys through the real HTTP API: a workstation enrolls its own key, a shift
supervisor of its center approves (the center's key certifies it) or revokes it, and
``clerk-desk verify`` checks documents against the published list."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4
from sqlalchemy import select

from central.db import CenterKeyRow, make_engine, read_session
from clerk_desk.api import CenterKeys, Enrollment, EnrollmentList, EnrollmentStatus
from clerk_desk.certificates import b64url, certificate_holds
from printing.document import (
    CivilRecord,
    DocumentFacts,
    draw_verification_code,
    render_document,
)
from printing.pdf import render_pdf
from printing.verification import CenterKey, DocumentSigner, VerificationKey, public_key_text
from tests.central.conftest import Api
from tests.central.test_refusals import check_refusal
from tests.printing.legacy import center_signed_payload

REPO = Path(__file__).resolve().parents[2]
RECORD = CivilRecord(
    "01020304050",
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
        "مركز خدمة المواطن",
        "DAM",
        "civil_extract_individual",
        "DAM-000001",
        RECORD,
    )


class Seen:
    """Every answer the test got, to check that no private key is in any of them."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.texts: list[str] = []

    def call(
        self, method: str, path: str, headers: dict[str, str] | None = None, **kw: Any
    ) -> httpx.Response:
        answer: httpx.Response = getattr(self.api, method)(path, headers, **kw)
        self.texts.append(answer.text)
        return answer


def _private_text(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return b64url(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


def enroll(
    seen: Seen, headers: dict[str, str], workstation: str
) -> tuple[Ed25519PrivateKey, Enrollment]:
    private = Ed25519PrivateKey.generate()
    body = {"workstation": workstation, "public_key": public_key_text(private.public_key())}
    answer = seen.call("post", "/workstations/enrollments", headers, json=body)
    assert answer.status_code == 200, answer.text
    return private, Enrollment.model_validate_json(answer.text)


def center_public_key(api: Api, center: str = "DAM") -> VerificationKey:
    keys = CenterKeys.model_validate_json(api.get("/centers/keys").text)
    [key] = [k for k in keys.keys if k.center_code == center]
    return VerificationKey.from_api(key)


def verify(api: Api, pdf: bytes, path: Path) -> subprocess.CompletedProcess[str]:
    path.write_bytes(pdf)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "clerk_desk.cli",
            "verify",
            str(path),
            "--server",
            str(api.client.base_url),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        timeout=120,
        check=False,
    )


@pytest.fixture
def seen(api: Api) -> Seen:
    return Seen(api)


def test_enrollment_then_approval_gives_a_certificate_by_the_center_key(
    api: Api, seen: Seen
) -> None:
    clerk, supervisor = api.login("dam.clerk1"), api.login("dam.supervisor")
    private, enrolled = enroll(seen, clerk, "W7A1")
    assert (enrolled.key_id, enrolled.status, enrolled.certificate) == (
        "DAM-W1",
        EnrollmentStatus.PENDING,
        None,
    )
    assert enrolled.requested_by == "dam.clerk1"
    body = {"workstation": "W7A1", "public_key": enrolled.public_key}
    resent = Enrollment.model_validate_json(
        seen.call("post", "/workstations/enrollments", clerk, json=body).text
    )
    assert resent == enrolled  # asking again is harmless: the same key, still pending
    listed = EnrollmentList.model_validate_json(
        seen.call("get", "/workstations/enrollments", supervisor).text
    )
    assert [(e.key_id, e.status) for e in listed.items] == [("DAM-W1", "pending")]

    answer = seen.call("post", "/workstations/enrollments/DAM-W1/approval", supervisor)
    assert answer.status_code == 200, answer.text
    approved = Enrollment.model_validate_json(answer.text)
    assert approved.status is EnrollmentStatus.APPROVED
    assert approved.approved_by == "dam.supervisor" and approved.approved_at == api.clock.now
    certificate = approved.certificate
    assert certificate is not None
    assert (certificate.center_code, certificate.key_id, certificate.workstation) == (
        "DAM",
        "DAM-W1",
        "W7A1",
    )
    assert certificate.public_key == public_key_text(private.public_key())
    assert certificate.not_before <= api.clock.now < certificate.not_after
    center = center_public_key(api)
    assert certificate.center_key_id == center.key_id
    assert certificate_holds(certificate, center.public_key)
    # the workstation fetches it; the public list carries it
    fetched = seen.call("get", "/workstations/enrollments/DAM-W1", clerk)
    assert Enrollment.model_validate_json(fetched.text).certificate == certificate
    published = CenterKeys.model_validate_json(seen.call("get", "/centers/keys").text)
    assert published.certificates == [certificate] and published.revocations == []
    again_approved = seen.call("post", "/workstations/enrollments/DAM-W1/approval", supervisor)
    assert Enrollment.model_validate_json(again_approved.text) == approved  # no second cert


def test_print_verify_tamper_revoke_through_the_api(api: Api, seen: Seen, tmp_path: Path) -> None:
    """A certified workstation's document verifies; a changed one does not; after the
    supervisor revokes the workstation, its new document fails as revoked and the one
    printed before still verifies, saying the workstation was revoked later."""
    clerk, supervisor = api.login("dam.clerk1"), api.login("dam.supervisor")
    private, enrolled = enroll(seen, clerk, "W7A2")
    approved = Enrollment.model_validate_json(
        seen.call("post", f"/workstations/enrollments/{enrolled.key_id}/approval", supervisor).text
    )
    assert approved.certificate is not None
    signer = DocumentSigner(private, approved.certificate, clock=api.clock)

    api.clock.advance(minutes=5)
    before = render_document(facts(1), signer=signer)
    valid = verify(api, before, tmp_path / "valid.pdf")
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "VALID: signed by workstation W7A2 (key DAM-W1)" in valid.stdout
    assert "الوثيقة صحيحة" in valid.stdout

    payload = signer.payload(facts(1).signed_facts())
    forged = payload.replace("01020304050", "01020304051").encode("utf-8")
    tampered_pdf = render_pdf(
        A4, "forged", lambda c: draw_verification_code(c, forged.decode(), "x")
    )
    tampered = verify(api, tampered_pdf, tmp_path / "tampered.pdf")
    assert tampered.returncode == 1, tampered.stdout + tampered.stderr
    assert "INVALID (TAMPERED)" in tampered.stdout and "NOT proven" in tampered.stdout

    api.clock.advance(minutes=5)
    revoked = seen.call(
        "post", f"/workstations/enrollments/{enrolled.key_id}/revocation", supervisor
    )
    assert revoked.status_code == 200, revoked.text
    assert Enrollment.model_validate_json(revoked.text).revoked_at == api.clock.now
    revoked_at = api.clock.now
    published = CenterKeys.model_validate_json(seen.call("get", "/centers/keys").text)
    assert [(r.key_id, r.revoked_at) for r in published.revocations] == [("DAM-W1", revoked_at)]

    api.clock.advance(minutes=1)  # the stolen workstation signs on, offline
    after = verify(api, render_document(facts(2), signer=signer), tmp_path / "revoked.pdf")
    assert after.returncode == 1, after.stdout + after.stderr
    assert "INVALID (REVOKED WORKSTATION)" in after.stdout
    assert "2026-03-01 09:10:00 UTC" in after.stdout  # when it was revoked
    earlier = verify(api, before, tmp_path / "valid-again.pdf")
    assert earlier.returncode == 0, earlier.stdout + earlier.stderr
    assert "before its key was revoked at 2026-03-01 09:10:00 UTC" in earlier.stdout

    seen.texts.append(api.client.get("/openapi.json").text)
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            center_private = [row.private_key for row in session.scalars(select(CenterKeyRow))]
    finally:
        engine.dispose()  # on PostgreSQL, a connection left to the collector is a warning
    for text in seen.texts:
        assert _private_text(private) not in text
        assert not any(secret in text for secret in center_private)
    assert "private_key" not in api.client.get("/openapi.json").text


def test_a_document_signed_with_the_center_key_before_workstation_keys_still_verifies(
    api: Api, tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey as Key

    from clerk_desk.certificates import unb64url

    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            row = session.scalars(
                select(CenterKeyRow).where(CenterKeyRow.center_code == "DAM")
            ).one()
            center = CenterKey(row.key_id, "DAM", Key.from_private_bytes(unb64url(row.private_key)))
    finally:
        engine.dispose()
    old = center_signed_payload(center, facts(3).signed_facts())
    pdf = render_pdf(A4, "old", lambda c: draw_verification_code(c, old, center.key_id))
    done = verify(api, pdf, tmp_path / "old.pdf")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"VALID: signed by the center's own key ({center.key_id})" in done.stdout


def test_only_a_supervisor_of_the_same_center_approves_or_revokes(api: Api, seen: Seen) -> None:
    clerk, clerk2 = api.login("dam.clerk1"), api.login("dam.clerk2")
    aleppo = api.login("alp.supervisor")
    _, enrolled = enroll(seen, clerk, "W7A3")
    key = enrolled.key_id
    for headers in (clerk, clerk2):
        approval = api.post(f"/workstations/enrollments/{key}/approval", headers)
        assert check_refusal(approval, "wrong_role")["action"] == "approve_workstation"
        revocation = api.post(f"/workstations/enrollments/{key}/revocation", headers)
        assert check_refusal(revocation, "wrong_role")["action"] == "revoke_workstation"
        check_refusal(api.get("/workstations/enrollments", headers), "wrong_role")
    other = check_refusal(
        api.post(f"/workstations/enrollments/{key}/approval", aleppo), "enrollment_other_center"
    )
    assert other == {"key_id": key, "center": "DAM", "your_center": "ALP"}
    check_refusal(
        api.post(f"/workstations/enrollments/{key}/revocation", aleppo), "enrollment_other_center"
    )
    check_refusal(api.get(f"/workstations/enrollments/{key}", aleppo), "enrollment_other_center")
    aleppo_list = EnrollmentList.model_validate_json(
        api.get("/workstations/enrollments", aleppo).text
    )
    assert aleppo_list.items == []
    assert api.post(f"/workstations/enrollments/{key}/approval").status_code == 401
    missing = api.post("/workstations/enrollments/DAM-W99/approval", api.login("dam.supervisor"))
    check_refusal(missing, "no_such_enrollment")
    # nothing changed on the server
    after = Enrollment.model_validate_json(api.get(f"/workstations/enrollments/{key}", clerk).text)
    assert after == enrolled


def test_a_new_key_replaces_the_pending_one_and_a_revoked_key_stays_revoked(
    api: Api, seen: Seen
) -> None:
    clerk, supervisor = api.login("dam.clerk1"), api.login("dam.supervisor")
    _, first = enroll(seen, clerk, "W7A4")
    _, second = enroll(seen, clerk, "W7A4")  # the keyring was lost: a new key
    assert (first.key_id, second.key_id) == ("DAM-W1", "DAM-W2")
    replaced = Enrollment.model_validate_json(
        api.get("/workstations/enrollments/DAM-W1", clerk).text
    )
    assert (replaced.status, replaced.revoked_by) == ("revoked", "(replaced)")
    check_refusal(
        api.post("/workstations/enrollments/DAM-W1/approval", supervisor), "enrollment_revoked"
    )
    declined = api.post("/workstations/enrollments/DAM-W2/revocation", supervisor)
    assert Enrollment.model_validate_json(declined.text).status is EnrollmentStatus.REVOKED
    # never certified: nothing to publish
    assert CenterKeys.model_validate_json(api.get("/centers/keys").text).revocations == []
    # the same public key for another workstation, or from another center, is refused
    body = {"workstation": "OTHER", "public_key": second.public_key}
    check_refusal(api.post("/workstations/enrollments", clerk, json=body), "public_key_in_use")
    aleppo = api.login("alp.clerk1")
    body = {"workstation": "W7A4", "public_key": second.public_key}
    check_refusal(api.post("/workstations/enrollments", aleppo, json=body), "public_key_in_use")
    bad = {"workstation": "W 1\n", "public_key": second.public_key}
    check_refusal(api.post("/workstations/enrollments", clerk, json=bad), "invalid_input")


def test_the_endpoint_that_served_private_keys_is_gone(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    for center in ("DAM", "ALP"):
        answer = api.get(f"/centers/{center}/signing-key", clerk)
        assert answer.status_code in (404, 405), answer.text
        assert "private" not in answer.text
    paths = api.client.get("/openapi.json").json()["paths"]
    assert not [path for path in paths if "signing-key" in path]
