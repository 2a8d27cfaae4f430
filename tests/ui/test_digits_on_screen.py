"""One digit style everywhere a person reads numbers: the queue, the request, the status
bar, the preview, the supervisor's review and dashboard, chosen in Preferences and applied
to the open window."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QListWidget
from pytestqt.qtbot import QtBot

from clerk_desk import config as cfg
from clerk_desk.comparison import Verdict
from tests.printing.pdfcheck import page_text
from ui.i18n import shown, shown_digits, use_digits
from ui.main_window import MainWindow

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue
from .test_print_flow import accept_and_preview

WESTERN_DIGIT = re.compile(r"[0-9]")
OTHER_DIGIT = re.compile(r"[٠-٩۰-۹]")
# Kept Western, decided once (clerk_desk.digits.shown): a code that mixes Latin letters with
# digits — a request id (DAM-000123), a document number, an S10 tracking number, a user's
# or a workstation's name (dam.clerk1, W2E5AA9). Barcodes print them, scanners and clerks
# type them back. Free text a person typed (a rejection's reason, a note) is theirs and is
# not walked here.
DATE = {
    cfg.WESTERN_DIGITS: re.compile(r"\d\d/\d\d/\d{4}", re.ASCII),
    cfg.ARABIC_INDIC_DIGITS: re.compile(r"[٠-٩]{2}/[٠-٩]{2}/[٠-٩]{4}"),
}
OTHER_DATE = {
    cfg.WESTERN_DIGITS: DATE[cfg.ARABIC_INDIC_DIGITS],
    cfg.ARABIC_INDIC_DIGITS: DATE[cfg.WESTERN_DIGITS],
}
CODE = re.compile(r"[A-Za-z0-9_\-./:#+]*[A-Za-z][A-Za-z0-9_\-./:#+]*")


@pytest.fixture(autouse=True)
def western_afterwards() -> Iterator[None]:
    yield
    use_digits(cfg.WESTERN_DIGITS)  # the screens' style is the process's: leave the default


def choose_digits(window: MainWindow, style: str) -> None:
    """As the clerk does: Preferences, the digits, Save."""
    settings = window.desk.settings
    if settings.path is None:  # the fixture's settings live in memory: Save writes a file
        settings.path = window.desk.context.documents_dir.parent / "settings.json"
    window.edit_preferences()
    dialog = window.preferences_dialog
    assert dialog is not None
    combo = dialog.editors[cfg.DIGITS.key]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(style))
    dialog.save()
    assert not dialog.message.text(), dialog.message.text()
    assert window.desk.settings.get(cfg.DIGITS) == style and shown_digits() == style


def cells(model: QAbstractItemModel, tooltips: bool = False) -> list[str]:
    found = []
    roles = [Qt.ItemDataRole.DisplayRole] + ([Qt.ItemDataRole.ToolTipRole] if tooltips else [])
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in roles:
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    found.append(value)
    return found


def lines(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def check(texts: dict[str, list[str]], style: str, at_least: int = 51) -> None:
    """No text shown in the other style; and the walk did meet numbers (it can fail)."""
    digits_seen = 0
    for place, said in texts.items():
        for text in said:
            if style == cfg.ARABIC_INDIC_DIGITS:
                assert not WESTERN_DIGIT.search(CODE.sub("", text)), (place, text)
                digits_seen += len(re.findall("[٠-٩]", text))
            else:
                assert not OTHER_DIGIT.search(text), (place, text)
                digits_seen += len(WESTERN_DIGIT.findall(CODE.sub("", text)))
    assert digits_seen >= at_least


def first_with(window: MainWindow, verdict: Verdict) -> str:
    model = window.queue.model
    for row in range(model.rowCount()):
        item = model.row_at(row)
        if item.status != "assigned" or (
            verdict is Verdict.MATCH and item.service_code != "civil_extract_individual"
        ):
            continue  # a match is printed: a fast service's, rendered here
        opened = window.desk.counter.open(item.id)
        if opened.comparison is not None and opened.comparison.verdict is verdict:
            return item.id
    raise AssertionError(f"no request with {verdict}")


@pytest.mark.parametrize("style", [cfg.ARABIC_INDIC_DIGITS, cfg.WESTERN_DIGITS])
def test_every_number_on_the_screens_is_in_the_chosen_digits(
    open_desk: WindowFactory, qtbot: QtBot, style: str
) -> None:
    clerk = open_desk("dam.clerk1")
    wait_for_queue(clerk, qtbot)
    # the other style first, then the chosen one: the open window follows Preferences
    other = cfg.WESTERN_DIGITS if style == cfg.ARABIC_INDIC_DIGITS else cfg.ARABIC_INDIC_DIGITS
    choose_digits(clerk, other)
    rejected = first_with(clerk, Verdict.MISMATCH)
    clerk.desk.counter.reject(rejected, "data_mismatch", "البيانات لا تطابق السجل")
    variant = first_with(clerk, Verdict.ACKNOWLEDGE)
    clerk.open_request(variant)
    qtbot.waitUntil(lambda: clerk.panel.opened is not None, timeout=10_000)
    choose_digits(clerk, style)
    clerk.pull()
    qtbot.waitUntil(lambda: "—" not in clerk.status.last_pull.text(), timeout=20_000)
    qtbot.waitUntil(lambda: bool(clerk.status.work_today.text()), timeout=10_000)
    qtbot.waitUntil(
        lambda: clerk.panel.opened is not None and clerk.panel.opened.request_id == variant,
        timeout=10_000,
    )
    texts = {
        "queue": cells(clerk.queue.model, tooltips=True),
        "queue counts": [clerk.queue.counts.text()],
        "status bar": [
            clerk.status.work_today.text(),
            clerk.status.outbox.text(),
            clerk.status.last_pull.text(),
        ],
        "comparison": cells(clerk.panel.model),
        "request": [clerk.panel.delivery.text(), *lines(clerk.panel.history)],
    }
    accept_and_preview(clerk, qtbot, first_with(clerk, Verdict.MATCH))
    preview = clerk.preview
    assert preview is not None
    tabs = [preview.tabs.tabText(i) for i in range(preview.tabs.count())]
    texts["preview"] = [preview.heading.text(), preview.numbers.text(), *tabs]
    # the papers themselves, from the setting through the paper use case
    date_on_paper = DATE[style].findall(page_text(preview.prepared.document_pdf))
    assert date_on_paper and not OTHER_DATE[style].search(page_text(preview.prepared.document_pdf))
    preview.reject()
    clerk.push()

    supervisor = open_desk("dam.supervisor")
    choose_digits(supervisor, style)
    review = supervisor.review
    qtbot.waitUntil(lambda: review.select(rejected), timeout=20_000)
    qtbot.waitUntil(lambda: review.history.count() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: supervisor.dashboard.figures is not None, timeout=20_000)
    texts["review"] = [
        review.message.text(),
        review.evidence_title.text(),
        *lines(review.history),
        *lines(review.lookups),
        *cells(review.evidence_model),
    ]
    texts["dashboard"] = [
        *(label.text() for label in supervisor.dashboard.numbers.values()),
        *cells(supervisor.dashboard.clerks),
        *cells(supervisor.dashboard.lookups, tooltips=True),
    ]
    chart = supervisor.dashboard.reasons_view.chart()
    assert chart.localizeNumbers() and chart.locale().toString(1234) == shown("1234")
    check(texts, style)
