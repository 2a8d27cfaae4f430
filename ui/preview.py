"""Preview of the prepared document and envelope; Print hands both to the printer.

Signals:
    printed(): both were printed and entered in the issuance ledger.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal
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

from ui.explain import explain
from ui.operations import Runner

if TYPE_CHECKING:
    from printing.issue import PreparedDocuments


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


class PreviewDialog(QDialog):
    printed = Signal()

    def __init__(
        self,
        prepared: PreparedDocuments,
        print_documents: Callable[[PreparedDocuments], None],
        runner: Runner,
        read_pdf: Callable[[Path], bytes],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self._print_documents = print_documents
        self._runner = runner
        self.setWindowTitle(self.tr("Print %1").replace("%1", prepared.request_id))
        self.tabs = QTabWidget()
        for title, path in (
            (self.tr("Document"), prepared.document_path),
            (self.tr("Envelope"), prepared.envelope_path),
        ):
            view = pdf_view(read_pdf(path), self)  # the files are encrypted: read in memory
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self.tabs.addTab(view, title)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            self.tr("Print"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setDefault(True)  # Enter prints: the clerk's hands stay on the keys
        self.buttons.accepted.connect(self.print_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 800)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_now(self) -> None:
        if not self.print_button.isEnabled():
            return
        self.print_button.setEnabled(False)
        self.message.setText(self.tr("Printing…"))
        prepared = self.prepared
        self._runner.run(
            lambda: self._print_documents(prepared), lambda _: self._done(), self._failed
        )

    def _done(self) -> None:
        self.message.setText(self.tr("Printed."))
        self.printed.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.print_button.setEnabled(True)
        self.message.setText(
            self.tr("Not printed: %1 The request can be printed again.").replace("%1", explain(exc))
        )
