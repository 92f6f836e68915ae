"""OpenDocument (.odt .ods .odp) made by LibreOffice, parsed with defusedxml."""

from __future__ import annotations

import zipfile
from pathlib import Path

from scanner.extract.odf import NOT_ODF
from tests.extract.formats import FIXTURES, ID, PARAGRAPH, by_text, failed, read


def test_odt_paragraphs_tables_headers() -> None:
    fmt, segments = read(FIXTURES / "sample.odt")
    assert fmt == "odt"
    texts = by_text(segments)
    assert texts[PARAGRAPH].location == {"part": "body", "paragraph": 1}
    assert texts[ID].location == {"part": "body", "table": 1, "row": 2, "col": 2}
    assert texts[ID].field == "身份证号 张三"
    assert texts["13987654321"].location["col"] == 3
    assert texts["永安镇卫生院 内部资料"].location["part"] == "header"
    assert texts["值班电话 13700001111"].location["part"] == "footer"


def test_ods_cells() -> None:
    fmt, segments = read(FIXTURES / "sample.ods")
    assert fmt == "ods"
    texts = by_text(segments)
    assert texts[ID].location == {"sheet": "名单", "cell": "B2"}
    assert texts["13987654321"].location == {"sheet": "名单", "cell": "C3"}


def test_odp_slides() -> None:
    fmt, segments = read(FIXTURES / "sample.odp")
    assert fmt == "odp"
    texts = by_text(segments)
    assert texts[PARAGRAPH].location["slide"] == 1
    assert texts[ID].location == {"slide": 2, "table": 1, "row": 2, "col": 2}


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.odt"
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
        "<office:body>&b;</office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", bomb)
    assert failed(path) == NOT_ODF


def test_zip_without_content(tmp_path: Path) -> None:
    path = tmp_path / "empty.ods"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert failed(path) == NOT_ODF
