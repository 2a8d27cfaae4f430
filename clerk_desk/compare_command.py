"""``clerk-desk compare SUBMITTED.json REGISTRY.json``: compare two records, print JSON.

Each file holds one JSON object whose keys are person fields (``national_number``,
``first_name``, ...) and whose values are strings or ``null``. The result goes to ``out``
as one JSON object (see :meth:`clerk_desk.comparison.Comparison.to_json`); the exit code
is 0 whatever the verdict, 2 when an input cannot be used (the reason goes to ``err``).
Messages name the file and the field, never the value: national numbers and names stay
out of logs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from clerk_desk.comparison import compare_records
from clerk_desk.fields import ALL_FIELDS
from clerk_desk.national_number import InvalidNationalNumber

EXIT_OK = 0
EXIT_BAD_INPUT = 2

_KNOWN_KEYS = tuple(field.value for field in ALL_FIELDS)
_PROGRAM = "clerk-desk compare"


class BadInput(Exception):
    """An input file that cannot be compared; the message says why, for a person."""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise BadInput(f"field {key!r} appears more than once")
        seen[key] = value
    return seen


def read_record(path: str) -> dict[str, str | None]:
    """Read one record file, or raise :class:`BadInput` saying what is wrong with it."""
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte-order mark.
        with open(path, encoding="utf-8-sig") as file:
            text = file.read()
    except FileNotFoundError:
        raise BadInput("no such file") from None
    except IsADirectoryError:
        raise BadInput("is a directory, not a file") from None
    except PermissionError:
        raise BadInput("permission denied") from None
    except UnicodeDecodeError as error:
        raise BadInput(f"not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise BadInput(f"cannot be read ({error.strerror or error})") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        raise BadInput(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    if not isinstance(data, dict):
        raise BadInput(f"must hold a JSON object, not {_json_type(data)}")
    unknown = [key for key in data if key not in _KNOWN_KEYS]
    if unknown:
        raise BadInput(
            f"unknown field(s) {', '.join(map(repr, unknown))}; "
            f"known fields: {', '.join(_KNOWN_KEYS)}"
        )
    for key, value in data.items():
        if value is not None and not isinstance(value, str):
            hint = (
                " (write national numbers as text, in quotes)" if key == "national_number" else ""
            )
            raise BadInput(f"field {key!r} must be a string or null, not {_json_type(value)}{hint}")
    return data


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return "null"


def run(submitted_path: str, registry_path: str, *, out: TextIO, err: TextIO) -> int:
    """Compare the two record files; print the result to ``out``; return the exit code."""
    records: list[dict[str, str | None]] = []
    for path in (submitted_path, registry_path):
        try:
            records.append(read_record(path))
        except BadInput as problem:
            err.write(f"{_PROGRAM}: {path}: {problem}\n")
            return EXIT_BAD_INPUT
    submitted, registry = records
    try:
        comparison = compare_records(submitted, registry)
    except InvalidNationalNumber as problem:
        # "submitted national number: ..." or "registry national number: ..."
        side = submitted_path if str(problem).startswith("submitted") else registry_path
        err.write(f"{_PROGRAM}: {side}: {problem}\n")
        return EXIT_BAD_INPUT
    json.dump(comparison.to_json(), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m clerk_desk.compare_command SUBMITTED.json REGISTRY.json``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) != 2:
        sys.stderr.write(f"usage: {_PROGRAM} SUBMITTED.json REGISTRY.json\n")
        return EXIT_BAD_INPUT
    # The output is Arabic: a Windows console's code page cannot encode it.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    return run(arguments[0], arguments[1], out=sys.stdout, err=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
