"""printing may import clerk_desk, never ui, sync, central, PySide6 or requests."""

from __future__ import annotations

import ast
from pathlib import Path

import printing

FORBIDDEN = {"ui", "sync", "central", "PySide6", "requests"}


def test_printing_imports_no_gui_or_network() -> None:
    for path in Path(printing.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
