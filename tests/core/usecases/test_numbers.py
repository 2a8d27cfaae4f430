"""The workstation's number blocks through the session's use cases, against the live
reference server: checked at log-in, topped up after a print off the clerk's path."""

from __future__ import annotations

from sqlalchemy.orm import Session

from clerk_desk import number_blocks
from clerk_desk.store_recovery import StoreCheck
from clerk_desk.workflow import Actor

from .conftest import Station, StationFactory

DOWN = "http://127.0.0.1:9"


def unused_documents(station: Station) -> int:
    with station.context.sessions() as session:
        return sum(u.unused for u in number_blocks.uses(session) if u.kind == "document")


def use_up(session: Session, actor: Actor, year: int, count: int) -> None:
    for _ in range(count):
        number_blocks.next_document_number(session, actor, year)


def test_running_low_after_a_print_more_blocks_come_aside(station_at: StationFactory) -> None:
    station = station_at()
    station.session.login("dam.clerk1", "demo")
    numbers = station.session.numbers
    assert numbers.check is StoreCheck.RECOGNISED
    held = unused_documents(station)
    assert held > 0  # the blocks came with the log-in's check
    year = numbers.today().year
    with station.context.sessions.begin() as session:
        use_up(session, station.context.actor, year, held)
    assert unused_documents(station) == 0

    numbers.after_print()  # returns at once: the top-up runs aside
    station.top_up.wait()
    assert unused_documents(station) > 0


def test_logged_in_offline_nothing_is_asked_after_a_print(station_at: StationFactory) -> None:
    online = station_at("desk")
    online.session.login("dam.clerk1", "demo")
    offline = station_at("desk", server_url=DOWN, workstation=online.workstation)
    offline.session.login("dam.clerk1", "demo")
    assert offline.session.numbers.check is StoreCheck.OFFLINE
    offline.session.numbers.after_print()
    assert offline.top_up.pending is None  # nothing handed aside: the next log-in checks


def test_the_blocks_held_are_the_servers_open_ones(station_at: StationFactory) -> None:
    station = station_at()
    station.session.login("dam.clerk1", "demo")
    held = station.session.numbers.held()
    supervisor = station.client.sibling()
    try:
        supervisor.login("dam.supervisor", "demo")
        at_server = supervisor.workstation_blocks(station.workstation).items
    finally:
        supervisor.close()
    open_ones = {
        (b.block_id, b.kind, b.series, b.first, b.last) for b in at_server if b.closed_at is None
    }
    assert {(u.block_id, u.kind, u.series, u.first, u.last) for u in held} == open_ones
    assert {u.kind for u in held} == {"document", "tracking"}
