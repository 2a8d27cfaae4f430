"""Preview of the prepared document and envelope, and printing them through Qt.

Signals:
    printed(): both PDFs were handed to the printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from printing.issue import PreparedDocuments
from ui.operations import Runner


class PrintFailed(Exception):
    pass


def print_pdf(path: Path, printer: QPrinter) -> None:
    """Paint every page of the PDF at ``path`` onto ``printer`` (runs in an operation)."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintFailed(f"cannot read {path.name}")
    size = document.pagePointSize(0)
    printer.setPageSize(
        QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageOrientation(orientation)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("the printer cannot be opened")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target: QRect = painter.viewport()
            image = document.render(page, target.size())
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()


class PreviewDialog(QDialog):
    printed = Signal()

    def __init__(
        self, prepared: PreparedDocuments, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self._runner = runner
        self.setWindowTitle(self.tr("Print %1").replace("%1", prepared.request_id))
        self.tabs = QTabWidget()
        self._documents: list[QPdfDocument] = []
        for title, path in (
            (self.tr("Document"), prepared.document_path),
            (self.tr("Envelope"), prepared.envelope_path),
        ):
            document = QPdfDocument(self)
            document.load(str(path))
            view = QPdfView()
            view.setDocument(document)
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self._documents.append(document)
            self.tabs.addTab(view, title)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            self.tr("Print"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setDefault(True)
        self.buttons.accepted.connect(self.choose_printer)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 800)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_with(printer)

    def print_with(self, printer: QPrinter) -> None:
        self.print_button.setEnabled(False)
        self.message.setText(self.tr("Printing…"))
        prepared = self.prepared

        def work() -> None:
            print_pdf(prepared.document_path, printer)
            if printer.outputFileName():  # printing to files: the envelope gets its own
                stem = Path(printer.outputFileName())
                printer.setOutputFileName(str(stem.with_name(stem.stem + "-envelope.pdf")))
            print_pdf(prepared.envelope_path, printer)

        self._runner.run(work, lambda _: self._done(), self._failed)

    def _done(self) -> None:
        self.message.setText(self.tr("Printed."))
        self.printed.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.print_button.setEnabled(True)
        self.message.setText(self.tr("Printing failed: %1").replace("%1", str(exc)))
