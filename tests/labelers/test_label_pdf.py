"""PdfLabeler on real PDFs: several pages, a rotated page, a page whose box does not start at 0."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, RectangleObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from labelers.interface import LabelError, LabelSpec
from labelers.pdf import INVOKE, XOBJECT_NAME, PdfLabeler, read_xmp_label
from tests.docmaker import make_pdf

MARK30 = "秘密 保密期限：30年"
MARK10 = "秘密 保密期限：10年"
WHEN = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
PAGES = [
    "第一页 门诊日志 患者李桂兰",
    "第二页 横向报表 费用明细",
    "第三页 偏移页面 体检结论",
    "第四页 倒置页面 随访记录",
    "第五页 旋转且偏移 转诊单",
]


def spec(text: str = MARK30, years: int = 30, cats: tuple[str, ...] = ("medical",)) -> LabelSpec:
    return LabelSpec.make(text, "秘密", cats, years, WHEN)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    """Page 1 A4; page 2 shown rotated 90°; page 3 with its media box at (100, 200); page 4
    rotated 180°; page 5 rotated 270° with an offset box; existing metadata that must survive."""
    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    plain = tmp_path / "plain.pdf"
    drawing = canvas.Canvas(str(plain), pagesize=A4)
    for text in PAGES:
        drawing.setFont("STSong-Light", 12)
        drawing.drawString(150, 500, text)
        drawing.showPage()
    drawing.save()
    writer = PdfWriter(clone_from=str(plain))
    writer.pages[1].rotate(90)
    writer.pages[2].mediabox = RectangleObject([100, 200, 695, 1042])
    writer.pages[3].rotate(180)
    writer.pages[4].rotate(270)
    writer.pages[4].mediabox = RectangleObject([-50, 30, 545, 872])
    writer.add_metadata({"/Title": "门诊日志"})
    writer.xmp_metadata = (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:format>application/pdf</dc:format></rdf:Description></rdf:RDF></x:xmpmeta>"
        b'<?xpacket end="w"?>'
    )
    path = tmp_path / "门诊日志.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


def _display_position(page, x: float, y: float) -> tuple[float, float, float, float]:
    """Where user-space (x, y) appears on the page as shown: (x, y, width, height).

    Rotates the point and the crop box corners clockwise by /Rotate, as a viewer does, and
    measures from the rotated box's lower left corner.
    """
    box = page.cropbox
    corners = [(box.left, box.bottom), (box.right, box.top)]
    turn = int(page.get("/Rotate", 0)) % 360

    def rotate(px: float, py: float) -> tuple[float, float]:
        for _ in range(turn // 90):
            px, py = py, -px  # 90° clockwise
        return px, py

    rx, ry = zip(*(rotate(float(a), float(b)) for a, b in corners), strict=True)
    px, py = rotate(x, y)
    return px - min(rx), py - min(ry), max(rx) - min(rx), max(ry) - min(ry)


def _stamp_origin(page) -> tuple[float, float]:
    """The user-space point where the stamp's text starts (its Tm through the form matrix)."""
    form = page["/Resources"]["/XObject"][XOBJECT_NAME].get_object()
    a, b, c, d, e, f = (float(v) for v in form["/Matrix"])
    content = ContentStream(form, None)
    tm = next(ops for ops, op in content.operations if op == b"Tm")
    tx, ty = float(tm[4]), float(tm[5])
    return a * tx + c * ty + e, b * tx + d * ty + f


def _invocations(page) -> int:
    return sum(stream.get_object().get_data().count(INVOKE) for stream in page["/Contents"])


