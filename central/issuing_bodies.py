"""The issuing bodies' side of slow services, as the reference server simulates it.

A slow service (a Ministry of Finance clearance, a Damascus University transcript, ...) is
not produced at the counter: the issuing body answers the request with its own document, a
PDF, which the center prints behind a cover sheet carrying the center's identifiers. Here
the answers are stored (:func:`record_issued_document`) and, for the demo and the training
of clerks, made up (:func:`demo_issued_document`).

The made-up documents are written by :func:`simple_pdf`, a deliberately tiny PDF writer:
the server must not depend on the workstation's ``printing`` (reportlab) package, and a
body's document only needs to be a small, valid, honest PDF. It writes Latin text in the
standard Helvetica font (no font to embed), so the demo documents are in English and say
they are demo documents.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from central.db import IssuedDocumentRow
from clerk_desk.services import SERVICES, ServiceClass

# The issuing bodies of the slow services, in English: the demo documents are Latin only.
BODY_NAMES_EN: dict[str, str] = {
    "higher_education_document": "Ministry of Higher Education",
    "finance_clearance": "Ministry of Finance",
    "university_transcript": "Damascus University",
    "real_estate_statement": "General Directorate of Real-Estate Registry",
}
# The reference a body prints on its own document, e.g. "MOF-2026-DAM-000123".
BODY_PREFIXES: dict[str, str] = {
    "higher_education_document": "MOHE",
    "finance_clearance": "MOF",
    "university_transcript": "DU",
    "real_estate_statement": "RER",
}

A4_POINTS = (595, 842)  # rounded: a MediaBox in whole points is as valid


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding (cp1252), the standard fonts' encoding."""
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError:
        raise ValueError(f"simple_pdf writes Latin text only, not {text!r}") from None
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + b")"


def _page_content(lines: Sequence[tuple[str, float]]) -> bytes:
    """Lines of text down the page, each (text, size), under a rule after the first two."""
    out = [b"BT", b"/F1 12 Tf"]
    y = A4_POINTS[1] - 80.0
    ops: list[bytes] = []
    for i, (text, size) in enumerate(lines):
        out.append(f"/F1 {size:g} Tf 1 0 0 1 72 {y:.1f} Tm".encode("ascii"))
        out.append(_pdf_string(text) + b" Tj")
        y -= size * 1.6
        if i == 1:
            ops.append(f"72 {y + size * 0.6:.1f} m 523 {y + size * 0.6:.1f} l S".encode("ascii"))
            y -= 12
    out.append(b"ET")
    return b"\n".join([b"0.8 w", *ops, *out]) + b"\n"


def simple_pdf(pages: Sequence[Sequence[tuple[str, float]]], title: str) -> bytes:
    """A valid PDF 1.4 of A4 pages of Latin text: each page a list of (text, font size)."""
    if not pages:
        raise ValueError("a PDF needs at least one page")
    objects: list[bytes] = []  # object n is objects[n - 1]
    page_count = len(pages)
    first_page = 4  # 1 catalog, 2 pages, 3 font, then a page and its content per page
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(page_count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {page_count} >>".encode("ascii"))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, lines in enumerate(pages):
        content = _page_content(lines)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4_POINTS[0]} {A4_POINTS[1]}] "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {first_page + 2 * i + 1} 0 R >>"
            ).encode("ascii")
        )
        objects.append(
            f"<< /Length {len(content)} >>\nstream\n".encode("ascii") + content + b"endstream"
        )
    objects.append(b"<< /Title " + _pdf_string(title) + b" /Producer (Clerk Desk central) >>")
    info = len(objects)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode("ascii")
    return bytes(out)


def demo_issued_document(
    request_id: str, service_code: str, national_number: str, issued_on: date
) -> bytes:
    """A plausible one-page document of the service's body, plainly marked as demo data."""
    service = SERVICES[service_code]
    if service.service_class is not ServiceClass.SLOW:
        raise ValueError(f"{service_code} is a fast service: the center issues it")
    body = BODY_NAMES_EN[service_code]
    reference = f"{BODY_PREFIXES[service_code]}-{issued_on.year}-{request_id}"
    lines = [
        ("Syrian Arab Republic", 11.0),
        (body, 16.0),
        (service.name_en, 20.0),
        (f"Reference: {reference}", 11.0),
        (f"Citizen service center request: {request_id}", 11.0),
        (f"National number of the person concerned: {national_number}", 11.0),
        (f"Date of issue: {issued_on.isoformat()}", 11.0),
        ("", 11.0),
        (f"The {body} has examined the request above and issues this document", 11.0),
        ("for the person concerned, to be delivered through the citizen service center.", 11.0),
        ("", 11.0),
        ("DEMO DOCUMENT - generated by the Clerk Desk reference server for training.", 9.0),
    ]
    return simple_pdf([lines], f"{body} - {service.name_en} - {request_id}")


def record_issued_document(
    session: Session, request_id: str, service_code: str, pdf: bytes, received_at: datetime
) -> IssuedDocumentRow:
    """Store a body's answer to a slow-service request (the caller commits)."""
    if not pdf.startswith(b"%PDF-"):
        raise ValueError("an issuing body's document must be a PDF")
    service = SERVICES[service_code]
    if service.service_class is not ServiceClass.SLOW:
        raise ValueError(f"{service_code} is a fast service: no body answers it")
    row = IssuedDocumentRow(
        request_id=request_id,
        issuing_body_ar=service.issuing_body_ar,
        pdf=pdf,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        received_at=received_at,
    )
    session.add(row)
    return row
