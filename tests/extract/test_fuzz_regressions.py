"""What fuzzing the extractors found, kept: every saved input gives a clean record, and the short
fuzz run itself (scripts/fuzz_extractors.py --short) finds nothing.

tests/fixtures/fuzz/<format>/ holds the inputs scripts/fuzz_extractors.py saved: each once made
baomi's own code throw (caught only by the last-resort guard), or hang, or blow up. Each must now
read to segments or to a documented record (ExtractionError / FileSkipped) with no exception from
baomi's own code behind it. Files damaged by hand that the fuzz run pointed at follow.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import traceback
import zipfile
from pathlib import Path

import pytest

from scanner.extract import ExtractionError, FileSkipped
from tests.extract.formats import ID, PARAGRAPH, read

REPO_ROOT = Path(__file__).resolve().parents[2]
FUZZ = REPO_ROOT / "tests" / "fixtures" / "fuzz"
SAVED = sorted(p for p in FUZZ.rglob("*") if p.is_file() and p.name != "README.md")
SCANNER = REPO_ROOT / "scanner"


def _from_our_code(records: list[logging.LogRecord]) -> list[str]:
    """Exceptions the last-resort guard caught that were raised in baomi's own code."""
    found = []
    for record in records:
        if record.name != "scanner.extract" or not record.exc_info or not record.exc_info[1]:
            continue
        frames = traceback.extract_tb(record.exc_info[1].__traceback__)
        if frames and Path(frames[-1].filename).is_relative_to(SCANNER):
            found.append(f"{type(record.exc_info[1]).__name__} at {frames[-1].filename}")
    return found


def test_saved_inputs_exist() -> None:
    assert SAVED, "tests/fixtures/fuzz holds the inputs the fuzz run found"


@pytest.mark.parametrize("path", SAVED, ids=[str(p.relative_to(FUZZ)) for p in SAVED])
def test_saved_input_gives_a_clean_record(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="scanner.extract")
    try:
        _fmt, segments = read(path)
    except (ExtractionError, FileSkipped) as record:
        assert " / " in record.reason  # Chinese and English
        assert ID not in record.reason
    else:
        assert all(isinstance(s.text, str) for s in segments)
    assert _from_our_code(caplog.records) == []


def test_one_damaged_byte_in_a_gbk_note_still_reads(tmp_path: Path) -> None:
    """Fuzzing found a GB18030 note with one bad byte near its start "unknown encoding", so never
    scanned; the damaged byte now reads as U+FFFD and the rest is searched."""
    data = bytearray((PARAGRAPH + "\n联系电话 13812345678\n").encode("gb18030"))
    data[4] = 0xFF  # the first byte of 张: a byte GB18030 never uses
    note = tmp_path / "随访.txt"
    note.write_bytes(bytes(data))
    _fmt, segments = read(note)
    text = "\n".join(s.text for s in segments)
    assert ID in text
    assert "\ufffd" in text


def test_text_that_is_mostly_damage_is_still_refused(tmp_path: Path) -> None:
    junk = tmp_path / "乱码.txt"
    junk.write_bytes(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(ExtractionError):
        read(junk)


def test_zip_cut_at_its_start_is_not_a_disk_error(tmp_path: Path) -> None:
    """Bytes cut from the front put a member's offset before the file start: zipfile's seek fails
    with EINVAL, which read as "could not read the file" (a disk fault) instead of a damaged zip."""
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w") as archive:
        archive.writestr("名单.txt", PARAGRAPH)
        archive.writestr("备注.txt", "第二个文件")
    cut = tmp_path / "资料.zip"
    cut.write_bytes(whole.read_bytes()[10:])
    try:
        _fmt, segments = read(cut)
    except ExtractionError as error:
        reason = error.reason
    else:
        unread = [s.unread for s in segments if s.unread is not None]
        assert unread
        reason = unread[0].reason
    assert "zip" in reason
    assert "could not read the file" not in reason


@pytest.mark.slow
def test_short_fuzz_run_finds_nothing(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "scripts" / "fuzz_extractors.py"),
            "--short",
            "--save",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "no crash, timeout or memory finding" in proc.stdout
    assert not any(tmp_path.rglob("*.*"))


def test_csv_with_an_unclosed_quote_past_the_field_limit(tmp_path: Path) -> None:
    """Fuzzing found the delimiter guess throwing csv.Error (field larger than csv's 128 KiB
    limit) from baomi's own code; now the guess skips that delimiter and the file reads."""
    sheet = tmp_path / "名单.csv"
    rows = "姓名,身份证号\n张三," + ID + "\n"
    sheet.write_text(rows + '"备注' + "很长的备注" * 30_000 + "\n", encoding="utf-8")
    try:
        _fmt, segments = read(sheet)
    except ExtractionError as error:
        assert "CSV" in error.reason
    else:
        assert ID in {s.text for s in segments}


def test_pdf_with_a_blank_page_without_contents(tmp_path: Path) -> None:
    """Found by scripts/robustness.py on pdf.js's empty.pdf and 30 others: a page with no
    /Contents (optional in ISO 32000) was "page 1 is corrupt" although pypdf reads the file."""
    from pypdf import PdfReader, PdfWriter

    from tests.docmaker import make_pdf

    text = make_pdf(tmp_path / "text.pdf", [PARAGRAPH])
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.append(PdfReader(text))
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as out:
        writer.write(out)
    assert "/Contents" not in PdfReader(mixed).pages[0]
    _fmt, segments = read(mixed)
    assert [s.location for s in segments] == [{"page": 2}]
    assert ID in segments[0].text


def test_a_sheet_calamine_cannot_parse_is_not_an_error_of_ours(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The short fuzz run found xlsx/xltx files whose damaged sheet XML made calamine's
    get_sheet_by_name raise from the extractor's own loop (XmlError, WorksheetNotFound); such a
    sheet now goes to openpyxl, which reads it or calls the file damaged, as before calamine."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "身份证号"])
    book.active.append(["张三", ID])
    book.create_sheet("备注").append(["第二页"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    damaged = tmp_path / "名单.xlsx"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(damaged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data[: len(data) // 2]  # cut mid-element: not well-formed
            dst.writestr(info, data)
    caplog.set_level(logging.DEBUG, logger="scanner.extract")
    try:
        _fmt, segments = read(damaged)
    except ExtractionError as record:
        assert " / " in record.reason
    else:
        assert ID in {s.text for s in segments}
    assert _from_our_code(caplog.records) == []


def test_a_pdf_image_whose_width_is_not_a_number(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """scripts/robustness.py found pdf.js issue4575.pdf, whose image says `/Width /Height` (a name,
    not a number): the image-size check raised ValueError from baomi's own code."""
    content = b"q 100 0 0 100 0 0 cm /I1 Do Q"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]"
        b"/Resources<</XObject<</I1 4 0 R>>>>/Contents 5 0 R>>",
        b"<</Type/XObject/Subtype/Image/Width/Height/Height 100/ColorSpace/DeviceGray"
        b"/BitsPerComponent 8/Length 4>>stream\n\x00\x00\x00\x00\nendstream",
        b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream",
    ]
    data = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(data)
    caplog.set_level(logging.DEBUG, logger="scanner.extract")
    try:
        read(scan)
    except (ExtractionError, FileSkipped) as record:
        assert " / " in record.reason
    assert _from_our_code(caplog.records) == []
