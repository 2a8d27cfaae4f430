"""``clerk-desk render --demo`` and ``clerk-desk verify``, run as the clerk runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from printing.samples import sample_file_names
from printing.verification import CenterKey, code_of, public_key_text, read_codes

REPO = Path(__file__).parents[2]


def _clerk_desk(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clerk_desk.cli", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo-set")
    done = _clerk_desk("render", "--demo", "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


def test_render_demo_writes_every_template_and_envelope(demo_dir: Path) -> None:
    names = sorted(path.name for path in demo_dir.iterdir())
    expected = [
        *(
            f"document-{code}.pdf"
            for code in (
                "civil_extract_family",
                "civil_extract_individual",
                "criminal_record",
                "education_document",
                "employee_register",
            )
        ),
        *(
            f"envelope-{size}-{how}.pdf"
            for size in ("DL", "C5", "C4")
            for how in ("post", "pickup")
        ),
    ]
    assert sorted(sample_file_names()) == sorted(expected)
    assert names == sorted([*expected, "dispatch-manifest.pdf", "keys.json"])
    for name in [*expected, "dispatch-manifest.pdf"]:
        assert (demo_dir / name).read_bytes().startswith(b"%PDF-")


def test_verify_a_valid_document(demo_dir: Path) -> None:
    keys = str(demo_dir / "keys.json")
    done = _clerk_desk("verify", str(demo_dir / "document-criminal_record.pdf"), "--keys", keys)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "VALID" in done.stdout and "صحيحة" in done.stdout
    assert "01020304050" in done.stdout and "criminal_record" in done.stdout


def test_verify_the_link_a_phone_reads_or_the_bare_code(demo_dir: Path) -> None:
    """The QR holds a link to the central server's page, the code in its fragment;
    ``verify`` takes that text as it is, the bare code too, and a changed one fails."""
    keys = str(demo_dir / "keys.json")
    [raw] = read_codes(demo_dir / "document-criminal_record.pdf")
    link = raw.decode("utf-8")
    assert link.startswith("http://127.0.0.1:8765/verify#CD2%7C")
    for text in (link, code_of(link)):
        done = _clerk_desk("verify", text, "--keys", keys)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "VALID" in done.stdout and "01020304050" in done.stdout
    forged = _clerk_desk("verify", link.replace("01020304050", "01020304051"), "--keys", keys)
    assert forged.returncode == 1 and "INVALID (TAMPERED)" in forged.stdout


def test_verify_with_the_wrong_key_is_invalid(demo_dir: Path, tmp_path: Path) -> None:
    other = CenterKey.generate("DAM-0", "DAM").private_key.public_key()
    keys = tmp_path / "keys.json"
    keys.write_text(
        json.dumps(
            {
                "keys": [
                    {"center_code": "DAM", "key_id": "DAM-0", "public_key": public_key_text(other)}
                ]
            }
        ),
        encoding="utf-8",
    )
    done = _clerk_desk(
        "verify", str(demo_dir / "document-civil_extract_individual.pdf"), "--keys", str(keys)
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "INVALID (TAMPERED)" in done.stdout and "NOT proven" in done.stdout


def test_verify_unreadable(demo_dir: Path, tmp_path: Path) -> None:
    keys = str(demo_dir / "keys.json")
    envelope = _clerk_desk("verify", str(demo_dir / "envelope-DL-post.pdf"), "--keys", keys)
    assert envelope.returncode == 2 and "UNREADABLE" in envelope.stderr
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf")
    assert _clerk_desk("verify", str(junk), "--keys", keys).returncode == 2
    bad_keys = tmp_path / "bad.json"
    bad_keys.write_text("{}", encoding="utf-8")
    done = _clerk_desk(
        "verify", str(demo_dir / "document-criminal_record.pdf"), "--keys", str(bad_keys)
    )
    assert done.returncode == 2 and "keys" in done.stderr
