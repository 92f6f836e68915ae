"""Word 97-2003 (.doc) and WPS Writer (.wps): piece table, tables by cell marks, headers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scanner.extract.doc import NOT_DOC, TOO_OLD
from scanner.extract.ole import ENCRYPTED
from tests.extract.formats import FIXTURES, ID, PARAGRAPH, by_text, failed, read


@pytest.mark.parametrize("name", ["sample.doc", "sample.wps"])
def test_body_table_header_and_footer(name: str) -> None:
    fmt, segments = read(FIXTURES / name)
    assert fmt == "doc"
    texts = by_text(segments)
    assert texts[PARAGRAPH].location == {"part": "body", "paragraph": 1}
    number = texts[ID]
    assert number.location == {"part": "body", "table": 1, "row": 2, "col": 2}
    assert number.field == "身份证号 张三"  # the column header reaches the cell
    # 李四's identity cell is empty: the phone number stays in column 3
    assert texts["13987654321"].location["col"] == 3
    assert texts["13987654321"].field == "联系电话"
    assert texts["永安镇卫生院 内部资料"].location == {
        "part": "header",
        "section": 1,
        "kind": "default",
        "paragraph": 1,
    }
    assert texts["值班电话 13700001111"].location["part"] == "footer"


def test_password_protected_doc_is_reported_encrypted() -> None:
    assert failed(FIXTURES / "encrypted.doc") == ENCRYPTED


def test_truncated_doc_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "损坏.doc"
    path.write_bytes((FIXTURES / "sample.doc").read_bytes()[:3000])
    assert failed(path) == NOT_DOC


def test_text_file_named_doc(tmp_path: Path) -> None:
    path = tmp_path / "a.doc"
    path.write_text(f"身份证号 {ID}", encoding="utf-8")
    assert failed(path) == NOT_DOC


def test_word95_is_named_as_too_old(tmp_path: Path) -> None:
    import olefile

    path = tmp_path / "old.doc"
    shutil.copyfile(FIXTURES / "sample.doc", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        word[0:2] = (0xA5DC).to_bytes(2, "little")  # Word 6/95's magic
        ole.write_stream("WordDocument", bytes(word))
    assert failed(path) == TOO_OLD


def test_damaged_piece_table_is_an_error(tmp_path: Path) -> None:
    import olefile

    path = tmp_path / "bad.doc"
    shutil.copyfile(FIXTURES / "sample.doc", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        table = ole.openstream("1Table").read()
        ole.write_stream("1Table", bytes(len(table)))  # the CLX gone
    assert failed(path) == NOT_DOC
