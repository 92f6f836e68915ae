"""Labeler.unlabel on real documents: the mark goes, the content stays (declassification)."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from labelers import ooxml
from labelers.docx import DocxLabeler
from labelers.interface import LabelSpec
from labelers.pdf import XOBJECT_NAME, PdfLabeler, read_xmp_label
from labelers.registry import LABELERS, sidecar_path
from labelers.sidecar import SidecarLabeler
from labelers.text import TextBannerLabeler
from labelers.xlsx import XlsxLabeler
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

MARK = "秘密 保密期限：30年"
WHEN = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
SPEC = LabelSpec.make(MARK, "秘密", ("medical",), 30, WHEN)


def _label_then_unlabel(labeler, src: Path, tmp_path: Path) -> tuple[Path, Path]:
    labeled = tmp_path / f"labeled{src.suffix}"
    plain = tmp_path / f"plain{src.suffix}"
    assert labeler.label(src, labeled, SPEC).changed
    assert labeler.read(labeled) is not None
    outcome = labeler.unlabel(labeled, plain)
    assert outcome.changed
    assert labeler.read(plain) is None
    return labeled, plain


def test_every_labeler_can_unlabel() -> None:
    for labeler in LABELERS.values():
        assert callable(labeler.unlabel)


def _docx_texts(path: Path) -> tuple[list[str], list[str]]:
    document = docx.Document(str(path))
    body = [p.text for p in document.paragraphs]
    headers = [p.text for s in document.sections for p in s.header.paragraphs]
    return body, headers


def test_docx_mark_and_properties_go_other_properties_stay(tmp_path: Path) -> None:
    src = make_docx(
        tmp_path / "病历.docx", ["住院病历摘要", "患者王秀英，女，62岁。"], header="某某卫生院"
    )
    before_body, before_headers = _docx_texts(src)
    labeled, plain = _label_then_unlabel(DocxLabeler(), src, tmp_path)
    with zipfile.ZipFile(labeled) as package:
        updates = ooxml.custom_properties_update(package, {"科室": "内科"})
        ooxml.write_package(package, tmp_path / "extra.docx", updates)
    DocxLabeler().unlabel(tmp_path / "extra.docx", tmp_path / "extra-plain.docx")
    with zipfile.ZipFile(tmp_path / "extra-plain.docx") as package:
        assert ooxml.read_custom_properties(package) == {"科室": "内科"}
    body, headers = _docx_texts(plain)
    assert body == before_body
    assert headers == before_headers
    assert MARK not in "".join(headers)
    with zipfile.ZipFile(plain) as package:
        assert ooxml.read_custom_properties(package) == {}
        assert ooxml.CUSTOM_PART not in package.namelist()


def test_docx_header_made_by_labeling_is_left_empty(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "a.docx", ["正文一段"])
    _, plain = _label_then_unlabel(DocxLabeler(), src, tmp_path)
    body, headers = _docx_texts(plain)
    assert body == ["正文一段"]
    assert all(h == "" for h in headers)


def test_docx_without_mark_is_copied(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "a.docx", ["正文"])
    outcome = DocxLabeler().unlabel(src, tmp_path / "b.docx")
    assert not outcome.changed
    assert (tmp_path / "b.docx").read_bytes() == src.read_bytes()


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def test_pdf_stamp_info_and_xmp_go(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "体检.pdf", ["第一页 体检结论 张伟", "第二页 随访记录"])
    before = _pdf_text(src)
    labeled, plain = _label_then_unlabel(PdfLabeler(), src, tmp_path)
    assert any(MARK in t for t in _pdf_text(labeled))
    after = _pdf_text(plain)
    assert after == before
    reader = PdfReader(str(plain))
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject")
        assert xobjects is None or XOBJECT_NAME not in xobjects
        assert b"BaomiMark" not in page.get_contents().get_data()
    assert not any(str(k).startswith("/baomi:") for k in (reader.metadata or {}))
    assert read_xmp_label(plain) is None


def test_xlsx_header_and_properties_go(tmp_path: Path) -> None:
    src = make_xlsx(
        tmp_path / "工资.xlsx",
        {"工资": [["姓名", "金额"], ["李娜", 3200]], "名单": [["科室"], ["内科"]]},
    )
    labeled, plain = _label_then_unlabel(XlsxLabeler(), src, tmp_path)
    workbook = openpyxl.load_workbook(str(plain))
    assert [[c.value for c in row] for row in workbook["工资"].iter_rows()] == [
        ["姓名", "金额"],
        ["李娜", 3200],
    ]
    for sheet in workbook.worksheets:
        assert MARK not in (sheet.oddHeader.center.text or "")
    with zipfile.ZipFile(plain) as package:
        assert not any(k.startswith("baomi.") for k in ooxml.read_custom_properties(package))
        assert b"headerFooter" not in package.read("xl/worksheets/sheet1.xml")


def test_xlsx_existing_header_kept(tmp_path: Path) -> None:
    src = make_xlsx(tmp_path / "a.xlsx", {"表": [["x"]]})
    workbook = openpyxl.load_workbook(str(src))
    workbook["表"].oddHeader.center.text = "卫生院报表"
    workbook.save(str(src))
    _, plain = _label_then_unlabel(XlsxLabeler(), src, tmp_path)
    assert openpyxl.load_workbook(str(plain))["表"].oddHeader.center.text == "卫生院报表"


@pytest.mark.parametrize(
    ("name", "text", "encoding", "bom"),
    [
        ("a.txt", "患者名单\n第二行\n", "utf-8", False),
        ("b.txt", "患者名单\r\n第二行\r\n", "utf-8", True),
        ("c.txt", "患者名单\n", "gb18030", False),
        ("d.md", "# 标题\n\n正文\n", "utf-8", False),
    ],
)
def test_text_banner_goes_bytes_as_before(
    tmp_path: Path, name: str, text: str, encoding: str, bom: bool
) -> None:
    src = make_text(tmp_path / name, text, encoding, bom)
    before = src.read_bytes()
    _, plain = _label_then_unlabel(TextBannerLabeler(), src, tmp_path)
    assert plain.read_bytes() == before


def test_text_without_banner_is_copied(tmp_path: Path) -> None:
    src = make_text(tmp_path / "a.txt", "普通文字\n")
    assert not TextBannerLabeler().unlabel(src, tmp_path / "b.txt").changed
    assert (tmp_path / "b.txt").read_bytes() == src.read_bytes()


def test_csv_copy_and_sidecar_deleted(tmp_path: Path) -> None:
    src = make_text(tmp_path / "名单.csv", "姓名,电话\n张伟,13800000000\n")
    labeled = tmp_path / "labeled.csv"
    SidecarLabeler().label(src, labeled, SPEC)
    assert sidecar_path(labeled).exists()
    plain = tmp_path / "plain.csv"
    outcome = SidecarLabeler().unlabel(labeled, plain)
    assert outcome.changed
    assert plain.read_bytes() == src.read_bytes()
    assert not sidecar_path(labeled).exists()
    assert not sidecar_path(plain).exists()
    assert SidecarLabeler().read(plain) is None


def test_pdf_other_metadata_survives(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    base = make_pdf(tmp_path / "base.pdf", ["报告正文"])
    writer = PdfWriter(clone_from=str(base))
    writer.add_metadata({"/Title": "年度报告", "/Author": "办公室"})
    writer.xmp_metadata = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf'
        b"</dc:format></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    src = tmp_path / "src.pdf"
    with src.open("wb") as out:
        writer.write(out)
    _, plain = _label_then_unlabel(PdfLabeler(), src, tmp_path)
    reader = PdfReader(str(plain))
    assert reader.metadata["/Title"] == "年度报告" and reader.metadata["/Author"] == "办公室"
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"application/pdf" in xmp and b"baomi" not in xmp
    assert _pdf_text(plain) == _pdf_text(src)
