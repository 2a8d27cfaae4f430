"""The client's end of the log-in guard: log-out revokes the token, a throttled or locked
log-in is the server's refusal with its code (not "the server is unavailable")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from central.login_guard import LoginPolicy
from central.server import ServerThread
from sync.client import CentralClient, NotAuthenticated, Offline, Refused


def test_log_out_revokes_the_token(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = client_for(live_server.url)
    token = client.login("dam.clerk1", "demo").token
    client.logout()
    assert client.token is None
    again = client_for(live_server.url, token=token)
    with pytest.raises(NotAuthenticated) as caught:
        again.requests_page()
    assert caught.value.code == "session_revoked"


def test_a_throttled_then_locked_log_in_says_why(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = client_for(live_server.url)
    for _ in range(LoginPolicy().account_free_failures):
        with pytest.raises(NotAuthenticated):
            client.login("hms.clerk1", "wrong")
    with pytest.raises(Refused) as caught:
        client.login("hms.clerk1", "demo")
    assert not isinstance(caught.value, Offline)  # the desk must not log in offline instead
    assert caught.value.status == 429
    assert caught.value.code == "login_throttled"
    assert int(caught.value.values["seconds"]) >= 1


def test_log_out_with_the_server_gone_forgets_the_token(
    closed_port_url: str, client_for: Callable[..., CentralClient]
) -> None:
    client = client_for(closed_port_url, token="a-token-of-a-server-now-gone")
    with pytest.raises(Offline):
        client.logout()
    assert client.token is None