def test_stamp_once_on_every_page_in_the_top_margin(pdf: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(pdf.read_bytes()).hexdigest()
    out = tmp_path / "out.pdf"
    outcome = PdfLabeler().label(pdf, out, spec())
    assert outcome.method == "stamp" and outcome.changed
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == before
    labeled = PdfReader(str(out))
    original = PdfReader(str(pdf))
    for page, source, text in zip(labeled.pages, original.pages, PAGES, strict=True):
        extracted = page.extract_text()
        assert extracted.count(MARK30) == 1
        assert extracted.replace(MARK30, "").split() == source.extract_text().split()
        assert text in extracted
        assert _invocations(page) == 1
        x, y, width, height = _display_position(page, *_stamp_origin(page))
        assert height - 40 < y < height, (y, height)  # top margin of the page as shown
        assert 0.2 * width < x < 0.5 * width  # centred: the text starts left of the middle
    assert [page.rotation for page in labeled.pages] == [0, 90, 0, 180, 270]


def test_metadata_info_and_xmp(pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    labeler = PdfLabeler()
    assert labeler.read(pdf) is None
    labeler.label(pdf, out, spec(cats=("medical", "financial")))
    expected = {
        "text": MARK30,
        "level": "秘密",
        "categories": ["medical", "financial"],
        "retention_years": 30,
        "expires": datetime(2055, 3, 1).date(),
        "labeled_at": WHEN,
    }
    assert labeler.read(out) == expected
    assert read_xmp_label(out) == expected
    reader = PdfReader(str(out))
    assert reader.metadata["/baomi:mark"] == MARK30
    assert reader.metadata.title == "门诊日志"
    assert reader.xmp_metadata.dc_format == "application/pdf"  # other XMP kept


def test_again_unchanged_and_relabel_replaces(pdf: Path, tmp_path: Path) -> None:
    once, twice, again = (tmp_path / f"{n}.pdf" for n in ("once", "twice", "again"))
    labeler = PdfLabeler()
    labeler.label(pdf, once, spec())
    outcome = labeler.label(once, twice, spec())
    assert not outcome.changed and once.read_bytes() == twice.read_bytes()
    outcome = labeler.label(once, again, spec(MARK10, 10, ("financial",)))
    assert outcome.changed
    reader = PdfReader(str(again))
    for page in reader.pages:
        text = page.extract_text()
        assert text.count(MARK10) == 1 and MARK30 not in text
        assert _invocations(page) == 1
    assert labeler.read(again)["retention_years"] == 10
    assert read_xmp_label(again)["text"] == MARK10


def test_many_pages_share_one_font(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "long.pdf", [f"第{n}页 化验单" for n in range(1, 61)])
    out = tmp_path / "out.pdf"
    PdfLabeler().label(src, out, spec())
    assert len(PdfReader(str(out)).pages) == 60
    # a font copy per page would add ~60 × several KB
    assert out.stat().st_size - src.stat().st_size < 60 * 1500


def test_bad_inputs(tmp_path: Path, pdf: Path) -> None:
    labeler = PdfLabeler()
    out = tmp_path / "out.pdf"
    locked = make_pdf(tmp_path / "locked.pdf", ["加密文件"], password="secret")
    owner_only = make_pdf(tmp_path / "owner.pdf", ["仅限权限"], password="")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(pdf.read_bytes()[:300])
    not_pdf = tmp_path / "note.pdf"
    not_pdf.write_text("不是 PDF", encoding="utf-8")
    for bad, words in [
        (locked, "encrypted"),
        (owner_only, "encrypted"),
        (truncated, "damaged"),
        (not_pdf, "damaged"),
    ]:
        with pytest.raises(LabelError, match=words) as caught:
            labeler.label(bad, out, spec())
        assert bad.name in str(caught.value)
    with pytest.raises(ValueError, match="dst"):
        labeler.label(pdf, pdf, spec())


def test_labeled_pdf_still_scans(pdf: Path, tmp_path: Path, scanner) -> None:
    out = tmp_path / "out.pdf"
    PdfLabeler().label(pdf, out, spec())
    result = scanner.scan_file(out)
    assert result.status == "ok"
    assert result.categories == scanner.scan_file(pdf).categories
