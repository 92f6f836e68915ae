"""Excel 97-2003 (.xls) and WPS Spreadsheets (.et), with xlrd."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.extract.ole import ENCRYPTED
from scanner.extract.xls import NOT_XLS, column_letters
from tests.extract.formats import FIXTURES, ID, by_text, failed, read


@pytest.mark.parametrize("name", ["sample.xls", "sample.et"])
def test_cells_with_sheet_cell_and_header(name: str) -> None:
    fmt, segments = read(FIXTURES / name)
    assert fmt == "xls"
    texts = by_text(segments)
    assert texts[ID].location == {"sheet": "名单", "cell": "B2"}
    assert texts[ID].field == "身份证号 张三"
    assert texts["13987654321"].location == {"sheet": "名单", "cell": "C3"}


def test_filepass_is_encrypted_before_xlrd_parses() -> None:
    assert failed(FIXTURES / "encrypted.xls") == ENCRYPTED


def test_corrupt_xls(tmp_path: Path) -> None:
    path = tmp_path / "坏.xls"
    path.write_bytes((FIXTURES / "sample.xls").read_bytes()[:1500])
    assert failed(path) == NOT_XLS


def test_column_letters() -> None:
    assert [column_letters(c) for c in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
