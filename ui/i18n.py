"""Languages: Qt Linguist translations (ours and Qt's own), right-to-left for Arabic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

import resources
from clerk_desk import digits

TRANSLATIONS_DIR = Path(resources.__file__).parent / "translations"
FONTS_DIR = Path(resources.__file__).parent / "fonts"
UI_FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` outside a QObject.

    lupdate reads a bare ``translate("Context", "literal text")`` call as context + source
    text, like ``QCoreApplication.translate``; use this one for literal strings.
    """
    return QCoreApplication.translate(context, text)


def tr(context: str, text: str) -> str:
    """Same as :func:`translate`, for texts marked with ``QT_TRANSLATE_NOOP`` elsewhere.

    Beware: lupdate reads a bare ``tr("A", "b")`` as ``self.tr`` (source text "A" with the
    disambiguation "b", no context), so a *literal* text passed here is never extracted.
    Use :func:`translate` for literals.
    """
    return QCoreApplication.translate(context, text)


def install_fonts(app: QGuiApplication) -> None:
    families: list[str] = []
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        font = app.font()
        font.setFamilies([families[0], "DejaVu Sans"])
        font.setPointSize(11)
        app.setFont(font)


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's own for ``language``; return them to keep alive."""
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Syria))
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"clerk_desk_{language}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_own)
            installed.append(qt_own)
    if isinstance(app, QGuiApplication):
        direction = (
            Qt.LayoutDirection.LeftToRight if language == "en" else (Qt.LayoutDirection.RightToLeft)
        )
        app.setLayoutDirection(direction)
    return installed


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` where it is declared; translate on use."""
    return text


def digit_locale(digits: str) -> QLocale:
    """The locale Qt formats numbers with (spin boxes, counts), in the chosen digits.

    Syria's Arabic locale writes Arabic-Indic digits; the desk writes Western ones unless
    the ``digits`` setting says otherwise, so a number reads the same in Preferences, the
    queue and on the printed page.
    """
    if digits == "arabic_indic":
        locale = QLocale(QLocale.Language.Arabic, QLocale.Country.Syria)
    else:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 1234, as shown()
    return locale


# The digits the screens show (the ``digits`` setting), set by the main window from the
# settings and again when Preferences change it.
_shown_digits = [digits.WESTERN]
# A separator between two Arabic-Indic digits lets the bidi algorithm swap the numbers
# around it ("٢٠٢٦-١١-٢٩" shows as ٢٩-١١-٢٠٢٦): marked left-to-right, the run reads as written.
_SEPARATORS = frozenset("-+ ./:,")
_LRM = "\u200e"
# The middle dot that separates "29 requests · 3 late" looks like the Arabic-Indic zero
# (٢٩ · ٣ reads ٢٩ ٠ ٣): a bar instead.
_NOT_A_ZERO = str.maketrans("·", "|")


def use_digits(style: str) -> None:
    """Show numbers in digit ``style`` from now on (``clerk_desk.config.DIGITS``)."""
    _shown_digits[0] = style


def shown_digits() -> str:
    return _shown_digits[0]


def shown_with_spans(
    text: str, spans: tuple[tuple[int, int], ...] = ()
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """:func:`shown`, and character ``spans`` of ``text`` moved to where they are in it."""
    style = _shown_digits[0]
    text = digits.shown(text, style)  # one digit for one digit: spans stay where they were
    if style == digits.WESTERN:
        return text, spans
    text = text.translate(_NOT_A_ZERO)
    out: list[str] = []
    where: list[int] = []  # where each character of text went
    last = len(text) - 1
    for i, ch in enumerate(text):
        mark = (
            ch in _SEPARATORS
            and 0 < i < last
            and "٠" <= text[i - 1] <= "٩"
            and "٠" <= text[i + 1] <= "٩"
        )
        if mark:
            out.append(_LRM)
        where.append(len(out))
        out.append(ch)
        if mark:
            out.append(_LRM)
    where.append(len(out))
    end_of = len(text)
    return "".join(out), tuple(
        (where[min(start, end_of)], where[min(end, end_of)]) for start, end in spans
    )


def shown(text: str) -> str:
    """``text`` with its numbers in the chosen digits (``clerk_desk.digits.shown``), for a
    label, a cell or a message: never for what is stored, sent or typed into a field."""
    return shown_with_spans(text)[0]


def ltr(text: str) -> str:
    """Isolate a left-to-right value (a date, a time, a code) inside a sentence.

    Without the isolate, the bidi algorithm reads digits that follow Arabic letters as
    Arabic numbers, and "2026-11-27" shows as "27-11-2026" in an Arabic sentence.
    """
    return f"\u2066{text}\u2069"
