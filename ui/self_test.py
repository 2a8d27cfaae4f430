"""``clerk-desk --self-test``: does this installation have everything a counter needs?

Run after installing (or by the packaging test, on the packaged build): it starts Qt on
whatever display there is (``QT_QPA_PLATFORM=offscreen`` where there is none), loads the
fonts and the Arabic translation with Qt's own, opens a store in a temporary folder
(real SQLite, every Alembic migration), renders a signed document and an envelope, reads
their codes back with the decoders, shows the PDF in QtPdf and the log-in window, and
prints one line per check. Nothing here needs the central server, the network, the
keyring's secret or a printer; nothing outside the temporary folder is written.

Each check is a function that returns what it found (one short line) or raises; a check
that depends on an earlier one's product fails too when that one did.
"""

from __future__ import annotations

import importlib
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QImage, QImageReader
from PySide6.QtWidgets import QApplication

from clerk_desk.crypto import StoreKey

CENTER_CODE = "TST"
TRACKING_NUMBER = "RR123456785SY"  # a valid S10 number: the check digit is right
LOGIN_TITLE = ("LoginDialog", "Clerk Desk — log in")  # in clerk_desk_ar.qm
QT_CANCEL = ("QPlatformTheme", "Cancel")  # in Qt's own qtbase_ar.qm


@dataclass
class Products:
    """What the checks made, for the checks after them."""

    folder: Path
    app: QApplication | None = None
    document: Path | None = None
    envelope: Path | None = None
    published: object = None  # printing.verification.PublishedKeys


Check = Callable[[Products], str]


def _qt(products: Products) -> str:
    from ui.app import create_application

    products.app = create_application(sys.argv[:1], "ar")
    platform = QGuiApplication.platformName()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = sorted(p.name.split(".")[0].removeprefix("lib") for p in plugins.iterdir())
    wanted = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    missing = [n for n in ("qoffscreen", wanted) if n not in names]
    if missing:
        raise RuntimeError(f"platform plugins missing: {', '.join(missing)} (have {names})")
    return f"Qt {qVersion()} on the {platform!r} platform; plugins {', '.join(names)}"


def _fonts(products: Products) -> str:
    from PySide6.QtGui import QFontDatabase

    from printing.fonts import register_fonts

    families = QFontDatabase.families()
    if "Noto Sans Arabic" not in families:
        raise RuntimeError("the interface font Noto Sans Arabic was not loaded")
    application_font = QGuiApplication.font().families()[0]
    regular, bold = register_fonts()  # Amiri, for paper
    return f"interface {application_font!r}; paper {regular}, {bold}"


def _translation(products: Products) -> str:
    # Looked up, not marked: lupdate must not take these into our catalogue.
    ours = QCoreApplication.translate(*LOGIN_TITLE)
    qt_own = QCoreApplication.translate(*QT_CANCEL)
    if ours == LOGIN_TITLE[1]:
        raise RuntimeError("clerk_desk_ar.qm is not loaded: the log-in title is in English")
    if qt_own == QT_CANCEL[1]:
        raise RuntimeError("Qt's own qtbase_ar.qm is not loaded: 'Cancel' is in English")
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        raise RuntimeError("the layout is not right-to-left")
    return f"{ours} / {qt_own}, right to left"


def _image_formats(products: Products) -> str:
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "svg", "ico"} - formats
    if missing:
        raise RuntimeError(f"image formats missing: {', '.join(sorted(missing))}")
    return ", ".join(sorted(formats))


def _store(products: Products) -> str:
    from sqlalchemy import func, select

    from clerk_desk.store.db import current_revision, head_revision, open_store
    from clerk_desk.store.models import Request

    sessions = open_store(products.folder / "workstation.sqlite3", StoreKey.generate())
    engine = sessions.kw["bind"]
    try:
        revision = current_revision(engine)
        if revision != head_revision():
            raise RuntimeError(f"store at revision {revision}, not {head_revision()}")
        with sessions() as session:
            requests = session.scalar(select(func.count()).select_from(Request))
    finally:
        engine.dispose()
    return f"SQLite store migrated to {revision} (Alembic), {requests} requests"


def _document(products: Products) -> str:
    from clerk_desk.api import CenterKeys
    from printing.document import DocumentFacts, render_document
    from printing.pdf import write_pdf
    from printing.samples import SAMPLE_RECORD
    from printing.verification import CenterKey, PublishedKeys

    center_key = CenterKey.generate(f"{CENTER_CODE}-0", CENTER_CODE)
    signer = center_key.enroll("SELFTEST")
    facts = DocumentFacts(
        document_number=f"{CENTER_CODE}-2026-000001",
        issued_on=date.today(),
        issue_place="دمشق",
        center_name="مركز خدمة المواطن التجريبي",
        center_code=CENTER_CODE,
        service_code="civil_extract_individual",
        request_id=f"{CENTER_CODE}-000001",
        record=SAMPLE_RECORD,
    )
    pdf = render_document(facts, signer=signer)
    products.document = write_pdf(products.folder / "document.pdf", pdf, None)
    products.published = PublishedKeys.from_api(
        CenterKeys(keys=[center_key.public_api()], certificates=[signer.certificate])
    )
    return f"document.pdf, {len(pdf):,} bytes, signed by {signer.key_id}"


def _envelope(products: Products) -> str:
    from printing.envelope import EnvelopeFacts, render_envelope
    from printing.pdf import write_pdf
    from printing.samples import SAMPLE_ADDRESS, SAMPLE_RECORD

    facts = EnvelopeFacts(
        request_id=f"{CENTER_CODE}-000001",
        service_name="بيان قيد فردي",
        center_name="مركز خدمة المواطن التجريبي",
        center_address="شارع النصر",
        center_city="دمشق",
        delivery="post",
        recipient_name=SAMPLE_RECORD.full_name,
        recipient_address=SAMPLE_ADDRESS,
        recipient_city="دمشق",
        tracking_number=TRACKING_NUMBER,
    )
    pdf = render_envelope(facts, "DL")
    products.envelope = write_pdf(products.folder / "envelope.pdf", pdf, None)
    return f"envelope.pdf (DL), {len(pdf):,} bytes, delivery terms and two Code 128"


