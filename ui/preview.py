"""Preview of the prepared document and envelope of one request, every page that will
print; Print hands both to the printer, for that request only.

Signals:
    printed(): both were printed and entered in the issuance ledger.
    interrupted(int): the printer took the job, then printing failed (the intent's id):
        what came out must be asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.usecases.paper import PreparedDocuments, PrintInterrupted
from clerk_desk.workflow import RuleViolation
from ui.explain import explain
from ui.geometry import fit_dialog
from ui.i18n import ltr, shown
from ui.operations import Runner


def pdf_view(content: bytes, owner: QObject) -> QPdfView:
    """A view of a PDF held in memory (decrypted, never written to a file). The buffer and
    the document belong to ``owner``: QPdfDocument reads the buffer while it renders, so
    both live as long as the dialog showing them."""
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(owner)
    document.load(buffer)
    view = QPdfView()
    view.setDocument(document)
    return view


# How long "printed" stays in view before the preview closes by itself (Enter closes it now).
CLOSE_AFTER_PRINTED_MS = 2_000


class PreviewDialog(QDialog):
    printed = Signal()
    interrupted = Signal(int)

    def __init__(
        self,
        prepared: PreparedDocuments,
        print_documents: Callable[[PreparedDocuments, str], None],
        open_request: Callable[[], str | None],
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        """`open_request` says which request is open at the desk when Print is pressed:
        the papers print only if they are that request's (the core checks it again)."""
        super().__init__(parent)
        self.prepared = prepared
        self._print_documents = print_documents
        self._open_request = open_request
        self._runner = runner
        self.close_after_ms = CLOSE_AFTER_PRINTED_MS
        self.setWindowTitle(self.tr("Print %1").replace("%1", prepared.request_id))
        what = (
            self.tr("reprint (%1)").replace("%1", prepared.reprint_reason)
            if prepared.reprint_reason
            else self.tr("document and envelope")
        )
        self.heading = QLabel(
            shown(
                self.tr("Request %1 — %2")
                .replace("%1", ltr(prepared.request_id))
                .replace("%2", what)
            )
        )
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        numbers = self.tr("Document number %1").replace("%1", ltr(prepared.document_number))
        if prepared.tracking_number:
            numbers += " — " + self.tr("tracking number %1").replace(
                "%1", ltr(prepared.tracking_number)
            )
        self.numbers = QLabel(shown(numbers))  # the codes keep their Western digits
        self.tabs = QTabWidget()
        self.page_counts: list[int] = []
        for title, content in (
            (self.tr("Document"), prepared.document_pdf),
            (self.tr("Envelope"), prepared.envelope_pdf),
        ):
            # decrypted once, in the operation that prepared them: the bytes that will print
            view = pdf_view(content, self)
            # every page that will print, one under the other: a slow service's cover sheet
            # and the issuing body's pages behind it
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            pages = view.document().pageCount()
            self.page_counts.append(pages)
            self.tabs.addTab(
                view, shown(self.tr("%1 (%n page(s))", "", pages).replace("%1", title))
            )
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close without printing"))
        self.print_button = self.buttons.addButton(
            self.tr("Print"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setDefault(True)  # Enter prints: the clerk's hands stay on the keys
        self.buttons.accepted.connect(self.print_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.numbers)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_dialog(self, QSize(900, 800))
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_now(self) -> None:
        if not self.print_button.isEnabled():
            return
        prepared = self.prepared
        request_id = self._open_request()
        if request_id != prepared.request_id:
            self.print_button.setEnabled(False)
            self.message.setText(
                self.tr(
                    "Not printed: these papers are of request %1, which is no longer open."
                ).replace("%1", ltr(prepared.request_id))
            )
            return
        self.print_button.setEnabled(False)
        self.message.setText(self.tr("Printing…"))
        self._runner.run(
            lambda: self._print_documents(prepared, request_id),
            lambda _: self._done(),
            self._failed,
        )

    def _done(self) -> None:
        """Say it was printed, in the preview itself, then close it a moment later."""
        self.message.setStyleSheet("color:#1b6b2a; font-weight:bold;")
        self.message.setText(self.tr("✔ Printed. Take the papers from the printer."))
        self.print_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.printed.emit()
        QTimer.singleShot(self.close_after_ms, self.accept)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, PrintInterrupted):  # paper may be out: no second try from here
            self.message.setText(explain(exc))
            self.interrupted.emit(exc.intent_id)
            return
        if isinstance(exc, RuleViolation):  # stale, or not this request's: never from here
            self.message.setText(self.tr("Not printed: %1").replace("%1", explain(exc)))
            return
        self.print_button.setEnabled(True)
        self.message.setText(
            self.tr("Not printed: %1 The request can be printed again.").replace("%1", explain(exc))
        )
