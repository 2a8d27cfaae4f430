"""``clerk-desk compare``: through run() with temporary files, and once as a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clerk_desk.compare_command import EXIT_BAD_INPUT, EXIT_OK, run

REPO = Path(__file__).resolve().parents[2]
NN = "12345678901"
REGISTRY = {
    "national_number": NN,
    "first_name": "أحمد",
    "father_name": "عبدالله",
    "last_name": "الحلبي",
    "birth_date": "1990-05-12",
    "gender": "male",
}


@pytest.fixture
def write(tmp_path):
    counter = iter(range(1000))

    def write(content: object, *, raw: bool = False, encoding: str = "utf-8") -> str:
        path = tmp_path / f"record{next(counter)}.json"
        text = content if raw else json.dumps(content, ensure_ascii=False)
        path.write_text(str(text), encoding=encoding)
        return str(path)

    return write


def compare(submitted_path: str, registry_path: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(submitted_path, registry_path, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("change", "verdict"),
    [
        ({}, "match"),
        ({"first_name": "احمد", "gender": "ذكر"}, "acknowledge"),
        ({"first_name": "أحمط"}, "mismatch"),
        ({"birth_date": None}, "mismatch"),
    ],
)
def test_every_verdict_exits_0(write, change, verdict):
    code, out, err = compare(write(REGISTRY | change), write(REGISTRY))
    assert (code, err) == (EXIT_OK, "")
    result = json.loads(out)
    assert result["verdict"] == verdict


def test_output_shape(write):
    submitted = {"national_number": "١٢٣٤٥٦٧٨٩٠١", "first_name": "احمد", "mother_name": "فاطمة"}
    code, out, _ = compare(write(submitted), write(REGISTRY))
    assert code == EXIT_OK
    result = json.loads(out)
    assert set(result) >= {"verdict", "fields"}
    # An entry for every key present on either side, and only those.
    assert list(result["fields"]) == [
        "national_number",
        "first_name",
        "father_name",
        "mother_name",
        "last_name",
        "birth_date",
        "gender",
    ]
    entry = result["fields"]["first_name"]
    assert entry["status"] == "equivalent"
    assert entry["submitted"] == "احمد"
    assert entry["registry"] == "أحمد"
    assert "همزة" in entry["explanation"]  # Arabic by default
    assert "hamza" in entry["explanation_en"]
    assert result["fields"]["national_number"]["status"] == "equivalent"
    assert result["fields"]["mother_name"]["status"] == "missing"
    assert result["fields"]["mother_name"]["registry"] is None
    assert "أحمد" in out  # readable Arabic, not \u escapes


@pytest.mark.parametrize("written", ["123 456 789 01", "123-4567-8901", "١٢٣ ٤٥٦ ٧٨٩ ٠١"])
def test_a_national_number_in_digit_groups_is_compared(write, written):
    code, out, err = compare(write(REGISTRY | {"national_number": written}), write(REGISTRY))
    assert (code, err) == (EXIT_OK, "")
    entry = json.loads(out)["fields"]["national_number"]
    assert entry["status"] == "equivalent"
    assert "number_groups" in entry["rules"]
    code, out, _ = compare(write(REGISTRY | {"national_number": "123 456 789 02"}), write(REGISTRY))
    assert json.loads(out)["fields"]["national_number"]["status"] == "different"


def test_what_citizens_type_is_compared_with_its_rules_named(write):
    submitted = REGISTRY | {
        "first_name": "ﺃﺣﻤﺪ",  # presentation forms, pasted from a PDF
        "father_name": "عبدالله",
        "last_name": "الحلبی",  # a Persian keyboard's yeh
        "birth_date": "١٢ أيار ١٩٩٠",
    }
    code, out, _ = compare(write(submitted), write(REGISTRY))
    assert code == EXIT_OK
    result = json.loads(out)
    assert result["verdict"] == "acknowledge"
    rules = {name: entry["rules"] for name, entry in result["fields"].items()}
    assert rules["first_name"] == ["compatibility"]
    assert rules["last_name"] == ["keyboard"]
    assert rules["birth_date"] == ["digits", "month_name", "date_format"]
    assert rules["gender"] == []


def test_a_byte_order_mark_is_accepted(write):
    path = write(REGISTRY, encoding="utf-8-sig")
    assert compare(path, write(REGISTRY))[0] == EXIT_OK


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("", "not valid JSON"),
        ('["أحمد"]', "must hold a JSON object, not an array"),
        ('"أحمد"', "must hold a JSON object, not a string"),
        ("null", "must hold a JSON object, not null"),
        ('{"national_number": 12345678901}', "must be a string or null, not a number"),
        ('{"first_name": ["أحمد"]}', "must be a string or null, not an array"),
        ('{"first_name": true}', "must be a string or null, not a boolean"),
        ('{"nickname": "أبو علي"}', "unknown field(s) 'nickname'"),
        ('{"first_name": "a", "first_name": "b"}', "appears more than once"),
        ('{"national_number": "1234"}', "national number must have 11 digits, not 4"),
        ('{"national_number": "1234567890x"}', "must contain digits only"),
    ],
)
@pytest.mark.parametrize("side", ["submitted", "registry"])
def test_unusable_input_exits_2_with_a_message(write, content, message, side):
    bad, good = write(content, raw=True), write(REGISTRY)
    paths = (bad, good) if side == "submitted" else (good, bad)
    code, out, err = compare(*paths)
    assert code == EXIT_BAD_INPUT
    assert out == ""
    assert err.startswith(f"clerk-desk compare: {bad}: ")
    assert message in err
    assert "1234567890x" not in err  # values stay out of messages


def test_missing_file_and_directory_and_bad_encoding(write, tmp_path):
    good = write(REGISTRY)
    code, _, err = compare(str(tmp_path / "nowhere.json"), good)
    assert code == EXIT_BAD_INPUT
    assert "no such file" in err
    code, _, err = compare(good, str(tmp_path))
    assert code == EXIT_BAD_INPUT
    assert "directory" in err
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"first_name": "é"}'.encode("latin-1"))
    code, _, err = compare(str(latin), good)
    assert code == EXIT_BAD_INPUT
    assert "not UTF-8" in err


def _subprocess(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "clerk_desk.compare_command", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment,
        timeout=60,
        check=False,
    )


def test_as_a_subprocess(write):
    done = _subprocess(write(REGISTRY | {"first_name": "احمد"}), write(REGISTRY))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] == "acknowledge"
    assert done.stderr == ""

    bad = write("[1, 2]", raw=True)
    done = _subprocess(bad, write(REGISTRY))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "must hold a JSON object" in done.stderr

    done = _subprocess(bad)
    assert done.returncode == 2
    assert "usage:" in done.stderr
