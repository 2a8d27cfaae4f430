from __future__ import annotations

import pytest
import zxingcpp
from reportlab.lib.units import mm

from printing.barcodes import BarcodeSpec, code128_modules, code128_size
from printing.document import DocumentFacts, render_document
from printing.envelope import EnvelopeFacts, render_envelope
from tests.printing.pdfcheck import render_gray


def test_default_spec_meets_the_minimums() -> None:
    spec = BarcodeSpec()
    assert spec.module_width >= 0.33 * mm
    assert spec.bar_height >= 12.5 * mm
    assert spec.quiet_modules >= 10


@pytest.mark.parametrize(
    "kwargs",
    [{"module_width": 0.3 * mm}, {"bar_height": 10 * mm}, {"quiet_modules": 5}],
)
def test_spec_below_the_minimums_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        BarcodeSpec(**kwargs)  # type: ignore[arg-type]


def test_modules_and_size() -> None:
    modules = code128_modules("REQ-2024-00042")
    assert set(modules) == {"0", "1"} and modules.startswith("11010")
    spec = BarcodeSpec()
    width, height = code128_size("REQ-2024-00042", spec)
    assert width == pytest.approx((len(modules) + 20) * spec.module_width)
    assert height >= spec.bar_height
    with pytest.raises(ValueError):
        code128_modules("سلام")


def _decoded(pdf: bytes) -> set[str]:
    image = render_gray(pdf, dpi=300)
    return {
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128
    }


def test_document_barcode_decodes(document_facts: DocumentFacts) -> None:
    assert _decoded(render_document(document_facts)) == {"REQ-2024-00042"}


def test_envelope_barcodes_decode(post_envelope: EnvelopeFacts) -> None:
    assert _decoded(render_envelope(post_envelope)) == {"REQ-2024-00042", "RR123456785SY"}
