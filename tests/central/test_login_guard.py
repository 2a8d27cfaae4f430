"""Log-ins a guesser cannot walk through, through the real HTTP API: a growing wait, a
lock-out a supervisor of the center lifts (audited), the same hash work for unknown and
known user names, log-out, idle and shift expiry, and a password change that ends the
other sessions. The server's clock is the test's (no sleeps)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import time, timedelta
from typing import Any

import httpx
import pytest
from argon2 import Parameters, extract_parameters
from sqlalchemy import select, update

from central import security
from central.db import LoginThrottleRow, TokenRow, UserRow, make_engine, read_session
from central.db import write_session as db_write_session
from central.login_guard import LoginPolicy
from central.security import PRODUCTION_PARAMETERS, hash_password, token_digest
from central.server import ServerThread
from tests.central.conftest import LEASE_SECONDS, START, Api, FakeClock
from tests.central.test_refusals import check_refusal

POLICY = LoginPolicy()


def attempt(api: Api, username: str, password: str, **kw: Any) -> httpx.Response:
    return api.post("/login", json={"username": username, "password": password}, **kw)


def guess_until_locked(api: Api, username: str, guesses: int = 30) -> list[int]:
    """Send ``guesses`` wrong passwords, waiting out each 429 on the server's clock."""
    statuses: list[int] = []
    for _ in range(guesses):
        answer = attempt(api, username, "not-the-password")
        statuses.append(answer.status_code)
        if answer.status_code == 429:
            values = check_refusal(answer, "login_throttled")
            assert answer.headers["retry-after"] == values["seconds"]
            api.clock.advance(seconds=int(values["seconds"]))
    return statuses


def events(api: Api, headers: dict[str, str]) -> list[dict[str, Any]]:
    answer = api.get("/security-events", headers)
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


# --- throttling and lock-out ------------------------------------------------------------


def test_thirty_wrong_passwords_are_delayed_then_locked_and_a_supervisor_unlocks(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="central")
    statuses = guess_until_locked(api, "dam.clerk1")

    free = POLICY.account_free_failures
    assert statuses[:free] == [401] * free  # a few typos cost nothing
    assert statuses[free] == 429  # then a wait, which grows
    first_lock = statuses.index(423)
    assert statuses.count(401) == POLICY.account_lockout  # the 10th failure locked it
    assert 429 in statuses[:first_lock]
    assert set(statuses[first_lock:]) == {423}

    # Locked: the right password is refused too, and the refusal says what to do.
    check_refusal(attempt(api, "dam.clerk1", "demo"), "account_locked")

    # A clerk cannot lift it, nor a supervisor of another center.
    clerk = api.login("dam.clerk2")
    check_refusal(api.post("/users/dam.clerk1/unlock", clerk), "wrong_role")
    aleppo = api.login("alp.supervisor")
    check_refusal(api.post("/users/dam.clerk1/unlock", aleppo), "user_other_center")
    check_refusal(attempt(api, "dam.clerk1", "demo"), "account_locked")

    supervisor = api.login("dam.supervisor")
    assert api.post("/users/dam.clerk1/unlock", supervisor).status_code == 204
    check_refusal(api.post("/users/dam.clerk1/unlock", supervisor), "not_locked")
    check_refusal(api.post("/users/nobody.here/unlock", supervisor), "no_such_user")
    assert attempt(api, "dam.clerk1", "demo").status_code == 200

    # Audited: a row the center's supervisor reads (and Aleppo's does not) ...
    seen = events(api, supervisor)
    assert [(e["kind"], e["username"], e["by"]) for e in seen] == [
        ("unlocked", "dam.clerk1", "dam.supervisor"),
        ("locked", "dam.clerk1", ""),
    ]
    assert seen[1]["failures"] == POLICY.account_lockout
    assert events(api, aleppo) == []
    check_refusal(api.get("/security-events", clerk), "wrong_role")
    # ... and the central log, with the account's name and the supervisor's only.
    text = "\n".join(r.getMessage() for r in caplog.records if r.name == "central")
    assert "account dam.clerk1 locked after 10 failed log-ins" in text
    assert "account dam.clerk1 unlocked by dam.supervisor" in text
    assert "not-the-password" not in text


def test_a_good_log_in_starts_the_account_afresh(api: Api) -> None:
    for _ in range(POLICY.account_free_failures):
        assert attempt(api, "dam.clerk1", "wrong").status_code == 401
    assert attempt(api, "dam.clerk1", "demo").status_code == 429  # the wait runs for all
    api.clock.advance(seconds=1)
    assert attempt(api, "dam.clerk1", "demo").status_code == 200
    for _ in range(POLICY.account_free_failures):  # free again
        assert attempt(api, "dam.clerk1", "wrong").status_code == 401


def test_unknown_names_are_throttled_and_locked_like_known_ones(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="central")
    known = guess_until_locked(api, "dam.clerk2")
    unknown = guess_until_locked(api, "dam.clerk9")
    assert known == unknown  # nothing in the answers tells which name exists
    text = "\n".join(r.getMessage() for r in caplog.records if r.name == "central")
    assert "an unknown user name locked after 10 failed log-ins" in text
    assert "dam.clerk9" not in text  # a name typed may be a password in the wrong field


