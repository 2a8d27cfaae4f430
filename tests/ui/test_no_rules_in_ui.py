"""The screens hold no rule: they enable what the core's view of a request allows
(``RequestView.steps``, from the transition table), never what a status's name says."""

from __future__ import annotations

import ast
from pathlib import Path

import ui

STATUS_NAMES = {"status", "state", "statuses", "states"}


def _named_status(node: ast.expr) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return isinstance(name, str) and name.lower().split("_")[-1] in STATUS_NAMES


def _string_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return any(_string_literal(element) for element in node.elts)
    return False


def status_compared_to_string(source: str) -> list[int]:
    """The lines where a status (or state) is compared with a string written in the code."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_named_status(o) for o in operands) and any(
                _string_literal(o) for o in operands
            ):
                lines.append(node.lineno)
    return lines


def test_the_check_sees_a_status_compared_to_a_string() -> None:
    assert status_compared_to_string('if opened.status == "accepted":\n    pass\n') == [1]
    assert status_compared_to_string('ok = request.state in ("in_review", "accepted")\n') == [1]
    assert status_compared_to_string("ok = Step.DECIDE in view.steps\n") == []


def test_no_screen_compares_a_status_to_a_string() -> None:
    found = {
        path.name: lines
        for path in Path(ui.__file__).parent.rglob("*.py")
        if (lines := status_compared_to_string(path.read_text(encoding="utf-8")))
    }
    assert found == {}, f"status compared to a string (a rule in the UI): {found}"
