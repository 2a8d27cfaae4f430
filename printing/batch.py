"""Printing the shift's envelopes (or documents) as one job, from the files the ledger names.

Each file is checked against the SHA-256 the issuance ledger recorded before it goes to the
printer: a missing or changed file is refused, naming the request, rather than printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from clerk_desk.crypto import DecryptionError, StoreKey
from clerk_desk.store.models import Issuance
from printing.pdf import merge_pdfs, read_pdf, sha256_hex
from printing.printer import DOCUMENT_MEDIA, ENVELOPE_MEDIA, submit

Which = Literal["envelope", "document"]


class BatchFileProblem(ValueError):
    """A file of the batch is missing or is not the one the ledger recorded."""


def _checked(issuance: Issuance, which: Which, key: StoreKey) -> bytes:
    path = Path(issuance.envelope_path if which == "envelope" else issuance.document_path)
    expected = issuance.envelope_sha256 if which == "envelope" else issuance.document_sha256
    try:
        data = read_pdf(path, key)  # the ledger's hash is of the clear PDF
    except DecryptionError:
        raise BatchFileProblem(
            f"the {which} of request {issuance.request_id} is not the file that was printed"
        ) from None
    except OSError:
        raise BatchFileProblem(
            f"the {which} of request {issuance.request_id} is missing ({path.name})"
        ) from None
    if sha256_hex(data) != expected:
        raise BatchFileProblem(
            f"the {which} of request {issuance.request_id} is not the file that was printed"
        )
    return data


def batch_pdf(issuances: Sequence[Issuance], key: StoreKey, which: Which = "envelope") -> bytes:
    """One PDF of the envelopes (or documents) of `issuances`, in order, each file checked."""
    if not issuances:
        raise ValueError("nothing to print: the batch is empty")
    return merge_pdfs([_checked(i, which, key) for i in issuances])


def print_batch(
    printer: str,
    issuances: Sequence[Issuance],
    *,
    key: StoreKey,
    which: Which = "envelope",
    envelope_size: str = "DL",
    title: str = "envelopes",
) -> str:
    """Send the batch to `printer` as ONE job; return the job id. Keep names out of `title`.

    The files are decrypted with `key` in memory and the merged PDF goes to `lp` on its
    standard input: no temporary file holds it in clear.
    """
    merged = batch_pdf(issuances, key, which)
    media = ENVELOPE_MEDIA[envelope_size] if which == "envelope" else DOCUMENT_MEDIA
    return submit(printer, merged, title=title, media=media)
