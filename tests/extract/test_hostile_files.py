"""Hostile files within the size limits (issue 10, findings 4, 8 and 13): each is built for real,
scanned by the command (in this process, and as the installed console script in the slow tier), and must end in a record — a result, or an error or
skip with the reason a limit gives — never a stall, an exhausted machine or a traceback.

Time and memory are checked through the limits' records: each run passes a ``--file-timeout``
and ``--file-memory``; a file that broke them would come back as "timed out" / "memory limit
exceeded" instead of the record asserted here.
"""

from __future__ import annotations

import random
import string
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)

from tests.clirun import baomi, jsonl
from tests.docmaker import make_docx, make_text

# each test runs in this process (quick tier) and as the installed script (slow): tests/clirun.py
pytestmark = pytest.mark.usefixtures("cli_mode_env")
EXIT_INCOMPLETE = 3
LIMITS = ("--file-timeout", "60", "--file-memory", "512")


def _scan(*paths: Path, extra: tuple[str, ...] = LIMITS) -> tuple[int, list[dict]]:
    proc = baomi("scan", *map(str, paths), "--format", "jsonl", *extra, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, [r for r in jsonl(proc.stdout) if "path" in r]


def make_shared_stream_pdf(path: Path, pages: int) -> Path:
    """``pages`` pages pointing at one content stream and one font (the 19 KB / 113 s file)."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    resources = writer._add_object(
        DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    )
    stream = DecodedStreamObject()
    lines = [f"BT /F1 10 Tf 20 {800 - 12 * i} Td (row {i} 13812345678) Tj ET" for i in range(60)]
    stream.set_data("\n".join(lines).encode("ascii"))
    content = writer._add_object(stream)
    for _ in range(pages):
        page = writer.add_blank_page(width=595, height=842)
        page[NameObject("/Contents")] = ArrayObject([content])
        page[NameObject("/Resources")] = resources
    with path.open("wb") as fh:
        writer.write(fh)
    return path


@pytest.mark.slow
@pytest.mark.script_only  # slow either way: run once, as the script
def test_pdf_pages_sharing_one_content_stream_are_read_once(tmp_path: Path) -> None:
    pdf = make_shared_stream_pdf(tmp_path / "shared.pdf", 2000)
    code, (rec,) = _scan(pdf)
    assert rec["status"] == "ok", rec
    # the shared text is searched once (page 1), not 2,000 times
    pages = {f["location"]["page"] for f in rec["findings"]}
    assert pages == {1}
    assert len(rec["findings"]) == 60
    assert code == 0


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choices(string.ascii_letters + string.digits, k=n))


def _docx_with_body(
    path: Path, body_bytes: int, item: str, wrap: tuple[str, str], letters: int = 8
) -> Path:
    """A real docx whose body is ``wrap``-ped repeats of ``item`` (with ``{}`` for random letters,
    which do not compress past the zip-bomb ratio) up to ``body_bytes``."""
    template = make_docx(tmp := path.with_suffix(".template.docx"), paragraphs=["模板"])
    rng = random.Random(7)
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{wrap[0]}"
    )
    parts = []
    size = len(head)
    while size < body_bytes:
        parts.append(item.format(_random_text(rng, letters)))
        size += len(parts[-1])
    xml = head + "".join(parts) + f"{wrap[1]}</w:body></w:document>"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for member in src.infolist():
            data = xml if member.filename == "word/document.xml" else src.read(member.filename)
            dst.writestr(member, data)
    tmp.unlink()
    return path


def _docx_with_big_body(path: Path, body_bytes: int) -> Path:
    """Paragraphs of 4,000 random letters."""
    return _docx_with_body(path, body_bytes, "<w:p><w:r><w:t>{}</w:t></w:r></w:p>", ("", ""), 4000)


def _docx_with_one_paragraph_of_runs(path: Path, body_bytes: int) -> Path:
    """One paragraph of tiny runs, which the streaming reader folds into text as it grows."""
    return _docx_with_body(path, body_bytes, "<w:r><w:t>{}</w:t></w:r>", ("<w:p>", "</w:p>"))


def _docx_with_one_paragraph_of_text_boxes(path: Path, body_bytes: int) -> Path:
    """One paragraph of tiny text boxes: a text box is kept whole until its paragraph ends, so
    this is the most memory one docx can ask of the streaming reader."""
    box = "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:txbxContent>"
    box += "</w:pict></w:r>"
    return _docx_with_body(path, body_bytes, box, ("<w:p>", "</w:p>"))


@pytest.mark.slow
@pytest.mark.script_only  # slow either way: run once, as the script
def test_docx_whose_xml_expands_past_the_cap_is_recorded_not_read(tmp_path: Path) -> None:
    big = _docx_with_big_body(tmp_path / "big.docx", 40 * 1024 * 1024)
    ok = make_text(tmp_path / "ok.txt", "身份证号：110101199003074514")
    code, records = _scan(big, ok)
    by_name = {Path(r["path"]).name: r for r in records}
    assert by_name["big.docx"]["status"] == "skipped"
    assert "too large when expanded" in by_name["big.docx"]["error"]
    assert by_name["ok.txt"]["status"] == "ok"
    assert code == EXIT_INCOMPLETE


@pytest.mark.slow
@pytest.mark.script_only  # the memory ceiling is set on a process of the command's own
def test_docx_over_the_memory_ceiling_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    # under the XML cap, but one paragraph of 20 MB of text boxes is a tree far over 64 MiB
    big = _docx_with_one_paragraph_of_text_boxes(tmp_path / "big.docx", 20 * 1024 * 1024)
    ok = make_text(tmp_path / "ok.txt", "身份证号：110101199003074514")
    code, records = _scan(big, ok, extra=("--file-memory", "64"))
    by_name = {Path(r["path"]).name: r for r in records}
    assert by_name["big.docx"]["status"] == "error"
    # the ceiling stops the worker (内存超限) or the parser inside the reader (内存不足): never
    # "not a valid .docx", which would call a file too big for the ceiling damaged
    error = by_name["big.docx"]["error"]
    assert "memory limit exceeded" in error or "out of memory while reading" in error, error
    assert by_name["ok.txt"]["status"] == "ok"
    assert by_name["ok.txt"]["findings"]
    assert code == EXIT_INCOMPLETE


@pytest.mark.slow
@pytest.mark.script_only  # the memory ceiling is set on a process of the command's own
def test_docx_of_many_paragraphs_reads_within_a_small_memory_ceiling(tmp_path: Path) -> None:
    # 30 MB of paragraphs: as a python-docx tree it needed far more than 64 MiB; streamed, one
    # paragraph at a time, it is read whole (its text has nothing to find)
    big = _docx_with_big_body(tmp_path / "big.docx", 30 * 1024 * 1024)
    code, (rec,) = _scan(big, extra=("--file-memory", "64", "--file-timeout", "600"))
    assert rec["status"] == "ok", rec
    assert rec["findings"] == []


_LAUGHS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&lol9;</dc:title></cp:coreProperties>"""


def test_billion_laughs_in_core_properties_does_not_hide_the_body(tmp_path: Path) -> None:
    plain = make_docx(tmp_path / "plain.docx", paragraphs=["患者身份证号：110101199003074514"])
    hostile = tmp_path / "laughs.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(hostile, "w") as dst:
        names = src.namelist()
        for item in src.infolist():
            data = _LAUGHS.encode() if item.filename == "docProps/core.xml" else src.read(item)
            dst.writestr(item, data)
        if "docProps/core.xml" not in names:
            dst.writestr("docProps/core.xml", _LAUGHS)
    code, (rec,) = _scan(hostile)
    assert rec["status"] == "ok", rec
    assert any(f["entity_type"] == "CN_RESIDENT_ID" for f in rec["findings"])


def make_letter_runs_xlsx(path: Path, second_row: str | None = None) -> Path:
    """One row of three 1 MiB cells of random 32-letter runs (and ``second_row`` below)."""
    rng = random.Random(3)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for col in range(1, 4):
        runs = ["".join(rng.choices(string.ascii_letters, k=32)) for _ in range(1 << 15)]
        ws.cell(row=1, column=col, value="".join(runs))
    if second_row is not None:
        ws.cell(row=2, column=1, value=second_row)
    wb.save(path)
    return path


@pytest.mark.slow  # 3 MiB of cells to build and search; tests/detect/test_adversarial.py has the shapes
@pytest.mark.script_only  # slow either way: run once, as the script
def test_xlsx_with_megabyte_cells_of_letter_runs_scans(tmp_path: Path) -> None:
    """Apache POI's poc-shared-strings.xlsx, rebuilt: one row, three 1 MiB cells of 32-letter
    runs (the original kept the combined rule pattern busy for minutes)."""
    path = make_letter_runs_xlsx(tmp_path / "poc-like.xlsx", "电话 13812345678")
    code, (rec,) = _scan(path)
    assert rec["status"] == "ok", rec
    assert any(f["entity_type"] == "CN_PHONE" for f in rec["findings"])


def test_file_over_the_time_limit_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    # A large, real text file: scanning it takes well over the one second allowed here.
    line = "姓名：张三  住院号：ZY20240315017  电话：13812345678  地址：北京市朝阳区建国路88号\n"
    slow = tmp_path / "a_slow.txt"
    slow.write_text(line * 400_000, encoding="utf-8")
    ok = make_text(tmp_path / "b_ok.txt", "身份证号：110101199003074514")
    code, records = _scan(slow, ok, extra=("--file-timeout", "1"))
    by_name = {Path(r["path"]).name: r for r in records}
    assert by_name["a_slow.txt"]["status"] == "error"
    assert "timed out after 1 s" in by_name["a_slow.txt"]["error"]
    assert "处理超时" in by_name["a_slow.txt"]["error"]
    assert by_name["a_slow.txt"]["findings"] == []
    assert by_name["b_ok.txt"]["status"] == "ok"
    assert code == EXIT_INCOMPLETE


def test_protect_records_a_timed_out_file_and_leaves_it_for_the_next_run(tmp_path: Path) -> None:
    line = "姓名：张三  身份证号：110101199003074514  电话：13812345678\n"
    slow = tmp_path / "slow.txt"
    slow.write_text(line * 400_000, encoding="utf-8")
    proc = baomi(
        "protect",
        str(slow),
        "--dry-run",
        "--format",
        "jsonl",
        "--file-timeout",
        "1",
        env={"BAOMI_DB": f"sqlite:///{tmp_path / 'baomi.db'}"},
        timeout=300,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == EXIT_INCOMPLETE, proc.stderr
    (rec,) = [r for r in jsonl(proc.stdout) if "path" in r]
    assert "timed out after 1 s" in str(rec)
    assert slow.exists()


def test_limits_come_from_the_environment(tmp_path: Path) -> None:
    line = "姓名：张三  住院号：ZY20240315017  电话：13812345678\n"
    slow = tmp_path / "slow.txt"
    slow.write_text(line * 400_000, encoding="utf-8")
    proc = baomi(
        "scan", str(slow), "--format", "jsonl", env={"BAOMI_FILE_TIMEOUT": "1"}, timeout=300
    )
    assert proc.returncode == EXIT_INCOMPLETE
    (rec,) = [r for r in jsonl(proc.stdout) if "path" in r]
    assert "timed out after 1 s" in rec["error"]
