"""OCR of images and scanned PDF pages with the real engine (RapidOCR), on pages rendered with a
real CJK font, turned a little and grainy (tests/scanmaker.py)."""

from __future__ import annotations

import os
import stat
import struct
import sys
import zlib
from pathlib import Path

import pytest

from scanner.extract import ExtractionError, FileSkipped, Limits, extract, ocr
from scanner.extract import ocrcache as cache_module
from scanner.pipeline import Scanner
from tests.clirun import baomi, jsonl, needs_script
from tests.extract.formats import ID, read
from tests.scanmaker import make_scan, make_scan_pdf

TOOLS_REQUIRED = os.environ.get("BAOMI_TEST_TOOLS_REQUIRED") == "1"
if not ocr.installed():
    if TOOLS_REQUIRED:
        pytest.fail("the OCR engine is required (BAOMI_TEST_TOOLS_REQUIRED=1): pip install .[ocr]")
    pytest.skip("OCR engine not installed (pip install .[ocr])", allow_module_level=True)

FORM = ["门诊登记表", f"身份证号：{ID}", "联系电话：13912345678"]
SMALL = {"size": (900, 330)}  # three lines: a fraction of an A4 page, so the test is quick


def ocr_limits(tmp_path: Path, **more: object) -> Limits:
    return Limits(ocr_cache_dir=str(tmp_path / "ocr-cache"), **more)  # type: ignore[arg-type]


def joined(segments: list) -> str:
    return "".join(s.text for s in segments if s.unread is None).replace(" ", "")


def test_a_png_form_is_read_with_boxes_and_confidence(tmp_path: Path) -> None:
    fmt, segments = read(make_scan(tmp_path / "登记表.png", FORM, **SMALL), ocr_limits(tmp_path))
    assert fmt == "image"
    assert ID in joined(segments)
    line = next(s for s in segments if ID in s.text.replace(" ", ""))
    x0, y0, x1, y1 = line.location["box"]
    assert 0 <= x0 < x1 <= 900 and 0 <= y0 < y1 <= 330
    assert line.confidence is not None and ocr.MIN_CONFIDENCE <= line.confidence <= 1.0


@pytest.mark.parametrize("suffix", [".jpg", ".tif", ".bmp"])
def test_other_image_types(tmp_path: Path, suffix: str) -> None:
    path = make_scan(tmp_path / f"scan{suffix}", FORM, angle=2.0, **SMALL)
    assert ID in joined(read(path, ocr_limits(tmp_path))[1])


@pytest.mark.slow
def test_the_confidence_scales_the_finding_score(tmp_path: Path) -> None:
    path = make_scan(tmp_path / "登记表.png", FORM, **SMALL)
    scanner = Scanner(limits=ocr_limits(tmp_path))
    found = scanner.scan_file(path)
    ident = next(f for f in found.findings if f.entity_type == "CN_RESIDENT_ID")
    typed = Scanner().scan_text(f"身份证号：{ID}").findings[0]
    segment = next(s for s in read(path, ocr_limits(tmp_path))[1] if ID in s.text)
    assert ident.score == pytest.approx(typed.score * (segment.confidence or 0))
    assert "box" in ident.location and ident.location["ocr"] is True


@pytest.mark.slow
def test_a_multipage_tiff_has_pages(tmp_path: Path) -> None:

    from tests.scanmaker import render_page

    pages = [render_page(["第一页"], **SMALL), render_page(FORM, seed=2, **SMALL)]  # type: ignore[arg-type]
    path = tmp_path / "传真.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:])
    segments = read(path, ocr_limits(tmp_path))[1]
    assert {s.location["page"] for s in segments} == {1, 2}
    assert any(ID in s.text and s.location["page"] == 2 for s in segments)


@pytest.mark.slow
def test_an_image_only_pdf_is_read_page_by_page(tmp_path: Path) -> None:
    path = make_scan_pdf(tmp_path / "扫描件.pdf", [["转诊单", "姓名：李秀英"], FORM], **SMALL)
    fmt, segments = read(path, ocr_limits(tmp_path))
    assert fmt == "pdf"
    hit = next(s for s in segments if ID in s.text.replace(" ", ""))
    assert (
        hit.location["page"] == 2 and hit.location["image"] == 1 and len(hit.location["box"]) == 4
    )


