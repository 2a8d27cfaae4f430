from __future__ import annotations

import dataclasses
import json
import unicodedata
from pathlib import Path

import pytest

from clerk_desk.services import SERVICES, ServiceClass
from printing.document import DocumentFacts, render_document
from printing.templates import TemplateError, load_template, parse_template, template_codes
from tests.printing.pdfcheck import page_text

FAST = sorted(code for code, s in SERVICES.items() if s.service_class is ServiceClass.FAST)


def test_every_fast_service_has_a_template() -> None:
    assert template_codes() == FAST


@pytest.mark.parametrize("code", FAST)
def test_each_template_renders_its_texts(code: str, document_facts: DocumentFacts) -> None:
    template = load_template(code)
    pdf = render_document(dataclasses.replace(document_facts, service_code=code))
    # pdfium's extraction may put a space inside a word after a ligature: compare unspaced
    text = _unspaced(page_text(pdf))
    printed = [template.title, template.subtitle, *template.header_lines, template.issuing_body]
    printed += [row.label for row in template.rows]
    printed += [row.text for row in template.rows if row.text is not None]
    for expected in printed:
        # word by word: pdfium may break a line's text where a mark sits on a hamza
        for word in expected.split():
            assert _unspaced(word) in text, expected
    assert "01020304050" in text and "الأحمد" in text


def _unspaced(text: str) -> str:
    # and without harakat: a tanween shaped onto a hamza does not extract (text.py's
    # ToUnicode mapping of mark clusters; on paper it is there)
    return "".join(c for c in "".join(text.split()) if unicodedata.category(c) != "Mn")


def test_a_template_of_another_service_is_refused(document_facts: DocumentFacts) -> None:
    with pytest.raises(ValueError, match="criminal_record"):
        render_document(document_facts, template=load_template("criminal_record"))


def _write(directory: Path, name: str, data: object) -> Path:
    path = directory / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _valid() -> dict[str, object]:
    return json.loads(
        (Path(__file__).parents[2] / "resources/templates/criminal_record.json").read_text(
            encoding="utf-8"
        )
    )


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"title": ""}, "title"),
        ({"rows": [{"label": "x", "field": "shoe_size"}]}, "rows.0.field"),
        ({"rows": [{"label": "x", "field": "first_name", "text": "y"}]}, "exactly one"),
        ({"rows": []}, "rows"),
        ({"colour": "red"}, "colour"),
        ({"header_lines": ["a", "b", "c", "d"]}, "header_lines"),
    ],
)
def test_a_malformed_template_is_refused_with_its_name(
    tmp_path: Path, change: dict[str, object], complaint: str
) -> None:
    path = _write(tmp_path, "criminal_record.json", {**_valid(), **change})
    with pytest.raises(TemplateError, match=r"criminal_record\.json") as caught:
        parse_template(path)
    assert complaint in str(caught.value)


def test_not_json_and_wrong_name_and_missing_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "criminal_record.json"
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"criminal_record\.json: not a readable JSON"):
        parse_template(broken)
    misnamed = _write(tmp_path, "employee_register.json", _valid())
    with pytest.raises(TemplateError, match=r"employee_register\.json: .*file name"):
        parse_template(misnamed)
    with pytest.raises(TemplateError, match=r"nothing_here\.json"):
        parse_template(tmp_path / "nothing_here.json")
    with pytest.raises(TemplateError, match=r"finance_clearance\.json"):
        load_template("finance_clearance", tmp_path)


def test_unknown_service_code_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "pet_licence.json", {**_valid(), "service_code": "pet_licence"})
    with pytest.raises(TemplateError, match=r"pet_licence\.json: .*unknown service code"):
        parse_template(path)
