"""Tests mirror the source: every module with behaviour has its test file at the mirrored path,

    clerk_desk/X.py           -> tests/core/test_X.py
    clerk_desk/usecases/X.py  -> tests/core/usecases/test_X.py
    sync/X.py                 -> tests/sync/test_X.py   (printing/, central/, ui/ alike)

or is listed in COVERED_ELSEWHERE with the test file(s) that cover it. A module has behaviour
when it defines a function or method with a body (not only constants, dataclasses, enums,
protocols or re-exports). Alembic revisions are schema history, run whole by
tests/core/test_store.py and tests/central/test_db.py, and are left out.

The list is today's tree, mapped honestly; it only shrinks. A new module gets its mirrored test
file; an entry whose module is gone, has lost its behaviour, or has gained its mirrored test
file fails here until it is removed.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Where each package's tests live; the core's are tests/core/.
TEST_DIR = {
    "clerk_desk": "core",
    "sync": "sync",
    "printing": "printing",
    "central": "central",
    "ui": "ui",
}

# Module -> the test file(s) that cover it (every tests/… path named must exist), or
# "untested: why". Keep the reason short; prefer writing the mirrored test to adding a line.
COVERED_ELSEWHERE: dict[str, str] = {
    "clerk_desk/api_supervision.py": "the second look's validator: tests/central/test_four_eyes.py",
    "central/asgi.py": "each worker's app: tests/central/test_workers.py",
    "central/engine.py": "engines, sessions, migrations: tests/central/test_db.py",
    # the core
    "clerk_desk/pdf_files.py": "re-exported by printing.pdf: tests/printing/test_pdf.py",
    "clerk_desk/ports/paper.py": "the facts the renderer draws: tests/printing/test_renderer.py",
    "clerk_desk/ports/signing.py": "signed facts: tests/printing/test_verification.py",
    "sync/session_delivery.py": "the delivery before log-out: tests/core/usecases/test_session.py",
    "sync/stepwise.py": "pushes and pulls one exchange at a time: tests/sync/test_worker.py",
    "clerk_desk/api.py": "the wire models' validators: tests/central/test_hostile_input.py",
    "clerk_desk/attachments.py": "tests/sync/test_attachments.py",
    "clerk_desk/bounds.py": "tests/central/test_hostile_input.py",
    "clerk_desk/certificates.py": "tests/central/test_workstations.py",
    "clerk_desk/cli.py": "per command: tests/core/test_cli_audit.py, "
    "tests/core/test_cli_workstations.py, tests/core/test_compare_command.py, "
    "tests/printing/test_commands.py",
    "clerk_desk/diff_spans.py": "tests/core/test_comparison.py",
    "clerk_desk/difference_text.py": "tests/core/test_comparison.py",
    "clerk_desk/files.py": "tests/printing/test_reconciliation.py",
    "clerk_desk/link_errors.py": "raised by the client: tests/sync/test_client_session.py",
    "clerk_desk/local_login.py": "tests/ui/test_lock.py",
    "clerk_desk/messages.py": "tests/ui/test_translations.py",
    "clerk_desk/number_blocks_api.py": "tests/core/test_number_blocks.py",
    "clerk_desk/reconciliation.py": "tests/printing/test_reconciliation.py, "
    "tests/sync/test_reconciliation.py",
    "clerk_desk/service_level.py": "tests/ui/test_models.py, tests/central/test_dashboard.py",
    "clerk_desk/services.py": "tests/core/test_comparison.py, tests/core/test_workflow.py",
    "clerk_desk/store/db.py": "tests/core/test_store.py",
    "clerk_desk/store/models.py": "tests/core/test_store.py, tests/core/test_store_encryption.py",
    "clerk_desk/store_recovery.py": "tests/ui/test_lost_store.py",
    "clerk_desk/usecases/context.py": "the context every use case shares, "
    "through Desk: tests/ui/test_end_to_end.py",
    # sync
    "sync/events.py": "tests/ui/test_status_bar.py, tests/sync/test_faults.py",
    "sync/number_blocks.py": "tests/sync/test_outbox.py, tests/ui/test_lost_store.py",
    "sync/puller.py": "tests/sync/test_leases.py, tests/sync/test_faults.py",
    # printing
    "printing/fonts.py": "tests/printing/test_text.py",
    "printing/qr.py": "tests/printing/test_verification.py",
    "printing/samples.py": "tests/printing/test_commands.py",
    "printing/verify_report.py": "clerk-desk verify: tests/printing/test_commands.py",
    # the reference server: route modules, tested through the HTTP API
    "central/accounts.py": "tests/central/test_login_processes.py, tests/ui/test_log_out.py",
    "central/counter.py": "tests/central/test_app.py",
    "central/demo_papers.py": "tests/central/test_attachments.py",
    "central/issuing_bodies.py": "tests/central/test_issued_documents.py",
    "central/ledger_copy.py": "GET /ledger: tests/sync/test_reconciliation.py",
    "central/notices.py": "tests/central/test_four_eyes.py",
    "central/post.py": "tests/central/test_dispatch.py",
    "central/request_files.py": "tests/central/test_attachments.py, "
    "tests/central/test_issued_documents.py",
    "central/reviews.py": "tests/central/test_four_eyes.py, tests/central/test_app.py",
    "central/routing.py": "every route goes through it: tests/central/test_app.py",
    "central/security.py": "tests/central/test_login_guard.py",
    # ui
    "ui/app.py": "the composition root, in every ui fixture: tests/ui/conftest.py, "
    "tests/ui/test_settings_problem.py, tests/ui/test_self_test.py",
    "ui/attachments_dialog.py": "tests/ui/test_attachments.py",
    "ui/comparison_delegate.py": "tests/ui/test_request_panel.py",
    "ui/comparison_model.py": "tests/ui/test_models.py",
    "ui/confirm.py": "tests/ui/test_keyboard.py",
    "ui/workstation.py": "wiring only; every window test builds one: tests/ui/test_end_to_end.py",
    "ui/dispatch_panel.py": "tests/ui/test_dispatch_flow.py",
    "ui/labels.py": "tests/ui/test_request_panel.py",
    "ui/lookups.py": "tests/ui/test_registry_lookups.py",
    "ui/main_window.py": "tests/ui/test_end_to_end.py, tests/ui/test_keyboard.py",
    "ui/notices_banner.py": "tests/ui/test_four_eyes.py",
    "ui/operations.py": "tests/ui/test_print_flow.py, tests/ui/test_login_dialog.py",
    "ui/post_tab.py": "tests/ui/test_dispatch_flow.py",
    "ui/preview.py": "tests/ui/test_print_flow.py",
    "ui/print_recovery.py": "tests/ui/test_print_flow.py",
    "ui/queue_model.py": "tests/ui/test_models.py",
    "ui/queue_view.py": "tests/ui/test_queue_columns.py",
    "ui/reconciliation_flow.py": "tests/ui/test_reconciliation.py",
    "ui/recovery_dialog.py": "tests/ui/test_lost_store.py",
    "ui/reject_dialog.py": "tests/ui/test_request_panel.py",
    "ui/request_steps.py": "tests/ui/test_dispatch_flow.py, tests/ui/test_keyboard.py",
    "ui/review_panel.py": "tests/ui/test_four_eyes.py, tests/ui/test_models.py",
    "ui/style.py": "untested: the focus ring is installed, no test looks at it",
    "ui/supervisor.py": "tests/ui/test_dashboard.py, tests/ui/test_four_eyes.py",
    "ui/sync_bridge.py": "tests/ui/test_status_bar.py",
    "ui/views.py": "tests/ui/test_workstations_tab.py",
}


def _has_body(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for statement in function.body:
        if isinstance(statement, ast.Pass):
            continue
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # a docstring, or `...`
        return True
    return False


def _is_protocol(node: ast.ClassDef) -> bool:
    for base in node.bases:
        target = base.value if isinstance(base, ast.Subscript) else base
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name == "Protocol":
            return True
    return False


def has_behaviour(source: str) -> bool:
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)
    for node in ast.parse(source).body:
        if isinstance(node, functions) and _has_body(node):
            return True
        if (
            isinstance(node, ast.ClassDef)
            and not _is_protocol(node)
            and any(isinstance(n, functions) and _has_body(n) for n in ast.walk(node))
        ):
            return True
    return False


def mirrored(module: str) -> str:
    """The test file a module's tests belong in: clerk_desk/usecases/post.py ->
    tests/core/usecases/test_post.py."""
    package, *inner = Path(module).parts
    *folders, name = inner
    stem = Path(name).stem
    if stem == "__init__":
        stem = folders.pop() if folders else package
    return str(Path("tests", TEST_DIR[package], *folders, f"test_{stem}.py"))


def _modules_with_behaviour() -> list[str]:
    found = []
    for package in TEST_DIR:
        for path in sorted((REPO / package).rglob("*.py")):
            relative = path.relative_to(REPO)
            if "migrations" in relative.parts:
                continue
            if has_behaviour(path.read_text(encoding="utf-8")):
                found.append(relative.as_posix())
    return found


def test_the_mirror_rule() -> None:
    assert mirrored("clerk_desk/usecases/post.py") == "tests/core/usecases/test_post.py"
    assert mirrored("clerk_desk/workflow.py") == "tests/core/test_workflow.py"
    assert mirrored("sync/client.py") == "tests/sync/test_client.py"
    assert mirrored("clerk_desk/store/__init__.py") == "tests/core/test_store.py"


def test_what_counts_as_behaviour() -> None:
    assert not has_behaviour("X = 1\nfrom a import b as b\n")
    assert not has_behaviour("class P(Protocol):\n    def f(self) -> int: ...\n")
    assert not has_behaviour("@dataclass\nclass V:\n    a: int\n")
    assert has_behaviour("def f():\n    return 1\n")
    assert has_behaviour("class C:\n    @property\n    def a(self):\n        return 2\n")


def test_every_module_with_behaviour_has_its_mirrored_test_file() -> None:
    missing = [
        f"{module} -> {mirrored(module)}"
        for module in _modules_with_behaviour()
        if module not in COVERED_ELSEWHERE and not (REPO / mirrored(module)).is_file()
    ]
    assert not missing, "write the mirrored test file for:\n" + "\n".join(missing)


def test_every_exemption_is_still_needed_and_names_real_tests() -> None:
    behaviour = set(_modules_with_behaviour())
    stale = []
    for module, covering in COVERED_ELSEWHERE.items():
        if module not in behaviour:
            stale.append(f"{module}: gone, or no behaviour left; remove its entry")
        elif (REPO / mirrored(module)).is_file():
            stale.append(f"{module}: {mirrored(module)} exists now; remove its entry")
        named = re.findall(r"tests/[\w/]+\.py", covering)
        if not named and not covering.startswith("untested: "):
            stale.append(f"{module}: name the covering test file, or say 'untested: why'")
        stale.extend(f"{module}: {n} does not exist" for n in named if not (REPO / n).is_file())
    assert not stale, "\n".join(stale)
