"""XlsxLabeler on real workbooks: several sheets, a formula, a chart, an image, custom properties."""

from __future__ import annotations

import hashlib
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.packaging.custom import StringProperty
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PilImage

from labelers import ooxml
from labelers.interface import LabelError, LabelSpec
from labelers.xlsx import XlsxLabeler, join_sections, split_sections

MARK30 = "秘密 保密期限：30年"
MARK10 = "秘密 保密期限：10年"
WHEN = datetime(2025, 6, 30, 16, 0, tzinfo=UTC)
HEADER_TAGS = ("oddHeader", "evenHeader", "firstHeader")


def spec(text: str = MARK10, years: int = 10, cats: tuple[str, ...] = ("financial",)) -> LabelSpec:
    return LabelSpec.make(text, "秘密", cats, years, WHEN)


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """工资 (formula, chart, image, a left header with '&'), 名单 (distinct first page), 备注
    (comment, validation; its <headerFooter> is removed so that the labeler has to insert it
    before <drawing>), a chart sheet, a defined name and a custom property."""
    picture = tmp_path / "seal.png"
    PilImage.new("RGB", (24, 12), (200, 0, 0)).save(picture)
    book = Workbook()
    pay = book.active
    pay.title = "工资"
    for row in [("姓名", "金额"), ("张伟", 3200), ("王芳", 4100)]:
        pay.append(row)
    pay["B4"] = "=SUM(B2:B3)"
    chart = BarChart()
    chart.add_data(Reference(pay, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    pay.add_chart(chart, "D2")
    pay.add_image(Image(str(picture)), "D20")
    pay.oddHeader.left.text = "财务科 && 院办"
    names = book.create_sheet("名单")
    names.append(["刘洋", "内科"])
    names.HeaderFooter.differentFirst = True
    names.firstHeader.center.text = "首页"
    notes = book.create_sheet("备注")
    notes.append(["见附件"])
    notes.add_image(Image(str(picture)), "B2")
    notes["A1"].comment = Comment("核对人：陈静", "陈静")
    rule = DataValidation(type="list", formula1='"是,否"')
    notes.add_data_validation(rule)
    rule.add("B1")
    book.defined_names["合计"] = DefinedName("合计", attr_text="工资!$B$4")
    chart_sheet = book.create_chartsheet("图表")
    pie = BarChart()
    pie.add_data(Reference(pay, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    chart_sheet.add_chart(pie)
    book.custom_doc_props.append(StringProperty(name="部门", value="财务科"))
    path = tmp_path / "工资表.xlsx"
    book.save(str(path))
    _drop_header_footer(path, "xl/worksheets/sheet3.xml")
    return path


def _drop_header_footer(path: Path, member: str) -> None:
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == member:
                data = re.sub(rb"<headerFooter>.*?</headerFooter>|<headerFooter/>", b"", data)
                assert b"headerFooter" not in data and b"<drawing" in data
            package.writestr(info, data)


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def _headers(path: Path) -> dict[str, dict[str, str | None]]:
    book = load_workbook(str(path))
    return {
        sheet.title: {tag: getattr(sheet, tag).center.text for tag in HEADER_TAGS}
        for sheet in book.worksheets
    }


def test_mark_in_every_sheet_header_parts_kept(workbook: Path, tmp_path: Path) -> None:
    before = _members(workbook)
    digest = hashlib.sha256(workbook.read_bytes()).hexdigest()
    out = tmp_path / "out.xlsx"
    outcome = XlsxLabeler().label(workbook, out, spec())
    assert outcome.method == "header" and outcome.changed
    assert hashlib.sha256(workbook.read_bytes()).hexdigest() == digest
    after = _members(out)
    changed = {name for name in before if before[name] != after.get(name)}
    assert changed == {
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet3.xml",
        "xl/chartsheets/sheet1.xml",
        "docProps/custom.xml",
    }
    assert any(n.startswith("xl/charts/") for n in before)
    assert sum(n.startswith("xl/media/") for n in before) == 2

    headers = _headers(out)
    assert headers["工资"] == {"oddHeader": MARK10, "evenHeader": None, "firstHeader": None}
    assert headers["名单"]["oddHeader"] == MARK10
    assert headers["名单"]["firstHeader"] == f"{MARK10}\n首页"
    assert headers["备注"]["oddHeader"] == MARK10
    book = load_workbook(str(out))
    # openpyxl gives the header code as written: Excel shows "财务科 & 院办"
    assert book["工资"].oddHeader.left.text == "财务科 && 院办"
    assert book["工资"]["B4"].value == "=SUM(B2:B3)"
    assert [[c.value for c in row] for row in book["工资"].iter_rows(max_row=3)] == [
        ["姓名", "金额"], ["张伟", 3200], ["王芳", 4100],
    ]  # fmt: skip
    # every header code holds the mark once
    for member in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"):
        assert after[member].decode().count(MARK10) == len(
            re.findall(r"<(oddHeader|firstHeader)>[^<]", after[member].decode())
        )
    # inserted at its schema position: after pageMargins, before drawing
    sheet3 = after["xl/worksheets/sheet3.xml"].decode()
    assert sheet3.index("<pageMargins") < sheet3.index("<headerFooter") < sheet3.index("<drawing")
    assert sheet3.index("<headerFooter") < sheet3.index("<legacyDrawing")
    assert book["备注"]["A1"].comment.text == "核对人：陈静"
    assert book["备注"].data_validations.dataValidation[0].formula1 == '"是,否"'
    assert book.defined_names["合计"].attr_text == "工资!$B$4"
    chart_sheet = after["xl/chartsheets/sheet1.xml"].decode()
    assert chart_sheet.count(MARK10) == 1
    assert chart_sheet.index("<headerFooter") < chart_sheet.index("<drawing")


def test_properties_read_back_and_others_kept(workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    labeler = XlsxLabeler()
    assert labeler.read(workbook) is None
    labeler.label(workbook, out, spec())
    assert labeler.read(out) == {
        "text": MARK10,
        "level": "秘密",
        "categories": ["financial"],
        "retention_years": 10,
        "expires": datetime(2035, 6, 30).date(),
        "labeled_at": WHEN,
    }
    props = {p.name: p.value for p in load_workbook(str(out)).custom_doc_props}
    assert props["部门"] == "财务科" and props["baomi.mark"] == MARK10


def test_again_unchanged_and_relabel_replaces(workbook: Path, tmp_path: Path) -> None:
    once, twice, again = (tmp_path / f"{n}.xlsx" for n in ("once", "twice", "again"))
    labeler = XlsxLabeler()
    labeler.label(workbook, once, spec())
    assert not labeler.label(once, twice, spec()).changed
    assert once.read_bytes() == twice.read_bytes()
    assert labeler.label(once, again, spec(MARK30, 30, ("medical",))).changed
    headers = _headers(again)
    assert headers["名单"]["firstHeader"] == f"{MARK30}\n首页"
    assert all(h["oddHeader"] == MARK30 for h in headers.values())
    assert not any(MARK10.encode() in data for data in _members(again).values())
    assert sum(MARK30.encode() in data for data in _members(again).values()) == 5
    assert labeler.read(again)["retention_years"] == 30


def test_even_pages_get_the_mark(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["x"])
    sheet.HeaderFooter.differentOddEven = True
    sheet.evenHeader.right.text = "&P"
    src = tmp_path / "even.xlsx"
    book.save(str(src))
    out = tmp_path / "out.xlsx"
    XlsxLabeler().label(src, out, spec())
    labeled = load_workbook(str(out)).active
    assert labeled.evenHeader.center.text == MARK10
    assert labeled.evenHeader.right.text == "&P"
    assert labeled.oddHeader.center.text == MARK10


def test_header_sections() -> None:
    code = '&L财务&&院办&C&"宋体,加粗"标题&R&P / &N'
    sections = split_sections(code)
    assert sections == {"L": "财务&&院办", "C": '&"宋体,加粗"标题', "R": "&P / &N"}
    assert join_sections(sections) == code
    assert split_sections("无分区文字") == {"L": "", "C": "无分区文字", "R": ""}


def test_bad_inputs(tmp_path: Path, workbook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    labeler = XlsxLabeler()
    out = tmp_path / "out.xlsx"
    data = workbook.read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) - 200])
    damaged = tmp_path / "damaged.xlsx"
    members = _members(workbook)
    with zipfile.ZipFile(damaged, "w") as package:
        for name, body in members.items():
            package.writestr(name, body[:-40] if name == "xl/worksheets/sheet1.xml" else body)
    csv_renamed = tmp_path / "export.xlsx"
    csv_renamed.write_text("姓名,金额\n张伟,3200\n", encoding="utf-8")
    for bad, words in [
        (truncated, "damaged"),
        (damaged, "not valid XML"),
        (csv_renamed, "damaged"),
    ]:
        with pytest.raises(LabelError, match=words) as caught:
            labeler.label(bad, out, spec())
        assert bad.name in str(caught.value)
    monkeypatch.setattr(ooxml, "MAX_UNZIPPED_BYTES", 1000)
    with pytest.raises(LabelError, match="zip bomb"):
        labeler.label(workbook, out, spec())
