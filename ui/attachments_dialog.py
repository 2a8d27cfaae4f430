"""The papers the citizen attached to the request, one tab each: a picture or a PDF.

Ctrl+Tab goes from one paper to the next. Each paper's bytes are read (decrypted in memory,
or fetched when they have not arrived yet) on a pool thread through the :class:`Runner`;
the tab says so while it waits, and says why when a paper cannot be shown. Nothing is
written to a temporary file.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.attachments import Paper
from ui.explain import explain
from ui.geometry import fit_dialog
from ui.i18n import ltr
from ui.labels import paper_name, size_text
from ui.operations import Runner
from ui.preview import pdf_view


class PaperLinks(QLabel):
    """The papers of a request on one line, a link each, with its size and a word when it
    has not arrived or failed its check.

    Signals:
        opened(int): the row of the paper the person clicked.
    """

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("papers")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.texts: list[str] = []  # what each link says
        self.linkActivated.connect(lambda href: self.opened.emit(int(href)))

    def show_papers(self, papers: Sequence[Paper]) -> None:
        self.texts = []
        for paper in papers:
            text = f"{paper_name(paper.kind.value)} ({size_text(paper.size)})"
            if paper.problem:
                text += " — " + self.tr("could not be checked; tried again at the next pull")
            elif not paper.fetched:
                text += " — " + self.tr("not here yet")
            self.texts.append(text)
        links = [f'<a href="{row}">{html.escape(text)}</a>' for row, text in enumerate(self.texts)]
        self.setText(" · ".join(links) if links else html.escape(self.tr("none")))
        self.setToolTip("\n".join(ltr(paper.filename) for paper in papers))


class _ImageView(QScrollArea):
    """A picture fitted to the width of the tab (a scan is read whole, then zoomed)."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        width = max(self.viewport().width() - 8, 50)
        height = max(self.viewport().height() - 8, 50)
        pixmap = QPixmap.fromImage(self.image).scaled(
            min(width, self.image.width() * 2),
            min(height, self.image.height() * 2),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.label.setPixmap(pixmap)


def _opened(paper: Paper, content: bytes) -> bytes | QImage:
    """A paper ready to show, on the pool thread: a PDF's bytes, or a picture decoded
    (a scan of some megabytes takes a while; QImage may be made off the GUI thread)."""
    if paper.media_type == "application/pdf":
        return content
    return QImage.fromData(content)


class AttachmentsDialog(QDialog):
    def __init__(
        self,
        request_id: str,
        papers: Sequence[Paper],
        read: Callable[[Paper], bytes],
        runner: Runner,
        current: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attachments of %1").replace("%1", request_id))
        self.tabs = QTabWidget()
        for index, paper in enumerate(papers):
            waiting = QLabel(self.tr("Opening…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(waiting, paper_name(paper.kind.value))
            runner.run(
                lambda paper=paper: _opened(paper, read(paper)),  # type: ignore[misc]
                lambda shown, i=index: self._show(i, shown),  # type: ignore[misc]
                lambda exc, i=index: self._failed(i, exc),  # type: ignore[misc]
            )
        self.tabs.setCurrentIndex(current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(900, 760))

    def _replace(self, index: int, widget: QWidget) -> None:
        title = self.tabs.tabText(index)
        current = self.tabs.currentIndex()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)

    def _show(self, index: int, shown: bytes | QImage) -> None:
        if isinstance(shown, bytes):  # a PDF: QPdfDocument renders it page by page itself
            view = pdf_view(shown, self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._replace(index, view)
            return
        if shown.isNull():
            self._failed(index, ValueError(self.tr("This picture cannot be shown.")))
            return
        self._replace(index, _ImageView(shown))

    def _failed(self, index: int, exc: Exception) -> None:
        message = QLabel(explain(exc))
        message.setObjectName("message")
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._replace(index, message)
