"""The centers' keys: public to all, private to nobody (they certify workstation keys)."""

from __future__ import annotations

from central.seed import CENTERS
from clerk_desk.api import CenterKeys
from tests.central.conftest import START, Api


def test_public_keys_need_no_login(api: Api) -> None:
    answer = api.get("/centers/keys")
    assert answer.status_code == 200, answer.text
    published = CenterKeys.model_validate_json(answer.text)
    keys = published.keys
    assert sorted(k.center_code for k in keys) == sorted(c.code for c in CENTERS)
    assert all(k.key_id == f"{k.center_code}-1" and k.algorithm == "Ed25519" for k in keys)
    assert "private" not in answer.text
    assert published.certificates == [] and published.revocations == []
    assert published.as_of == START  # how fresh the revocations of a saved copy are
