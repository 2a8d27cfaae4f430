"""Paints a value with the characters that differ from the other side highlighted."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.comparison_model import DIFF_ROLE

HIGHLIGHT = "#e05555"


def highlighted_html(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """HTML for ``text`` with ``spans`` underlined and coloured; the text itself is escaped."""
    parts: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        parts.append(html.escape(text[cursor:start]))
        parts.append(
            f'<span style="color:{HIGHLIGHT}; text-decoration:underline; '
            f'font-weight:bold">{html.escape(text[start:end])}</span>'
        )
        cursor = end
    parts.append(html.escape(text[cursor:]))
    return "".join(parts)


class DiffDelegate(QStyledItemDelegate):
    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument | None:
        spans = index.data(DIFF_ROLE)
        if not spans:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setTextDirection(option.direction)
        text_option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        doc.setDefaultTextOption(text_option)
        doc.setHtml(highlighted_html(str(index.data()), tuple(spans)))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        doc = self._document(option, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        doc.setTextWidth(rect.width())
        painter.save()
        top = rect.top() + max(0.0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left(), top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.Text)
        )
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        base: Any = super().sizeHint(option, index)
        doc = self._document(option, index)
        if doc is None:
            return QSize(base)
        return QSize(
            max(base.width(), int(doc.idealWidth()) + 8),
            max(base.height(), int(doc.size().height())),
        )
