"""The packaged workstation (packaging/clerk-desk.spec) starts where there is no Python.

The package is built with PyInstaller (packaging/build.py), or a build that ``make
package`` made from the same sources is reused, then started the way a counter starts it:
no PYTHONPATH, no virtual environment on PATH, HOME and the XDG folders empty, offscreen.
The build takes about a minute on two cores. Locally, ``CLERK_DESK_SKIP_PACKAGE=1`` skips
these tests; in CI (``CI`` set) they always run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.self_test import CHECKS

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"

pytestmark = pytest.mark.package


@pytest.fixture(scope="module")
def executable() -> Iterator[Path]:
    if os.environ.get("CLERK_DESK_SKIP_PACKAGE") and not os.environ.get("CI"):
        pytest.skip("CLERK_DESK_SKIP_PACKAGE is set: the package is not built")
    subprocess.run([sys.executable, str(BUILD), "--if-stale"], cwd=ROOT, check=True)
    path = ROOT / "dist" / "clerk-desk" / ("clerk-desk.exe" if os.name == "nt" else "clerk-desk")
    assert path.is_file()
    yield path


def bare_environment(home: Path) -> dict[str, str]:
    """What a fresh account on a counter's PC has: system folders on PATH and nothing else."""
    folders = {name: home / name for name in ("config", "data", "cache", "runtime")}
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)
    return {
        "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(folders["config"]),
        "XDG_DATA_HOME": str(folders["data"]),
        "XDG_CACHE_HOME": str(folders["cache"]),
        "XDG_RUNTIME_DIR": str(folders["runtime"]),
        "QT_QPA_PLATFORM": "offscreen",
    }


def start(executable: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args],
        cwd=home,  # not the checkout: nothing of the sources is within reach
        env=bare_environment(home),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_the_package_passes_its_self_test_without_python(executable: Path, tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    result = start(executable, "--self-test", "--self-test-dir", str(kept), home=tmp_path / "home")

    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok   {name}" for name, _ in CHECKS]
    assert lines[-1] == f"self-test: {len(CHECKS)} of {len(CHECKS)} checks passed"
    assert "مكتب الموظف" in result.stdout  # the Arabic translation, in the package
    names = {path.name for path in kept.iterdir()}
    assert {"document.pdf", "envelope.pdf", "login-window.png"} <= names
    assert not (tmp_path / "home" / "data" / "clerk-desk").exists()  # nothing of the user's


def test_the_package_leaves_the_reference_server_out(executable: Path, tmp_path: Path) -> None:
    result = start(executable, "server", home=tmp_path / "home")

    assert result.returncode == 2
    assert "not part of this package" in result.stderr
