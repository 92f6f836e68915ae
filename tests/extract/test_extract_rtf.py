"""RTF: LibreOffice's output (\\uN escapes, tables) and GBK byte escapes under \\ansicpg936."""

from __future__ import annotations

from pathlib import Path

from scanner.extract.rtf import NOT_RTF
from tests.extract.formats import FIXTURES, ID, PARAGRAPH, by_text, failed, read


def test_libreoffice_rtf_paragraphs_and_table() -> None:
    fmt, segments = read(FIXTURES / "sample.rtf")
    assert fmt == "rtf"
    texts = by_text(segments)
    assert PARAGRAPH in texts
    assert texts[ID].location["row"] == 2 and texts[ID].location["col"] == 2
    assert texts[ID].field == "身份证号 张三"
    assert texts["13987654321"].location["col"] == 3


def test_gbk_escapes_decoded_by_the_documents_code_page(tmp_path: Path) -> None:
    escaped = "".join(f"\\'{b:02x}" for b in "姓名：张三".encode("gbk"))
    path = tmp_path / "旧.rtf"
    path.write_bytes(
        b"{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fcharset134 SimSun;}}\\f0 "
        + escaped.encode("ascii")
        + f" {ID}\\par}}".encode("ascii")
    )
    _, segments = read(path)
    assert [s.text for s in segments] == [f"姓名：张三 {ID}"]


def test_not_rtf(tmp_path: Path) -> None:
    path = tmp_path / "a.rtf"
    path.write_text("plain text", encoding="utf-8")
    assert failed(path) == NOT_RTF
