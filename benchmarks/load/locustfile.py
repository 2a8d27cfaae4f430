"""Counters at a clerk's pace, time-compressed, against one central server (loopback).

A workstation (``Counter``) pulls its center's changes every 30 s, as the sync worker does
(with the ETag of its last page, so an empty delta is a 304), and every 180 s works one
request: opens it (claim with the registry record), decides (four in five accepted, the
fifth rejected with a reason), prints it (the issuance, numbered from the blocks it
reserves) and seals the envelope. A center's supervisor (``Supervisor``) reads the
rejections waiting for review every 30 s and upholds the oldest. Every clock of the model
runs ``CLERK_DESK_LOAD_FACTOR`` times faster than a counter's (default 3).

Not run by itself: ``benchmarks/central_load.py`` prepares the database, mints one token
per workstation, writes the plan this file reads (``CLERK_DESK_LOAD_PLAN``, JSON) and runs
locust headless, bounded in time, against a loopback server.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import uuid
from typing import Any

import gevent
from locust import FastHttpUser, constant, constant_pacing, events, task
from locust.env import Environment

from clerk_desk.tracking import make_tracking_number

PREFIX = "/api/v1"
FACTOR = float(os.environ.get("CLERK_DESK_LOAD_FACTOR", "3"))
PULL_EVERY = 30.0 / FACTOR  # seconds between two pulls of one workstation
WORK_EVERY = 6  # pulls between two requests worked (180 s at a clerk's pace)
REJECT_EVERY = 5
# Pulls only, no supervisors: the run against the bare route (benchmarks/load/bare.py).
PULL_ONLY = os.environ.get("CLERK_DESK_LOAD_PULL_ONLY") == "1"
# Throughput at saturation: pulls only, each workstation asking again as soon as it is
# answered (no clerk's pace), so the server, not the model, sets the rate.
SATURATE = os.environ.get("CLERK_DESK_LOAD_SATURATE") == "1"
ACKNOWLEDGE_ALL = [
    "first_name", "father_name", "mother_name", "last_name", "birth_date", "birth_place",
    "gender",
]  # fmt: skip

_plan: dict[str, Any] = {}
_counters: itertools.count[int] = itertools.count()
_supervisors: itertools.count[int] = itertools.count()


# Requests a decision was sent for, and those the server answered 200: written at the end
# to CLERK_DESK_LOAD_RESULT, for the check that each was recorded exactly once.
_attempted: set[str] = set()
_decided: set[str] = set()


@events.init.add_listener
def _load_plan(environment: Environment, **_kwargs: Any) -> None:
    with open(os.environ["CLERK_DESK_LOAD_PLAN"], encoding="utf-8") as plan:
        _plan.update(json.load(plan))


@events.quitting.add_listener
def _write_result(environment: Environment, **_kwargs: Any) -> None:
    if path := os.environ.get("CLERK_DESK_LOAD_RESULT"):
        with open(path, "w", encoding="utf-8") as result:
            json.dump({"attempted": sorted(_attempted), "decided": sorted(_decided)}, result)


class Counter(FastHttpUser):
    """One workstation: its token, its center's cursor, the requests it will work."""

    wait_time = constant(0) if SATURATE else constant_pacing(PULL_EVERY)

    def on_start(self) -> None:
        # Counters are not in step: each starts somewhere in its first pull interval.
        if not SATURATE:
            gevent.sleep(random.uniform(0, PULL_EVERY))
        desks = _plan["workstations"]
        me = desks[next(_counters) % len(desks)]
        self.headers = {"Authorization": f"Bearer {me['token']}"}
        self.cursor: str = me["cursor"]
        self.todo: list[str] = list(me["requests"])
        self.etag = ""
        self.ticks = random.randrange(WORK_EVERY)  # spread the work over the interval
        self.worked = 0
        self.blocks: dict[str, dict[str, Any]] = {}

    @task
    def tick(self) -> None:
        self.pull()
        self.ticks += 1
        if self.ticks % WORK_EVERY == 0 and self.todo and not (PULL_ONLY or SATURATE):
            self.work(self.todo.pop(0))

    def pull(self) -> None:
        headers = {**self.headers, "Accept-Encoding": "gzip"}
        if self.etag:
            headers["If-None-Match"] = self.etag
        with self.client.get(
            f"{PREFIX}/requests",
            params={"since": self.cursor, "limit": 500},
            headers=headers,
            name="pull",
            catch_response=True,
        ) as answer:
            if answer.status_code == 304:
                answer.success()
                return
            if answer.status_code != 200:
                answer.failure(f"pull: {answer.status_code}")
                return
            page = answer.json()
            self.etag = answer.headers.get("etag", "")
            self.cursor = page["cursor"]

    def _post(self, path: str, name: str, **kwargs: Any) -> dict[str, Any] | None:
        with self.client.post(
            PREFIX + path, headers=self.headers, name=name, catch_response=True, **kwargs
        ) as answer:
            if answer.status_code != 200:
                answer.failure(f"{name}: {answer.status_code} {answer.text[:200]}")
                return None
            body: dict[str, Any] = answer.json()
            return body

    def numbers(self) -> tuple[str, str] | None:
        """The next document and tracking number, reserving blocks when few remain."""
        if not self.blocks or any(b["used"] >= b["last"] for b in self.blocks.values()):
            held = [
                {"block_id": b["block_id"], "used_through": b["used"]} for b in self.blocks.values()
            ]
            answer = self._post("/workstations/blocks", "blocks", json={"held": held})
            if answer is None:
                return None
            for block in answer["blocks"]:
                if block["used_through"] >= block["last"]:
                    continue
                kept = self.blocks.get(block["kind"])
                if kept is None or kept["used"] >= kept["last"]:
                    self.blocks[block["kind"]] = {
                        **block,
                        "used": max(block["used_through"], block["first"] - 1),
                    }
        taken = []
        for kind in ("document", "tracking"):
            block = self.blocks[kind]
            block["used"] += 1
            taken.append(
                f"{block['series']}-{block['used']:06d}"
                if kind == "document"
                else make_tracking_number(block["series"], block["used"])
            )
        return taken[0], taken[1]

    def work(self, request_id: str) -> None:
        if (
            self._post(f"/requests/{request_id}/claim", "claim", params={"with_registry": "true"})
            is None
        ):
            return
        self.worked += 1
        decision: dict[str, Any]
        if self.worked % REJECT_EVERY == 0:
            decision = {"outcome": "reject", "reason_code": "data_mismatch"}
        else:
            decision = {"outcome": "accept", "acknowledged_fields": ACKNOWLEDGE_ALL}
        _attempted.add(request_id)
        decided = self._post(
            f"/requests/{request_id}/decision",
            "decide",
            json={"idempotency_key": uuid.uuid4().hex, **decision},
        )
        if decided is not None:
            _decided.add(request_id)
        if decided is None or decision["outcome"] == "reject":
            return
        numbers = self.numbers()
        if numbers is None:
            return
        document, tracking = numbers
        printed = self._post(
            f"/requests/{request_id}/issuance",
            "issue",
            json={
                "idempotency_key": uuid.uuid4().hex,
                "document_number": document,
                "tracking_number": tracking,
                "document_sha256": "a" * 64,
                "envelope_sha256": "b" * 64,
            },
        )
        if printed is None:
            return
        self._post(
            f"/requests/{request_id}/seal", "seal", json={"idempotency_key": uuid.uuid4().hex}
        )


