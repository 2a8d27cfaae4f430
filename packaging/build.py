"""Build the counter's workstation with PyInstaller: ``python packaging/build.py``.

``make package`` runs this; so does tests/packaging/test_package.py, with ``--if-stale``,
which reuses a build whose stamp is newer than every source file it was made from. The
recipe itself is packaging/clerk-desk.spec; this only runs it and stamps the result.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "clerk-desk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "clerk-desk"
STAMP = BUNDLE / ".built"
EXECUTABLE = BUNDLE / ("clerk-desk.exe" if sys.platform == "win32" else "clerk-desk")
SOURCES = ("clerk_desk", "ui", "sync", "printing", "resources", "packaging", "pyproject.toml")


def newest_source() -> float:
    """The latest modification time of anything the package is made from."""
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        paths = [path] if path.is_file() else path.rglob("*")
        for p in paths:
            if p.is_file() and "__pycache__" not in p.parts:
                newest = max(newest, p.stat().st_mtime)
    return newest


def is_current() -> bool:
    return EXECUTABLE.is_file() and STAMP.is_file() and STAMP.stat().st_mtime > newest_source()


def build() -> float:
    """Run PyInstaller on the spec; return the seconds it took."""
    started = time.monotonic()
    STAMP.unlink(missing_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    seconds = time.monotonic() - started
    STAMP.write_text(f"built in {seconds:.0f} s\n", encoding="utf-8")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--if-stale", action="store_true", help="keep a build newer than every source file"
    )
    args = parser.parse_args()
    if args.if_stale and is_current():
        print(f"{EXECUTABLE.relative_to(ROOT)} is up to date")
        return 0
    seconds = build()
    print(f"{EXECUTABLE.relative_to(ROOT)} built in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
