"""File-level guards: what extract() refuses, and how library failures reach the clerk."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from scanner import extract as extraction
from scanner.extract import (
    DEFAULT_LIMITS,
    LEGACY_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    ExtractionError,
    FileSkipped,
    Limits,
    docxtree,
    extract,
    extractor_for,
)
from scanner.extract.docx import NOT_DOCX
from scanner.extract.members import ContainerExtractor
from scanner.extract.xlsx import NOT_XLSX
from scanner.extract.ziputil import PROTECTED_OR_LEGACY
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

SECRET = "11010519491231002X"


def skipped(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(FileSkipped) as caught:
        _, items = extract(path, limits)
        list(items)
    return caught.value.reason


def failed(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(ExtractionError) as caught:
        _, items = extract(path, limits)
        list(items)
    assert SECRET not in caught.value.reason
    return caught.value.reason


def sample_files(folder: Path) -> list[Path]:
    """One small real document per supported format, each holding SECRET."""
    return [
        make_text(folder / "a.txt", f"身份证号 {SECRET}"),
        make_text(folder / "a.md", f"身份证号 {SECRET}"),
        make_text(folder / "a.csv", f"身份证号\n{SECRET}\n"),
        make_docx(folder / "a.docx", paragraphs=[SECRET]),
        make_xlsx(folder / "a.xlsx", {"表": [[SECRET]]}),
        make_pdf(folder / "a.pdf", [SECRET]),
    ]


def test_table_covers_every_extension_once() -> None:
    assert {".txt", ".md", ".csv", ".docx", ".xlsx", ".pdf"} <= SUPPORTED_EXTENSIONS
    assert not SUPPORTED_EXTENSIONS & LEGACY_EXTENSIONS
    assert extractor_for(Path("报告.DOCX")) is extractor_for(Path("x.docx"))
    assert extractor_for(Path("a.DOC")) is extractor_for(Path("a.wps")) is not None
    assert extractor_for(Path("a.rar")) is None and ".rar" in LEGACY_EXTENSIONS


def test_extractors_imported_on_first_use_describe_their_class_exactly() -> None:
    """The start-up proxies carry ``format`` and ``extensions`` of a class they have not imported
    yet: they must say what the class says, or a file would get another format or none."""
    lazy = [e for e in extraction.EXTRACTORS if isinstance(e, extraction._OnFirstUse)]
    assert {e.format for e in lazy} >= {"pdf", "docx", "doc", "xlsx", "eml", "zip", "image"}
    for proxy in lazy:
        real = proxy.real
        assert (proxy.format, proxy.extensions) == (real.format, real.extensions)
        # members.py decides depth and reading by the class: the proxy must be what the real is
        assert isinstance(proxy, ContainerExtractor) == isinstance(real, ContainerExtractor)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.touch()
    assert skipped(path) == "空文件 / empty file"


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = make_text(tmp_path / "a.txt", "x" * 2000)
    reason = skipped(path, Limits(max_file_bytes=1000))
    assert "--max-file-size" in reason
    assert "1000 B" in reason  # names the limit


@pytest.mark.parametrize(
    ("name", "advice"), [("a.rar", ".zip"), ("b.7Z", ".zip"), ("c.xps", ".pdf")]
)
def test_unreadable_document_types_get_advice(tmp_path: Path, name: str, advice: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"Rar!\x1a\x07 archive")
    reason = skipped(path)
    assert f"另存为 {advice}" in reason and f"save it as {advice}" in reason


@pytest.mark.parametrize("name", ["photo.jpg", "scan.PNG", "fax.tiff"])
def test_images_are_skipped_as_needing_ocr_with_ocr_off(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xff\xd8\xff not decoded")
    assert "needs OCR" in skipped(path, Limits(ocr="off"))


@pytest.mark.parametrize(
    ("name", "format_name"), [("a.doc", "Word"), ("b.XLS", "Excel"), ("c.wps", "Word")]
)
def test_corrupt_legacy_office_is_an_error(tmp_path: Path, name: str, format_name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    assert format_name in failed(path)


def test_unsupported_extension(tmp_path: Path) -> None:
    path = make_text(tmp_path / "setup.exe", "MZ")
    assert "unsupported file type (.exe)" in skipped(path)


def test_zip_bomb_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", bytes(50 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    assert "looks like a zip bomb" in skipped(path)


@pytest.mark.parametrize(
    "limits",
    [Limits(max_zip_members=3), Limits(max_unzipped_bytes=1000)],
    ids=["members", "total-size"],
)
def test_zip_limits(tmp_path: Path, limits: Limits) -> None:
    path = make_xlsx(tmp_path / "a.xlsx", {"表": [["x"] * 50] * 50})
    assert "zip bomb" in skipped(path, limits)


def test_docx_that_is_a_text_file(tmp_path: Path) -> None:
    path = make_text(tmp_path / "report.docx", f"身份证号 {SECRET}")
    assert failed(path) == NOT_DOCX


def test_xlsx_that_is_a_word_document(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "a.docx", paragraphs=[SECRET]).rename(tmp_path / "a.xlsx")
    assert failed(path) == NOT_XLSX


def test_password_protected_office_file(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert failed(path) == PROTECTED_OR_LEGACY


@pytest.mark.parametrize("name", ["a.docx", "a.xlsx"])
def test_truncated_package(tmp_path: Path, name: str) -> None:
    whole = {p.name: p for p in sample_files(tmp_path / "whole")}[name].read_bytes()
    path = tmp_path / name
    path.write_bytes(whole[: len(whole) // 2])
    failed(path)


def test_library_error_reason_has_type_not_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(paragraph: object) -> str:
        raise KeyError(f"unexpected {SECRET}")

    monkeypatch.setattr(docxtree, "paragraph_text", explode)
    reason = failed(make_docx(tmp_path / "a.docx", paragraphs=[SECRET]))
    assert "KeyError" in reason and "docx" in reason


def test_out_of_memory_is_a_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def exhaust(paragraph: object) -> str:
        raise MemoryError

    monkeypatch.setattr(docxtree, "paragraph_text", exhaust)
    assert failed(make_docx(tmp_path / "a.docx", paragraphs=["x"])) == extraction.OUT_OF_MEMORY


def test_vanished_before_and_during(tmp_path: Path) -> None:
    assert failed(tmp_path / "gone.txt") == extraction.VANISHED
    for path in sample_files(tmp_path):
        _, items = extract(path)  # guards passed, then the file is moved away
        path.unlink()
        with pytest.raises(ExtractionError) as caught:
            list(items)
        assert caught.value.reason == extraction.VANISHED


class _Unreadable(type(Path())):  # type: ignore[misc]
    """A real file whose opening is refused, as for a file without read permission.

    Tests run as root in CI, where chmod 000 does not deny anything; every extractor opens
    through ``path.open``, so refusing it here takes the same path as a real EACCES.
    """

    def open(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def,override]
        raise PermissionError(13, "Permission denied", str(self))


def test_permission_denied_every_format(tmp_path: Path) -> None:
    for path in sample_files(tmp_path):
        assert failed(_Unreadable(path)) == extraction.PERMISSION_DENIED, path.suffix


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read a chmod 000 file")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = make_text(tmp_path / "a.txt", SECRET)
    path.chmod(0)
    try:
        assert failed(path) == extraction.PERMISSION_DENIED
    finally:
        path.chmod(0o644)


def test_symlink_and_fifo_are_not_opened(tmp_path: Path) -> None:
    target = make_text(tmp_path / "real.txt", SECRET)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert skipped(link) == extraction.SYMLINK
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert skipped(fifo) == extraction.NOT_REGULAR  # opening it would block the scan
