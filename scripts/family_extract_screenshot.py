"""Regenerate docs/family-extract.png: a family extract of the demo registry, rendered by
the workstation's renderer and rasterised with pdftoppm (poppler-utils).

.venv/bin/python scripts/family_extract_screenshot.py [--digits arabic_indic]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from central.db import PersonRow, make_engine, read_session, upgrade, write_session
from central.family_db import FamilyMemberRow
from central.family_registry import family_of
from central.registry_access import registry_record
from central.seed import seed_demo
from clerk_desk.api import Center
from clerk_desk.ports.paper import RequestFacts
from clerk_desk.workflow import IssuanceNumbers
from printing.renderer import Renderer
from printing.verification import CenterKey

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main(digits: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/central.db"
        upgrade(url)
        engine = make_engine(url)
        with write_session(engine) as session:
            seed_demo(session)
            session.commit()
        with read_session(engine) as session:
            # the largest family with someone deceased in it, its head the subject
            sizes = (
                select(FamilyMemberRow.family_id, func.count().label("size"))
                .group_by(FamilyMemberRow.family_id)
                .subquery()
            )
            head = session.scalars(
                select(FamilyMemberRow.national_number)
                .join(sizes, sizes.c.family_id == FamilyMemberRow.family_id)
                .where(FamilyMemberRow.relation == "head")
                .where(
                    FamilyMemberRow.family_id.in_(
                        select(FamilyMemberRow.family_id).where(
                            FamilyMemberRow.died_on.is_not(None)
                        )
                    )
                )
                .order_by(sizes.c.size.desc(), FamilyMemberRow.national_number)
                .limit(1)
            ).one()
            person = session.get(PersonRow, head)
            assert person is not None
            record = registry_record(person, family_of(session, head))
        engine.dispose()
        facts = RequestFacts(
            request_id="DAM-000042",
            service_code="civil_extract_family",
            center=Center(
                code="DAM",
                name_ar="مركز خدمة المواطن الإلكتروني - دمشق",
                name_en="Citizen Service Center - Damascus",
                address_ar="دمشق - المزة",
                city_ar="دمشق",
            ),
            record=record,
            issued_on=date(2026, 11, 29),
            delivery="pickup",
            recipient_name=f"{person.first_name} {person.last_name}",
            recipient_address="",
            recipient_city="",
            envelope_size="DL",
            digits=digits,
        )
        signer = CenterKey.generate("DAM-1", "DAM").enroll("W1")
        pdf = Renderer().document(facts, IssuanceNumbers("DAM-2026-000042", None), signer=signer)
        path = Path(folder) / "family.pdf"
        path.write_bytes(pdf)
        out = DOCS / "family-extract"
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", "-singlefile", str(path), str(out)], check=True
        )
        print(f"{out}.png")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--digits", default="western")
    main(parser.parse_args().digits)
