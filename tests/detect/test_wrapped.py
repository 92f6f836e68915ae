"""An ID, mobile or card number a narrow column wrapped onto two lines is still found
(scanner/detect/recognizers/wrapped.py); numbers that are whole on their own lines, or that do not
pass their check together, are left as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from scanner.pipeline import Scanner
from tests.docmaker import CJK_FONT, _register_cjk_font

ID_A = "430281200001013555"
ID_B = "430281196503124416"
CARD = "6228480402564890018"


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.value) for f in scanner.scan_text(text).findings]


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (f"身份证号\n{ID_A[:11]}\n{ID_A[11:]}\n", "CN_RESIDENT_ID", f"{ID_A[:11]}\n{ID_A[11:]}"),
        ("联系电话\n1391234\n5678", "CN_PHONE", "1391234\n5678"),
        (f"工资卡号\n{CARD[:12]}\n{CARD[12:]}", "CN_BANK_CARD", f"{CARD[:12]}\n{CARD[12:]}"),
        # the first run may follow another number on the way: 序号 001, then the wrapped ID
        (
            f"序号\n001\n{ID_B[:11]}\n{ID_B[11:]}\n高血压",
            "CN_RESIDENT_ID",
            f"{ID_B[:11]}\n{ID_B[11:]}",
        ),
    ],
)
def test_a_number_wrapped_at_the_end_of_its_line_is_one_finding(
    scanner: Scanner, text: str, entity: str, value: str
) -> None:
    assert (entity, value) in found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "金额\n1234\n5678\n年龄\n45",
        f"{ID_A[:11]}\n{ID_A[11:-1]}0",  # the check digit fails together
        "编号\n1391234\n5679000",  # eleven digits? no: 14, not a mobile
    ],
)
def test_runs_that_do_not_pass_together_are_nothing(scanner: Scanner, text: str) -> None:
    assert found(scanner, text) == []


def test_whole_numbers_on_consecutive_lines_are_not_joined(scanner: Scanner) -> None:
    text = f"身份证号\n{ID_A}\n{ID_B}\n13912345678\n15807381234"
    assert sorted(found(scanner, text)) == sorted(
        [
            ("CN_RESIDENT_ID", ID_A),
            ("CN_RESIDENT_ID", ID_B),
            ("CN_PHONE", "13912345678"),
            ("CN_PHONE", "15807381234"),
        ]
    )


def test_a_pdf_tables_wrapped_id_column_is_found(scanner: Scanner, tmp_path: Path) -> None:
    """A report generator's table with a narrow 身份证号 column: each ID goes on in the line under
    its row, at the same column; both parts are reported, and the record is a patient list."""
    _register_cjk_font()
    path = tmp_path / "名单.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(CJK_FONT, 10)
    y = 780.0
    for x, head in ((50, "姓名"), (120, "身份证号"), (230, "联系电话"), (330, "诊断")):
        pdf.drawString(x, y, head)
    for name, ident, phone, diagnosis in (
        ("王秀英", ID_A, "13912345678", "高血压"),
        ("李建国", ID_B, "15807381234", "2型糖尿病"),
    ):
        y -= 24
        for x, cell in ((50, name), (120, ident[:11]), (230, phone), (330, diagnosis)):
            pdf.drawString(x, y, cell)
        pdf.drawString(120, y - 11, ident[11:])
        y -= 11
    pdf.showPage()
    pdf.save()
    result = scanner.scan_file(path)
    ids = [f.value for f in result.findings if f.entity_type == "CN_RESIDENT_ID"]
    assert ids == [ID_A[:11], ID_A[11:], ID_B[:11], ID_B[11:]]
    assert "medical" in result.categories
