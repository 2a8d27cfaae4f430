"""The family records (قيود) of the civil-registry simulator: each a place and number of
record, and the people registered in it with their relation to its head
(:mod:`central.family_registry` answers with them, :mod:`central.seed_families` fills them).

Kept beside :mod:`central.db` (on its ``Base``); the Alembic environment imports this module
so the migrations and the models are checked against each other.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from central.db import Base


class FamilyRow(Base):
    """A family record: the registry office that holds it and its place and number."""

    __tablename__ = "families"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_ref: Mapped[str] = mapped_column(String(200), unique=True)  # محل ورقم القيد
    registry_office_ar: Mapped[str] = mapped_column(String(200))


class FamilyMemberRow(Base):
    """A person's place in a family record: one record per person, one head per record."""

    __tablename__ = "family_members"

    national_number: Mapped[str] = mapped_column(
        ForeignKey("people.national_number"), primary_key=True
    )
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    relation: Mapped[str] = mapped_column(String(10))  # clerk_desk.api_family.FamilyRelation
    died_on: Mapped[date | None] = mapped_column(Date, nullable=True)
