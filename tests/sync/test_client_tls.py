"""TLS to the central server: the configured authority is the one trusted, whatever the
environment says, and a failed verification reaches the clerk with OpenSSL's reason."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.client import CentralClient, Refused
from tests.sync.servers import GOOD_ITEM, FakeCentral
from tests.tls import Authority, authority


@pytest.fixture
def center_ca(tmp_path: Path) -> Authority:
    return authority(tmp_path / "center-ca.pem", "Damascus center CA")


@pytest.fixture
def https_central(center_ca: Authority, tmp_path: Path) -> Iterator[FakeCentral]:
    cert, key = center_ca.server_files(tmp_path / "server")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    fake = FakeCentral(tls=context)
    fake.answer(f"/requests/{GOOD_ITEM['id']}", GOOD_ITEM)
    try:
        yield fake
    finally:
        fake.stop()


def test_the_configured_authority_wins_over_the_environment(
    https_central: FakeCentral,
    center_ca: Authority,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another authority in the environment, as a proxy or another program may set it.
    other = authority(tmp_path / "other-ca.pem", "Some other CA")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other.pem))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(other.pem))
    client = CentralClient(https_central.url, ca_bundle=str(center_ca.pem), token="t")
    try:
        assert client.request(GOOD_ITEM["id"]).id == GOOD_ITEM["id"]
    finally:
        client.close()


def test_an_unknown_authority_is_refused_with_openssls_reason(
    https_central: FakeCentral, tmp_path: Path
) -> None:
    other = authority(tmp_path / "other-ca.pem", "Some other CA")
    client = CentralClient(https_central.url, ca_bundle=str(other.pem), token="t")
    try:
        with pytest.raises(Refused) as refused:
            client.request(GOOD_ITEM["id"])
    finally:
        client.close()
    assert refused.value.code == "certificate"
    reason = refused.value.values["reason"]
    assert "certificate" in reason and "(" not in reason, reason
    assert str(refused.value) == f"the server's certificate could not be verified ({reason})"
