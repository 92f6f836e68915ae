"""Excel: cells as a person sees them, column headers, every sheet, the file closed after."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from scanner.extract import Segment, extract
from scanner.extract.fields import cell_field, header_field
from scanner.extract.xlsx import format_number
from tests.docmaker import make_xlsx

ROSTER = [
    ["姓名", "手机", "身份证号", "银行卡号", "就诊日期", "体温"],
    ["张三", 13812345678, "110105194912310021", 6222021234567890123, dt.date(2024, 1, 2), 36.5],
    ["李四", 13900001111.0, "11010519491231002X", None, dt.datetime(2024, 3, 5, 8, 30), 37.0],
]


def read(path: Path) -> list[Segment]:
    fmt, items = extract(path)
    assert fmt == "xlsx"
    return list(items)


def by_cell(segments: list[Segment]) -> dict[tuple[str, str], Segment]:
    return {(s.location["sheet"], s.location["cell"]): s for s in segments}


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    return make_xlsx(
        tmp_path / "roster.xlsx",
        {"花名册": ROSTER, "备注": [[], ["", "随访：王五 13700000000"]]},
        number_formats={"花名册!D2": "0"},
    )


def test_values_as_displayed(roster: Path) -> None:
    cells = {key: s.text for key, s in by_cell(read(roster)).items()}
    assert cells[("花名册", "B2")] == "13812345678"  # a phone stored as a number
    assert cells[("花名册", "B3")] == "13900001111"  # a float, shown without ".0"
    assert cells[("花名册", "C2")] == "110105194912310021"  # an ID stored as text
    assert cells[("花名册", "C3")] == "11010519491231002X"
    # a 19-digit card typed as a number: Excel kept 15 digits and shows the rest as zeros
    assert cells[("花名册", "D2")] == "6222021234567890000"
    assert cells[("花名册", "E2")] == "2024-01-02"
    assert cells[("花名册", "E3")] == "2024-03-05 08:30:00"
    assert cells[("花名册", "F2")] == "36.5"
    assert cells[("花名册", "F3")] == "37"
    assert ("花名册", "D3") not in cells  # empty cells are not segments


def test_every_sheet_in_order_with_fields(roster: Path) -> None:
    segments = read(roster)
    cells_with_values = sum(value is not None for row in ROSTER for value in row)
    assert [s.location["sheet"] for s in segments] == ["花名册"] * cells_with_values + ["备注"]
    cells = by_cell(segments)
    assert cells[("花名册", "A1")].field is None
    assert cells[("花名册", "C2")].field == "身份证号"  # left neighbour has digits: not a label
    assert cells[("花名册", "A3")].field == "姓名"
    assert cells[("花名册", "B2")].field == "手机 张三"  # form rule, as for docx
    # the first non-empty row of a sheet is its header row, wherever it is
    assert cells[("备注", "B2")].field is None


def _open_descriptors(path: Path) -> int:
    target = str(path.resolve())
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{fd}") == target
        except OSError:
            continue
    return count


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_workbook_closed_after_reading_and_after_abandoning(roster: Path) -> None:
    read(roster)
    assert _open_descriptors(roster) == 0
    _, items = extract(roster)
    next(items)
    # open while read (twice when a sheet falls back from calamine to openpyxl)
    assert _open_descriptors(roster) >= 1
    items.close()  # abandoned half way, as the scanner does on Ctrl-C
    assert _open_descriptors(roster) == 0


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (13812345678.0, "General", "13812345678"),
        (1.3812345678e10, None, "13812345678"),
        (0.1 + 0.2, "General", "0.3"),
        (6.222021234567890e18, "0", "6222021234567890000"),
        (12.6, "0", "13"),
        (2.5, "0", "3"),  # Excel rounds halves away from zero
        (1e-05, "General", "0.00001"),
        (-42.0, "General", "-42"),
    ],
)
def test_format_number(value: float, number_format: str | None, shown: str) -> None:
    assert format_number(value, number_format) == shown


def _both_readers(path: Path) -> tuple[list[Segment], list[Segment]]:
    from scanner.extract.xlsx import XlsxExtractor

    extractor = XlsxExtractor()
    return list(extractor.extract(path)), list(extractor._openpyxl(path, None))


@pytest.mark.parametrize(
    ("sheets", "formats"),
    [
        # a patient list: header, names, IDs as text, phones as numbers, dates, money
        (
            {
                "名单": [
                    ["序号", "姓名", "身份证号", "联系电话", "就诊日期", "金额", "备注"],
                    *[
                        [
                            i,
                            f"张{i}",
                            f"11010519491231{i:04d}",
                            13812345000 + i,
                            dt.date(2024, 1, 1 + i % 28),
                            1234.5 + i,
                            None if i % 3 else "复诊",
                        ]
                        for i in range(1, 60)
                    ],
                ],
                "汇总": [[None, None], [None, "合计", 3.25, True, dt.datetime(2024, 5, 6, 7, 8)]],
            },
            None,
        ),
        # the cases calamine cannot see: an integer format over a fraction, an integer of 18
        # digits written as a number, a text format; those sheets fall back to openpyxl
        (
            {"表": [["数量", "卡号", "编码"], [3.7, 110105194912310021, 12.5], [-0.0, 0, 1e15]]},
            {"A2": "0", "C2": "@"},
        ),
        # a title row above the header, a header cell broken over two lines, blank and
        # whitespace cells between values (the left neighbour is then none), a left label
        # equal to its column's header, a boolean, a date
        (
            {
                "名单": [
                    ["永安镇高血压患者随访管理名单"],
                    ["姓名", "联系\n电话", None, "住址", "住址"],
                    ["王五", "13812345678", "  ", "城关镇解放路12号", "住址"],
                    [None, "", "李四", True, dt.date(2024, 1, 2)],
                ]
            },
            None,
        ),
        # a sheet that starts far from A1, and an empty one
        ({"偏移": [[None] * 4] * 5 + [[None, None, None, "姓名", "李四"]], "空": []}, None),
    ],
)
def test_calamine_reads_what_openpyxl_reads(
    tmp_path: Path, sheets: dict[str, list[list[object]]], formats: dict[str, str] | None
) -> None:
    path = make_xlsx(tmp_path / "名单.xlsx", sheets, formats)
    fast, reference = _both_readers(path)
    assert fast == reference
    assert fast  # the comparison compared something


@pytest.mark.parametrize("left", ["张三", "联系  电话", "身份证号", "110101199003077777", " "])
@pytest.mark.parametrize("header", [None, "", "姓名", "联系 电话", "身份证号"])
def test_header_field_is_cell_field_for_a_squashed_header(left: str, header: str | None) -> None:
    assert header_field(left, header) == cell_field(left, header)


def test_a_long_left_neighbour_is_read_but_not_kept() -> None:
    from scanner.extract import fields

    long_text = "  姓名" + " " * 100  # a label once stripped, but too long a key to keep
    content = "主诉：反复咳嗽三天，" * 20
    assert header_field(long_text, "电话") == "电话 姓名"
    assert header_field(content, None) is None
    assert long_text not in fields._LABELS and content not in fields._LABELS
    assert header_field("科室", "诊断") == "诊断 科室" and "科室" in fields._LABELS
