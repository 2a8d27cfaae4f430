"""What a text costs as SMS segments, and the simulated gateway."""

from __future__ import annotations

import pytest

from central.sms import SimulatedSmsGateway, SmsGatewayError, segments


@pytest.mark.parametrize(
    ("text", "encoding", "units", "count"),
    [
        ("", "gsm7", 0, 1),
        ("a" * 160, "gsm7", 160, 1),
        ("a" * 161, "gsm7", 161, 2),  # 153 per segment once split
        ("a" * 306, "gsm7", 306, 2),
        ("a" * 307, "gsm7", 307, 3),
        ("€" * 80, "gsm7", 160, 1),  # the extension costs two septets each
        ("[" * 81, "gsm7", 162, 2),
        ("ب" * 70, "ucs2", 70, 1),
        ("ب" * 71, "ucs2", 71, 2),  # 67 per segment once split
        ("ب" * 134, "ucs2", 134, 2),
        ("ب" * 135, "ucs2", 135, 3),
        ("a" * 69 + "ب", "ucs2", 70, 1),  # one Arabic letter makes the whole text UCS-2
        ("😀" * 35, "ucs2", 70, 1),  # outside the BMP: two UTF-16 units each
        ("`", "ucs2", 1, 1),  # not in GSM 03.38
    ],
)
def test_segments_follow_gsm7_and_ucs2(text: str, encoding: str, units: int, count: int) -> None:
    cost = segments(text)
    assert (cost.encoding, cost.units, cost.segments) == (encoding, units, count)


def test_the_simulated_gateway_keeps_a_reference_once() -> None:
    gateway = SimulatedSmsGateway()
    first = gateway.send(reference="DAM-000001:dispatched", to="0933000000", text="نص")
    again = gateway.send(reference="DAM-000001:dispatched", to="0933000000", text="نص")
    other = gateway.send(reference="DAM-000002:dispatched", to="0933000001", text="نص")
    assert first == again != other
    assert [m.reference for m in gateway.messages] == [
        "DAM-000001:dispatched",
        "DAM-000002:dispatched",
    ]
    assert gateway.handovers == 3


def test_an_unreachable_gateway_takes_nothing() -> None:
    gateway = SimulatedSmsGateway()
    gateway.unreachable = True
    with pytest.raises(SmsGatewayError):
        gateway.send(reference="r", to="0933000000", text="t")
    assert gateway.messages == []


def test_two_server_processes_never_give_two_messages_one_gateway_id() -> None:
    # Each process has its own simulator; the ids are the gateway's, unique in the table.
    first, second = SimulatedSmsGateway(), SimulatedSmsGateway()
    one = first.send(reference="rejected:7", to="0944123456", text="نص")
    other = second.send(reference="ready:9", to="0944123456", text="نص")
    assert one != other
    assert second.send(reference="rejected:7", to="0944123456", text="نص") == one