def test_one_address_guessing_many_accounts_is_slowed(api: Api) -> None:
    names = [f"{c}.{r}" for c in ("dam", "alp", "hms", "hma", "ltk") for r in ("clerk1", "clerk2")]
    statuses = []
    for i in range(POLICY.address_free_failures + 1):
        statuses.append(attempt(api, names[i % len(names)], "spray").status_code)
    # No account reached its own limit; the address did.
    assert statuses[:-1] == [401] * POLICY.address_free_failures
    assert statuses[-1] == 429
    check_refusal(attempt(api, "ltk.supervisor", "demo"), "login_throttled")
    # Another address (a counter of another center) is not held up by this one.
    other = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(base_url=api.client.base_url, transport=other, timeout=30) as client:
        answer = client.post(
            api.url("/login"), json={"username": "ltk.supervisor", "password": "demo"}
        )
    assert answer.status_code == 200, answer.text


# --- the same hash work for every name --------------------------------------------------


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[Parameters]:
    """The parameters of every hash the server verifies against, in order."""
    seen: list[Parameters] = []
    real = security._verify_hash

    def spy(password_hash: str, password: str) -> bool:
        seen.append(extract_parameters(password_hash))
        return real(password_hash, password)

    monkeypatch.setattr(security, "_verify_hash", spy)
    return seen


def demo_parameters(database_url: str) -> Parameters:
    engine = make_engine(database_url)
    try:
        with read_session(engine) as session:
            stored = session.scalar(select(UserRow.password_hash).limit(1))
    finally:
        engine.dispose()
    assert stored is not None
    return extract_parameters(stored)


def test_unknown_and_known_names_cost_one_hash_with_the_users_parameters(
    api: Api, hashed: list[Parameters]
) -> None:
    assert attempt(api, "dam.clerk1", "wrong").status_code == 401
    assert attempt(api, "nobody.at.all", "wrong").status_code == 401
    in_force = demo_parameters(api.database_url)  # the demo seed's cheap parameters
    assert hashed == [in_force, in_force]


@pytest.fixture
def production_api(database_url: str) -> Iterator[Api]:
    """A server whose users' passwords were hashed with the production parameters."""
    engine = make_engine(database_url)
    try:
        with db_write_session(engine) as session:
            session.execute(update(UserRow).values(password_hash=hash_password("demo")))
            session.commit()
    finally:
        engine.dispose()
    clock = FakeClock()
    with ServerThread(database_url, seed="demo", clock=clock) as server:
        server.start()
        with httpx.Client(base_url=server.url, timeout=30) as client:
            yield Api(client, clock, database_url)


def test_in_production_an_unknown_name_costs_the_production_hash(
    production_api: Api, hashed: list[Parameters]
) -> None:
    assert attempt(production_api, "dam.clerk1", "wrong").status_code == 401
    assert attempt(production_api, "dam.nobody", "wrong").status_code == 401
    assert hashed == [PRODUCTION_PARAMETERS, PRODUCTION_PARAMETERS]


def test_throttled_and_locked_attempts_cost_no_hash(api: Api, hashed: list[Parameters]) -> None:
    guess_until_locked(api, "dam.clerk1")
    assert len(hashed) == POLICY.account_lockout  # only the counted attempts were checked


# --- tokens: log-out, idle, shift, password change --------------------------------------


def token_of(headers: dict[str, str]) -> str:
    return headers["Authorization"].removeprefix("Bearer ")


def token_row(api: Api, headers: dict[str, str]) -> TokenRow:
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            row = session.get(TokenRow, token_digest(token_of(headers)))
    finally:
        engine.dispose()
    assert row is not None
    return row


def test_log_out_revokes_only_the_callers_token(api: Api) -> None:
    first, second = api.login("dam.clerk1"), api.login("dam.clerk1")
    assert api.post("/logout", first).status_code == 204
    check_refusal(api.get("/requests", first), "session_revoked")
    check_refusal(api.post("/logout", first), "session_revoked")
    assert api.get("/requests", second).status_code == 200


