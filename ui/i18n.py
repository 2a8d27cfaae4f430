"""Languages: Qt Linguist translations (ours and Qt's own), right-to-left for Arabic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

import resources

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
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Syria)
    western = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    western.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return western


def ltr(text: str) -> str:
    """Isolate a left-to-right value (a date, a time, a code) inside a sentence.

    Without the isolate, the bidi algorithm reads digits that follow Arabic letters as
    Arabic numbers, and "2026-11-27" shows as "27-11-2026" in an Arabic sentence.
    """
    return f"\u2066{text}\u2069"
