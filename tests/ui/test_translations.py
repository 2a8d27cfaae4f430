"""The Arabic catalogue: complete, in step with the code, and working once installed.

When a test here fails because of a new or changed string, run
``scripts/update-translations.sh`` (after adding its Arabic to the dictionary in
``scripts/translations_ar/``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
TS_FILE = ROOT / "resources" / "translations" / "clerk_desk_ar.ts"
ARABIC_PLURAL_FORMS = 6  # Qt's numerus forms for Arabic: 0, 1, 2, 3-10, 11-99, 100+
HINT = "add the Arabic to its area in scripts/translations_ar/, run scripts/update-translations.sh"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    translation: str
    forms: tuple[str, ...]
    locations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        where = f" at {', '.join(self.locations)}" if self.locations else ""
        return f"{self.context}: {self.source!r}{where}"


def _text(element: ET.Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


def _relative(ts: Path, filename: str) -> str:
    where = (ts.parent / filename).resolve()
    return str(where.relative_to(ROOT)) if where.is_relative_to(ROOT) else filename


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = () if translation is None else translation.findall("numerusform")
            messages.append(
                Message(
                    context=name,
                    source=_text(message.find("source")),
                    comment=_text(message.find("comment")),
                    numerus=message.get("numerus") == "yes",
                    kind="missing" if translation is None else translation.get("type", ""),
                    translation=_text(translation) if not forms else "",
                    forms=tuple(_text(form) for form in forms),
                    locations=tuple(
                        f"{_relative(path, loc.get('filename', '?'))}:{loc.get('line', '?')}"
                        for loc in message.findall("location")
                    ),
                )
            )
    return messages


def qt_tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found (it comes with PySide6)")
    return found


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    assert TS_FILE.exists(), f"{TS_FILE} is missing: {HINT}"
    return read_ts(TS_FILE)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in the current ui/ sources, as scripts/update-translations.sh runs it."""
    out = tmp_path_factory.mktemp("lupdate") / "clerk_desk_ar.ts"
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)
    for package in ("clerk_desk", "printing"):  # messages marked for the interface
        sources += [
            str(p)
            for p in (UI_DIR.parent / package).rglob("*.py")
            if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")
        ]
    sources = sorted(set(sources))
    options = ["-silent", "-no-obsolete", "-locations", "absolute"]
    options += ["-source-language", "en", "-target-language", "ar_SY"]
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *options, *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return read_ts(out)


def placeholders(text: str, *, with_n: bool = True) -> list[str]:
    found = sorted(re.findall(r"%(?:n|\d)", text))
    return found if with_n else [p for p in found if p != "%n"]


def test_every_message_has_a_finished_translation(committed: list[Message]) -> None:
    assert committed, "the catalogue has no messages"
    problems = []
    for message in committed:
        if message.kind:
            problems.append(f"{message}: translation is {message.kind}")
        elif message.numerus:
            if len(message.forms) != ARABIC_PLURAL_FORMS or not all(message.forms):
                problems.append(f"{message}: needs {ARABIC_PLURAL_FORMS} non-empty plural forms")
        elif not message.translation.strip():
            problems.append(f"{message}: empty translation")
    assert not problems, "\n".join(problems)


def test_translations_keep_the_placeholders(committed: list[Message]) -> None:
    problems = []
    for message in committed:
        if message.numerus:
            wanted = placeholders(message.source, with_n=False)
            for index, form in enumerate(message.forms):
                # The forms for 0, 1 and 2 may spell the number out; the others show it.
                if placeholders(form, with_n=False) != wanted or (index >= 3 and "%n" not in form):
                    problems.append(f"{message}: plural form {index} {form!r}")
        elif placeholders(message.translation) != placeholders(message.source):
            problems.append(f"{message}: {message.translation!r}")
    assert not problems, "\n".join(problems)


def test_rules_keep_their_named_values(committed: list[Message]) -> None:
    """The core's messages and the server's refusals are filled with ``str.format``: the
    Arabic must name the same ``{values}``, or the clerk gets an error instead of a sentence."""
    problems = [
        f"{message}: {message.translation!r}"
        for message in committed
        if message.context == "Rules"
        and set(re.findall(r"\{(\w+)\}", message.translation))
        != set(re.findall(r"\{(\w+)\}", message.source))
    ]
    assert not problems, "\n".join(problems)


def test_the_language_marker_is_ar(committed: list[Message]) -> None:
    markers = [m.translation for m in committed if (m.context, m.source) == ("Language", "en")]
    assert markers == ["ar"]


def test_catalogue_has_every_string_of_the_code(
    committed: list[Message], extracted: list[Message]
) -> None:
    have = {message.key for message in committed}
    lacking = [m for m in extracted if m.context and m.key not in have]
    assert not lacking, f"strings in ui/ missing from {TS_FILE.name} ({HINT}):\n" + "\n".join(
        str(m) for m in lacking
    )


def test_lupdate_reads_every_context(extracted: list[Message]) -> None:
    """A bare tr("Context", "text") is read by lupdate as tr(text, disambiguation).

    The text is then never extracted, unless QT_TRANSLATE_NOOP marks it elsewhere; use
    ui.i18n.translate("Context", "text") (or QCoreApplication.translate) for literals.
    """
    marked = {(m.context, m.source) for m in extracted if m.context}
    lost = [
        f'tr("{m.source}", "{m.comment}") at {", ".join(m.locations)}'
        for m in extracted
        if not m.context and m.comment and (m.source, m.comment) not in marked
    ]
    assert not lost, "lupdate cannot extract these; call translate() instead:\n" + "\n".join(lost)


def test_lrelease_compiles_everything(tmp_path: Path) -> None:
    result = subprocess.run(
        [qt_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(tmp_path / "clerk_desk_ar.qm")],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "0 unfinished" in result.stdout, result.stdout
    assert "ignored" not in result.stdout, result.stdout


@pytest.fixture
def compiled_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The committed .ts compiled afresh, where install_language looks for it."""
    qm = tmp_path / "clerk_desk_ar.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    return tmp_path


@pytest.fixture
def clean_language(qapp: QApplication) -> Iterator[QApplication]:
    """Leave the application's locale and layout direction as the test found them."""
    locale, direction = QLocale(), qapp.layoutDirection()
    yield qapp
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def test_arabic_is_right_to_left_and_translated(
    clean_language: QApplication, compiled_catalogue: Path
) -> None:
    app = clean_language
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    installed = i18n.install_language(app, "ar")
    try:
        assert QCoreApplication.translate("State", "in review") == "قيد التدقيق"
        assert QCoreApplication.translate("Language", "en") == "ar"
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_english_is_left_to_right(clean_language: QApplication, compiled_catalogue: Path) -> None:
    # Text is not checked here: the session's application may still hold the Arabic
    # translators earlier tests installed (ui.app.create_application does not remove them).
    app = clean_language
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert i18n.install_language(app, "en") == []
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.English
