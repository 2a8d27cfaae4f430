"""A family extract's record is listed, read-only and small, under the comparison, which
stays about the subject; for any other request the list is hidden."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from clerk_desk.api import RegistryRecord
from clerk_desk.api_family import FamilyRelation
from clerk_desk.digits import ARABIC_INDIC, WESTERN
from clerk_desk.fields import PersonField
from printing.samples import SAMPLE_FAMILY
from tests.ui.test_request_panel import REGISTRY, opened
from ui.family_list import DECEASED, RELATION_NAMES, FamilyList
from ui.i18n import tr, use_digits
from ui.request_panel import RequestPanel


@pytest.fixture
def western() -> Iterator[None]:
    yield
    use_digits(WESTERN)


def lines(widget: FamilyList) -> list[str]:
    return [widget.members.item(i).text() for i in range(widget.members.count())]


def test_the_members_are_listed_in_the_records_order(qtbot: QtBot, western: None) -> None:
    widget = FamilyList()
    qtbot.addWidget(widget)
    assert widget.isHidden()
    widget.show_family(SAMPLE_FAMILY)
    assert not widget.isHidden()
    shown = lines(widget)
    expected = SAMPLE_FAMILY.in_record_order()
    assert len(shown) == len(expected) == 5
    for line, member in zip(shown, expected, strict=True):
        assert member.national_number in line and member.full_name in line
    # in the language installed (another test may have left Arabic)
    assert shown[0].startswith(tr("Family", RELATION_NAMES[FamilyRelation.HEAD]) + ": ")
    assert shown[-1].endswith(f"({tr('Family', DECEASED['male'])})")
    assert "5" in widget.title.text() and SAMPLE_FAMILY.record_ref in widget.title.text()
    use_digits(ARABIC_INDIC)
    widget.show_family(SAMPLE_FAMILY)
    assert "٠١٠٢٠٣٠٤٠٥٠" in lines(widget)[0]
    widget.show_family(None)
    assert widget.isHidden() and not lines(widget)


def test_the_panel_shows_the_family_beside_a_comparison_of_the_subject(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    head = SAMPLE_FAMILY.members[0]
    subject = {
        **REGISTRY,
        **head.model_dump(include={"national_number", "first_name", "father_name", "last_name"}),
        "birth_date": head.birth_date.isoformat(),
    }
    record = RegistryRecord.model_validate({**subject, "family": SAMPLE_FAMILY.model_dump()})
    view = dataclasses.replace(
        opened(subject), service_code="civil_extract_family", registry=record
    )
    panel.show_request(view)
    assert not panel.family.isHidden()
    assert panel.family.members.count() == 5
    assert panel.model.rowCount() == len(PersonField)  # the subject's fields, no more
    panel.show_request(opened(dict(REGISTRY)))
    assert panel.family.isHidden()
