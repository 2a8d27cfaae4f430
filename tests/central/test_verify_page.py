"""The public verification page as the server serves it: the same static files to everyone,
each under a strict Content-Security-Policy, no inline script or style, and the names the
page shows codes by. The page itself, in a real browser: test_verify_page_in_chromium.py."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from central.verify_page import ASSETS, CONTENT_SECURITY_POLICY, STATIC_DIR
from clerk_desk.services import SERVICES
from tests.central.conftest import Api

STRICT = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self'",
    "connect-src": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'none'",
    "form-action": "'none'",
}


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, dict(attrs)))


def _policy(header: str) -> dict[str, str]:
    return {
        name: value.strip()
        for name, _, value in (d.strip().partition(" ") for d in header.split(";"))
    }


def test_the_page_and_every_file_it_needs_come_with_a_strict_policy(api: Api) -> None:
    page = api.client.get("/verify")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    for path in ["/verify", *(f"/verify/{name}" for name in ASSETS), "/verify/names.json"]:
        answer = api.client.get(path)
        assert answer.status_code == 200, path
        assert answer.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
        assert answer.headers["referrer-policy"] == "no-referrer", path
        assert answer.headers["x-content-type-options"] == "nosniff", path
    policy = _policy(CONTENT_SECURITY_POLICY)
    assert {name: policy[name] for name in STRICT} == STRICT
    assert "unsafe" not in CONTENT_SECURITY_POLICY
    assert api.client.get("/verify/sw.js").headers["service-worker-allowed"] == "/verify"
    assert api.client.get("/verify/verify.js").headers["content-type"].startswith("text/javascript")
    assert api.client.get("/verify/NotoSansArabic-Regular.ttf").headers["content-type"] == (
        "font/ttf"
    )
    # nothing else is served from there, and the page is not part of the API's contract
    assert api.client.get("/verify/../central/db.py").status_code == 404
    assert api.client.get("/verify/index.html").status_code == 404
    assert "/verify" not in api.client.get("/openapi.json").json()["paths"]


def test_the_page_has_no_inline_script_or_style_and_arabic_comes_first(api: Api) -> None:
    """The policy forbids inline code; the page must not need any."""
    parser = Elements()
    parser.feed(api.client.get("/verify").text)
    tags = dict(parser.seen)
    assert tags["html"] == {"lang": "ar", "dir": "rtl"}
    scripts = [attrs for tag, attrs in parser.seen if tag == "script"]
    assert scripts == [{"type": "module", "src": "/verify/verify.js"}]
    assert all("style" not in attrs for _, attrs in parser.seen)
    assert all(not name.startswith("on") for _, attrs in parser.seen for name in attrs)
    assert "style" not in {tag for tag, _ in parser.seen}
    # every script the page loads is one the server serves
    imported = set()
    for name in ("verify.js", "check.js", "sw.js"):
        text = (STATIC_DIR / name).read_text(encoding="utf-8")
        imported |= set(re.findall(r'from "\./([a-z]+\.js)"', text))
        assert "eval(" not in text and "innerHTML" not in text, name
    assert imported <= set(ASSETS)


def test_the_names_the_page_shows_codes_by(api: Api) -> None:
    names = api.client.get("/verify/names.json").json()
    assert names["centers"]["DAM"]["en"]
    assert names["centers"]["DAM"]["ar"]
    assert set(names["centers"]) >= {"DAM", "ALP", "HMS", "HMA", "LTK"}
    assert names["services"]["civil_extract_individual"] == {
        "ar": "بيان قيد فردي",
        "en": "Individual civil-registry extract",
    }
    assert set(names["services"]) == set(SERVICES)


def test_the_page_is_served_without_logging_in_and_sets_no_cookie(api: Api) -> None:
    for path in ("/verify", "/verify/names.json", "/api/v1/centers/keys"):
        answer = api.client.get(path)
        assert answer.status_code == 200, path
        assert "set-cookie" not in answer.headers, path
