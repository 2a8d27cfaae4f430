"""One thread that talks to the central server for the whole workstation.

The :class:`SyncWorker` owns the :class:`~sync.client.CentralClient` (its HTTP session is
used from this thread only) and runs, one at a time:

1. **calls** someone waits for (a claim, a paper fetched now, a supervisor's figures, the
   log-in): :meth:`SyncWorker.call`, or any method of :attr:`SyncWorker.link`. They go
   ahead of everything else;
2. **background work** nobody waits for, asked for with a nudge that returns at once and
   coalesces with the nudges before it: pushing the outbox (:meth:`deliver_soon`), renewing
   the open request's lease (:meth:`keep_lease`), pulling the center's requests and
   fetching their papers (:meth:`pull_soon`). A push runs one message at a time and a pull
   one page (or one paper): a call waits at most one exchange behind them.

Calls through :attr:`SyncWorker.link` say whether the server answered (``WentOffline``,
``CameOnline``) like the background work does.

What came of background work reaches the UI as ``sync.events`` (``ui.sync_bridge`` turns
them into Qt signals): ``Pulled``, ``PapersFetched``, ``OutboxChanged``, ``MessageRefused``,
``LeaseLost``, ``WentOffline``/``CameOnline``, and ``SyncFailed`` for a pull that failed.
The worker has no clock of its own: the UI's timers nudge it.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.store_file import StoreFile
from clerk_desk.workflow import Actor, UpsertResult
from sync.client import CentralClient, Conflict, Offline, ServerError
from sync.events import CameOnline, EventHub, LeaseLost, SyncFailed, WentOffline
from sync.leases import Clock, LeaseKeeper, LeaseTaken
from sync.outbox import OutboxPusher, PushResult
from sync.puller import Puller
from sync.stepwise import Steps, to_the_end

log = logging.getLogger(__name__)

T = TypeVar("T")


def _utcnow() -> datetime:
    return datetime.now(UTC)


class WorkerStopped(Offline):
    """The sync worker was stopped (the desk is closing): nothing more goes to the server."""


class _Pull:
    """A pull under way: its steps, and the future its waiters hold."""

    def __init__(self, steps: Steps[UpsertResult], done: Future[UpsertResult]) -> None:
        self.steps = steps
        self.done = done


class SyncWorker:
    """Serializes everything that talks to the central server on one thread.

    ``actor`` says who renews a lease now (None: nobody who holds leases is logged in);
    ``store_file`` is checked before each pull (a store deleted under the program is
    noticed there); ``clock`` is the lease keeper's.
    """

    def __init__(
        self,
        client: CentralClient,
        sessions: sessionmaker[Session],
        events: EventHub,
        *,
        actor: Callable[[], Actor | None] = lambda: None,
        store_file: StoreFile | None = None,
        page_size: int = 1000,
        clock: Clock = _utcnow,
    ) -> None:
        self._client = client
        self.sessions = sessions
        self.events = events
        self.actor = actor
        self.store_file = store_file
        self.clock = clock
        self.pusher = OutboxPusher(client, sessions, events)
        self.puller = Puller(client, sessions, events, page_size)
        self.link: CentralClient = cast(CentralClient, _Link(self))
        self._ready = threading.Condition()
        self._calls: deque[Callable[[], None]] = deque()
        self._push_due = False
        self._pushing: Steps[PushResult] | None = None
        self._pull_wanted: Future[UpsertResult] | None = None
        self._pulling: _Pull | None = None
        self._lease: str | None = None
        self._lease_due = False
        self._stopping = False
        self._busy = False  # a job is running now
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._thread.start()

    # --- what others hand it ------------------------------------------------------------

    def call(self, fn: Callable[[CentralClient], T]) -> T:
        """Run ``fn`` with the client on the worker, ahead of background work; block until
        it ran and return its result, or raise what it raised. :class:`WorkerStopped` once
        the worker is stopped."""
        if threading.current_thread() is self._thread:  # already here: a call within a call
            return fn(self._client)
        done: Future[T] = Future()

        def job() -> None:
            try:
                result = fn(self._client)
            except BaseException as exc:  # the caller's to handle, on its own thread
                done.set_exception(exc)
            else:
                done.set_result(result)

        with self._ready:
            if self._stopping:
                raise WorkerStopped.of("unreachable")
            self._calls.append(job)
            self._ready.notify_all()
        return done.result()

    def deliver_soon(self) -> None:
        """Push the outbox at the worker's next turn (``clerk_desk.ports.link.Courier``);
        returns at once. A push under way is followed by another."""
        with self._ready:
            self._push_due = True
            self._ready.notify_all()

    def pull_soon(self) -> Future[UpsertResult]:
        """Pull the center's requests (then push, and fetch their papers) at the worker's
        next turn; returns at once. The future is done when that pull is; a pull already
        asked for and not started yet is the same pull."""
        with self._ready:
            if self._stopping:
                stopped: Future[UpsertResult] = Future()
                stopped.set_exception(WorkerStopped.of("unreachable"))
                return stopped
            if self._pull_wanted is None:
                self._pull_wanted = Future()
                self._ready.notify_all()
            return self._pull_wanted

    def pull(self) -> UpsertResult:
        """Pull now and wait for it (page by page, calls in between)."""
        return self.pull_soon().result()

    def push(self, *, timeout: tuple[float, float] | None = None) -> PushResult:
        """Push the outbox now and wait for it, each exchange within ``timeout`` if given
        (the last push before log-out must not hold a closing program on a dead link)."""

        def push(client: CentralClient) -> PushResult:
            if timeout is None:
                return self._push_now()
            with client.bounded(timeout):
                return self._push_now()

        return self.call(push)

    def keep_lease(self, request_id: str | None) -> None:
        """The request open at the desk, whose lease the worker renews when it nears its
        end (None: none is open); it checks at its next turn. Returns at once."""
        with self._ready:
            self._lease = request_id
            self._lease_due = request_id is not None
            self._ready.notify_all()

    @property
    def kept_lease(self) -> str | None:
        return self._lease

    def stop(self) -> None:
        """Let the calls already handed in run, drop the background work not yet begun (a
        push or a pull under way stops between two exchanges: each message's outcome and
        each page is its own transaction) and join the thread. Later calls raise
        :class:`WorkerStopped`."""
        with self._ready:
            self._stopping = True
            self._ready.notify_all()
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def wait_for_calls(self, count: int, timeout: float) -> bool:
        """Wait until ``count`` calls are handed in and not begun (or ``timeout`` seconds
        pass); whether they are. For tests and diagnostics: who waits behind what."""
        with self._ready:
            return self._ready.wait_for(lambda: len(self._calls) >= count, timeout)

    def wait_until_idle(self, timeout: float) -> bool:
        """Wait until nothing is asked of the worker and nothing runs (or ``timeout``
        seconds pass); whether it is idle. For benchmarks and diagnostics: what a clerk
        meets who opens the next request once the last decision has gone."""
        with self._ready:
            return self._ready.wait_for(self._idle, timeout)

    def _idle(self) -> bool:
        return not (
            self._busy
            or self._calls
            or self._push_due
            or self._pushing is not None
            or self._lease_due
            or self._pull_wanted is not None
            or self._pulling is not None
        )

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    # --- the thread -----------------------------------------------------------------------

    def _run(self) -> None:
        while (job := self._next()) is not None:
            try:
                job()
            except Exception:  # a bug in one job must not end the workstation's link
                log.exception("sync worker job failed")
            finally:
                with self._ready:
                    self._busy = False
                    self._ready.notify_all()
        self._finish()

    def _next(self) -> Callable[[], None] | None:
        """The next job: a call first, then the push under way or a new one, the lease,
        the pull under way or a new one; None once stopping and no call is left."""
        with self._ready:
            while True:
                if self._calls:
                    self._busy = True
                    return self._calls.popleft()
                if self._stopping:
                    return None
                if self._pushing is None and self._push_due:
                    self._push_due = False
                    self.pusher.author = self._client.username  # the token's, taken with it
                    self._pushing = self.pusher.steps()
                if self._pushing is not None:
                    self._busy = True
                    return self._push_step
                if self._lease_due:
                    self._lease_due = False
                    self._busy = True
                    return self._renew_lease
                if self._pulling is None and self._pull_wanted is not None:
                    self._pulling = _Pull(self._pull_steps(), self._pull_wanted)
                    self._pull_wanted = None
                if self._pulling is not None:
                    self._busy = True
                    return self._pull_step
                self._ready.wait()

    def _finish(self) -> None:
        stopped = WorkerStopped.of("unreachable")
        with self._ready:
            pushing, self._pushing = self._pushing, None
            pulling, self._pulling = self._pulling, None
            wanted, self._pull_wanted = self._pull_wanted, None
        if pushing is not None:
            pushing.close()
        if pulling is not None:
            pulling.steps.close()
            pulling.done.set_exception(stopped)
        if wanted is not None:
            wanted.set_exception(stopped)

    def _push_step(self) -> None:
        pushing = self._pushing
        assert pushing is not None
        try:
            next(pushing)
        except StopIteration:
            self._pushing = None
        except ServerError as exc:  # offline, log-in expired, certificate refused: later
            self._pushing = None
            log.info("outbox waits: %s", type(exc).__name__)
        except Exception:
            self._pushing = None
            raise

    def _push_now(self) -> PushResult:
        """A whole push, on the worker; the background push under way is finished first,
        so no message is sent by both."""
        pushing, self._pushing = self._pushing, None
        if pushing is not None:
            try:
                to_the_end(pushing)
            except ServerError as exc:
                log.info("outbox waits: %s", type(exc).__name__)
        self.pusher.author = self._client.username  # the token's, taken with it
        return self.pusher.push()

    def _pull_steps(self) -> Steps[UpsertResult]:
        if self.store_file is not None:
            self.store_file.check()  # the timer's pull is where a vanished store is noticed
        return (yield from self.puller.steps())

    def _pull_step(self) -> None:
        pulling = self._pulling
        assert pulling is not None
        try:
            next(pulling.steps)
        except StopIteration as finished:
            self._pulling = None
            pulling.done.set_result(finished.value)
            self.deliver_soon()  # what waits in the outbox goes after each pull
        except Exception as exc:
            self._pulling = None
            log.info("pull failed: %s", type(exc).__name__)
            self.events.emit(SyncFailed(exc))
            pulling.done.set_exception(exc)

    def _renew_lease(self) -> None:
        request_id = self._lease
        actor = self.actor()
        if request_id is None or actor is None:
            return
        keeper = LeaseKeeper(self._client, self.sessions, self.events, actor, clock=self.clock)
        try:
            keeper.renew_if_due(request_id)
        except LeaseTaken:  # the keeper said so (LeaseLost): stop keeping it
            self._forget_lease(request_id)
        except Conflict as exc:  # decided or withdrawn meanwhile: not ours to work either
            self._forget_lease(request_id)
            self.events.emit(LeaseLost(request_id, None, exc.message, exc))
        except ServerError as exc:  # the log-in expired, the clock is off: the pull says so
            log.info("lease not renewed: %s", type(exc).__name__)

    def _forget_lease(self, request_id: str) -> None:
        with self._ready:
            if self._lease == request_id:
                self._lease = None
                self._lease_due = False


class _Link:
    """The client as the use cases see it: each method runs on the worker
    (:meth:`SyncWorker.call`); attributes (the token, the server's address) are the
    client's own. Given the client's type (``SyncWorker.link``): its methods are the
    client's, with their signatures, so the ports the client satisfies it satisfies too."""

    _LOCAL = frozenset({"sibling"})  # makes another client; touches no session

    def __init__(self, worker: SyncWorker) -> None:
        object.__setattr__(self, "_worker", worker)

    def __getattr__(self, name: str) -> Any:
        worker: SyncWorker = object.__getattribute__(self, "_worker")
        if name == "bounded":  # it would change the timeout under the worker's exchanges
            raise AttributeError("bounded: ask SyncWorker.push(timeout=...) instead")
        target = getattr(worker._client, name)
        if not callable(target) or name in self._LOCAL:
            return target

        def exchange(client: CentralClient, *args: Any, **kwargs: Any) -> Any:
            try:
                result = getattr(client, name)(*args, **kwargs)
            except Offline as exc:
                worker.events.emit(WentOffline(exc.message))
                raise
            worker.events.emit(CameOnline())
            return result

        def on_the_worker(*args: Any, **kwargs: Any) -> Any:
            return worker.call(lambda client: exchange(client, *args, **kwargs))

        return on_the_worker

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(object.__getattribute__(self, "_worker")._client, name, value)

    def close(self) -> None:
        """Stop the worker, then close the client's session."""
        worker: SyncWorker = object.__getattribute__(self, "_worker")
        worker.stop()
        worker._client.close()
