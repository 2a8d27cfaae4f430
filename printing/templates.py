"""Document templates as data: one JSON file per service in ``resources/templates/``.

A template says what a document of one service prints and in which order: the state and
ministry lines of the letterhead, the title and subtitle, the rows of the record table
(each a label and either a field of the civil-registry record or a fixed text), the
attestation sentence and the issuing body. ``printing.document`` has the one renderer; a
new service is a new file. A file is validated when it is loaded and refused with an
error that names it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from clerk_desk.services import SERVICES
from resources import TEMPLATES_DIR

# The fields of `printing.document.CivilRecord` a row may print.
RecordField = Literal[
    "national_number",
    "first_name",
    "father_name",
    "mother_name",
    "last_name",
    "full_name",
    "birth_date",
    "birth_place",
    "gender",
    "marital_status",
    "registry_office",
    "record_ref",
]

Line = Annotated[str, Field(min_length=1, max_length=200)]
MAX_ROWS = 14


class TemplateError(ValueError):
    """A template file is missing or malformed; the message names the file."""


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Line
    field: RecordField | None = None
    text: Line | None = None  # a fixed value, e.g. the criminal-record statement

    @model_validator(mode="after")
    def _one_source(self) -> Row:
        if (self.field is None) == (self.text is None):
            raise ValueError("a row has exactly one of 'field' and 'text'")
        return self


class FamilySection(BaseModel):
    """What a family extract prints instead of the subject's own subtitle and attestation
    when the registry record carries the family (``printing.family_extract``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    subtitle: Line
    attestation: Annotated[str, Field(min_length=1, max_length=600)]


class DocumentTemplate(BaseModel):
    """What one service's document prints; see the module docstring."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    service_code: str
    title: Line
    subtitle: Line
    header_lines: Annotated[tuple[Line, ...], Field(min_length=1, max_length=3)]
    rows: Annotated[tuple[Row, ...], Field(min_length=1, max_length=MAX_ROWS)]
    attestation: Annotated[str, Field(min_length=1, max_length=600)]
    issuing_body: Line
    family: FamilySection | None = None  # the family extract's, with the family record

    @model_validator(mode="after")
    def _known_service(self) -> DocumentTemplate:
        if self.service_code not in SERVICES:
            raise ValueError(f"unknown service code {self.service_code!r}")
        return self


def parse_template(path: Path) -> DocumentTemplate:
    """Read and validate one template file; any problem is a `TemplateError` naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(f"{path.name}: no such template file ({path})") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"{path.name}: not a readable JSON file: {exc}") from None
    try:
        template = DocumentTemplate.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or '(top)'}: {error['msg']}"
            for error in exc.errors()
        )
        raise TemplateError(f"{path.name}: invalid template: {problems}") from None
    if template.service_code != path.stem:
        raise TemplateError(
            f"{path.name}: service_code {template.service_code!r} does not match the file name"
        )
    return template


@cache
def load_template(service_code: str, directory: Path = TEMPLATES_DIR) -> DocumentTemplate:
    """The template of `service_code` from `directory` (read once, then cached)."""
    if not service_code or not service_code.replace("_", "").isalnum():
        raise TemplateError(f"{service_code!r} is not a service code")
    return parse_template(directory / f"{service_code}.json")


def template_codes(directory: Path = TEMPLATES_DIR) -> list[str]:
    """The service codes that have a template file, sorted."""
    return sorted(path.stem for path in directory.glob("*.json"))
