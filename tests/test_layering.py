"""The layering of ARCHITECTURE.md is enforced by ruff (TID251, banned imports), one
``ruff.toml`` per package that extends the project's settings. These tests prove the rules
bite: a probe with a forbidden import, linted as if it lived in each package, is refused; an
allowed import passes. A last test imports each package whole and looks at what came with it,
which ruff cannot see (an import by name through importlib, or one a dependency makes).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# ARCHITECTURE.md's table: what each package must never import.
NEVER = {
    "clerk_desk": ("PySide6", "requests", "reportlab", "sync", "ui", "printing", "central"),
    "sync": ("ui", "printing", "central", "PySide6"),
    "printing": ("ui", "sync", "central", "PySide6", "requests"),
    "central": ("ui", "sync", "printing", "PySide6"),
}
# An import each package may make, and one that only ui/ and tests/ may make.
ALLOWED = {
    "clerk_desk": "sqlalchemy.orm",
    "sync": "requests",
    "printing": "reportlab.pdfgen",
    "central": "fastapi",
}


def _ruff() -> list[str]:
    beside = Path(sys.executable).parent / "ruff"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("ruff")
    return [found] if found else [sys.executable, "-m", "ruff"]


def _lint(filename: str, source: str) -> list[dict[str, object]]:
    """ruff's findings on `source`, as if it were the file `filename` of this repository:
    the settings are found the way `ruff check .` finds them, from the file's directory up."""
    done = subprocess.run(
        [
            *_ruff(),
            "check",
            "--no-cache",
            "--exit-zero",
            "--output-format",
            "json",
            "--stdin-filename",
            filename,
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _banned(findings: list[dict[str, object]], code: str = "TID251") -> list[int]:
    rows = []
    for finding in findings:
        if finding["code"] == code:
            location = finding["location"]
            assert isinstance(location, dict)
            rows.append(location["row"])
    return sorted(rows)


def _probe(module: str) -> str:
    # Each form on its own line: plain, from-import, from a submodule, and inside a function.
    return (
        f"import {module}\n"
        f"from {module} import part\n"
        f"from {module}.sub import thing\n"
        "\n\n"
        "def later():\n"
        f"    import {module}.sub\n"
        f"    from {module}.sub import other\n"
    )


PAIRS = [(package, module) for package, modules in NEVER.items() for module in modules]


@pytest.mark.parametrize(("package", "module"), PAIRS, ids=[f"{p}-{m}" for p, m in PAIRS])
def test_a_forbidden_import_is_refused(package: str, module: str) -> None:
    findings = _lint(f"{package}/_probe.py", _probe(module))
    assert _banned(findings) == [1, 2, 3, 7, 8]


@pytest.mark.parametrize("package", sorted(NEVER))
def test_the_rules_reach_subpackages(package: str) -> None:
    module = NEVER[package][0]
    findings = _lint(f"{package}/deeper/still/_probe.py", _probe(module))
    assert _banned(findings) == [1, 2, 3, 7, 8]


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_an_allowed_import_passes(package: str) -> None:
    source = f"import clerk_desk.states\nimport {ALLOWED[package]}\n"
    assert _banned(_lint(f"{package}/_probe.py", source)) == []


@pytest.mark.parametrize("where", ["ui/_probe.py", "tests/_probe.py", "benchmarks/_probe.py"])
def test_the_outer_parts_may_import_everything(where: str) -> None:
    source = "".join(f"import {module}\n" for module in NEVER["clerk_desk"])
    assert _banned(_lint(where, source)) == []


def test_the_command_line_imports_the_outer_parts_only_inside_a_command() -> None:
    # cli.py is the composition root outside the GUI: inside a function it may import every
    # part; at module level it may not, so `clerk-desk compare` never loads Qt.
    findings = _lint("clerk_desk/cli.py", _probe("ui"))
    assert _banned(findings) == []
    assert _banned(findings, "TID253") == [1, 2, 3]
    # The exemption is that one file, not every cli.py of the core.
    assert _banned(_lint("clerk_desk/usecases/cli.py", _probe("ui"))) == [1, 2, 3, 7, 8]


def _modules(package: str) -> list[str]:
    names = []
    for path in sorted((REPO / package).rglob("*.py")):
        relative = path.relative_to(REPO).with_suffix("")
        if "migrations" in relative.parts:
            continue  # Alembic's env.py runs on import; the revisions hold no imports of note
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        names.append(".".join(parts))
    return names


@pytest.mark.parametrize("package", sorted(NEVER))
def test_importing_a_package_whole_brings_nothing_it_must_not_import(package: str) -> None:
    # What ruff cannot see: importlib.import_module("ui"), or a dependency that pulls in Qt.
    code = (
        "import importlib, sys\n"
        f"for name in {_modules(package)!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(NEVER[package])!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
