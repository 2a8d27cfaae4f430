"""The citizen is told: an SMS for each event of their request that concerns them, queued in
the transaction that records the event and sent once, whatever the retries.

Exactly once, with several server processes: a notification's ``key`` names its event and
is unique in the database, so the first transaction to record the event queues the
message and any other finds it there. Sending happens after the commit (a gateway is slow
and may be down; the clerk's action does not wait on it to be recorded): a process
*claims* a queued message by moving it to ``sending`` with a conditional UPDATE that only
one process can win, hands it to the gateway with its key as reference, then marks it
``sent``. A message stuck in ``sending`` (its process died) is claimed again after
:attr:`~central.outreach.Outreach.resend_after` with the same reference, which the
gateway keeps once. Whatever failed to send goes with the next event's sending.

``GET /requests/{id}/notifications`` shows the clerk what was sent and whether it arrived
(the gateway's delivery reports, ``POST /sms-gateway/reports``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy import Engine, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.db import CenterRow, IssuanceRow, RequestRow, read_session, row_session
from central.outreach import Outreach, outreach_of, the_sms_gateway
from central.outreach_db import NotificationRow
from central.refusals import refuse
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    RequestIdPath,
    Settings,
    SettingsDep,
    WriteDb,
    _engine,
    _load_request,
    _settings,
    log,
)
from central.sms import SmsGatewayError
from central.sms_templates import UNDELIVERABLE_AR, Sms, render
from clerk_desk.api_outreach import (
    Notification,
    NotificationList,
    NotificationStatus,
    NotificationTemplate,
    SmsReportIn,
    UndeliverableReason,
)
from clerk_desk.reasons import REASONS

router = APIRouter(responses=_ERRORS)

T = NotificationTemplate
# How many messages one sending round takes at most (the rest wait for the next round).
_ROUND = 50


def compose(session: Session, row: RequestRow, template: NotificationTemplate, **extra: str) -> Sms:
    """The message of ``template`` for ``row``, from what the server holds about it."""
    if template is T.DISPATCHED:
        tracking = session.scalar(
            select(IssuanceRow.tracking_number)
            .where(IssuanceRow.request_id == row.id, IssuanceRow.tracking_number.is_not(None))
            .order_by(IssuanceRow.issued_at.desc(), IssuanceRow.id.desc())
        )
        return render(template, request_id=row.id, tracking_number=tracking or "-")
    if template is T.READY_FOR_PICKUP:
        center = session.get_one(CenterRow, row.center_code)
        return render(
            template,
            request_id=row.id,
            address=center.address_ar or center.name_ar,
            hours=extra["hours"],
            days=extra["days"],
        )
    if template is T.RETURNED:
        reason = UNDELIVERABLE_AR[UndeliverableReason(extra["reason"])]
        return render(template, request_id=row.id, reason=reason)
    # A rejection: the reason the citizen read on the portal, or, when that would cost
    # more than the template's budget, the catalogue's sentence for its reason.
    sms = render(template, request_id=row.id, reason=extra["reason_text"].strip())
    code = extra.get("reason_code", "")
    if not sms.within_budget and code in REASONS:
        sms = render(template, request_id=row.id, reason=REASONS[code].citizen_text_ar)
    return sms


@dataclass(frozen=True, slots=True)
class Notifier:
    """What a route needs to tell the citizen: queue in its transaction, send after."""

    engine: Engine
    outreach: Outreach
    settings: Settings

    def tell(
        self, session: Session, row: RequestRow, template: NotificationTemplate, event: str,
        **extra: str,
    ) -> None:  # fmt: skip
        """Queue ``template`` for the event ``event`` of ``row`` (once per event, ever)."""
        key = f"{row.id}:{event}"
        if template is T.READY_FOR_PICKUP:
            extra = {
                "hours": self.outreach.opening_hours_ar,
                "days": str(self.outreach.keep_days),
                **extra,
            }
        sms = compose(session, row, template, **extra)
        if not sms.within_budget:
            log.warning("%s for %s costs %d segments", template.value, row.id, sms.cost.segments)
        phone = row.delivery_phone.strip()
        notification = NotificationRow(
            key=key,
            request_id=row.id,
            template=template.value,
            phone=phone,
            text=sms.text,
            encoding=sms.cost.encoding,
            segments=sms.cost.segments,
            status=(NotificationStatus.QUEUED if phone else NotificationStatus.NO_PHONE).value,
            attempts=0,
            created_at=self.settings.clock(),
        )
        # The key decides, not a look first: another process may be recording the same
        # event right now, and only one of the two inserts can commit.
        try:
            with session.begin_nested():
                session.add(notification)
        except IntegrityError:
            log.info("notification %s was already queued", key)

    def send(self) -> int:
        """Send what is queued (this event's and any left over); how many went."""
        return send_queued(self.engine, self.outreach, self.settings.clock())


def _notifier(request: Request) -> Notifier:
    return Notifier(_engine(request), outreach_of(request), _settings(request))


NotifierDep = Annotated[Notifier, Depends(_notifier)]


def send_queued(engine: Engine, outreach: Outreach, now: datetime) -> int:
    """Claim, send and mark up to a round of queued messages; how many the gateway took."""
    stale = now - outreach.resend_after
    claimable = or_(
        NotificationRow.status == NotificationStatus.QUEUED.value,
        (NotificationRow.status == NotificationStatus.SENDING.value)
        & (NotificationRow.claimed_at < stale),
    )
    with read_session(engine) as session:
        ids = list(
            session.scalars(
                select(NotificationRow.id)
                .where(claimable)
                .order_by(NotificationRow.id)
                .limit(_ROUND)
            )
        )
        session.commit()
    sent = 0
    for notification_id in ids:
        # Each message's own row, locked by its UPDATE: two processes claiming the same
        # one wait for each other, and nobody else waits for them.
        with row_session(engine) as session:
            claimed = session.execute(
                update(NotificationRow)
                .where(NotificationRow.id == notification_id, claimable)
                .values(
                    status=NotificationStatus.SENDING.value,
                    claimed_at=now,
                    attempts=NotificationRow.attempts + 1,
                )
            )
            row = session.get_one(NotificationRow, notification_id)
            session.commit()
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            continue  # another process took it
        try:
            gateway_id = outreach.sms.send(reference=row.key, to=row.phone, text=row.text)
        except SmsGatewayError:
            log.warning("the SMS gateway did not take notification %d", notification_id)
            _mark(engine, notification_id, status=NotificationStatus.QUEUED.value)
            continue
        _mark(engine, notification_id, status=NotificationStatus.SENT.value, gateway_id=gateway_id,
              sent_at=now)  # fmt: skip
        sent += 1
    if sent:
        log.info("sent %d SMS", sent)
    return sent


def _mark(engine: Engine, notification_id: int, **values: object) -> None:
    with row_session(engine) as session:
        session.execute(
            update(NotificationRow)
            .where(
                NotificationRow.id == notification_id,
                NotificationRow.status == NotificationStatus.SENDING.value,
            )
            .values(**values)
        )
        session.commit()


def _notification(row: NotificationRow) -> Notification:
    return Notification(
        id=row.id,
        template=NotificationTemplate(row.template),
        text=row.text,
        encoding=row.encoding,
        segments=row.segments,
        status=NotificationStatus(row.status),
        created_at=row.created_at,
        sent_at=row.sent_at,
        reported_at=row.reported_at,
    )


@router.get(
    "/requests/{request_id}/notifications", response_model=NotificationList, tags=["citizen"]
)
def list_notifications(
    request_id: RequestIdPath, user: ReadUser, session: ReadDb
) -> NotificationList:
    """What the citizen was sent about the request, and whether it arrived."""
    row = _load_request(session, request_id, user)
    items = session.scalars(
        select(NotificationRow)
        .where(NotificationRow.request_id == row.id)
        .order_by(NotificationRow.id)
    )
    return NotificationList(request_id=row.id, items=[_notification(n) for n in items])


@router.post(
    "/sms-gateway/reports",
    response_model=Notification,
    tags=["citizen"],
    dependencies=[Depends(the_sms_gateway)],
)
def sms_report(body: SmsReportIn, session: WriteDb, settings: SettingsDep) -> Notification:
    """The SMS gateway's delivery report of a message: delivered, or failed. A repeat
    changes nothing; a report on a message that was not sent from here is refused."""
    row = session.scalar(
        select(NotificationRow).where(NotificationRow.gateway_id == body.gateway_id)
    )
    if row is None:
        raise refuse("no_such_sms", gateway_id=body.gateway_id)
    final = (NotificationStatus.DELIVERED.value, NotificationStatus.FAILED.value)
    if row.status not in final:
        row.status = body.report.value
        row.report = body.report.value
        row.reported_at = body.at
        session.commit()
        log.info("SMS %d %s", row.id, body.report.value)
    return _notification(row)
