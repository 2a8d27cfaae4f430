"""The paper's and the post's use cases on a workstation's store, without Qt and without
``ui.desk.Desk``: the real renderer, the system's print service, and a courier that counts
its calls (the sync worker's part)."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk import workflow
from clerk_desk.api import Center, LoginOut, RegistryRecord, RequestOut, Role, User
from clerk_desk.ports.paper import PaperLink
from clerk_desk.ports.signing import Signer
from clerk_desk.services import SERVICES
from clerk_desk.usecases.context import AtTheDesk, WorkContext
from clerk_desk.usecases.paper import Paper
from clerk_desk.usecases.post import Post
from clerk_desk.workflow import Actor
from printing.printer import SystemPrintService
from printing.renderer import Renderer
from printing.verification import CenterKey
from sync.client import CentralClient
from tests.store_keys import TEST_STORE_KEY

CENTER = Center(
    code="DAM",
    name_ar="مركز خدمة المواطن الإلكتروني - دمشق",
    name_en="Citizen Service Center - Damascus",
    address_ar="دمشق - المزة",
    city_ar="دمشق",
)

CLERK = Actor("dam.clerk1", "W1", "DAM")
NN = "01234567890"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
REGISTRY = RegistryRecord(
    national_number=NN,
    first_name="أحمد",
    father_name="سامر",
    mother_name="هدى الخطيب",
    last_name="الحلبي",
    birth_date=date(1990, 5, 17),
    birth_place="دمشق",
    gender="male",
)
SUBMITTED: dict[str, str] = {
    "national_number": NN,
    "first_name": "أحمد",
    "father_name": "سامر",
    "mother_name": "هدى الخطيب",
    "last_name": "الحلبي",
    "birth_date": "1990-05-17",
    "birth_place": "دمشق",
    "gender": "male",
}


def in_review(
    sessions: sessionmaker[Session],
    request_id: str,
    service_code: str = "civil_extract_individual",
    method: str = "post",
) -> None:
    """A request of the center claimed by dam.clerk1, its registry record taken."""
    service = SERVICES[service_code]
    delivery = {"method": method, "recipient_name": "أحمد الحلبي"}
    if method == "post":
        delivery |= {"address_ar": "المزة، بناء ٤", "city_ar": "حلب", "phone": "0944 555 666"}
    item = RequestOut.model_validate(
        {
            "id": request_id,
            "service_code": service_code,
            "service_class": service.service_class.value,
            "center_code": "DAM",
            "status": "assigned",
            "requester_name": "أحمد سامر الحلبي",
            "subject": SUBMITTED,
            "delivery": delivery,
            "submitted_at": T0 - timedelta(days=3),
            "assigned_at": T0 - timedelta(days=2),
            "updated_at": T0,
        }
    )
    with sessions.begin() as session:
        workflow.upsert_requests(session, [item])
        workflow.record_claim(session, CLERK, request_id, T0 + timedelta(minutes=15))
        workflow.record_snapshot(session, CLERK, request_id, REGISTRY)


def accepted(
    sessions: sessionmaker[Session],
    request_id: str,
    service_code: str = "civil_extract_individual",
    method: str = "post",
) -> None:
    in_review(sessions, request_id, service_code, method)
    with sessions.begin() as session:
        workflow.accept(session, CLERK, request_id, frozenset())


def clerk_login(center: Center = CENTER, username: str = "dam.clerk1") -> LoginOut:
    """dam.clerk1 at the desk, as the last log-in kept here says (no token: offline)."""
    user = User(username=username, full_name="رنا الخطيب", role=Role.CLERK, center=center)
    return LoginOut(token="", expires_at=datetime.now(UTC) + timedelta(hours=8), user=user)


def work_context(
    sessions: sessionmaker[Session],
    documents_dir: Path,
    login: LoginOut | None = None,
    *,
    printer: str = "",
) -> WorkContext:
    settings = cfg.Config()
    settings.set(cfg.WORKSTATION, "W1")
    settings.set(cfg.PRINTER, printer)
    return WorkContext(
        settings, sessions, TEST_STORE_KEY, documents_dir, AtTheDesk(login or clerk_login())
    )


@dataclass
class CountingCourier:
    """The sync worker as the use cases see it: asked to deliver, it counts."""

    asked: int = 0

    def deliver_soon(self) -> None:
        self.asked += 1


class GivenDocument:
    """The server's answer for a slow service's document, given by the test (for what a
    real server never sends: a body that is no PDF)."""

    def __init__(self, pdf: bytes) -> None:
        self.pdf = pdf

    def issued_document(self, request_id: str) -> bytes:
        return self.pdf


def unreachable_client() -> CentralClient:
    """A client of a loopback port nobody listens on: the central server out of reach."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return CentralClient(f"http://127.0.0.1:{port}")


def signer_for(center_code: str = "DAM") -> Signer:
    return CenterKey.generate(f"{center_code}-1", center_code).enroll()


def make_paper(
    context: WorkContext,
    link: PaperLink,
    *,
    courier: CountingCourier | None = None,
    signer: Signer | None = None,
    after_print: list[str] | None = None,
    today: date = date(2026, 3, 2),
) -> Paper:
    ready = signer or signer_for(context.center.code)
    return Paper(
        context,
        renderer=Renderer(),
        printers=SystemPrintService(),
        link=link,
        courier=courier or CountingCourier(),
        signer=lambda: ready,
        after_print=(lambda: after_print.append("after print"))
        if after_print is not None
        else (lambda: None),
        today=lambda: today,
    )


def make_post(context: WorkContext, courier: CountingCourier | None = None) -> Post:
    return Post(
        context,
        renderer=Renderer(),
        printers=SystemPrintService(),
        courier=courier or CountingCourier(),
        clock=lambda: datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
    )
