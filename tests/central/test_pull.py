"""The pull's cost: an empty delta answered 304 to its ETag, pages gzipped when asked,
and still no more than ``limit`` requests."""

from __future__ import annotations

import httpx

from central.pull import MAX_PAGE
from tests.central.conftest import Api


def test_the_same_page_asked_again_is_a_304_until_something_changes(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    everything = api.get("/requests", clerk)
    cursor = everything.json()["cursor"]
    empty = api.get("/requests", clerk, params={"since": cursor})
    assert empty.json()["items"] == []
    etag = empty.headers["etag"]
    again = api.client.get(
        api.url("/requests"), headers={**clerk, "If-None-Match": etag}, params={"since": cursor}
    )
    assert (again.status_code, again.content) == (304, b"")
    assert again.headers["etag"] == etag
    # Another center's clerk asking with the same cursor and ETag gets its own page.
    other = api.login("alp.clerk1")
    elsewhere = api.client.get(
        api.url("/requests"), headers={**other, "If-None-Match": etag}, params={"since": cursor}
    )
    assert elsewhere.status_code == 200

    request_id = everything.json()["items"][0]["id"]
    assert api.post(f"/requests/{request_id}/claim", clerk).status_code == 200
    changed = api.client.get(
        api.url("/requests"), headers={**clerk, "If-None-Match": etag}, params={"since": cursor}
    )
    assert changed.status_code == 200
    assert [item["id"] for item in changed.json()["items"]] == [request_id]
    assert changed.headers["etag"] != etag


def test_pages_are_gzipped_for_a_client_that_accepts_it_and_keep_their_limit(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    with httpx.Client(base_url=str(api.client.base_url)) as raw:
        plain = raw.get(api.url("/requests"), headers={**clerk, "Accept-Encoding": "identity"})
        zipped = raw.get(api.url("/requests"), headers={**clerk, "Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.json() == plain.json()  # httpx undoes the gzip
    assert int(zipped.headers["content-length"]) * 3 < len(plain.content)
    page = api.get("/requests", clerk, params={"limit": 5}).json()
    assert len(page["items"]) == 5 and page["more"]
    too_many = api.get("/requests", clerk, params={"limit": MAX_PAGE + 1})
    assert too_many.status_code == 422
