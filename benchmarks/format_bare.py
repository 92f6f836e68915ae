"""Every format baomi reads, extraction next to the bare library reading the same files.

``bench_formats.py`` prints this table after its docx/pdf/xlsx scan table. For each format:
``baomi`` is ``scanner.extract.extract`` with its segments consumed; ``bare`` is the library the
extractor is built on, doing the least that still reads all the text (see :data:`BARE`).
``extract/bare`` near 1 means the extractor costs what its parser costs. zip and eml members
that are docx are parsed by python-docx in the bare reading too; OLE formats (doc, ppt) are
only read stream by stream there (no library parses them further), and ofd/odt only parsed as
XML, so for those the ratio includes baomi's own parsing.

Files: the committed LibreOffice fixtures (``tests/fixtures/formats``: doc, xls, ppt, odt, rtf),
copied ``n`` times, and made here: eml (a mail with a docx attachment), zip (a docx and a text
file), ofd (two pages, the OFD test's maker), docx/xlsx/pdf from ``tests/docmaker.py``.
"""

from __future__ import annotations

import email
import email.policy
import io
import shutil
import zipfile
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from pathlib import Path

from defusedxml import ElementTree

from tests.extract.test_extract_ofd import make_ofd

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "formats"


def _xml_text(data: bytes) -> int:
    return sum(len(t) for t in ElementTree.fromstring(data).itertext())


def bare_docx(path: Path | io.BytesIO) -> int:
    import docx

    d = docx.Document(path if isinstance(path, io.BytesIO) else str(path))
    n = sum(len(p.text) for p in d.paragraphs)
    return n + sum(len(c.text) for t in d.tables for row in t.rows for c in row.cells)


def bare_xlsx(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for ws in wb.worksheets for row in ws.iter_rows() for _ in row)
    finally:
        wb.close()


def bare_xlsx_calamine(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    try:
        return sum(
            len(r) for name in wb.sheet_names for r in wb.get_sheet_by_name(name).iter_rows()
        )
    finally:
        wb.close()


def bare_pdf(path: Path) -> int:
    from pypdf import PdfReader

    return sum(len(page.extract_text() or "") for page in PdfReader(path).pages)


def bare_ole(path: Path) -> int:
    import olefile

    with olefile.OleFileIO(str(path)) as ole:
        return sum(len(ole.openstream(s).read()) for s in ole.listdir() if ole.get_size(s))


def bare_xls(path: Path) -> int:
    import xlrd

    book = xlrd.open_workbook(str(path))
    return sum(len(str(c.value)) for s in book.sheets() for r in range(s.nrows) for c in s.row(r))


def bare_odf(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return _xml_text(z.read("content.xml"))


def bare_rtf(path: Path) -> int:
    from striprtf.striprtf import rtf_to_text

    return len(rtf_to_text(path.read_text(encoding="ascii", errors="replace")))


def bare_zip_xml(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return sum(_xml_text(z.read(n)) for n in z.namelist() if n.endswith(".xml"))


def _member(name: str, data: bytes) -> int:
    return bare_docx(io.BytesIO(data)) if name.endswith(".docx") else len(data.decode("utf-8"))


def bare_zip(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return sum(_member(n, z.read(n)) for n in z.namelist())


def bare_eml(path: Path) -> int:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return sum(_member(p.get_filename() or "", p.get_payload(decode=True) or b"") for p in parts)


BARE: dict[str, Callable[[Path], int]] = {
    "docx": bare_docx,
    "xlsx": bare_xlsx,
    "pdf": bare_pdf,
    "doc": bare_ole,
    "ppt": bare_ole,
    "xls": bare_xls,
    "odt": bare_odf,
    "rtf": bare_rtf,
    "ofd": bare_zip_xml,
    "eml": bare_eml,
    "zip": bare_zip,
}


def make_eml(path: Path, body: str, attachment: Path) -> Path:
    msg = EmailMessage()
    msg["Subject"] = "患者名单"
    msg["From"] = "clinic@example.org"
    msg["To"] = "office@example.org"
    msg.set_content(body)
    msg.add_attachment(
        attachment.read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename=attachment.name,
    )
    path.write_bytes(bytes(msg))
    return path


def make_zip(path: Path, members: Sequence[Path]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            z.write(m, m.name)
    return path


def copies(src: Path, folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        dst = folder / f"{src.stem}-{i:03d}{src.suffix}"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def every_format(root: Path, docx: Path, lines: Sequence[str], n: int) -> dict[str, list[Path]]:
    """``n`` files of each format beyond docx/xlsx/pdf (which bench_formats makes itself)."""
    root.mkdir(parents=True, exist_ok=True)
    text = root / "名单.txt"
    text.write_text("\n".join(lines), encoding="utf-8")
    made = {
        "ofd": make_ofd(
            root / "公文.ofd",
            {
                "Pages/Page_0/Content.xml": list(lines[: len(lines) // 2]),
                "Pages/Page_1/Content.xml": list(lines[len(lines) // 2 :]),
            },
        ),
        "eml": make_eml(root / "邮件.eml", "\n".join(lines[:5]), docx),
        "zip": make_zip(root / "附件.zip", [docx, text]),
    }
    out = {fmt: copies(path, root / fmt, n) for fmt, path in made.items()}
    for fmt, name in (("doc", "sample.doc"), ("xls", "sample.xls"), ("ppt", "sample.ppt")):
        out[fmt] = copies(FIXTURES / name, root / fmt, n)
    out["odt"] = copies(FIXTURES / "sample.odt", root / "odt", n)
    out["rtf"] = copies(FIXTURES / "sample.rtf", root / "rtf", n)
    return out


def bare_all(fn: Callable[[Path], int], paths: Sequence[Path]) -> int:
    return sum(fn(p) for p in paths)
