"""The public verification page: anyone holding a printed document checks it in a browser.

Every document's QR is a link ``<server>/verify#<signed code>`` (``printing.verification``).
A browser never sends a URL's fragment to the server, so the server only ever serves the
same static page and the public keys: the page (``central/static/verify/``) reads the
fragment, fetches ``/api/v1/centers/keys`` (center keys, workstation certificates and
revocations) and ``/verify/names.json`` (what the center and service codes are called),
checks both Ed25519 signatures with the browser's WebCrypto, and says valid, invalid
(tampered) or signed by a revoked workstation, in Arabic first and in English. Nobody's
name or national number reaches the server, and nothing the page shows comes back to it.

Offline: a service worker (``sw.js``) keeps the page, its fonts, the names and the last
keys it fetched, and answers from that copy when the server cannot be reached; the page
then says how old the copy of the revocations is.

Every answer carries a strict Content-Security-Policy: scripts, styles, fonts and fetches
from this origin only, no inline script or style, no frames, no forms, no referrer.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Response
from pydantic import BaseModel
from sqlalchemy import select

import resources
from central.db import CenterRow
from central.routing import ReadDb
from clerk_desk.services import SERVICES

PAGE_PATH = "/verify"
STATIC_DIR = Path(__file__).parent / "static" / "verify"
FONTS_DIR = Path(resources.__file__).parent / "fonts"

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "img-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    # the service worker keeps its own copy; the browser's cache must not serve a stale page
    "Cache-Control": "no-cache",
}

# name under /verify/ -> (file, media type); nothing else is served from there
ASSETS: dict[str, tuple[Path, str]] = {
    "verify.js": (STATIC_DIR / "verify.js", "text/javascript; charset=utf-8"),
    "check.js": (STATIC_DIR / "check.js", "text/javascript; charset=utf-8"),
    "verify.css": (STATIC_DIR / "verify.css", "text/css; charset=utf-8"),
    "sw.js": (STATIC_DIR / "sw.js", "text/javascript; charset=utf-8"),
    "icon.svg": (STATIC_DIR / "icon.svg", "image/svg+xml"),
    "NotoSansArabic-Regular.ttf": (FONTS_DIR / "NotoSansArabic-Regular.ttf", "font/ttf"),
    "NotoSansArabic-Bold.ttf": (FONTS_DIR / "NotoSansArabic-Bold.ttf", "font/ttf"),
    "NotoSansArabic-OFL.txt": (FONTS_DIR / "NotoSansArabic-OFL.txt", "text/plain; charset=utf-8"),
}

router = APIRouter(include_in_schema=False)


def _file(path: Path, media_type: str, **extra: str) -> Response:
    return Response(path.read_bytes(), media_type=media_type, headers={**HEADERS, **extra})


@router.get(PAGE_PATH)
def page() -> Response:
    """The page itself; what it checks is in the fragment, which the server never sees."""
    return _file(STATIC_DIR / "index.html", "text/html; charset=utf-8")


def _asset_route(name: str, path: Path, media_type: str) -> None:
    # The service worker serves the whole page, /verify itself included: a worker under
    # /verify/ may only take /verify/... unless the server allows the wider scope.
    extra = {"Service-Worker-Allowed": PAGE_PATH} if name == "sw.js" else {}

    def asset() -> Response:
        return _file(path, media_type, **extra)

    router.add_api_route(f"{PAGE_PATH}/{name}", asset, methods=["GET"], name=f"verify:{name}")


for _name, (_path, _media_type) in ASSETS.items():
    _asset_route(_name, _path, _media_type)


class Name(BaseModel):
    ar: str
    en: str


class Names(BaseModel):
    """What the codes in a verification code are called: centers and services."""

    centers: dict[str, Name]
    services: dict[str, Name]


@router.get(f"{PAGE_PATH}/names.json")
def names(session: ReadDb) -> Response:
    """The centers' and services' names, for the page to say what a document must say."""
    centers = session.scalars(select(CenterRow).order_by(CenterRow.code))
    body = Names(
        centers={c.code: Name(ar=c.name_ar, en=c.name_en) for c in centers},
        services={s.code: Name(ar=s.name_ar, en=s.name_en) for s in SERVICES.values()},
    )
    return Response(body.model_dump_json(), media_type="application/json", headers=HEADERS)
