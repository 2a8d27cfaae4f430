from __future__ import annotations

import hashlib
from pathlib import Path

from printing.pdf import sha256_hex, write_pdf


def test_sha256_hex() -> None:
    assert sha256_hex(b"%PDF") == hashlib.sha256(b"%PDF").hexdigest()


def test_write_pdf_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "issued" / "doc.pdf"
    write_pdf(target, b"first", None)
    write_pdf(target, b"second", None)
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["doc.pdf"]
