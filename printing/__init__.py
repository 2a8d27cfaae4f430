"""How a request looks on paper: the document, the envelope, their barcodes.

Plain data in, PDF bytes out; no Qt, no network. The GUI renders in a worker and prints in
the operation's success callback.
"""

from printing.document import CivilRecord, DocumentFacts, render_document
from printing.envelope import EnvelopeFacts, render_envelope
from printing.pdf import sha256_hex, write_pdf
from printing.verification import DocumentSigner, VerificationResult, verify_pdf

__all__ = [
    "CivilRecord",
    "DocumentFacts",
    "DocumentSigner",
    "EnvelopeFacts",
    "VerificationResult",
    "render_document",
    "render_envelope",
    "sha256_hex",
    "verify_pdf",
    "write_pdf",
]