class Supervisor(FastHttpUser):
    """A center's shift supervisor: the rejections to review, the oldest upheld."""

    wait_time = constant_pacing(PULL_EVERY)
    # One per center (two reviewing one center's rejections would race for each).
    fixed_count = int(os.environ.get("CLERK_DESK_LOAD_SUPERVISORS", "5"))

    def on_start(self) -> None:
        gevent.sleep(random.uniform(0, PULL_EVERY))
        desks = _plan["supervisors"]
        me = desks[next(_supervisors) % len(desks)]
        self.headers = {"Authorization": f"Bearer {me['token']}"}

    @task
    def review(self) -> None:
        if PULL_ONLY or SATURATE:
            return
        with self.client.get(
            f"{PREFIX}/reviews", headers=self.headers, name="reviews", catch_response=True
        ) as answer:
            if answer.status_code != 200:
                answer.failure(f"reviews: {answer.status_code}")
                return
            waiting = [item["request"]["id"] for item in answer.json()["items"]]
        if not waiting:
            return
        with self.client.post(
            f"{PREFIX}/reviews/{waiting[0]}",
            headers=self.headers,
            json={"idempotency_key": uuid.uuid4().hex, "outcome": "uphold"},
            name="review",
            catch_response=True,
        ) as answer:
            if answer.status_code != 200:
                answer.failure(f"review: {answer.status_code} {answer.text[:200]}")
