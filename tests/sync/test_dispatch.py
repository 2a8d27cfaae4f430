"""Through the real pieces: a store, the outbox pusher and the reference server."""

from __future__ import annotations

from sqlalchemy import select

from clerk_desk import dispatch
from clerk_desk.comparison import Verdict
from clerk_desk.store.models import Request
from tests.registry_verdicts import verdicts
from tests.sync.test_outbox import CLERK, Workstation


def matching_post(ws: Workstation, count: int) -> list[str]:
    with ws.sessions() as session:
        postal = set(
            session.scalars(
                select(Request.id).where(
                    Request.status == "assigned", Request.delivery_method == "post"
                )
            )
        )
    found = [
        request_id
        for request_id, verdict in verdicts(ws.server.database_url).items()
        if verdict is Verdict.MATCH and request_id in postal
    ]
    assert len(found) >= count, "the demo data has too few matching postal requests"
    return found[:count]


def test_a_dispatch_reaches_the_server_and_the_requests_are_dispatched(ws: Workstation) -> None:
    ids = matching_post(ws, 3)
    for request_id in ids:
        ws.accept(request_id, ws.open(request_id))
        ws.print_(request_id)
        with ws.sessions.begin() as session:
            dispatch.seal(session, CLERK, request_id)
    with ws.sessions.begin() as session:
        tracking = dispatch.check_scan(session, ids[1]).tracking_number
        assert tracking is not None
        batch_id = dispatch.create_dispatch(session, CLERK, [ids[0], tracking, ids[2]]).id
        dispatch.hand_over(session, CLERK, batch_id, "سامر الأحمد")
    result = ws.pusher.push()
    assert result.refused == 0 and result.waiting == 0
    assert [ws.server_status(r) for r in ids] == ["dispatched"] * 3
    assert ws.outbox()[-1].kind == "dispatch" and ws.outbox()[-1].status == "done"
    ws.puller.pull()  # the server's view now agrees with the store's
    with ws.sessions() as session:
        assert {session.get_one(Request, r).status for r in ids} == {"dispatched"}
    assert ws.pusher.push().sent == 0  # nothing sent twice