def test_a_token_unused_for_the_idle_time_is_refused_and_use_slides_it(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    idle = POLICY.token_idle
    for _ in range(3):  # used a moment before the idle time each time: it stays alive
        api.clock.advance(seconds=idle.total_seconds() - 1)
        assert api.get("/requests", clerk).status_code == 200
    api.clock.advance(seconds=idle.total_seconds())
    check_refusal(api.get("/requests", clerk), "session_idle")


def test_use_is_written_at_most_once_a_minute(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    api.clock.advance(minutes=5)
    assert api.get("/requests", clerk).status_code == 200
    written = token_row(api, clerk).last_used_at
    assert written == api.clock.now
    api.clock.advance(seconds=30)
    assert api.get("/requests", clerk).status_code == 200  # a read route
    assert api.post("/logout", api.login("dam.clerk2")).status_code == 204
    assert token_row(api, clerk).last_used_at == written  # not written again
    api.clock.advance(seconds=31)
    assert api.get("/notices", clerk).status_code == 200
    assert token_row(api, clerk).last_used_at == api.clock.now


@pytest.fixture
def shift_api(database_url: str) -> Iterator[Api]:
    """A server whose shifts end at 15:00 and 23:00, Damascus time (UTC+3)."""
    clock = FakeClock()  # 09:00 UTC, 12:00 in Damascus
    logins = LoginPolicy(shift_ends=(time(15, 0), time(23, 0)))
    server = ServerThread(
        database_url, seed="demo", lease_seconds=LEASE_SECONDS, clock=clock, logins=logins
    )
    with server:
        server.start()
        with httpx.Client(base_url=server.url, timeout=30) as client:
            yield Api(client, clock, database_url)


def test_a_token_ends_with_the_shift(shift_api: Api) -> None:
    api = shift_api
    answer = attempt(api, "dam.clerk1", "demo")
    assert answer.status_code == 200
    expires_at = answer.json()["expires_at"]
    assert expires_at.startswith("2026-03-01T12:00:00")  # 15:00 in Damascus
    clerk = {"Authorization": f"Bearer {answer.json()['token']}"}
    for _ in range(5):  # busy all afternoon
        api.clock.advance(minutes=35)
        assert api.get("/requests", clerk).status_code == 200
    api.clock.advance(minutes=5)  # 15:00
    check_refusal(api.get("/requests", clerk), "session_expired")
    # Logged in again now, the token lasts until the evening shift ends.
    later = attempt(api, "dam.clerk1", "demo").json()["expires_at"]
    assert later.startswith("2026-03-01T20:00:00")


def test_a_token_without_a_shift_end_lasts_the_longest_lifetime(api: Api) -> None:
    answer = attempt(api, "dam.clerk1", "demo").json()
    assert answer["expires_at"].startswith((START + timedelta(hours=12)).strftime("%Y-%m-%dT%H"))


def test_a_changed_password_ends_the_other_sessions(api: Api) -> None:
    here, elsewhere = api.login("dam.clerk1"), api.login("dam.clerk1")
    change = {"old_password": "demo", "new_password": "a longer secret"}
    check_refusal(
        api.post("/password", here, json={**change, "new_password": "short"}), "password_too_short"
    )
    check_refusal(
        api.post("/password", here, json={**change, "old_password": change["new_password"]}),
        "password_unchanged",
    )
    check_refusal(
        api.post("/password", here, json={**change, "old_password": "wrong"}), "wrong_old_password"
    )
    assert api.get("/requests", elsewhere).status_code == 200  # nothing changed yet

    assert api.post("/password", here, json=change).status_code == 204
    check_refusal(api.get("/requests", elsewhere), "session_revoked")
    assert api.get("/requests", here).status_code == 200
    assert attempt(api, "dam.clerk1", "demo").status_code == 401
    assert attempt(api, "dam.clerk1", "a longer secret").status_code == 200
    supervisor = api.login("dam.supervisor")
    assert events(api, supervisor)[0]["kind"] == "password_changed"


def test_wrong_current_passwords_count_as_failed_log_ins(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    body = {"old_password": "wrong", "new_password": "a longer secret"}
    for _ in range(POLICY.account_free_failures):
        check_refusal(api.post("/password", clerk, json=body), "wrong_old_password")
    check_refusal(api.post("/password", clerk, json=body), "login_throttled")


def test_the_demo_log_in_is_not_held_up(api: Api) -> None:
    """`make run` logs the demo clerk in again and again: nothing counts against it."""
    for _ in range(POLICY.account_lockout + POLICY.address_free_failures):
        assert attempt(api, "dam.clerk1", "demo").status_code == 200
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            rows = session.scalars(select(LoginThrottleRow)).all()
    finally:
        engine.dispose()
    assert [(r.kind, r.failures) for r in rows] == [("address", 0)]


def test_a_training_server_starts_with_the_demo_accounts_open(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with db_write_session(engine) as session:
            session.add(
                LoginThrottleRow(
                    kind="account",
                    subject="dam.clerk1",
                    failures=POLICY.account_lockout,
                    last_failure_at=START,
                    locked_at=START,
                )
            )
            session.commit()
    finally:
        engine.dispose()
    body = {"username": "dam.clerk1", "password": "demo"}
    with ServerThread(database_url, seed=None) as server:  # a real server keeps the lock
        server.start()
        assert httpx.post(server.api_url + "/login", json=body, timeout=30).status_code == 423
    with ServerThread(database_url, seed="demo") as server:  # `make run`'s does not
        server.start()
        assert httpx.post(server.api_url + "/login", json=body, timeout=30).status_code == 200


def test_the_server_command_takes_the_shift_ends() -> None:
    from clerk_desk.cli import _parser

    args = _parser().parse_args(["server", "--shift-end", "15:00", "--shift-end", "23:30"])
    assert args.shift_end == [time(15, 0), time(23, 30)]
    with pytest.raises(SystemExit):
        _parser().parse_args(["server", "--shift-end", "3 pm"])
