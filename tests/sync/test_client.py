"""The central server's client against the reference server: log-in, pages, leases, the registry."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import requests

from central.server import ServerThread
from clerk_desk.national_number import InvalidNationalNumber
from sync.client import (
    CentralClient,
    Conflict,
    NotAuthenticated,
    Offline,
    Refused,
)
from tests.sync.servers import GOOD_RECORD, NN, FakeCentral, logged_in

# --- the reference server -----------------------------------------------------------------


def test_log_in(live_server: ServerThread, client_for: Callable[..., CentralClient]) -> None:
    client = client_for(live_server.url)
    result = client.login("dam.clerk1", "demo", "W1")
    assert result.user.username == "dam.clerk1"
    assert result.user.role == "clerk"
    assert result.user.center.code == "DAM"
    assert client.token == result.token
    assert result.token


def test_the_base_url_may_end_with_a_slash(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = client_for(live_server.url + "/")
    assert client.login("alp.clerk1", "demo").user.center.code == "ALP"


@pytest.mark.parametrize(("username", "password"), [("dam.clerk1", "wrong"), ("nobody", "demo")])
def test_a_wrong_log_in_is_not_authenticated(
    live_server: ServerThread,
    client_for: Callable[..., CentralClient],
    username: str,
    password: str,
) -> None:
    client = client_for(live_server.url)
    with pytest.raises(NotAuthenticated) as caught:
        client.login(username, password)
    assert caught.value.status == 401
    assert caught.value.message == "wrong user name or password"
    assert client.token is None


def test_without_logging_in_nothing_is_listed(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    with pytest.raises(NotAuthenticated) as caught:
        client_for(live_server.url).requests_page()
    assert caught.value.status == 401


def test_a_clerk_sees_only_the_requests_of_their_center(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    page = client.requests_page()
    assert page.items
    assert not page.more
    assert {item.center_code for item in page.items} == {"DAM"}
    assert all(item.id.startswith("DAM-") for item in page.items)

    aleppo = logged_in(client_for, live_server, "alp.clerk1").requests_page()
    assert {item.center_code for item in aleppo.items} == {"ALP"}
    assert not {i.id for i in page.items} & {i.id for i in aleppo.items}


def test_the_cursor_returns_only_what_changed(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    first = client.requests_page()
    again = client.requests_page(since=first.cursor)
    assert again.items == []
    assert again.cursor == first.cursor
    # A claim changes one request: the next page carries exactly that one.
    client.claim("DAM-000003")
    changed = client.requests_page(since=first.cursor)
    assert [item.id for item in changed.items] == ["DAM-000003"]
    assert changed.items[0].claimed_by == "dam.clerk1"


def test_pages_are_limited_and_continue(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    everything = [item.id for item in client.requests_page().items]
    paged: list[str] = []
    cursor = ""
    while True:
        page = client.requests_page(since=cursor, limit=7)
        assert len(page.items) <= 7
        paged += [item.id for item in page.items]
        cursor = page.cursor
        if not page.more:
            break
    assert paged == everything


def test_a_claim_held_by_another_clerk_is_a_conflict(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    first = logged_in(client_for, live_server, "dam.clerk1")
    second = logged_in(client_for, live_server, "dam.clerk2")
    claim = first.claim("DAM-000001")
    assert claim.claimed_by == "dam.clerk1"
    with pytest.raises(Conflict) as caught:
        second.claim("DAM-000001")
    assert caught.value.status == 409
    assert "DAM-000001 is being worked by dam.clerk1" in caught.value.message
    assert caught.value.code == "leased_until"  # for the clerk's language
    assert caught.value.values["holder"] == "dam.clerk1"
    assert isinstance(caught.value, Refused)  # retrying will not help
    # The holder may renew it.
    assert first.claim("DAM-000001").claimed_by == "dam.clerk1"


def test_a_request_of_another_center_is_refused(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "alp.clerk1")
    with pytest.raises(Refused) as caught:
        client.claim("DAM-000001")
    assert "belongs to center DAM" in caught.value.message


def test_the_claim_brings_the_subjects_registry_record(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    item = client.requests_page().items[0]
    claim = client.claim(item.id, with_registry=True)
    assert claim.registry is not None and claim.registry_answer == "found"
    assert claim.registry.national_number == item.subject.national_number
    assert claim.registry.first_name
    # The record of the subject of a held request, also asked on its own.
    record = client.registry_record(item.subject.national_number)
    assert record == claim.registry
    assert client.claim(item.id).registry is None  # a renewal does not look it up again


def test_a_look_up_outside_the_work_is_refused_with_the_servers_reason(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    with pytest.raises(Refused) as caught:
        client.registry_record("99999999999")
    assert caught.value.status == 403
    assert caught.value.code == "registry_refused"


@pytest.mark.parametrize("number", ["123", "1234567890A", "12345 678901", ""])
def test_a_malformed_national_number_is_refused_before_any_http(
    fake: FakeCentral, client_for: Callable[..., CentralClient], number: str
) -> None:
    client = client_for(fake.url, token="t")
    with pytest.raises(InvalidNationalNumber):
        client.registry_record(number)
    assert fake.seen == []


def test_arabic_indic_digits_are_sent_in_canonical_form(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    fake.answer(f"/registry/{NN}", GOOD_RECORD)
    client = client_for(fake.url, token="t")
    assert client.registry_record("٠١٢٣٤٥٦٧٨٩٠").national_number == NN
    assert fake.seen == [f"GET /registry/{NN}"]


def test_a_server_that_is_down_is_offline(
    closed_port_url: str, client_for: Callable[..., CentralClient]
) -> None:
    client = client_for(closed_port_url)
    with pytest.raises(Offline) as caught:
        client.login("dam.clerk1", "demo")
    assert caught.value.message == "the central server cannot be reached"
    assert (caught.value.code, caught.value.values) == ("unreachable", {})
    assert caught.value.status is None
    with pytest.raises(Offline):
        client.requests_page()


def test_a_stopped_server_is_offline(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    live_server.stop()
    with pytest.raises(Offline):
        client.requests_page()


def test_a_requests_post_events_and_notifications(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = client_for(live_server.url)
    client.login("dam.clerk1", "demo", "W1")
    request_id = client.requests_page().items[0].id
    events = client.post_events(request_id)
    assert (events.request_id, events.items) == (request_id, [])
    sent = client.notifications(request_id)
    assert (sent.request_id, sent.items) == (request_id, [])
    other = client_for(live_server.url)
    other.login("alp.clerk1", "demo", "W1")
    with pytest.raises(Refused) as caught:
        other.post_events(request_id)
    assert caught.value.status == 403
    with pytest.raises(Refused):
        other.notifications(request_id)


def test_a_pull_with_nothing_new_is_a_304_and_pages_come_gzipped(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    seen: list[tuple[int, str | None]] = []

    def record(response: requests.Response, *_args: object, **_kwargs: object) -> None:
        seen.append((response.status_code, response.headers.get("Content-Encoding")))

    client._http.hooks["response"].append(record)
    first = client.requests_page()
    empty = client.requests_page(since=first.cursor)
    assert client.requests_page(since=first.cursor) == empty  # the kept page, on a 304
    assert seen == [(200, "gzip"), (200, None), (304, None)]
    assert empty.items == [] and empty.cursor == first.cursor
    # Something changed: the same question gets the new page, not the kept one.
    client.claim("DAM-000003")
    changed = client.requests_page(since=first.cursor)
    assert [item.id for item in changed.items] == ["DAM-000003"]
    assert seen[-1][0] == 200


# --- the supervisor's fees ------------------------------------------------------------------


def test_the_money_of_a_day_and_the_training_gateways_settlement_agree(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    from datetime import UTC, datetime, time, timedelta

    from clerk_desk.fee_reconciliation import MoneyLine, fee_reconciliation, read_settlement

    client = logged_in(client_for, live_server, "dam.supervisor")
    today = datetime.now(UTC).date()
    since = datetime.combine(today, time(), UTC)
    money = client.money(since, since + timedelta(days=1))
    assert money.center_code == "DAM" and money.collected  # the demo's payments of today
    assert money.collected_total == sum(c.amount for c in money.collected)
    settlement = client.training_settlement(today)
    assert settlement.startswith(b"reference,amount,channel,date\n")
    ours = [MoneyLine(x.reference, x.amount, x.channel, x.day) for x in money.lines]
    # The simulator settles every center's payments: the others' are left out, by reference.
    rec = fee_reconciliation(ours, read_settlement(settlement), today, today, money.other_centers)
    assert rec.differences == () and rec.other_center_lines > 0
    assert rec.here_lines == rec.settled_lines == len(ours)


def test_a_server_without_a_training_gateway_answers_404(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    from datetime import date

    client = client_for(fake.url, token="t")
    with pytest.raises(Refused) as refused:
        client.training_settlement(date(2026, 3, 1))
    assert refused.value.status == 404
    assert fake.seen == ["GET /gateway-sim/settlements/2026-03-01"]