def test_a_picture_without_writing_is_read_and_holds_nothing(tmp_path: Path) -> None:
    path = make_scan(tmp_path / "空白.png", [], **SMALL)
    assert read(path, ocr_limits(tmp_path))[1] == []


# -- OCR off, not installed, bombs, corrupt, time limit -----------------------------------------


def test_ocr_off_skips_with_a_reason(tmp_path: Path) -> None:
    path = make_scan(tmp_path / "a.png", FORM, **SMALL)
    with pytest.raises(FileSkipped) as caught:
        read(path, Limits(ocr="off"))
    assert caught.value.reason == ocr.TURNED_OFF


def test_without_the_engine_the_record_says_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # None in sys.modules makes the package unimportable, as on a machine without the extra
    monkeypatch.setitem(sys.modules, ocr.ENGINE_MODULE, None)
    assert not ocr.installed()
    with pytest.raises(FileSkipped) as caught:
        read(make_scan(tmp_path / "a.png", FORM, **SMALL))
    assert "install baomi[ocr]" in caught.value.reason
    with pytest.raises(ExtractionError) as failed:
        read(make_scan_pdf(tmp_path / "scan.pdf", [FORM], **SMALL))
    assert failed.value.reason == ocr.NOT_INSTALLED


def _png_header_only(path: Path, width: int, height: int) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.mark.parametrize("side", [9_000, 30_000])
def test_an_image_bomb_is_refused_before_decoding(tmp_path: Path, side: int) -> None:
    path = _png_header_only(tmp_path / "bomb.png", side, side)
    with pytest.raises(FileSkipped) as caught:
        read(path, ocr_limits(tmp_path))
    assert caught.value.reason == ocr.IMAGE_BOMB


def test_a_corrupt_image_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "坏.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a jpeg at all")
    with pytest.raises(ExtractionError) as caught:
        read(path, ocr_limits(tmp_path))
    assert "corrupt image" in caught.value.reason


def test_a_page_past_its_time_limit_is_recorded(tmp_path: Path) -> None:
    path = make_scan(tmp_path / "慢.png", FORM, **SMALL)
    with pytest.raises(ExtractionError) as caught:
        read(path, Limits(ocr_page_seconds=0.001))
    assert caught.value.reason == ocr.page_timeout_reason(0.001)


# -- the cache -----------------------------------------------------------------------------------


def test_the_cache_answers_the_second_time_and_holds_no_plaintext(tmp_path: Path) -> None:
    path = make_scan(tmp_path / "登记表.png", FORM, **SMALL)
    limits = ocr_limits(tmp_path)
    first = read(path, limits)[1]
    # a limit no engine run could keep: only the cache can answer now
    again = read(path, ocr_limits(tmp_path, ocr_page_seconds=0.001))[1]
    assert [(s.text, s.location, s.confidence) for s in again] == [
        (s.text, s.location, s.confidence) for s in first
    ]
    folder = tmp_path / "ocr-cache"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    entries = list(folder.iterdir())
    assert len(entries) == 2  # the key and one entry
    for entry in entries:
        assert stat.S_IMODE(entry.stat().st_mode) == 0o600
        data = entry.read_bytes()
        for secret in (ID, "13912345678", "身份证"):
            assert secret.encode() not in data and secret.encode("gbk") not in data
        assert ID not in entry.name


def test_a_tampered_or_moved_entry_is_a_miss(tmp_path: Path) -> None:
    cache = cache_module.OcrCache(tmp_path / "c")
    cache.put("a" * 64, b"[]")
    assert cache.get("a" * 64) == b"[]"
    entry = next(p for p in (tmp_path / "c").iterdir() if p.name != cache_module.KEY_NAME)
    entry.rename(entry.with_name(cache._entry("b" * 64)))  # another picture's name
    assert cache.get("b" * 64) is None
    moved = tmp_path / "c" / cache._entry("b" * 64)
    moved.write_bytes(moved.read_bytes()[:-1] + b"\0")
    assert cache.get("b" * 64) is None


