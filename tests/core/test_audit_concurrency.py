"""Two actions of one workstation writing at once keep one unbroken audit chain."""

from __future__ import annotations

import threading
from pathlib import Path

from clerk_desk import audit
from clerk_desk.store.db import open_store
from tests.store_keys import TEST_STORE_KEY


def test_concurrent_appends_queue_up_instead_of_forking_the_chain(tmp_path: Path) -> None:
    sessions = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    errors: list[BaseException] = []

    def clerk(name: str) -> None:
        try:
            for n in range(40):
                with sessions.begin() as session:
                    audit.append(
                        session,
                        actor=name,
                        workstation="W1",
                        action="claim",
                        request_id=f"DAM-{n:06d}",
                    )
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)

    threads = [threading.Thread(target=clerk, args=(f"clerk{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sessions() as session:
        check = audit.verify(session)
    assert check.intact
    assert check.entries == 120
