"""Chinese PDFs whose font has no Unicode map: GBK bytes that pypdf gives back as Latin-1 or
Windows-1252 characters are repaired, and a page that cannot be repaired is never `ok`."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from scanner.extract import ExtractionError, Limits, ocr
from scanner.extract.mojibake import looks_like_mojibake, repair
from scanner.extract.pdfpage import NO_UNICODE_MAP
from tests.extract.formats import ID, read

TEXT = ["关于红军作战的原则", f"姓名：张三  身份证号：{ID}"]


def make_raw_font_pdf(path: Path, lines: list[str], encoding: str | None) -> Path:
    """A one-page PDF whose font is named, not embedded, with no ``/ToUnicode`` map, and whose
    strings are the GBK bytes of ``lines`` — what older Chinese office tools wrote. With
    ``encoding`` "/WinAnsiEncoding" pypdf returns Windows-1252 characters; with None, Adobe's
    StandardEncoding glyph names, from which the bytes cannot be told back."""

    def escaped(line: str) -> bytes:
        raw = line.encode("gbk")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT /F1 14 Tf 72 720 Td 20 TL\n"
    content += b"".join(b"(" + escaped(line) + b") Tj T*\n" for line in lines) + b"ET"
    font = b"<< /Type /Font /Subtype /TrueType /BaseFont /SimSun"
    font += (b" /Encoding " + encoding.encode()) if encoding else b""
    font += b" >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        font,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_gbk_read_as_a_western_codepage_is_repaired(codec: str) -> None:
    text = "关于红军作战的原则 对国防问题的意见".encode("gbk").decode(codec, "replace")
    assert looks_like_mojibake(text)
    assert repair(text) == "关于红军作战的原则对国防问题的意见"


def test_the_glyphs_drawn_one_by_one_are_joined() -> None:
    assert repair("¹Ø ÓÚ ºì ¾ü") == "关于红军"  # pdf.js XiaoBiaoSong.pdf, as pypdf reads it


@pytest.mark.parametrize(
    "text",
    [
        "Müller, José, Café résumé naïve — “quoted” … end",
        "患者张三的身份证号是 11010519491231002X，请注意保密。",
        "Straße ½ kg, 20 °C, © 2024, ±5 %",
        "A informação da população e a situação da educação são públicas.",
        "Issue\xa0à\xa0à\xa0à6721",  # pdf.js issue6721_reduced.pdf: no-break spaces
        "",
    ],
)
def test_real_text_is_left_alone(text: str) -> None:
    assert not looks_like_mojibake(text)
    assert repair(text) == text


def test_mojibake_that_does_not_decode_is_refused() -> None:
    assert repair("ÿþÿþÿþ ÿÿ ÿÿ") is None


def test_russian_read_as_latin1_is_not_turned_into_chinese() -> None:
    # pdf.js issue11740_reduced.pdf: "Оглавление" in cp1251 decodes as GBK into rare characters
    assert repair("Оглавление".encode("cp1251").decode("latin-1")) is None


def test_a_winansi_pdf_is_repaired(tmp_path: Path) -> None:
    path = make_raw_font_pdf(tmp_path / "红头文件.pdf", TEXT, "/WinAnsiEncoding")
    _fmt, segments = read(path)
    assert len(segments) == 1
    assert "关于红军作战的原则" in segments[0].text and ID in segments[0].text
    assert segments[0].location == {"page": 1}


def test_an_unrepairable_page_is_never_ok_without_ocr(tmp_path: Path) -> None:
    path = make_raw_font_pdf(tmp_path / "旧公文.pdf", TEXT, None)
    with pytest.raises(ExtractionError) as caught:
        read(path, Limits(ocr="off"))
    assert caught.value.reason.startswith(NO_UNICODE_MAP.split(" / ")[0])
    assert "no Unicode map" in caught.value.reason and "--ocr off" in caught.value.reason


@pytest.mark.slow
@pytest.mark.skipif(
    not (ocr.installed() and shutil.which("pdftoppm"))
    and os.environ.get("BAOMI_TEST_TOOLS_REQUIRED") != "1",
    reason="needs the OCR engine and poppler-utils",
)
def test_an_unrepairable_page_is_rendered_and_read_by_ocr(tmp_path: Path) -> None:
    """poppler draws the page with a substitute font; whatever OCR reads from it, the page comes
    back as OCR lines (with boxes), never as the mojibake of the text layer."""
    path = make_raw_font_pdf(tmp_path / "旧公文.pdf", TEXT, None)
    _fmt, segments = read(path, Limits(ocr_cache_dir=str(tmp_path / "cache")))
    assert segments and all("box" in s.location and s.confidence for s in segments)