def test_the_key_is_made_once_and_kept(tmp_path: Path) -> None:
    first = cache_module.OcrCache(tmp_path / "c")
    first.put("d" * 64, b"x")
    key = (tmp_path / "c" / cache_module.KEY_NAME).read_bytes()
    second = cache_module.OcrCache(tmp_path / "c")
    assert (tmp_path / "c" / cache_module.KEY_NAME).read_bytes() == key
    assert second.get("d" * 64) == b"x"


# -- inside archives, and the command ------------------------------------------------------------


@pytest.mark.slow
def test_a_photo_inside_a_zip_is_read(tmp_path: Path) -> None:
    import zipfile

    photo = make_scan(tmp_path / "src.jpg", FORM, **SMALL)
    with zipfile.ZipFile(tmp_path / "资料.zip", "w") as z:
        z.write(photo, "照片.jpg")
    _fmt, segments = extract(tmp_path / "资料.zip", ocr_limits(tmp_path))
    hit = next(s for s in segments if ID in s.text)
    assert hit.location["member"] == ["照片.jpg"] and hit.confidence is not None


@pytest.mark.slow
@needs_script
def test_scan_reads_a_photo_and_ocr_off_records_it(tmp_path: Path) -> None:
    make_scan(tmp_path / "share" / "登记表.png", FORM, **SMALL)
    env = {"BAOMI_HOME": str(tmp_path / "home"), "BAOMI_DB": "", "BAOMI_CONFIG": ""}
    done = baomi("scan", str(tmp_path / "share"), "--format", "jsonl", env=env)
    record = next(r for r in jsonl(done.stdout) if "path" in r)
    assert record["status"] == "ok" and record["format"] == "image", done.stderr
    assert any(f["entity_type"] == "CN_RESIDENT_ID" for f in record["findings"])
    assert ID not in done.stdout  # masked
    off = baomi("scan", str(tmp_path / "share"), "--format", "jsonl", "--ocr", "off", env=env)
    record = next(r for r in jsonl(off.stdout) if "path" in r)
    assert record["status"] == "skipped" and record["error"] == ocr.TURNED_OFF
    assert off.returncode == 3


@pytest.mark.slow
def test_a_labeled_scan_is_still_read_under_its_stamp(tmp_path: Path) -> None:
    """PdfLabeler stamps the mark as text onto a scanned page: the page's few characters must
    not hide the picture below them."""
    from datetime import UTC, datetime

    from labelers.interface import LabelSpec
    from labelers.pdf import PdfLabeler

    scan = make_scan_pdf(tmp_path / "扫描件.pdf", [FORM], **SMALL)
    labeled = tmp_path / "已标注.pdf"
    mark = LabelSpec.make("秘密 保密期限：30年", "秘密", ("medical",), 30, datetime.now(UTC))
    PdfLabeler().label(scan, labeled, mark)
    texts = [s.text.replace(" ", "") for s in read(labeled, ocr_limits(tmp_path))[1]]
    assert any("保密期限" in t for t in texts) and any(ID in t for t in texts)


def _sessions(engine: object) -> list[object]:
    found = []
    for part in ("text_det", "text_cls", "text_rec"):
        holder = getattr(engine, part)
        for name in ("infer", "session"):
            inner = getattr(holder, name, None)
            inner = getattr(inner, "session", inner)
            if inner is not None and hasattr(inner, "get_session_options"):
                found.append(inner)
                break
    return found


def test_engine_runs_one_thread_per_operator() -> None:
    """A worker is one of --jobs processes: ONNX Runtime's own thread pools would oversubscribe
    the cores (and RapidOCR keeps its memory arena off)."""
    sessions = _sessions(ocr._Engine.get())
    assert len(sessions) >= 2
    for session in sessions:
        options = session.get_session_options()  # type: ignore[attr-defined]
        assert options.enable_cpu_mem_arena is False
        assert options.intra_op_num_threads == 1
        assert options.inter_op_num_threads == 1
