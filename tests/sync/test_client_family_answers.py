"""A registry answer whose family record is bad is refused at the workstation's edge, with
where it is wrong and nothing personal in the log; a good one, and an older answer
without a family, are taken."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from clerk_desk.api_family import FamilyRelation
from sync.client import BadAnswer, CentralClient
from tests.core.test_api_family import GOOD, member
from tests.sync.servers import GOOD_RECORD, NN, FakeCentral

# The subject of GOOD_RECORD as the head of the family GOOD describes.
HEAD = {**member(NN, "head"), **{k: GOOD_RECORD[k] for k in ("first_name", "birth_date")}}
CHILD_FATHER = GOOD_RECORD["first_name"]


def family(*members: dict[str, Any]) -> dict[str, Any]:
    return {**GOOD, "members": list(members)}


def son(**change: Any) -> dict[str, Any]:
    return member(
        "01234567892", "son", **{"father_name": CHILD_FATHER, "birth_date": "2015-03-01", **change}
    )


def test_a_good_family_and_an_older_answer_without_one_are_taken(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    client = client_for(fake.url, token="t")
    fake.answer(f"/registry/{NN}", {**GOOD_RECORD, "family": family(HEAD, son())})
    record = client.registry_record(NN)
    assert record.family is not None
    assert [m.relation for m in record.family.members] == [FamilyRelation.HEAD, FamilyRelation.SON]
    fake.answer(f"/registry/{NN}", GOOD_RECORD)
    assert client.registry_record(NN).family is None


@pytest.mark.parametrize(
    ("bad_family", "where"),
    [
        (family(HEAD, son(national_number="123")), "family.members.1.national_number"),
        (family(HEAD, {k: v for k, v in son().items() if k != "relation"}), "relation"),
        (family(HEAD, son(birth_date="yesterday")), "birth_date"),
        (family(HEAD, son(father_name="خالد")), "family"),  # not the head's son
        (family(son()), "family"),  # no head
        (family(HEAD, son(national_number=NN)), "family"),  # a number twice
        (family(member("01234567892", "head")), "body"),  # the subject is not in it
        ({"members": [HEAD]}, "family.record_ref"),
        ("a family", "family"),
    ],
)
def test_a_bad_family_is_a_bad_answer_and_the_log_names_no_one(
    fake: FakeCentral,
    client_for: Callable[..., CentralClient],
    caplog: pytest.LogCaptureFixture,
    bad_family: Any,
    where: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    fake.answer(f"/registry/{NN}", {**GOOD_RECORD, "family": bad_family})
    with pytest.raises(BadAnswer, match=f"malformed .*{where}"):
        client_for(fake.url, token="t").registry_record(NN)
    for personal in (NN, "01234567892", "الحلبي", "باسل"):
        assert personal not in caplog.text
