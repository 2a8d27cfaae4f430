"""The papers a request comes with: announced in the request, served on their own, and
only what the contract allows is ever recorded."""

from __future__ import annotations

import hashlib
import struct
import zlib

import pytest
from sqlalchemy import select

from central.attachments import UnacceptableAttachment, record_attachment
from central.db import RequestRow, make_engine, write_session
from central.demo_papers import family_booklet_page, identity_card_scan
from clerk_desk.api import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, AttachmentKind
from tests.central.conftest import START, Api


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header, after checking its CRC and its pixels inflate."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR"
    body = png[12 : 16 + length]
    assert struct.unpack(">I", png[16 + length : 20 + length])[0] == zlib.crc32(body)
    width, height = struct.unpack(">II", png[16:24])
    idat = png.index(b"IDAT")
    (size,) = struct.unpack(">I", png[idat - 4 : idat])
    raw = zlib.decompress(png[idat + 4 : idat + 4 + size])
    assert len(raw) == height * (1 + 3 * width)
    return width, height


def test_requests_announce_their_papers_and_the_center_fetches_each(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    items, _ = api.pull_all(clerk)
    with_papers = [item for item in items if item["attachments"]]
    assert with_papers, "the demo attaches papers"
    # Everyone acting for someone else brings a paper that says they may.
    for item in items:
        kinds = {paper["kind"] for paper in item["attachments"]}
        if item["relation_ar"]:
            assert kinds & {"family_booklet", "power_of_attorney"}, item["id"]
    supervisor = api.login("dam.supervisor")
    for item in with_papers[:5]:
        for paper in item["attachments"]:
            for headers in (clerk, supervisor):
                answer = api.get(f"/requests/{item['id']}/attachments/{paper['id']}", headers)
                assert answer.status_code == 200, answer.text
                assert answer.headers["content-type"] == paper["media_type"]
                assert len(answer.content) == paper["size"]
                assert hashlib.sha256(answer.content).hexdigest() == paper["sha256"]
                assert answer.headers["cache-control"] == "no-store"


def test_the_demo_pictures_are_whole_pngs() -> None:
    assert _png_size(identity_card_scan()) == (640, 420)
    assert _png_size(family_booklet_page()) == (640, 620)


def test_papers_stay_within_their_center_and_their_request(api: Api) -> None:
    items, _ = api.pull_all(api.login("dam.clerk1"))
    item = next(i for i in items if i["attachments"])
    paper = item["attachments"][0]
    other_center = api.login("alp.clerk1")
    answer = api.get(f"/requests/{item['id']}/attachments/{paper['id']}", other_center)
    assert answer.status_code == 403
    assert "DAM" in answer.json()["detail"]
    clerk = api.login("dam.clerk1")
    plain = next(i for i in items if not i["attachments"])
    answer = api.get(f"/requests/{plain['id']}/attachments/{paper['id']}", clerk)
    assert answer.status_code == 404
    assert api.get(f"/requests/{item['id']}/attachments/0", clerk).status_code == 422
    assert api.get(f"/requests/{item['id']}/attachments/{paper['id']}").status_code == 401


def test_only_allowed_papers_are_recorded(api: Api) -> None:
    engine = make_engine(api.database_url)
    try:
        with write_session(engine) as session:
            request_id = session.scalars(select(RequestRow.id).order_by(RequestRow.id)).first()
            assert request_id is not None
            kind = AttachmentKind.OTHER
            for content in (b"MZ\x90\x00 an executable", b"<html>not a scan</html>"):
                with pytest.raises(UnacceptableAttachment):
                    record_attachment(session, request_id, kind, "x.pdf", content, START)
            too_big = b"%PDF-1.4\n" + b"0" * MAX_ATTACHMENT_BYTES
            with pytest.raises(UnacceptableAttachment):
                record_attachment(session, request_id, kind, "big.pdf", too_big, START)
            # A PDF named .png is recorded as what it is.
            row = record_attachment(session, request_id, kind, "scan.png", b"%PDF-1.4\n%", START)
            assert row.media_type == "application/pdf"
            session.flush()
            while True:  # up to the contract's number of papers, and not one more
                try:
                    record_attachment(session, request_id, kind, "p.pdf", b"%PDF-1.4\n", START)
                    session.flush()
                except UnacceptableAttachment:
                    break
            assert len(session.get_one(RequestRow, request_id).attachments) == MAX_ATTACHMENTS
            session.rollback()
    finally:
        engine.dispose()