def _verification_code(products: Products) -> str:
    from printing.verification import PublishedKeys, verify_pdf

    if products.document is None or not isinstance(products.published, PublishedKeys):
        raise RuntimeError("no document to read (see the document check)")
    result = verify_pdf(products.document, products.published)
    if not result.valid:
        raise RuntimeError(f"the document's code does not verify: {result.reason}")
    return f"QR read back with pypdfium2 + zxing-cpp: {result.reason}"


def _tracking_barcode(products: Products) -> str:
    import pypdfium2 as pdfium
    import zxingcpp

    if products.envelope is None:
        raise RuntimeError("no envelope to read (see the envelope check)")
    pdf = pdfium.PdfDocument(products.envelope)
    try:
        page = pdf[0]
        image = page.render(scale=300 / 72, grayscale=True).to_pil()
        page.close()
    finally:
        pdf.close()
    texts = {r.text for r in zxingcpp.read_barcodes(image) if r.valid}
    if TRACKING_NUMBER not in texts:
        raise RuntimeError(f"tracking number not read from the envelope (read {sorted(texts)})")
    return f"Code 128 read back: {', '.join(sorted(texts))}"


def _pdf_view(products: Products) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    if products.document is None:
        raise RuntimeError("no document to show (see the document check)")
    document = QPdfDocument()
    try:
        document.load(str(products.document))
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
            raise RuntimeError(f"QtPdf cannot open the document: {document.error()}")
        image = document.render(0, QSize(595, 842))
    finally:
        document.close()
    if image.isNull() or _is_blank(image):
        raise RuntimeError("QtPdf rendered a blank page")
    path = products.folder / "document-qtpdf.png"
    image.save(str(path))
    return "QtPdf opened and drew the document (the print preview's viewer)"


def _window(products: Products) -> str:
    from clerk_desk.api import LoginOut
    from ui.login_dialog import LoginDialog
    from ui.operations import Runner

    def no_login(_user: str, _password: str) -> LoginOut:
        raise RuntimeError("the self-test does not log in")

    dialog = LoginDialog(no_login, Runner(), "https://central.example", "dam.clerk1")
    try:
        dialog.show()
        QCoreApplication.processEvents()
        picture = dialog.grab().toImage()
        if picture.isNull() or _is_blank(picture):
            raise RuntimeError("the log-in window drew nothing")
        path = products.folder / "login-window.png"
        picture.save(str(path))
        size = f"{picture.width()}×{picture.height()}"
        return f"log-in window shown, {size}: {dialog.windowTitle()}"
    finally:
        dialog.close()
        dialog.deleteLater()


def _modules(products: Products) -> str:
    """What the workstation imports only when it needs it: each must be in the package."""
    names = (
        "keyring",
        {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}.get(
            sys.platform, "keyring.backends.SecretService"
        ),
        "requests",
        "certifi",
        "cryptography.hazmat.primitives.ciphers.aead",
        "PySide6.QtCharts",
        "PySide6.QtPdfWidgets",
    )
    for name in names:
        importlib.import_module(name)
    import certifi
    import keyring

    if not Path(certifi.where()).is_file():
        raise RuntimeError("certifi's CA bundle is missing")
    backend = type(keyring.get_keyring()).__module__.removeprefix("keyring.backends.")
    return f"{len(names)} modules; the keyring in use here: {backend}"


def _is_blank(image: QImage) -> bool:
    small = image.scaled(64, 64).convertToFormat(QImage.Format.Format_RGB32)
    first = small.pixel(0, 0)
    return all(small.pixel(x, y) == first for x in range(64) for y in range(64))


CHECKS: tuple[tuple[str, Check], ...] = (
    ("qt", _qt),
    ("fonts", _fonts),
    ("translation", _translation),
    ("image-formats", _image_formats),
    ("modules", _modules),
    ("store", _store),
    ("document", _document),
    ("envelope", _envelope),
    ("verification-code", _verification_code),
    ("tracking-barcode", _tracking_barcode),
    ("pdf-view", _pdf_view),
    ("window", _window),
)


def run(out: TextIO, keep_dir: Path | None = None) -> int:
    """Run every check, print ``ok``/``FAIL`` and one line about each; 0 if all passed.

    With `keep_dir` the store, the PDFs and pictures of the log-in window and of the
    document as QtPdf drew it are left there; otherwise a temporary folder is removed.
    """
    folder = Path(tempfile.mkdtemp(prefix="clerk-desk-self-test-"))
    products = Products(folder)
    failed = 0
    try:
        for name, check in CHECKS:
            try:
                detail = check(products)
            except Exception as exc:
                failed += 1
                print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out, flush=True)
                traceback.print_exc(file=sys.stderr)
            else:
                print(f"ok   {name}: {detail}", file=out, flush=True)
        if keep_dir is not None:
            keep_dir.mkdir(parents=True, exist_ok=True)
            for path in folder.iterdir():
                if path.is_file():
                    shutil.copy2(path, keep_dir / path.name)
    finally:
        from ui.app import release_qt_objects

        release_qt_objects()
        shutil.rmtree(folder, ignore_errors=True)
    passed = len(CHECKS) - failed
    print(f"self-test: {passed} of {len(CHECKS)} checks passed", file=out, flush=True)
    return 0 if failed == 0 else 1
