"""Plain text, Markdown and CSV: encodings a township clinic really has, and layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.extract import ExtractionError, extract
from scanner.extract import text as text_module
from scanner.extract.text import NOT_TEXT, detect_encoding, sniff_delimiter
from scanner.pipeline import Scanner
from tests.docmaker import make_text


def segments(path: Path) -> list[tuple[str, dict, str | None]]:
    _, items = extract(path)
    return [(s.text, s.location, s.field) for s in items]


@pytest.mark.parametrize(
    "sample",
    ["张三", "姓名：张三", "身份证号：11010519491231002X", "住院号 ZY2024-001 李四", "男"],
)
def test_short_gbk_is_not_mistaken(tmp_path: Path, sample: str) -> None:
    # a few bytes are too little for statistical detection; strict decoders get them right
    path = make_text(tmp_path / "a.txt", sample, encoding="gbk")
    assert segments(path) == [(sample, {"line": 1}, None)]


def test_gb18030_outside_gbk(tmp_path: Path) -> None:
    sample = "患者：𠮷祥 身份证号 11010519491231002X"  # 𠮷 exists only in GB18030
    path = make_text(tmp_path / "a.txt", sample, encoding="gb18030")
    assert [t for t, _, _ in segments(path)] == [sample]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", True),
        ("utf-8", False),
        ("utf-16-le", True),
        ("utf-16-be", True),
        ("utf-16-le", False),
        ("utf-16-be", False),
        ("utf-32-le", True),
    ],
)
def test_unicode_encodings(tmp_path: Path, encoding: str, bom: bool) -> None:
    content = "姓名：张三\r\n\r\n电话：13812345678\n"
    path = make_text(tmp_path / "a.txt", content, encoding=encoding, bom=bom)
    assert segments(path) == [
        ("姓名：张三", {"line": 1}, None),
        ("电话：13812345678", {"line": 3}, None),
    ]


def test_binary_with_text_extension(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    _, items = extract(path)
    with pytest.raises(ExtractionError) as caught:
        list(items)
    assert caught.value.reason == NOT_TEXT


def test_control_characters_without_nul_are_binary() -> None:
    with pytest.raises(ExtractionError):
        detect_encoding(bytes(range(1, 32)) * 10, complete=True)


def test_head_cut_inside_a_character_is_not_an_error() -> None:
    # the 64 KiB head may end in the middle of a multi-byte character
    head = ("张" * 10).encode("utf-8")[:-1]
    assert detect_encoding(head, complete=False).codec == "utf-8"


def test_markdown_format(tmp_path: Path) -> None:
    path = make_text(tmp_path / "notes.md", "# 随访\n- 张三 13812345678\n")
    fmt, items = extract(path)
    assert fmt == "md"
    assert [s.location["line"] for s in items] == [1, 2]


def test_very_long_line_comes_in_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_module, "MAX_LINE_CHARS", 10)
    path = make_text(tmp_path / "a.txt", "x" * 25 + "\nnext\n")
    got = segments(path)
    assert "".join(t for t, loc, _ in got if loc["line"] == 1) == "x" * 25
    assert got[-1] == ("next", {"line": 2}, None)


def test_csv_semicolon_header_fields(tmp_path: Path) -> None:
    content = '\n姓名;电话;备注\n张三;13812345678;"两行\n备注"\n李四;;无\n'
    path = make_text(tmp_path / "list.csv", content, encoding="gbk")
    fmt, items = extract(path)
    got = [(s.text, s.location, s.field) for s in items]
    assert fmt == "csv"
    assert got[:3] == [
        ("姓名", {"line": 2, "row": 2, "col": 1}, None),
        ("电话", {"line": 2, "row": 2, "col": 2}, None),
        ("备注", {"line": 2, "row": 2, "col": 3}, None),
    ]
    assert ("13812345678", {"line": 3, "row": 3, "col": 2}, "电话") in got
    assert ("两行\n备注", {"line": 3, "row": 3, "col": 3}, "备注") in got
    # the quoted cell spanned two lines: the next record starts on line 5
    assert ("无", {"line": 5, "row": 4, "col": 3}, "备注") in got


def _unclosed_quote_csv(tmp_path: Path) -> Path:
    """A stray quote on line 3, then more than csv's field limit (128 KiB) of rows, then an ID
    number on line 30,004: the quote would swallow everything after it into one cell."""
    rows = "".join(f"王{i % 10},门诊\n" for i in range(30_000))
    content = '姓名,备注\n张伟,复诊\n李娜,"未闭合\n' + rows + "身份证号,11010519491231002X\n"
    return make_text(tmp_path / "名单.csv", content)


def test_csv_with_an_unclosed_quote_is_read_on_as_lines(tmp_path: Path) -> None:
    fmt, items = extract(_unclosed_quote_csv(tmp_path))
    got = list(items)
    assert fmt == "csv"
    # the records before the broken one keep their cells and headers
    assert (got[2].text, got[2].location, got[2].field) == (
        "张伟",
        {"line": 2, "row": 2, "col": 1},
        "姓名",
    )
    (marker,) = [s for s in got if s.unread is not None]
    assert marker.location == {"line": 3} and marker.unread.status == "error"
    assert "malformed CSV near line 3" in marker.unread.reason
    assert "CSV 格式错误" in marker.unread.reason
    # from the broken record on, every line comes as text under its own line number
    after = [(s.text, s.location) for s in got[got.index(marker) + 1 :]]
    assert after[0] == ('李娜,"未闭合', {"line": 3})
    assert after[-1] == ("身份证号,11010519491231002X", {"line": 30_004})
    assert len(after) == 30_002


def test_a_secret_after_an_unclosed_quote_is_found_and_the_file_noted(
    tmp_path: Path, scanner: Scanner
) -> None:
    result = scanner.scan_file(_unclosed_quote_csv(tmp_path))
    assert result.status == "ok"
    assert [
        (f.entity_type, f.location["line"])
        for f in result.findings
        if f.entity_type == "CN_RESIDENT_ID"
    ] == [("CN_RESIDENT_ID", 30_004)]
    assert [(u["line"], u["status"]) for u in result.unread] == [(3, "error")]
    assert "malformed CSV" in result.unread[0]["reason"]


def test_csv_utf8_bom_header_is_clean(tmp_path: Path) -> None:
    path = make_text(tmp_path / "a.csv", "身份证号,姓名\n11010519491231002X,张三\n", bom=True)
    got = segments(path)
    assert got[0][0] == "身份证号"
    assert got[2] == ("11010519491231002X", {"line": 2, "row": 2, "col": 1}, "身份证号")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["a;b;c\n", "1;2,5;3\n"], ";"),
        (["a\tb\n", "1\t2\n"], "\t"),
        (["a|b\n", "1|2\n"], "|"),
        (["a,b\n", "1,2\n"], ","),
        (["只有一列\n", "张三\n"], ","),
    ],
)
def test_sniff_delimiter(lines: list[str], expected: str) -> None:
    assert sniff_delimiter(lines) == expected
