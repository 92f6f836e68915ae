"""The other OOXML files: .pptx/.pptm (python-pptx), Word templates and macro files through the
.docx extractor, Excel templates through the .xlsx extractor, encrypted and renamed packages."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from scanner.extract.ole import ENCRYPTED
from scanner.extract.ooxml import NOT_PPTX
from tests.docmaker import make_docx, make_xlsx
from tests.extract.formats import FIXTURES, ID, by_text, failed, read


def make_pptx(path: Path) -> Path:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "随访名单"
    slide.placeholders[1].text = f"张三 {ID}"
    slide.notes_slide.notes_text_frame.text = "备注：联系电话 13812345678"
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    rows = [["姓名", "身份证号"], ["李四", "110105194912310021"]]
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(1), Inches(6), Inches(1)).table
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    group = slide.shapes.add_group_shape()
    box = group.shapes.add_textbox(Inches(1), Inches(3), Inches(4), Inches(1))
    box.text_frame.text = "组合框里的文字"
    deck.save(str(path))
    return path


def test_pptx_slides_tables_groups_and_notes(tmp_path: Path) -> None:
    fmt, segments = read(make_pptx(tmp_path / "a.pptx"))
    assert fmt == "pptx"
    texts = by_text(segments)
    assert texts[f"张三 {ID}"].location == {"slide": 1, "shape": 2}
    assert texts["备注：联系电话 13812345678"].location == {"part": "notes", "slide": 1}
    cell = texts["110105194912310021"]
    assert cell.location == {"slide": 2, "shape": 1, "table": 1, "row": 2, "col": 2}
    assert cell.field == "身份证号 李四"
    assert texts["组合框里的文字"].location == {"slide": 2, "shape": "2.1"}


def test_pptm_reads_as_pptx(tmp_path: Path) -> None:
    source = make_pptx(tmp_path / "a.pptx")
    target = tmp_path / "宏.pptm"
    _retype(
        source,
        target,
        b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
    )
    assert f"张三 {ID}" in by_text(read(target)[1])


def _retype(source: Path, target: Path, old: bytes, new: bytes) -> None:
    """The same package with the main part declared as a sibling type, as Office saves it."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                assert old in data
                data = data.replace(old, new)
            out.writestr(info, data)


@pytest.mark.parametrize(
    ("suffix", "content_type"),
    [
        (
            ".dotx",
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        ),
        (".docm", b"application/vnd.ms-word.document.macroEnabled.main+xml"),
        (".dotm", b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
    ],
)
def test_word_siblings_read_like_docx(tmp_path: Path, suffix: str, content_type: bytes) -> None:
    source = make_docx(tmp_path / "a.docx", paragraphs=[f"身份证号 {ID}"], header="页眉文字")
    target = tmp_path / f"模板{suffix}"
    docx_type = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    _retype(source, target, docx_type, content_type)
    fmt, segments = read(target)
    assert fmt in ("dotx", "docm")
    texts = by_text(segments)
    assert texts[f"身份证号 {ID}"].location == {"part": "body", "paragraph": 1}
    assert texts["页眉文字"].location["part"] == "header"


def test_excel_template(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    source = make_xlsx(tmp_path / "a.xlsx", {"名单": [["身份证号"], [ID]]})
    workbook = load_workbook(source)
    workbook.template = True
    target = tmp_path / "模板.xltx"
    workbook.save(str(target))
    fmt, segments = read(target)
    assert fmt == "xltx"
    assert by_text(segments)[ID].location == {"sheet": "名单", "cell": "A2"}


@pytest.mark.parametrize("name", ["a.pptx", "a.docm", "a.xltx", "a.xlsb"])
def test_encrypted_ooxml_under_any_sibling_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    shutil.copyfile(FIXTURES / "encrypted.docx", path)
    assert "password" in failed(path)


def test_encrypted_pptx_is_encrypted_not_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "a.pptx"
    shutil.copyfile(FIXTURES / "encrypted.docx", path)
    assert failed(path) == ENCRYPTED


def test_renamed_legacy_presentation(tmp_path: Path) -> None:
    path = tmp_path / "a.pptx"
    shutil.copyfile(FIXTURES / "sample.ppt", path)
    assert ".ppt" in failed(path)


def test_docx_named_pptx(tmp_path: Path) -> None:
    path = tmp_path / "a.pptx"
    shutil.copyfile(make_docx(tmp_path / "a.docx", paragraphs=["x"]), path)
    assert failed(path) == NOT_PPTX
