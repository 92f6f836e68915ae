"""The table model: a column header reaches its cells in every layout baomi reads.

Real files of each format, written here; the values are synthetic. Each register carries the
same records so that the layouts can be compared: a name, an outpatient number, an address, a
landline (whose plain pattern alone scores too low to report) and the table's furniture (合计,
以下空白), which must never be reported.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.detect.recognizers import texttable
from scanner.detect.recognizers.texttable import column_cells, table_cells, table_hint
from tests.docmaker import make_docx, make_text, make_xlsx

HEADER = ["序号", "姓名", "门诊号", "住址", "联系电话"]
ROWS = [
    ["1", "张秀英", "2024001234", "芦溪镇东风村8组70号", "05712345678"],
    ["2", "李建国", "2024001235", "南岭镇石桥村3组12号", "05712345679"],
]
EXPECTED = {
    ("PERSON", "张秀英"),
    ("PERSON", "李建国"),
    ("CN_MEDICAL_RECORD_NO", "2024001234"),
    ("CN_MEDICAL_RECORD_NO", "2024001235"),
    ("CN_ADDRESS", "芦溪镇东风村8组70号"),
    ("CN_ADDRESS", "南岭镇石桥村3组12号"),
    ("CN_PHONE", "05712345678"),
    ("CN_PHONE", "05712345679"),
}
TITLE = "永安镇卫生院门诊登记表"


def _found(scanner, path: Path) -> set[tuple[str, str]]:
    result = scanner.scan_file(path)
    assert result.status == "ok", result.error
    return {(f.entity_type, f.value) for f in result.findings}


def _aligned(rows: list[list[str]], widths: list[int]) -> str:
    """Rows padded to display columns, a Chinese character two wide, as a clerk's editor does."""

    def pad(cell: str, width: int) -> str:
        shown = sum(2 if ord(ch) > 0x2E7F else 1 for ch in cell)
        return cell + " " * max(2, width - shown)

    return "\n".join(
        "".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def _no_furniture(found: set[tuple[str, str]]) -> None:
    assert not {v for _e, v in found} & {"合计", "以下空白", "序号", "姓名", "住址"}


def test_space_aligned_text_with_rule_line_and_an_empty_cell(scanner, tmp_path: Path) -> None:
    widths = [6, 10, 14, 26, 14]
    rows = [HEADER, ROWS[0], [ROWS[1][0], ROWS[1][1], "", ROWS[1][3], ROWS[1][4]]]
    body = _aligned(rows, widths).split("\n")
    text = "\n".join([TITLE, body[0], "-" * 70, body[1], "", body[2], "合计  2人", "以下空白"])
    found = _found(scanner, make_text(tmp_path / "登记.txt", text))
    # the empty 门诊号 cell of row 2 must not shift its address under 门诊号
    assert EXPECTED - {("CN_MEDICAL_RECORD_NO", "2024001235")} <= found
    _no_furniture(found)


def test_pipe_table_with_fullwidth_pipes(scanner, tmp_path: Path) -> None:
    lines = ["｜".join(HEADER), "｜".join("—" * 4 for _ in HEADER), *("｜".join(r) for r in ROWS)]
    found = _found(scanner, make_text(tmp_path / "登记.md", "\n".join([TITLE, *lines])))
    assert found >= EXPECTED
    _no_furniture(found)


def test_tab_separated_text_keeps_empty_cells(scanner, tmp_path: Path) -> None:
    rows = [HEADER, ROWS[0], ["2", "李建国", "", "南岭镇石桥村3组12号", "05712345679"]]
    found = _found(scanner, make_text(tmp_path / "登记.txt", "\n".join("\t".join(r) for r in rows)))
    assert EXPECTED - {("CN_MEDICAL_RECORD_NO", "2024001235")} <= found


def test_header_repeated_further_down_starts_the_table_again(scanner, tmp_path: Path) -> None:
    widths = [6, 10, 14, 26, 14]
    page = _aligned([HEADER, ROWS[0]], widths)
    text = f"{TITLE}\n{page}\n\n\n第2页\n{_aligned([HEADER, ROWS[1]], widths)}"
    found = _found(scanner, make_text(tmp_path / "登记.txt", text))
    assert found >= EXPECTED


def test_csv(scanner, tmp_path: Path) -> None:
    rows = [[TITLE], HEADER, *ROWS, ["合计", "", "", "", ""]]
    text = "\n".join(",".join(r) for r in rows)
    found = _found(scanner, make_text(tmp_path / "登记.csv", text))
    assert found >= EXPECTED
    _no_furniture(found)


def test_xlsx_header_below_merged_title_rows(scanner, tmp_path: Path) -> None:
    rows = [[TITLE], ["填报单位：永安镇卫生院"], HEADER, *ROWS, ["合计", "2人"], ["以下空白"]]
    found = _found(scanner, make_xlsx(tmp_path / "登记.xlsx", {"门诊": rows}))
    assert found >= EXPECTED
    _no_furniture(found)


def test_docx_table(scanner, tmp_path: Path) -> None:
    found = _found(
        scanner, make_docx(tmp_path / "登记.docx", [TITLE], tables=[[HEADER, *ROWS, ["合计"]]])
    )
    assert found >= EXPECTED
    _no_furniture(found)


def test_supplier_address_column_in_xlsx(scanner, tmp_path: Path) -> None:
    rows = [
        ["药品供应商名录"],
        ["序号", "供应商名称", "供应商地址", "联系人"],
        ["1", "某某医药有限公司", "城关镇解放路12号2单元301室", "吴晓燕"],
    ]
    found = _found(scanner, make_xlsx(tmp_path / "供应商.xlsx", {"名录": rows}))
    assert ("CN_ADDRESS", "城关镇解放路12号2单元301室") in found


@pytest.mark.parametrize(
    "text",
    [
        "门诊号  姓名  备注\n合计  以下空白  无\n",  # furniture only
        "门诊号  姓名  备注\n待定  科室主任  无\n",  # cells that do not look like the entity
        "姓名  张秀英\n门诊号  科室\n",  # a two-cell form line is not a header
    ],
)
def test_cells_that_are_not_the_entity(scanner, text: str) -> None:
    found = {(f.entity_type, f.value) for f in scanner.scan_text(text).findings}
    assert not {e for e, _v in found} & {"CN_MEDICAL_RECORD_NO"}
    assert ("PERSON", "科室主任") not in found


def test_model_yields_both_layouts_as_one_stream() -> None:
    header = re.compile("门诊号")
    text = "\ue000门诊号：MZ0001\n序号  门诊号  备注\n1     MZ0002  复诊\n"
    got = [(text[s:e], h) for s, e, h in column_cells(text, header, table_hint("门诊号"))]
    assert got == [("MZ0001", "门诊号"), ("MZ0002", "门诊号")]


def test_long_blank_runs_stay_linear() -> None:
    # a hostile line of blanks between two labels: read once, not once per blank
    text = "姓名" + " " * 200_000 + "门诊号" + "\t" * 200_000 + "住址\n" + "张三  1  x\n"
    header = re.compile("姓名|门诊号|住址")
    assert list(table_cells(text, header, table_hint("姓名|门诊号|住址")))


def test_pdf_drawn_cell_by_cell_with_the_header_repeated_per_page(scanner, tmp_path: Path) -> None:
    from tests.docmaker import make_table_pdf

    pages = [[HEADER, ROWS[0], ["合计", "1人"]], [HEADER, ROWS[1], ["以下空白"]]]
    path = make_table_pdf(tmp_path / "登记.pdf", pages, [56, 100, 170, 260, 430], title=TITLE)
    found = _found(scanner, path)
    assert found >= EXPECTED
    _no_furniture(found)


def test_a_header_is_the_context_a_rule_requires(scanner, tmp_path: Path) -> None:
    # a passport number is reported only with context; here the context is the column header,
    # two lines above the value
    text = (
        "出国人员名单\n序号  姓名    护照号码     前往国家\n----\n1     王建国  E12345678    泰国\n"
    )
    found = _found(scanner, make_text(tmp_path / "出国.txt", text))
    assert ("CN_PASSPORT", "E12345678") in found
    assert ("PERSON", "王建国") in found


def test_a_negative_header_takes_nothing(scanner) -> None:
    text = "序号  订单号        金额\n1     13812345678   20.00\n"
    found = {(f.entity_type, f.value) for f in scanner.scan_text(text).findings}
    assert ("CN_PHONE", "13812345678") not in found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="张3 \t\u3000|｜-", max_size=40))
