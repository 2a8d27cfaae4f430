"""One digit style on the screens walked by test_digits_on_screen's neighbours: the dispatch
tab, the workstations tab, the notices banner, the lock screen, the reconciliation panel, the
print-recovery dialog, the first-run set-up's numbers, the status bar's passing messages and
the confirmations. The same rules: numbers follow the setting; codes (request ids, document
and S10 numbers, user and workstation names) keep their Western digits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from clerk_desk import config as cfg
from clerk_desk.api import Enrollment, EnrollmentStatus, Notice
from clerk_desk.dispatch import ScannedEnvelope
from clerk_desk.number_blocks import BlockUse
from clerk_desk.number_blocks_api import BlockKind
from clerk_desk.store_recovery import StoreCheck
from clerk_desk.usecases.paper import Printing, PrintRecovery
from tests.printing.test_reconciliation import a_shift
from ui.app import build_workstation, create_application
from ui.confirm import Confirmation
from ui.dispatch_panel import DispatchPanel
from ui.first_run import FirstRunDialog
from ui.i18n import use_digits
from ui.lock import LockScreen
from ui.notices_banner import NoticesBanner
from ui.operations import Runner
from ui.print_recovery import PrintRecoveryDialog
from ui.reconciliation import ReconciliationPanel
from ui.status_bar import DeskStatusBar
from ui.workstations_tab import WorkstationsPanel

from .test_digits_on_screen import cells, check

AT = datetime(2026, 3, 1, 9, 5, tzinfo=UTC)
STYLES = [cfg.ARABIC_INDIC_DIGITS, cfg.WESTERN_DIGITS]


@pytest.fixture(autouse=True)
def western_afterwards() -> Iterator[None]:
    create_application([], "ar")
    yield
    use_digits(cfg.WESTERN_DIGITS)  # the screens' style is the process's: leave the default


def labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def envelope(n: int) -> ScannedEnvelope:
    return ScannedEnvelope(f"RR{n:09d}SY", f"DAM-{n:06d}", f"RR{n:09d}SY", "حلب")


@pytest.mark.parametrize("style", STYLES)
def test_the_dispatch_tab_counts_in_the_chosen_digits(qtbot: QtBot, style: str) -> None:
    use_digits(style)
    panel = DispatchPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    said: dict[str, list[str]] = {}
    for n in range(1, 13):
        panel.add(envelope(n))
    said["scanned"] = [panel.count.text(), panel.message.text(), *cells(panel.model)]
    panel.manifest_ready("DAM-2026-W1-D0007")
    said["manifest"] = [panel.message.text()]
    question = panel.tr("Hand %n envelope(s) to %1? This cannot be undone.", "", 12)
    box = Confirmation("", question.replace("%1", "سامر الأحمد"), "", panel)  # as confirm() asks
    said["confirmation"] = [box.text()]
    panel.handed_over(12)
    panel.say(panel.tr("%n envelope(s) sent to the printer as one job.", "", 14))
    said["handed over"] = [panel.message.text()]
    assert "DAM-2026-W1-D0007" in said["manifest"][0]  # the batch's id as its barcode says
    check(said, style, at_least=6)


@pytest.mark.parametrize("style", STYLES)
def test_the_workstations_tab_dates_in_the_chosen_digits(qtbot: QtBot, style: str) -> None:
    use_digits(style)
    panel = WorkstationsPanel()
    qtbot.addWidget(panel)
    panel.model.set_items(
        [
            Enrollment(
                key_id=f"DAM-W{n}",
                center_code="DAM",
                workstation=f"W{n}",
                public_key="A" * 43,
                status=EnrollmentStatus.APPROVED if n % 2 else EnrollmentStatus.PENDING,
                requested_by="dam.clerk1",
                requested_at=AT,
                approved_by="dam.supervisor" if n % 2 else None,
                approved_at=AT if n % 2 else None,
            )
            for n in range(1, 5)
        ]
    )
    check({"enrollments": cells(panel.model)}, style, at_least=40)


@pytest.mark.parametrize("style", STYLES)
def test_the_notices_banner_counts_in_the_chosen_digits(qtbot: QtBot, style: str) -> None:
    use_digits(style)
    banner = NoticesBanner()
    qtbot.addWidget(banner)
    banner.set_notices(
        [
            Notice(id=n, kind="overturned", request_id=f"DAM-{n:06d}", by="dam.supervisor", at=AT)
            for n in range(1, 13)
        ]
    )
    text = banner.text.text()
    assert "DAM-000001" in text
    check({"banner": [text]}, style, at_least=3)


@pytest.mark.parametrize("style", STYLES)
def test_the_reconciliation_panel_counts_in_the_chosen_digits(qtbot: QtBot, style: str) -> None:
    use_digits(style)
    panel = ReconciliationPanel(choose_counter=False)
    qtbot.addWidget(panel)
    panel.show_report(a_shift())
    said = {
        "summary": [panel.summary.text(), panel.differences_title.text()],
        "numbers": cells(panel.numbers),
        "differences": cells(panel.differences),
    }
    assert "DAM-2026-W1-000001" in said["numbers"]  # a document number stays as printed
    check(said, style, at_least=7)


@pytest.mark.parametrize("style", STYLES)
def test_the_print_recovery_dialog_in_the_chosen_digits(qtbot: QtBot, style: str) -> None:
    use_digits(style)
    printing = Printing(
        intent_id=7,
        request_id="DAM-000015",
        document_number="DAM-2026-W1-000007",
        tracking_number="RR000000017SY",
        reprint_reason=None,
        state="sent",
        spoil_reason=None,
        prepared_by="dam.clerk1",
        prepared_at=AT,
        sent_to_printer=True,
    )
    dialog = PrintRecoveryDialog(PrintRecovery([printing], [], []), supervisor=False)
    qtbot.addWidget(dialog)
    check({"dialog": labels(dialog)}, style, at_least=8)


@pytest.mark.parametrize("style", STYLES)
def test_the_lock_screen_and_the_status_bar_in_the_chosen_digits(qtbot: QtBot, style: str) -> None:
    use_digits(style)
    lock = LockScreen()
    qtbot.addWidget(lock)
    lock.show_for("dam.clerk1")
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.showMessage(bar.tr("%n request(s) withdrawn by the central server", "", 23), 15_000)
    said = {"lock": labels(lock), "status": [bar.currentMessage()]}
    assert "dam.clerk1" in " ".join(said["lock"])
    check(said, style, at_least=2)


@pytest.mark.parametrize("style", STYLES)
def test_the_first_runs_numbers_in_the_chosen_digits(
    qtbot: QtBot, tmp_path: Path, style: str
) -> None:
    settings = cfg.Config.load(tmp_path / "settings.json")
    settings.set(cfg.DIGITS, style)  # a set-up begun again: the digits already chosen
    runner = Runner()
    dialog = FirstRunDialog(
        settings, lambda: build_workstation(settings, tmp_path / "data"), runner
    )
    qtbot.addWidget(dialog)
    blocks = [
        BlockUse(1, BlockKind.DOCUMENT, "DAM-2026-W1", 1, 500, 13, 487, None),
        BlockUse(2, BlockKind.TRACKING, "RR", 1001, 1500, 13, 487, None),
    ]
    dialog._blocks_fetched((StoreCheck.RECOGNISED, blocks))
    table = dialog.block_table
    said = {
        "step": [dialog.step.text()],
        "blocks": [
            table.item(row, column).text()
            for row in range(table.rowCount())
            for column in range(table.columnCount())
        ],
    }
    dialog.reject()
    runner.wait()
    check(said, style, at_least=8)
