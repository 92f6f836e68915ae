"""DocxLabeler on real Word documents: several sections, first-page and even-page headers."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION

from labelers import ooxml
from labelers.docx import DocxLabeler
from labelers.interface import LabelError, LabelSpec

MARK30 = "秘密 保密期限：30年"
MARK10 = "秘密 保密期限：10年"
WHEN = datetime(2024, 2, 29, 9, 30, tzinfo=UTC)
BODY = ["住院病历摘要", "患者王秀英，女，62岁，因高血压入院。", "第二节正文", "第三节正文"]


def spec(text: str = MARK30, years: int = 30, cats: tuple[str, ...] = ("medical",)) -> LabelSpec:
    return LabelSpec.make(text, "秘密", cats, years, WHEN)


def _add_custom_property(path: Path, name: str, value: str) -> None:
    """Give a document an existing custom property, written by hand as Word writes it."""
    with zipfile.ZipFile(path) as package:
        members = {info.filename: package.read(info) for info in package.infolist()}
    members["docProps/custom.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{ooxml.NS_CUSTOM}" xmlns:vt="{ooxml.NS_VT}">'
        f'<property fmtid="{ooxml.FMTID_USER}" pid="2" name="{name}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property></Properties>"
    ).encode()
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        f'<Override PartName="/docProps/custom.xml" ContentType="{ooxml.CT_CUSTOM}"/>'
        "</Types>".encode(),
    )
    members["_rels/.rels"] = members["_rels/.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rId99" Type="{ooxml.RT_CUSTOM}" Target="docProps/custom.xml"/>'
        "</Relationships>".encode(),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name_, data in members.items():
            package.writestr(name_, data)


@pytest.fixture
def document(tmp_path: Path) -> Path:
    """Three sections: own header + first page; linked; own header, first page linked.
    Odd/even headers are on, and no section defines an even header."""
    doc = docx.Document()
    doc.add_paragraph(BODY[0])
    doc.add_paragraph(BODY[1])
    first = doc.sections[0]
    first.header.paragraphs[0].text = "某某乡卫生院"
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "首页页眉"
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph(BODY[2])
    third = doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph(BODY[3])
    third.header.is_linked_to_previous = False
    third.header.paragraphs[0].text = "第三节页眉"
    third.different_first_page_header_footer = True
    doc.settings.odd_and_even_pages_header_footer = True
    path = tmp_path / "病历.docx"
    doc.save(str(path))
    _add_custom_property(path, "部门", "内科")
    return path


def _visible(doc: docx.document.Document) -> list[list[str]]:
    """The paragraphs of every header a page shows, section by section."""
    shown = []
    for section in doc.sections:
        kinds = [section.header]
        if section.different_first_page_header_footer:
            kinds.append(section.first_page_header)
        if doc.settings.odd_and_even_pages_header_footer:
            kinds.append(section.even_page_header)
        shown += [[p.text for p in header.paragraphs] for header in kinds]
    return shown


def _header_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {
            name: package.read(name).decode()
            for name in package.namelist()
            if re.fullmatch(r"word/header\d+\.xml", name)
        }


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_mark_once_in_every_shown_header(document: Path, tmp_path: Path) -> None:
    before = _sha(document)
    out = tmp_path / "out.docx"
    outcome = DocxLabeler().label(document, out, spec())
    assert outcome.method == "header" and outcome.changed
    assert _sha(document) == before  # src untouched
    doc = docx.Document(str(out))
    shown = _visible(doc)
    assert len(shown) == 3 * 3
    for paragraphs in shown:
        assert paragraphs[0] == MARK30
        assert paragraphs.count(MARK30) == 1
    # existing header content kept, below the mark
    assert _visible(doc)[0][1:] == ["某某乡卫生院"]
    assert _visible(doc)[1][1:] == ["首页页眉"]
    assert _visible(doc)[6][1:] == ["第三节页眉"]
    # linked headers still linked: one mark per header part, not one per section
    assert doc.sections[1].header.is_linked_to_previous
    assert doc.sections[2].first_page_header.is_linked_to_previous
    parts = _header_parts(out)
    assert all(xml.count(MARK30) == 1 for xml in parts.values())
    # body unchanged
    original = [p.text for p in docx.Document(str(document)).paragraphs]
    assert [p.text for p in doc.paragraphs] == original
    assert [t for t in original if t] == BODY


def test_properties_read_back_and_others_kept(document: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    labeler = DocxLabeler()
    assert labeler.read(document) is None
    labeler.label(document, out, spec(cats=("medical", "personnel")))
    label = labeler.read(out)
    assert label == {
        "text": MARK30,
        "level": "秘密",
        "categories": ["medical", "personnel"],
        "retention_years": 30,
        "expires": datetime(2054, 2, 28).date(),  # 29 Feb + 30 years
        "labeled_at": WHEN,
    }
    with zipfile.ZipFile(out) as package:
        props = ooxml.read_custom_properties(package)
        content_types = package.read("[Content_Types].xml").decode()
    assert props["部门"] == "内科"
    assert props["baomi.mark"] == MARK30 and props["baomi.retention_years"] == "30"
    assert content_types.count("/docProps/custom.xml") == 1


def test_again_is_unchanged_byte_for_byte(document: Path, tmp_path: Path) -> None:
    once, twice = tmp_path / "once.docx", tmp_path / "twice.docx"
    labeler = DocxLabeler()
    labeler.label(document, once, spec())
    later = LabelSpec.make(MARK30, "秘密", ("medical",), 30, datetime(2025, 1, 1, tzinfo=UTC))
    outcome = labeler.label(once, twice, later)
    assert not outcome.changed
    assert once.read_bytes() == twice.read_bytes()
    assert labeler.read(twice)["labeled_at"] == WHEN  # the first marking counts


def test_relabel_replaces_the_old_mark(document: Path, tmp_path: Path) -> None:
    once, again = tmp_path / "once.docx", tmp_path / "again.docx"
    labeler = DocxLabeler()
    labeler.label(document, once, spec())
    outcome = labeler.label(once, again, spec(MARK10, 10, ("financial",)))
    assert outcome.changed
    for paragraphs in _visible(docx.Document(str(again))):
        assert paragraphs[0] == MARK10 and paragraphs.count(MARK10) == 1
        assert MARK30 not in paragraphs
    assert all(MARK30 not in xml for xml in _header_parts(again).values())
    assert labeler.read(again)["retention_years"] == 10
    with zipfile.ZipFile(again) as package:
        assert ooxml.read_custom_properties(package)["部门"] == "内科"


def test_document_without_headers_gets_one(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("只有正文")
    body = doc.element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for ref in list(body.iter(f"{w}headerReference")):
        ref.getparent().remove(ref)
    src = tmp_path / "plain.docx"
    doc.save(str(src))
    out = tmp_path / "out.docx"
    DocxLabeler().label(src, out, spec())
    assert [p.text for p in docx.Document(str(out)).sections[0].header.paragraphs][0] == MARK30


def test_bad_inputs(tmp_path: Path, document: Path) -> None:
    labeler = DocxLabeler()
    out = tmp_path / "out.docx"
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(document.read_bytes()[: len(document.read_bytes()) // 2])
    text = tmp_path / "text.docx"
    text.write_text("这不是 Word 文档", encoding="utf-8")
    ole = tmp_path / "protected.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", bytes(4 * 1024 * 1024))  # ~1000:1
    not_word = tmp_path / "sheet.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    not_word.write_bytes(buffer.getvalue())
    for bad, words in [
        (truncated, "damaged"),
        (text, "damaged"),
        (ole, "password"),
        (bomb, "zip bomb"),
        (not_word, "Word"),
    ]:
        with pytest.raises(LabelError, match=words) as caught:
            labeler.label(bad, out, spec())
        assert bad.name in str(caught.value)
    with pytest.raises(ValueError, match="dst"):
        labeler.label(document, document, spec())


def test_labeled_document_still_scans(document: Path, tmp_path: Path, scanner) -> None:
    out = tmp_path / "out.docx"
    DocxLabeler().label(document, out, spec())
    result = scanner.scan_file(out)
    assert result.status == "ok"
    assert result.categories == scanner.scan_file(document).categories