def test_a_tab_only_line_is_cut_as_the_general_reading_cuts_it(line: str) -> None:
    # The shortcut for tab-separated rows must give the same cells wherever it is taken: the
    # same number (rows are put under headers by index) and the same text at the same place.
    if texttable._NOT_TAB_ONLY.search(line) is not None:
        return

    def shape(cells: list[texttable._Cell]) -> list[tuple[str, int, int] | None]:
        return [(c.text, c.start, c.end) if c.text else None for c in cells]

    assert shape(texttable._tab_cells(line)) == shape(texttable._gap_cells(line))


def test_recognizers_share_one_reading_of_a_text_and_never_another_texts() -> None:
    header = re.compile("姓名")
    first = "序号\t姓名\t住址\n1\t张秀英\t芦溪镇\n"
    second = "序号\t住址\t姓名\n1\t芦溪镇\t李建国\n"
    assert [first[s:e] for s, e, _h in table_cells(first, header)] == ["张秀英"]
    # the same offsets in another text must not reuse the first text's cells
    assert [second[s:e] for s, e, _h in table_cells(second, header)] == ["李建国"]
    walk = table_cells(first, header)
    assert next(walk)[2] == "姓名"
    list(table_cells(second, header))  # another text read meanwhile
    assert list(walk) == []
