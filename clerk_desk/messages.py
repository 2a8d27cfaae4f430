"""Messages the core gives a person, translatable without Qt in the core.

A message is an English template with ``{name}`` placeholders, marked with
``QT_TRANSLATE_NOOP`` so Qt Linguist collects it (scripts/update-translations.sh reads the
core files that hold such messages); the interface translates the template and fills the
values in. ``str(error)`` stays the English sentence, for logs and the command line.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate reads this name
    """Mark ``text`` for translation in ``context``; it is translated where it is shown."""
    return text


class ExplainedError(Exception):
    """An error whose message a person reads, in their language (context "Rules")."""

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = {name: str(value) for name, value in values.items()}
        super().__init__(template.format(**self.values) if self.values else template)
