"""The centers' verification keys: public to all, private to the center's own users."""

from __future__ import annotations

import base64
import subprocess
import sys
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from central.seed import CENTERS
from clerk_desk.api import CenterKeys, CenterSigningKey
from tests.central.conftest import Api


def _raw(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_public_keys_need_no_login(api: Api) -> None:
    answer = api.get("/centers/keys")
    assert answer.status_code == 200, answer.text
    keys = CenterKeys.model_validate_json(answer.text).keys
    assert sorted(k.center_code for k in keys) == sorted(c.code for c in CENTERS)
    assert all(k.key_id == f"{k.center_code}-1" and k.algorithm == "Ed25519" for k in keys)
    assert "private" not in answer.text


def test_a_clerk_gets_their_own_centers_private_key(api: Api) -> None:
    headers = api.login("dam.clerk1")
    answer = api.get("/centers/DAM/signing-key", headers)
    assert answer.status_code == 200, answer.text
    key = CenterSigningKey.model_validate_json(answer.text)
    public = Ed25519PrivateKey.from_private_bytes(_raw(key.private_key)).public_key()
    published = {
        k.key_id: k for k in CenterKeys.model_validate_json(api.get("/centers/keys").text).keys
    }
    assert public.public_bytes(Encoding.Raw, PublicFormat.Raw) == _raw(
        published[key.key_id].public_key
    )
    assert api.get("/centers/ALP/signing-key", headers).status_code == 403
    assert api.get("/centers/DAM/signing-key").status_code == 401
    assert api.get("/centers/dam/signing-key", headers).status_code == 422


def test_a_document_signed_with_the_handed_key_verifies_against_the_server(
    api: Api, tmp_path: Path
) -> None:
    from printing.document import CivilRecord, DocumentFacts, render_document
    from printing.verification import DocumentSigner

    headers = api.login("dam.clerk1")
    key = CenterSigningKey.model_validate_json(api.get("/centers/DAM/signing-key", headers).text)
    record = CivilRecord(
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
    facts = DocumentFacts(
        "DAM-2026-000001",
        date(2026, 3, 1),
        "دمشق",
        "مركز خدمة المواطن",
        "DAM",
        "civil_extract_individual",
        "DAM-000001",
        record,
    )
    path = tmp_path / "doc.pdf"
    path.write_bytes(render_document(facts, signer=DocumentSigner.from_api(key)))
    done = subprocess.run(
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
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "DAM-1" in done.stdout
