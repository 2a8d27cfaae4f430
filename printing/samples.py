"""A sample of everything a center prints, for checking a printer's alignment.

One document of every template and one envelope of every size for post and for pickup,
filled with sample facts (the person is fictitious; the center is the caller's).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import get_args

from clerk_desk.api import Center
from clerk_desk.api_family import FamilyRecord
from printing.document import CivilRecord, DocumentFacts, render_document
from printing.envelope import EnvelopeFacts, EnvelopeSize, render_envelope
from printing.family_extract import render_family_extract
from printing.pdf import write_pdf
from printing.templates import load_template, template_codes
from printing.verification import DocumentSigner

SAMPLE_RECORD = CivilRecord(
    national_number="01020304050",
    first_name="محمد",
    father_name="عبد الله",
    mother_name="فاطمة الخطيب",
    last_name="الأحمد",
    birth_date=date(1990, 3, 7),
    birth_place="دمشق",
    gender="male",
    registry_office="أمانة السجل المدني في الميدان",
    record_ref="الميدان 1234",
    marital_status="متزوج",
)
SAMPLE_FAMILY = FamilyRecord.model_validate(
    {
        "record_ref": SAMPLE_RECORD.record_ref,
        "registry_office_ar": SAMPLE_RECORD.registry_office,
        "members": [
            {
                "national_number": number,
                "relation": relation,
                "first_name": first,
                "father_name": father,
                "mother_name": mother,
                "last_name": last,
                "birth_date": born,
                "birth_place": place,
                "gender": "male" if relation in ("head", "son") else "female",
                "status": "deceased" if died else "alive",
                "died_on": died,
                "marital_status_ar": marital,
            }
            for number, relation, first, father, mother, last, born, place, marital, died in (
                ("01020304050", "head", "محمد", "عبد الله", "فاطمة الخطيب", "الأحمد",
                 "1990-03-07", "دمشق", "متزوج", None),
                ("01020304061", "wife", "رنا", "خالد", "سلمى الحموي", "الشامي",
                 "1992-08-21", "حماة", "متزوجة", None),
                ("01020304072", "son", "عمر", "محمد", "رنا الشامي", "الأحمد",
                 "2014-01-30", "دمشق", "عازب", None),
                ("01020304083", "daughter", "ريم", "محمد", "رنا الشامي", "الأحمد",
                 "2016-11-02", "دمشق", "عزباء", None),
                ("01020304094", "son", "يوسف", "محمد", "رنا الشامي", "الأحمد",
                 "2019-05-12", "دمشق", "عازب", "2020-02-03"),
            )
        ],
    }
)  # fmt: skip
SAMPLE_ADDRESS = "المزة، شارع الجلاء، بناء 14، الطابق 3"


def sample_file_names() -> list[str]:
    """The names `write_sample_set` writes, in order."""
    documents = [f"document-{code}.pdf" for code in template_codes()]
    envelopes = [
        f"envelope-{size}-{method}.pdf"
        for size in get_args(EnvelopeSize)
        for method in ("post", "pickup")
    ]
    return [*documents, *envelopes]


def write_sample_set(
    out_dir: Path, center: Center, signer: DocumentSigner, *, issued_on: date | None = None
) -> list[Path]:
    """Write the sample documents and envelopes into `out_dir`; return their paths."""
    issued_on = issued_on or date.today()
    request_id = f"{center.code}-000001"
    paths = []
    for n, code in enumerate(template_codes(), start=1):
        facts = DocumentFacts(
            document_number=f"{center.code}-{issued_on.year}-{n:06d}",
            issued_on=issued_on,
            issue_place=center.city_ar,
            center_name=center.name_ar,
            center_code=center.code,
            service_code=code,
            request_id=request_id,
            record=SAMPLE_RECORD,
        )
        if load_template(code).family is not None:
            pdf = render_family_extract(facts, SAMPLE_FAMILY, signer=signer)
        else:
            pdf = render_document(facts, signer=signer)
        paths.append(write_pdf(out_dir / f"document-{code}.pdf", pdf, None))
    for size in get_args(EnvelopeSize):
        for method in ("post", "pickup"):
            post = method == "post"
            envelope = EnvelopeFacts(
                request_id=request_id,
                service_name="بيان قيد فردي",
                center_name=center.name_ar,
                center_address=center.address_ar,
                center_city=center.city_ar,
                delivery="post" if post else "pickup",
                recipient_name=SAMPLE_RECORD.full_name,
                recipient_address=SAMPLE_ADDRESS if post else "",
                recipient_city=center.city_ar if post else "",
                tracking_number="RR123456785SY" if post else None,
            )
            pdf = render_envelope(envelope, size)
            paths.append(write_pdf(out_dir / f"envelope-{size}-{method}.pdf", pdf, None))
    return paths
