"""Members and pages a read file left out get rows of their own in ``unreadable`` (issue 11:
"a member that cannot be read must get a record, like a file"), on a real SQLite store."""

from __future__ import annotations

import zipfile
from pathlib import Path

from scanner.detect.rulepacks import RuleSet
from scanner.extract import Limits
from scanner.pipeline import Scanner
from scanner.store import Store
from tests.docmaker import make_docx
from tests.extract.formats import ID, PARAGRAPH
from tests.scanmaker import make_scan_pdf


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def rows(store: Store) -> dict[str, tuple[str | None, str, int]]:
    return {
        Path(u.path).name: (u.format, u.reason_class, u.attempts) for u in store.unreadable_files()
    }


def test_an_unread_member_is_listed_and_leaves_when_read(
    tmp_path: Path, scanner: Scanner, store: Store
) -> None:
    good = make_docx(tmp_path / "src.docx", paragraphs=[PARAGRAPH]).read_bytes()
    archive = make_zip(
        tmp_path / "资料.zip",
        {"名单.docx": good, "坏.docx": b"PK\x03\x04 broken", "内/旧.rar": b"Rar!"},
    )
    for _ in range(2):
        result = scanner.scan_file(archive)
        assert result.status == "ok" and any(f.value == ID for f in result.findings)
        assert store.note_read(result, scanned_path=archive) is None
    assert rows(store) == {
        "资料.zip › 坏.docx": ("docx", "corrupt", 2),
        "旧.rar": ("rar", "unsupported", 2),  # "…资料.zip › 内/旧.rar", cut at its "/"
    }
    assert all(ID not in u.reason for u in store.unreadable_files())
    make_zip(archive, {"名单.docx": good})  # the clerk fixed the archive
    store.note_read(scanner.scan_file(archive), scanned_path=archive)
    assert rows(store) == {}


def test_a_whole_file_failing_replaces_its_member_rows(tmp_path: Path, scanner: Scanner) -> None:
    archive = make_zip(tmp_path / "a.zip", {"坏.docx": b"PK\x03\x04 broken", "好.txt": b"ok"})
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.note_read(scanner.scan_file(archive), scanned_path=archive)
        assert list(rows(store)) == ["a.zip › 坏.docx"]
        archive.write_bytes(b"PK\x03\x04 truncated")
        assert store.note_read(scanner.scan_file(archive), scanned_path=archive) == "corrupt"
        assert list(rows(store)) == ["a.zip"]


def test_a_scanned_page_without_ocr_is_listed_by_page(tmp_path: Path, ruleset: RuleSet) -> None:
    from reportlab.pdfgen import canvas

    scan = make_scan_pdf(tmp_path / "scan.pdf", [["转诊单"]], size=(600, 200))
    mixed = tmp_path / "混合.pdf"
    # page 1 typed text, page 2 the scanned page: a PDF as a copier's "append" leaves it
    pdf = canvas.Canvas(str(tmp_path / "typed.pdf"))
    pdf.drawString(72, 720, "Referral letter")
    pdf.save()
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(tmp_path / "typed.pdf"))
    writer.append(PdfReader(scan))
    writer.write(mixed)
    result = Scanner(ruleset, limits=Limits(ocr="off")).scan_file(mixed)
    assert result.status == "ok"
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.note_read(result, scanned_path=mixed)
        assert rows(store) == {"混合.pdf › 第 2 页 page 2": ("pdf", "needs-ocr", 1)}
