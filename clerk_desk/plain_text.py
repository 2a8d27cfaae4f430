"""Text a person reads, checked before anyone stores it: the citizen's rejection reason,
the courier's and the receiver's names, a supervisor's notes.

Refused, because they hide or reorder what a reader sees:

- control characters (C0, DEL, C1), except the line break where a text may have lines;
- the characters that change the direction text is shown in: embeddings and overrides
  (U+202A–U+202E), isolates (U+2066–U+2069) and the marks U+200E, U+200F and U+061C. With
  U+202E "‮gpj.exe" shows as "exe.jpg", and a name can be shown reversed;
- the line and paragraph separators U+2028 and U+2029 (a line break in disguise);
- lone surrogates, which are not text at all (they cannot be stored or sent).

Arabic letters, harakat, tatweel, digits of both kinds, ZWNJ and ZWJ pass. Markup such as
``<script>`` is not refused: it is plain text, stored as typed, and every side shows it as
plain text (the workstation's labels in ``Qt.PlainText``), never as markup.

The workstation checks here before it records a text; the server checks the same with the
same function (through ``clerk_desk.api``), and refuses with the catalogue's code
``unsafe_text``.
"""

from __future__ import annotations

import re

from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError

UNSAFE_TEXT = QT_TRANSLATE_NOOP(
    "Rules",
    "the text holds an invisible control or direction-changing character ({character}), "
    "which could hide or reorder what its reader sees: remove it",
)
BROKEN_TEXT = QT_TRANSLATE_NOOP(
    "Rules", "the text at {field} is not valid Unicode: it holds a lone surrogate"
)

_ALWAYS = (
    "\x00-\x09\x0b-\x1f\x7f-\x9f"  # control characters but the line feed
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # direction marks, embeddings, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\ud800-\udfff"  # lone surrogates
)
_ONE_LINE = re.compile(f"[{_ALWAYS}\n]")
_LINES = re.compile(f"[{_ALWAYS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED = re.compile(f"[{_ALWAYS}\n\\\\]")


class UnsafeText(ExplainedError, ValueError):
    """A text holds a character its reader would not see, or would see reordered."""


class BrokenText(ExplainedError, ValueError):
    """A text is not valid Unicode (a lone surrogate from a ``\\ud800`` JSON escape)."""


def unsafe_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character of ``text`` that :func:`check_plain_text` refuses, as
    ``U+XXXX``; None when there is none."""
    found = (_LINES if multiline else _ONE_LINE).search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def check_plain_text(text: str, *, multiline: bool = False) -> str:
    """``text`` itself, or :class:`UnsafeText` naming the first character refused.

    ``multiline``: the text may have lines (a rejection reason, a note), so a line feed
    passes; a carriage return never does (the workstation's editors give line feeds).
    """
    character = unsafe_character(text, multiline=multiline)
    if character is not None:
        raise UnsafeText(UNSAFE_TEXT, character=character)
    return text


def check_unicode(value: object) -> object:
    """``value`` itself (decoded JSON: texts, numbers, lists, objects, at any depth), or
    :class:`BrokenText` naming where the first lone surrogate is, in a key or a text
    (``field``: the path of keys and indexes, ``""`` for ``value`` itself).

    Walks without recursion, so a deeply nested value cannot exhaust the stack.
    """
    pending: list[tuple[str, object]] = [("", value)]
    while pending:
        where, item = pending.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise BrokenText(BROKEN_TEXT, field=where)
        elif isinstance(item, dict):
            inside = []
            for key, inner in item.items():
                name = str(key)
                if _SURROGATE.search(name):
                    raise BrokenText(BROKEN_TEXT, field=where)
                inside.append((f"{where}.{name}" if where else name, inner))
            pending.extend(reversed(inside))  # the first key is looked at first
        elif isinstance(item, list | tuple):
            pending.extend(
                (f"{where}.{i}" if where else str(i), item[i]) for i in reversed(range(len(item)))
            )
    return value


def escape_unsafe(text: str) -> str:
    """``text`` with every character :func:`check_plain_text` refuses in one-line text (and
    the backslash) written as an escape: for a log line or an error answer that must show
    what arrived without obeying it (a forged log line, a reordered name)."""
    return _ESCAPED.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    character = found.group()
    return "\\\\" if character == "\\" else f"\\u{ord(character):04x}"
