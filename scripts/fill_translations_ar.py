"""Fill the Arabic catalogue (clerk_desk_ar.ts) from the dictionary in translations_ar/.

Run through ``scripts/update-translations.sh`` (lupdate, then this, then lrelease), or alone:

    .venv/bin/python scripts/fill_translations_ar.py [resources/translations/clerk_desk_ar.ts]

Only messages without a finished translation are filled: a translation already in the .ts
(from an earlier run or edited in Qt Linguist) is kept; ``--force`` rewrites every message
that has an entry there. A new string in ui/ needs an entry in ``AR`` (keyed by lupdate
context and English source text; plural ``%n`` messages take Arabic's six forms). A
message with no entry, in a context of its own, reuses the translation of the same English
text in another context when all of them agree, and says so; otherwise it stays unfinished,
is listed, and the exit status is 1.

Messages lupdate puts in the empty context come from a bare ``tr("Context", ...)`` call,
which lupdate reads as ``self.tr(text, disambiguation)``. They are dropped from the .ts.
With a variable text (marked by ``QT_TRANSLATE_NOOP`` where it is declared) that is
harmless; with a literal text not marked elsewhere, the real string is never extracted:
those are listed and the exit status is 1. Call ``ui.i18n.translate("Context", "text")``.

The file is edited in place, message by message, so lupdate's own layout is kept.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

from translations_ar import AR, ARABIC_PLURAL_FORMS, Plural  # the dictionary, beside this file

DEFAULT_TS = Path(__file__).resolve().parent.parent / "resources/translations/clerk_desk_ar.ts"

CONTEXT_RE = re.compile(r"<context>.*?</context>\n?", re.DOTALL)
NAME_RE = re.compile(r"<name>(.*?)</name>", re.DOTALL)
MESSAGE_RE = re.compile(r"(?P<indent>[ \t]*)<message\b.*?</message>", re.DOTALL)
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)(?:<translation\b[^>]*/>|<translation\b[^>]*>.*?</translation>)",
    re.DOTALL,
)


def _text(element: ET.Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:n|\d)", text))


class Filler:
    def __init__(self, force: bool, extracted: set[tuple[str, str]]) -> None:
        self.force = force
        self.extracted = extracted
        self.filled: list[str] = []
        self.reused: list[str] = []
        self.missing: list[str] = []
        self.misparsed: list[str] = []
        by_source: dict[str, set[str | Plural]] = {}
        for (_context, source), value in AR.items():
            by_source.setdefault(source, set()).add(value)
        self.by_source = by_source

    def lookup(self, context: str, source: str) -> str | Plural | None:
        value = AR.get((context, source))
        if value is not None:
            return value
        candidates = self.by_source.get(source, set())
        if len(candidates) == 1:
            (value,) = candidates
            self.reused.append(f"{context}: {source!r} (same text in another context)")
            return value
        return None

    def message(self, context: str, block: str) -> str:
        element = ET.fromstring(block.strip())
        source = _text(element.find("source"))
        numerus = element.get("numerus") == "yes"
        translation = element.find("translation")
        kind = translation.get("type", "") if translation is not None else ""
        if translation is None:
            done = False
        elif numerus:
            forms = [_text(f) for f in translation.findall("numerusform")]
            done = len(forms) == ARABIC_PLURAL_FORMS and all(forms)
        else:
            done = bool(_text(translation))
        if done and kind not in ("unfinished",) and not self.force:
            return block
        value = self.lookup(context, source)
        if value is None:
            self.missing.append(f"{context}: {source!r}")
            return block
        if numerus != isinstance(value, tuple):
            raise SystemExit(f"{context}: {source!r}: plural mismatch between .ts and dictionary")
        if isinstance(value, tuple) and len(value) != ARABIC_PLURAL_FORMS:
            raise SystemExit(f"{context}: {source!r}: Arabic needs {ARABIC_PLURAL_FORMS} forms")
        for text in value if isinstance(value, tuple) else (value,):
            wanted = _placeholders(source)
            if numerus:  # the forms for 0, 1 and 2 may spell the number out
                wanted = [p for p in wanted if p != "%n"]
                got = [p for p in _placeholders(text) if p != "%n"]
            else:
                got = _placeholders(text)
            if got != wanted:
                raise SystemExit(f"{context}: {source!r}: placeholders {got} != {wanted}")
        match = TRANSLATION_RE.search(block)
        if match is None:
            raise SystemExit(f"{context}: {source!r}: no <translation> element")
        indent = match.group("indent")
        if isinstance(value, tuple):
            inner = "".join(f"{indent}    <numerusform>{_xml(v)}</numerusform>\n" for v in value)
            new = f"{indent}<translation>\n{inner}{indent}</translation>"
        else:
            new = f"{indent}<translation>{_xml(value)}</translation>"
        self.filled.append(f"{context}: {source!r}")
        return block[: match.start()] + new + block[match.end() :]

    def context(self, block: str) -> str:
        name_match = NAME_RE.search(block)
        name = _text(ET.fromstring(f"<n>{name_match.group(1)}</n>")) if name_match else ""
        if not name:
            for message in MESSAGE_RE.finditer(block):
                element = ET.fromstring(message.group(0).strip())
                context, text = _text(element.find("source")), _text(element.find("comment"))
                if not text or (context, text) in self.extracted:
                    continue  # tr("Context", variable), or the text is marked elsewhere
                where = ", ".join(
                    f"{loc.get('filename', '?').removeprefix('../../')}:{loc.get('line', '?')}"
                    for loc in element.findall("location")
                )
                self.misparsed.append(f"tr({context!r}, {text!r}) at {where}")
            return ""
        return MESSAGE_RE.sub(lambda m: self.message(name, m.group(0)), block)


def fill(path: Path, force: bool = False) -> int:
    original = path.read_text(encoding="utf-8")
    extracted = {
        (_text(context.find("name")), _text(message.find("source")))
        for context in ET.fromstring(original.encode("utf-8")).iter("context")
        for message in context.iter("message")
    }
    filler = Filler(force, extracted)
    updated = CONTEXT_RE.sub(lambda m: filler.context(m.group(0)), original)
    ET.fromstring(updated.encode("utf-8"))  # still well-formed
    if updated != original:
        path.write_text(updated, encoding="utf-8")
    print(f"{path.name}: {len(filler.filled)} filled")
    for line in filler.reused:
        print(f"  reused: {line}")
    status = 0
    if filler.misparsed:
        status = 1
        print(
            'lupdate reads a bare tr("Context", "text") as tr(text, disambiguation) without a '
            'context, so these strings were not extracted; use ui.i18n.translate("Context", '
            '"text") (or QT_TRANSLATE_NOOP) instead. Dropped from the .ts:',
            file=sys.stderr,
        )
        for line in filler.misparsed:
            print(f"  {line}", file=sys.stderr)
    if filler.missing:
        status = 1
        print(f"No Arabic for these (add them to AR in {Path(__file__).name}):", file=sys.stderr)
        for line in filler.missing:
            print(f"  {line}", file=sys.stderr)
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", type=Path, default=DEFAULT_TS)
    parser.add_argument("--force", action="store_true", help="rewrite existing translations")
    args = parser.parse_args()
    return fill(args.ts, args.force)


if __name__ == "__main__":
    sys.exit(main())
