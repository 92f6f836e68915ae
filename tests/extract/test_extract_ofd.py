"""OFD (GB/T 33190-2016) packages built to the standard's structure in the test."""

from __future__ import annotations

import zipfile
from pathlib import Path

from scanner.extract.ofd import NOT_OFD, OUTSIDE, resolve
from tests.extract.formats import ID, failed, read

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def ofd_xml(doc_root: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.0" DocType="OFD">'
        f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo>"
        f"<ofd:DocRoot>{doc_root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )


def document_xml(pages: list[str]) -> str:
    listed = "".join(f'<ofd:Page ID="{i + 10}" BaseLoc="{p}"/>' for i, p in enumerate(pages))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}><ofd:CommonData>'
        f"<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
        f"<ofd:MaxUnitID>99</ofd:MaxUnitID></ofd:CommonData><ofd:Pages>{listed}</ofd:Pages>"
        f"</ofd:Document>"
    )


def content_xml(lines: list[str]) -> str:
    objects = "".join(
        f'<ofd:TextObject ID="{i + 20}" Boundary="10 {10 + 8 * i} 150 8" Font="1" Size="4">'
        f'<ofd:TextCode X="0" Y="4">{line}</ofd:TextCode></ofd:TextObject>'
        for i, line in enumerate(lines)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}><ofd:Content>'
        f'<ofd:Layer ID="2">{objects}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def make_ofd(path: Path, pages: dict[str, list[str]], doc_root: str = "Doc_0/Document.xml") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("OFD.xml", ofd_xml(doc_root))
        package.writestr("Doc_0/Document.xml", document_xml(list(pages)))
        for location, lines in pages.items():
            if not location.startswith(".."):
                package.writestr(f"Doc_0/{location}", content_xml(lines))
    return path


def test_text_of_every_page(tmp_path: Path) -> None:
    path = make_ofd(
        tmp_path / "发票.ofd",
        {
            "Pages/Page_0/Content.xml": ["购买方：张三", f"身份证号：{ID}"],
            "Pages/Page_1/Content.xml": ["联系电话：13812345678"],
        },
    )
    fmt, segments = read(path)
    assert fmt == "ofd"
    assert [(s.text, s.location) for s in segments] == [
        (f"购买方：张三\n身份证号：{ID}", {"page": 1}),
        ("联系电话：13812345678", {"page": 2}),
    ]


def test_absolute_doc_root(tmp_path: Path) -> None:
    path = make_ofd(tmp_path / "a.ofd", {"Pages/Page_0/Content.xml": [ID]}, "/Doc_0/Document.xml")
    assert [s.text for s in read(path)[1]] == [ID]


def test_doc_root_outside_the_package_is_refused(tmp_path: Path) -> None:
    path = make_ofd(tmp_path / "evil.ofd", {"Pages/Page_0/Content.xml": [ID]}, "../../etc/passwd")
    assert failed(path) == OUTSIDE


def test_page_outside_the_package_is_a_record_and_the_rest_is_read(tmp_path: Path) -> None:
    path = make_ofd(
        tmp_path / "evil.ofd",
        {"../../../secret/Content.xml": ["x"], "Pages/Page_1/Content.xml": [f"身份证号：{ID}"]},
    )
    _, segments = read(path)
    assert segments[0].unread is not None and segments[0].unread.reason == OUTSIDE
    assert segments[0].location == {"page": 1}
    assert segments[1].text == f"身份证号：{ID}" and segments[1].location == {"page": 2}


def test_resolve() -> None:
    assert resolve("Doc_0/Document.xml", "Pages/P/Content.xml") == "Doc_0/Pages/P/Content.xml"
    assert resolve("Doc_0/Document.xml", "/Doc_0/P.xml") == "Doc_0/P.xml"
    for bad in ("../../x", "/../x", "C:/Windows/x", "http://example.com/x", ""):
        try:
            resolve("Doc_0/Document.xml", bad)
        except Exception as error:
            assert type(error).__name__ == "_Outside"
        else:
            raise AssertionError(bad)


def test_zip_that_is_not_ofd(tmp_path: Path) -> None:
    path = tmp_path / "a.ofd"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("readme.txt", "x")
    assert failed(path) == NOT_OFD
