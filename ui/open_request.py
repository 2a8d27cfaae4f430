"""The request open at the desk: opening it from the queue, showing it as the store holds
it after each step, keeping its lease while the clerk works, closing it when a colleague
took it, and the citizen's papers. The panel draws; the counter's use cases decide.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from clerk_desk.attachments import Paper
from clerk_desk.link_errors import Conflict
from clerk_desk.usecases.counter import RequestView
from sync.events import LeaseLost
from ui.attachments_dialog import AttachmentsDialog
from ui.explain import explain
from ui.operations import Runner
from ui.request_panel import RequestPanel
from ui.workstation import Workstation


class OpenRequest(QObject):
    def __init__(
        self,
        desk: Workstation,
        runner: Runner,
        panel: RequestPanel,
        *,
        say: Callable[[str], None],
        show_error: Callable[[Exception], None],
        reload_queue: Callable[[], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.desk = desk
        self.runner = runner
        self.panel = panel
        self.say = say  # a transient line in the status bar
        self.show_error = show_error
        self.reload_queue = reload_queue
        self.window = window
        self.papers_dialog: AttachmentsDialog | None = None

    # --- opening and showing ----------------------------------------------------------------

    def open(self, request_id: str) -> None:
        self.panel.show_loading(request_id)
        self.runner.run(lambda: self.desk.counter.open(request_id), self._opened, self._failed)

    def _opened(self, opened: RequestView) -> None:
        self.panel.show_request(opened)
        self.panel.table.setFocus()
        self.keep_lease()
        self.reload_queue()
        self.ask_after_counter(opened)

    def _failed(self, exc: Exception) -> None:
        self.panel.show_request(None)
        self.keep_lease()
        self.show_error(exc)

    def refresh(self, request_id: str) -> None:
        """Show the request as the store holds it now (after a step, a print, a pull)."""
        self.runner.run(
            lambda: self.desk.counter.view(request_id), self._shown_again, self.show_error
        )
        self.reload_queue()

    def _shown_again(self, view: RequestView) -> None:
        shown = self.panel.opened
        if shown is not None and shown.request_id == view.request_id and view.story is None:
            view = replace(view, story=shown.story)  # kept on screen until asked again
        self.panel.show_request(view)
        self.keep_lease()
        self.ask_after_counter(view)

    def ask_after_counter(self, view: RequestView) -> None:
        """Ask the server what became of a request past the counter (the post's events,
        the citizen's messages); the panel adds it to what it shows when it comes."""
        if view.after_the_counter:
            self.runner.run(
                lambda: self.desk.counter.after_counter(view),
                self.panel.show_story,
                lambda exc: self.say(explain(exc)),
            )

    # --- the lease --------------------------------------------------------------------------

    def keep_lease(self) -> None:
        """Tell the sync worker which request's lease to keep (none once it is decided and
        printed, or closed); it renews it when due."""
        opened = self.panel.opened
        working = opened is not None and opened.renews_lease and self.desk.context.is_clerk
        self.desk.sync.keep_lease(opened.request_id if opened is not None and working else None)

    def lease_lost(self, event: LeaseLost) -> None:
        """A colleague holds the open request now: close it before anyone decides twice."""
        opened = self.panel.opened
        if opened is not None and opened.request_id == event.request_id:
            self.panel.show_request(None)
            self.keep_lease()
            self.reload_queue()
            self.show_error(event.error or Conflict(event.reason))

    # --- the citizen's papers ---------------------------------------------------------------

    def fetch_papers(self, request_ids: Collection[str]) -> None:
        """The papers of the open request arrived after it was opened: show them."""
        opened = self.panel.opened
        if opened is not None and opened.request_id in request_ids:
            request_id = opened.request_id
            self.runner.run(lambda: self.desk.counter.papers(request_id), self._papers_arrived)

    def _papers_arrived(self, papers: list[Paper]) -> None:
        opened = self.panel.opened
        if opened is not None and all(p.request_id == opened.request_id for p in papers):
            self.panel.opened = replace(opened, papers=tuple(papers))
            self.panel.show_papers(papers)

    def show_papers(self, request_id: str, papers: list[Paper], first: int) -> None:
        """The papers of `request_id`, `first` shown first (Ctrl+Tab to the next)."""
        if not papers:
            self.say(self.tr("The citizen attached no papers."))
            return
        self.papers_dialog = AttachmentsDialog(
            request_id, papers, self.desk.counter.paper_content, self.runner, first, self.window
        )
        self.papers_dialog.open()
