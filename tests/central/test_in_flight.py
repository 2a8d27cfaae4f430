"""At most as many calls inside a server process as its pool has connections; the others
wait at the door, and the load balancer's probes never wait."""

from __future__ import annotations

import anyio
import httpx
import pytest
from starlette.types import Receive, Scope, Send

from central.in_flight import InFlightLimit


class Held:
    """An application that holds every call until told to let them go, counting how many
    are inside at once."""

    def __init__(self) -> None:
        self.inside = 0
        self.most = 0
        self.release = anyio.Event()
        self.entered = anyio.Event()
        self.limit_reached_at = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.inside += 1
        self.most = max(self.most, self.inside)
        if self.inside == self.limit_reached_at:
            self.entered.set()
        if not scope["path"].startswith("/api/v1/health"):
            await self.release.wait()
        self.inside -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


@pytest.mark.anyio
async def test_calls_past_the_limit_wait_and_the_probes_go_through() -> None:
    held = Held()
    held.limit_reached_at = 3
    app = InFlightLimit(held, limit=3, exempt=("/api/v1/health", "/api/v1/ready"))
    transport = httpx.ASGITransport(app=app)
    answers: list[int] = []
    async with httpx.AsyncClient(transport=transport, base_url="http://server") as client:

        async def call(path: str) -> None:
            answers.append((await client.get(path)).status_code)

        async with anyio.create_task_group() as calls:
            for n in range(12):
                calls.start_soon(call, f"/api/v1/requests?n={n}")
            await held.entered.wait()  # three are in; the nine others wait at the door
            for _ in range(20):
                await anyio.lowlevel.checkpoint()
            assert held.inside == 3
            health = await client.get("/api/v1/health")  # not held back by the full gate
            assert health.status_code == 200
            assert held.inside == 3 and answers == []
            held.release.set()
    assert answers == [200] * 12
    assert held.most == 3 + 1  # the three held, and the probe that went past them


def test_a_gate_that_lets_nobody_in_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one call"):
        InFlightLimit(Held(), limit=0, exempt=())


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
