"""How many calls one server process works on at once.

Each call's work runs in a worker thread and holds a database connection from the
process's pool while its session lives: from the first query of the dependency that finds
the caller, through the route, to the session's close. Between those steps the call waits
for a worker thread again. Let more calls in than the pool has connections and, under a
burst, every worker thread can end up waiting for a connection while the connections'
holders wait for a worker thread to finish on: nothing moves until the pool's timeout fails
calls (seen at 1,000 simulated workstations on one process: the server stood still for
minutes, /health included).

So calls wait at the door instead (:class:`InFlightLimit`), holding no thread and no
connection, and at most as many are inside as the pool has connections (the pool's
overflow is left for the few calls that open a second session). The load balancer's
probes are never held back, nor is the training payment gateway served beside the API
(``/gateway-sim``), which a call of the API may itself be asking.
"""

from __future__ import annotations

from anyio import Semaphore
from starlette.types import ASGIApp, Receive, Scope, Send


class InFlightLimit:
    """At most ``limit`` HTTP calls inside ``app`` at once; a path that starts with one of
    ``exempt`` always goes straight in."""

    def __init__(self, app: ASGIApp, *, limit: int, exempt: tuple[str, ...]) -> None:
        if limit < 1:
            raise ValueError(f"at least one call must be let in, not {limit}")
        self.app = app
        self.exempt = exempt
        # anyio's semaphore binds to no event loop: one app may serve several in turn.
        self._gate = Semaphore(limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        async with self._gate:
            await self.app(scope, receive, send)
