"""The request the clerk has open: who asked for what, and the side-by-side comparison.

Signals:
    accept_requested(): the clerk pressed Accept (enabled only when acceptance is allowed).
    reject_requested(): the clerk pressed Reject.
    papers_requested(int): the clerk opened an attachment (its row in the list).
    print_requested(): the clerk pressed Print (or Print again) for the open request.
    shown(): another request (or none, or a new state of it) is shown: what may be done
        with it changed.
    steps_changed(): what may be done next changed (a new state, a variant ticked).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.attachments import Paper
from clerk_desk.comparison import Verdict
from clerk_desk.states import Step
from clerk_desk.usecases.counter import RequestView
from ui.attachments_dialog import PaperLinks
from ui.citizen_messages import CitizenMessagesDialog
from ui.comparison_delegate import DiffDelegate
from ui.comparison_model import ComparisonModel
from ui.explain import explain
from ui.family_list import FamilyList
from ui.fee_line import FeeLine
from ui.i18n import ltr, shown
from ui.labels import (
    collected_name,
    delivery_name,
    field_name,
    service_name,
    state_name,
)
from ui.post_story import history_text
from ui.views import compact_rows


class RequestPanel(QWidget):
    accept_requested = Signal()
    reject_requested = Signal()
    print_requested = Signal()
    seal_requested = Signal()
    pickup_requested = Signal()
    hand_over_requested = Signal()
    papers_requested = Signal(int)  # the row of the paper to show first
    shown = Signal()
    steps_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened: RequestView | None = None
        self.messages_dialog: CitizenMessagesDialog | None = None
        self.model = ComparisonModel(self)
        self.title = QLabel(self.tr("Choose a request from the queue."))
        self.title.setObjectName("request_title")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        # Who asked and the papers on one line, the delivery on the next: the comparison
        # below keeps the height.
        self.details = QGridLayout()
        self.details.setVerticalSpacing(2)
        self.details.setColumnStretch(1, 1)
        self.details.setColumnStretch(3, 1)
        self.requester = QLabel()
        self.delivery = QLabel()
        self.delivery.setWordWrap(True)
        self.status = QLabel()
        # One link per paper, on one line: the comparison keeps the panel's height.
        self.papers = PaperLinks()
        self.papers.opened.connect(self.papers_requested)
        self.status.setObjectName("request_status")
        self.status.setStyleSheet("font-weight: bold;")
        self.details.addWidget(QLabel(self.tr("Requester")), 0, 0)
        self.details.addWidget(self.requester, 0, 1)
        self.details.addWidget(QLabel(self.tr("Attachments")), 0, 2)
        self.details.addWidget(self.papers, 0, 3)
        self.details.addWidget(QLabel(self.tr("Delivery")), 1, 0)
        self.details.addWidget(self.delivery, 1, 1, 1, 3)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("comparison")
        self.table.setModel(self.model)
        self.table.setItemDelegate(DiffDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        compact_rows(self.table)  # all eight fields in view at 1366×768, a notice showing
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._show_explanation)
        self.table.installEventFilter(self)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        # What the citizen typed and the server sent is text, never markup for Qt to render.
        for label in (self.requester, self.delivery, self.banner, self.verdict, self.explanation):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.family = FamilyList()  # a family extract's record, under the comparison
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setMaximumHeight(120)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._add_after_counter()
        self.accept_button = QPushButton(self.tr("Accept and print"))
        self.accept_button.setObjectName("accept")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("reject")
        self.accept_button.clicked.connect(self.accept_requested)
        self.reject_button.clicked.connect(self.reject_requested)
        self.print_button = QPushButton(self.tr("Print again…"))
        self.print_button.setObjectName("reprint")
        self.print_button.clicked.connect(self.print_requested)
        self.seal_button = QPushButton(self.tr("Envelope sealed"))
        self.seal_button.setObjectName("seal")
        self.seal_button.clicked.connect(self.seal_requested)
        self.pickup_button = QPushButton(self.tr("Keep for pickup"))
        self.pickup_button.setObjectName("pickup")
        self.pickup_button.clicked.connect(self.pickup_requested)
        self.hand_over_button = QPushButton(self.tr("Handed to the citizen…"))
        self.hand_over_button.setObjectName("hand_over")
        self.hand_over_button.clicked.connect(self.hand_over_requested)
        buttons = QHBoxLayout()
        for button in (
            self.print_button,
            self.seal_button,
            self.pickup_button,
            self.hand_over_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        # On a small screen the request scrolls; the buttons stay where the clerk sees them.
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        # The request and its state on one line, who asked below it, then the comparison.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        # The citizen's fee (ui.fee_line), small, between the title and the state.
        self.fee = FeeLine()
        heading.addWidget(self.fee, 3)  # most of the room the title leaves
        heading.addWidget(QLabel(self.tr("Status")))
        heading.addWidget(self.status)
        inner.addLayout(heading)
        # Who asked, then the comparison: every field of it in view on a 1366×768 screen.
        # The history comes below it, where the panel scrolls to.
        inner.addLayout(self.details)
        inner.addWidget(self.banner)
        inner.addWidget(self.verdict)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.explanation)
        inner.addWidget(self.family)
        inner.addLayout(self.history_heading)
        inner.addWidget(self.history)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.model.acknowledged_changed.connect(self._update_buttons)
        self.show_request(None)

    # --- showing --------------------------------------------------------------------------

    def show_loading(self, request_id: str) -> None:
        self.show_request(None)
        self.title.setText(self.tr("Opening %1…").replace("%1", request_id))

    def show_request(self, opened: RequestView | None) -> None:
        self.opened = opened
        arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.model.set_comparison(
            opened.comparison if opened else None,
            arabic=arabic,
            confirmed=opened.confirmed if opened else frozenset(),
        )
        self.explanation.clear()
        self.explanation.hide()
        self.history.clear()
        self.family.show_family(None)
        self.show_papers(opened.papers if opened else [])
        if opened is None:
            self.title.setText(self.tr("Choose a request from the queue."))
            for label in (self.requester, self.delivery, self.status, self.verdict):
                label.clear()
            self.messages_button.hide()
            self.phone_box.hide()
            self.banner.hide()
            self.fee.show_payment(None, shown_request=False)
            self._update_buttons()
            self.shown.emit()
            return
        self.title.setText(f"{opened.request_id} — {service_name(opened.service_code)}")
        relation = f" ({opened.relation_ar})" if opened.relation_ar else ""
        self.requester.setText(opened.requester_name + relation)
        self._show_numbers(opened)
        self.status.setText(collected_name() if opened.collected else state_name(opened.state))
        if opened.problem is not None:
            self.banner.setText(explain(opened.problem))
            self.banner.setStyleSheet("background:#fde2e2; padding:6px; border-radius:4px;")
            self.banner.show()
        else:
            self.banner.hide()
        self.verdict.setText(self._verdict_text(opened))
        self._fit_table()
        self._update_buttons()
        self.shown.emit()

    def _show_numbers(self, opened: RequestView) -> None:
        """What carries numbers: the address, the fee, the history's times (the
        comparison's values are shown in the chosen digits by its model)."""
        self.delivery.setText(shown(self._delivery_text(opened)))
        self.family.show_family(opened.registry.family if opened.registry else None)
        self.fee.show_payment(opened.payment)
        self._show_after_counter(opened)

    # --- after the counter: the citizen's phone, the post's events, the messages sent ------

    def _add_after_counter(self) -> None:
        """On the history's heading line (no height or width taken from the comparison):
        the recipient's phone, which the courier calls, and what the citizen was sent."""
        self.phone = QLabel()
        self.phone.setObjectName("recipient_phone")
        self.phone.setTextFormat(Qt.TextFormat.PlainText)
        self.phone.setStyleSheet("font-weight: bold;")
        self.phone_box = QWidget()
        phone_line = QHBoxLayout(self.phone_box)
        phone_line.setContentsMargins(0, 0, 12, 0)
        phone_line.addWidget(QLabel(self.tr("Phone")))
        phone_line.addWidget(self.phone)
        self.phone_box.hide()
        self.messages_button = QPushButton()
        self.messages_button.setObjectName("citizen_messages")
        self.messages_button.clicked.connect(self.show_messages)
        self.messages_button.hide()
        self.history_heading = QHBoxLayout()
        self.history_heading.addWidget(QLabel(self.tr("History")))
        self.history_heading.addStretch(1)
        self.history_heading.addWidget(self.phone_box)
        self.history_heading.addWidget(self.messages_button)

    def _show_after_counter(self, opened: RequestView) -> None:
        # The number as the citizen gave it: Western digits whatever the chosen digits,
        # left to right inside the Arabic.
        phone = opened.delivery.phone.strip()
        self.phone.setText(ltr(phone))
        self.phone_box.setVisible(bool(phone))
        # Past the counter the history is the story: room for the post's events too.
        self.history.setMaximumHeight(200 if opened.after_the_counter else 120)
        self.history.clear()
        for line in opened.timeline:
            self.history.addItem(history_text(line))
        story = opened.story
        if story is not None and story.offline:
            self.history.addItem(self.tr("The post's events could not be asked: offline."))
        self.history.scrollToBottom()
        count = len(story.messages) if story is not None else 0
        self.messages_button.setText(
            shown(self.tr("Messages to the citizen (%1)…").replace("%1", str(count)))
        )
        self.messages_button.setVisible(story is not None and not story.offline)

    def show_story(self, told: RequestView) -> None:
        """What the server told of the open request after the counter (``told.story``)."""
        if self.opened is None or self.opened.request_id != told.request_id:
            return  # another request was opened meanwhile
        self.opened = replace(self.opened, story=told.story)
        self._show_after_counter(self.opened)
        if told.story is not None and told.story.events:
            # What became of it is what the clerk opened it for: the history in view.
            self.scroll_area.ensureWidgetVisible(self.history)

    def show_messages(self) -> None:
        opened = self.opened
        if opened is None or opened.story is None:
            return
        self.messages_dialog = CitizenMessagesDialog(opened.request_id, opened.story.messages, self)
        self.messages_dialog.open()

    def redraw(self) -> None:
        """Show the numbers again (in the digits just chosen); the ticks stay as they are."""
        if self.opened is not None:
            self._show_numbers(self.opened)
        self.table.viewport().update()

    def show_papers(self, papers: Sequence[Paper]) -> None:
        self.papers.show_papers(papers)

    def _fit_table(self) -> None:
        """Show every field without scrolling: the clerk compares them all at once."""
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setMinimumHeight(height)

    def _delivery_text(self, opened: RequestView) -> str:
        d = opened.delivery
        text = delivery_name(d.method)
        if not opened.pickup:
            parts = [d.recipient_name, d.address_ar, d.city_ar]
            text += ": " + "، ".join(p for p in parts if p)
        return text

    def _verdict_text(self, opened: RequestView) -> str:
        if opened.comparison is None:
            return ""
        verdict = opened.comparison.verdict
        if verdict is Verdict.MATCH:
            self.verdict.setStyleSheet("color:#1b6b2a; font-weight:bold;")
            return self.tr("✔ The submitted data matches the civil registry.")
        if verdict is Verdict.ACKNOWLEDGE:
            self.verdict.setStyleSheet("color:#8a6100; font-weight:bold;")
            return self.tr(
                "≈ Only spelling variants differ: tick each one to confirm it, then accept."
            )
        self.verdict.setStyleSheet("color:#a11919; font-weight:bold;")
        # The banner names the fields: one may be below the fold on a small screen.
        names = self.tr(", ").join(field_name(f) for f in opened.comparison.blocking_fields)
        return self.tr(
            "✘ The submitted data does not match the civil registry (%1): "
            "the request cannot be accepted."
        ).replace("%1", names)

    def _show_explanation(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self.explanation.setText(self.model.explanation(indexes[0].row()) if indexes else "")
        self.explanation.setVisible(bool(self.explanation.text()))

    # --- what may be done -------------------------------------------------------------------

    @property
    def steps(self) -> frozenset[Step]:
        """What the state machine allows next with the open request (none when none is)."""
        return self.opened.steps if self.opened is not None else frozenset()

    def can_accept(self) -> bool:
        opened = self.opened
        return opened is not None and opened.can_accept(self.model.acknowledged)

    def can_reject(self) -> bool:
        return Step.DECIDE in self.steps

    def _update_buttons(self) -> None:
        steps = self.steps
        self.accept_button.setEnabled(self.can_accept())
        self.reject_button.setEnabled(self.can_reject())
        self.print_button.setVisible(Step.PRINT in steps)
        # Printed once already when sealing is possible: the button then prints again.
        self.print_button.setText(
            self.tr("Print again…") if Step.SEAL in steps else self.tr("Print…")
        )
        self.seal_button.setVisible(Step.SEAL in steps)
        self.pickup_button.setVisible(Step.KEEP_FOR_PICKUP in steps)
        self.hand_over_button.setVisible(Step.HAND_TO_CITIZEN in steps)
        self.steps_changed.emit()

    # --- the keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space ticks (or unticks) the spelling variant of the current row, whichever
        column the cursor is in: the clerk need not walk to the result column first."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and cast(QKeyEvent, event).key() == Qt.Key.Key_Space
            and not cast(QKeyEvent, event).modifiers()
        ):
            return self.toggle_current_variant()
        return super().eventFilter(watched, event)

    def toggle_current_variant(self) -> bool:
        row = self.table.currentIndex().row()
        if row < 0:
            return False
        index = self.model.index(row, ComparisonModel.STATUS)
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        return self.model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
