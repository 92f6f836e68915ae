"""Record numbers in the forms and layouts hospital information systems print them
(rules/recognizers/medical.yaml): imaging numbers, patient registration numbers and record numbers
with a slash or letters after the year, in real files; insurance numbers and specimen barcodes
beside them are not record numbers (design.md: 门诊号/住院号/病案号 — the patient's record)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_table_pdf, make_text, make_xlsx

MRN = "CN_MEDICAL_RECORD_NO"


def _values(scanner: Scanner, path: Path, entity: str = MRN) -> list[str]:
    result = scanner.scan_file(path)
    assert result.status == "ok"
    return sorted(f.value for f in result.findings if f.entity_type == entity)


ROWS = [
    ["姓名", "性别", "医保号", "标本条码", "影像检查号", "登记号", "住院编号"],
    ["王秀英", "女", "YB2184787657", "2604176378", "CT2026-00312", "DJ20264583", "Z2026/1837"],
    ["李建国", "男", "36032158113130", "2610116568", "DR260318", "DJ20268154", "Z2026/0451"],
]
# the insurance number and the specimen barcode (columns 2 and 3) are not the patient's record
EXPECTED = sorted(v for row in ROWS[1:] for v in row[4:])


def test_xlsx_register_with_the_header_on_row_three(scanner: Scanner, tmp_path: Path) -> None:
    rows = [["芦溪镇卫生院检验登记"], ["填报科室：检验科", "", "日期：2026年11月"], *ROWS]
    path = make_xlsx(tmp_path / "登记.xlsx", {"Sheet1": rows})
    assert _values(scanner, path) == EXPECTED


def test_csv_export_with_two_lines_before_the_header(scanner: Scanner, tmp_path: Path) -> None:
    lines = ["导出时间：2026-11-26 09:17", "操作员：HIS系统", *(",".join(r) for r in ROWS)]
    path = make_text(tmp_path / "导出.csv", "\n".join(lines) + "\n", encoding="gbk")
    assert _values(scanner, path) == EXPECTED


def test_docx_table(scanner: Scanner, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "名单.docx", ["危急值登记"], tables=[ROWS])
    assert _values(scanner, path) == EXPECTED


def test_pdf_table_drawn_cell_by_cell(scanner: Scanner, tmp_path: Path) -> None:
    rows = [[r[0], r[3], r[4], r[6]] for r in ROWS]
    path = make_table_pdf(tmp_path / "一览.pdf", [rows], [56, 130, 230, 340], title="检查申请汇总")
    assert _values(scanner, path) == sorted(v for r in rows[1:] for v in r[2:])


def test_prose_and_barcode_slips(scanner: Scanner, tmp_path: Path) -> None:
    text = (
        "关于病案号为2026B2694的患者的投诉，经调查，系候诊时间过长所致。\n"
        "检验科回报：条码2611141358，血钾3.1mmol/L，已电话通知主管医生。\n"
        "放射科：影像号DR266271，胸片示右下肺斑片影。\n"
        "请调阅医保号 YB2676226619 的既往病历。\n"
        "住院号Z2026/0452，3床。\n"
        "标本条码打印记录\n*2609242259*\n血常规\n试剂批号：20258193\n*2605237373*\n尿常规\n"
    )
    path = make_text(tmp_path / "记录.txt", text)
    # the barcodes and the insurance number are not the patient's record number
    assert _values(scanner, path) == sorted(["2026B2694", "DR266271", "Z2026/0452"])


@pytest.mark.parametrize(
    "text",
    [
        "商品条码 6901234567890",
        "**2026**年工作要点",
        "试剂批号：20258193",
        "体检查号：TJ2025-0318",
        "税务登记号\n91360321MA35XXXX1K",
        "医保编号：430281200001013555",  # the resident ID itself: CN_RESIDENT_ID, not a record
        "请调阅医保号 YB2676226619 的既往病历",  # the insurance bureau's number
        "检验科回报：条码2611141358，血钾3.1mmol/L",  # a specimen's barcode
        "标本条码打印记录\n*2609242259*\n血常规",
    ],
)
def test_look_alikes_are_not_record_numbers(scanner: Scanner, text: str) -> None:
    assert [f.value for f in scanner.scan_text(text).findings if f.entity_type == MRN] == []


def test_an_id_under_an_insurance_header_stays_an_id(scanner: Scanner, tmp_path: Path) -> None:
    rows = [["姓名", "医保号"], ["王秀英", "430281200001013555"], ["李建国", "YB2184787657"]]
    path = make_xlsx(tmp_path / "参保.xlsx", {"Sheet1": rows})
    assert _values(scanner, path) == []
    assert _values(scanner, path, "CN_RESIDENT_ID") == ["430281200001013555"]
