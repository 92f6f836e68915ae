"""pypdf's work on a PDF is bounded: a page too complex to read in time is cut where it stands
and recorded, and the other pages are read as usual.

The slow shape is the one of pdf.js's issue6961.pdf: form XObjects drawn inside form XObjects,
where pypdf re-reads every font of the resources each time a form is drawn. Ten forms drawn in
each of five levels are 100,000 forms in a 5 KB file (minutes of pypdf time unbounded).
Such a page is read again by PDFium, whole; without it (``pdfium=False``) the cut is recorded.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from scanner.extract import DEFAULT_LIMITS, ExtractionError, Limits, Segment, extract
from tests.docmaker import CJK_FONT, _register_cjk_font, make_pdf

PYPDF_ONLY = replace(DEFAULT_LIMITS, pdfium=False)

FIRST = "门诊日志 第一页"
SECOND = "患者姓名：张三"


def make_nested_forms_pdf(path: Path, depth: int = 5, fan: int = 10) -> Path:
    """Page 1: a line of text, then forms nested ``depth`` deep, each drawing the one below
    ``fan`` times; page 2: one line of text."""
    from reportlab.pdfgen import canvas

    _register_cjk_font()
    pdf = canvas.Canvas(str(path))
    pdf.setFont(CJK_FONT, 11)
    pdf.drawString(72, 760, FIRST)
    pdf.beginForm("F0")
    pdf.setFont(CJK_FONT, 9)
    pdf.drawString(0, 0, "签")
    pdf.endForm()
    for level in range(1, depth + 1):
        pdf.beginForm(f"F{level}")
        for _ in range(fan):
            pdf.doForm(f"F{level - 1}")
        pdf.endForm()
    pdf.doForm(f"F{depth}")
    pdf.showPage()
    pdf.setFont(CJK_FONT, 11)
    pdf.drawString(72, 760, SECOND)
    pdf.showPage()
    pdf.save()
    return path


def read(path: Path, limits: Limits) -> list[Segment]:
    fmt, items = extract(path, limits)
    assert fmt == "pdf"
    return list(items)


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_a_page_past_its_deadline_is_cut_and_the_next_page_read(tmp_path: Path) -> None:
    path = make_nested_forms_pdf(tmp_path / "forms.pdf")
    got = read(path, replace(PYPDF_ONLY, pdf_page_seconds=0.5))
    cut = [s for s in got if s.unread is not None]
    assert [s.location for s in cut] == [{"page": 1}]
    assert cut[0].unread is not None
    assert cut[0].unread.status == "skipped"
    assert cut[0].unread.reason.startswith("第 1 页内容过于复杂（读取此页超过 0.5 秒）")
    assert "page 1 too complex" in cut[0].unread.reason
    # the text drawn before the forms was read, and the rest of the file as usual
    texts = {s.location["page"]: s.text for s in got if s.unread is None}
    assert FIRST in texts[1]
    assert "read in part" in cut[0].unread.reason
    assert squeeze(texts[2]) == squeeze(SECOND)


def test_the_same_shape_in_time_is_read_whole(tmp_path: Path) -> None:
    # two levels (100 forms) take pypdf a fraction of a second: no cut, every drawn piece read
    path = make_nested_forms_pdf(tmp_path / "forms.pdf", depth=2)
    got = read(path, replace(PYPDF_ONLY, pdf_page_seconds=60.0))
    assert all(s.unread is None for s in got)
    assert squeeze(got[0].text).count("签") == 100


def test_a_content_stream_too_long_to_parse_is_not_parsed(tmp_path: Path) -> None:
    lines = [FIRST + "。" * 40] * 60
    path = make_pdf(tmp_path / "long.pdf", ["\n".join(lines), SECOND])
    got = read(path, replace(PYPDF_ONLY, max_pdf_page_parse_bytes=2048))
    assert got[0].location == {"page": 1}
    assert got[0].unread is not None
    assert got[0].unread.reason.startswith("第 1 页内容过于复杂（内容流 ")
    assert got[0].unread.reason.endswith(" KiB, limit 2 KiB); not read")
    assert squeeze(got[1].text) == squeeze(SECOND)


def test_a_file_past_its_budget_is_cut_where_it_stands(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "a.pdf", [FIRST, SECOND])
    with pytest.raises(ExtractionError) as caught:
        read(path, replace(DEFAULT_LIMITS, pdf_file_seconds=0.0))
    assert caught.value.reason == (
        "第 1–2 页未读取：读取此文件已超过 0 秒 / page(s) 1–2 not read: reading the file took "
        "over 0 s"
    )


def test_pdfium_reads_a_page_pypdf_gave_up_on_whole(tmp_path: Path) -> None:
    path = make_nested_forms_pdf(tmp_path / "forms.pdf")
    got = read(path, replace(DEFAULT_LIMITS, pdf_page_seconds=0.5))
    assert [s.location for s in got] == [{"page": 1}, {"page": 2}]
    assert all(s.unread is None for s in got)
    # PDFium merges the forms' text drawn over itself at one place
    assert squeeze(got[0].text) == squeeze(FIRST + "签")
    assert squeeze(got[1].text) == squeeze(SECOND)


def test_pdfium_reads_a_content_stream_too_long_for_pypdf(tmp_path: Path) -> None:
    lines = [FIRST + "。" * 40] * 60
    path = make_pdf(tmp_path / "long.pdf", ["\n".join(lines), SECOND])
    got = read(path, replace(DEFAULT_LIMITS, max_pdf_page_parse_bytes=2048))
    assert all(s.unread is None for s in got)
    assert squeeze(got[0].text) == squeeze("\n".join(lines))
    assert squeeze(got[1].text) == squeeze(SECOND)


def make_full_object_stream_pdf(path: Path, fillers: int) -> Path:
    """One page of text whose catalog, page tree and font sit in one object stream with
    ``fillers`` more objects (link annotations, as in pdf.js's bug1978317.pdf: 65,542 of them).
    No library at hand writes object streams, so the bytes are laid out here (ISO 32000 7.5.7,
    7.5.8)."""
    annots = " ".join(f"{n} 0 R" for n in range(8, 8 + fillers))
    packed = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> /Annots [" + annots.encode() + b"] >>"
        ),
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    for n in range(8, 8 + fillers):
        packed[n] = b"<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /Border [0 0 0] >>"
    header = b" ".join(
        b"%d %d" % (n, offset)
        for n, offset in zip(
            packed, _offsets([body + b"\n" for body in packed.values()]), strict=True
        )
    )
    body = b"".join(obj + b"\n" for obj in packed.values())
    first = len(header) + 1
    data = header + b"\n" + body
    text = b"BT /F1 12 Tf 72 700 Td (Outpatient log 0042) Tj ET"
    out = bytearray(b"%PDF-1.5\n")
    offsets: dict[int, int] = {}

    def put(number: int, dictionary: bytes, stream: bytes) -> None:
        offsets[number] = len(out)
        out.extend(b"%d 0 obj\n%s\nstream\n" % (number, dictionary))
        out.extend(stream + b"\nendstream\nendobj\n")

    put(4, b"<< /Length %d >>" % len(text), text)
    put(
        6, b"<< /Type /ObjStm /N %d /First %d /Length %d >>" % (len(packed), first, len(data)), data
    )
    size = 8 + fillers
    rows = []
    for n in range(size):
        if n in packed:
            rows.append(
                bytes([2]) + (6).to_bytes(4, "big") + list(packed).index(n).to_bytes(2, "big")
            )
        elif n in offsets or n == 7:
            rows.append(bytes([1]) + offsets.get(n, len(out)).to_bytes(4, "big") + b"\0\0")
        else:
            rows.append(bytes(7))
    xref = b"".join(rows)
    start = len(out)
    put(
        7, b"<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>" % (size, len(xref)), xref
    )
    out.extend(b"startxref\n%d\n%%%%EOF\n" % start)
    path.write_bytes(bytes(out))
    return path


def _offsets(parts: list[bytes]) -> list[int]:
    at, offsets = 0, []
    for part in parts:
        offsets.append(at)
        at += len(part)
    return offsets


@pytest.mark.parametrize(("most", "by_pdfium"), [(100_000, False), (50, True)])
def test_a_file_with_an_object_stream_too_full_for_pypdf_is_read_by_pdfium(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, most: int, by_pdfium: bool
) -> None:
    path = make_full_object_stream_pdf(tmp_path / "links.pdf", fillers=200)
    with caplog.at_level(logging.DEBUG, logger="scanner.extract.pdf"):
        got = read(path, replace(DEFAULT_LIMITS, max_pdf_stream_objects=most))
    # the same page and text whichever reader read it
    assert [(s.location, s.text.strip(), s.unread) for s in got] == [
        ({"page": 1}, "Outpatient log 0042", None)
    ]
    assert ("object stream too full for pypdf" in caplog.text) is by_pdfium
