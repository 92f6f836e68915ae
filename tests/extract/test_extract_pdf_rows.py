"""PDF tables drawn one cell at a time: rows rebuilt from the text layer's positions."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from scanner.extract import extract
from scanner.extract.pdfrows import _width, page_text
from tests.docmaker import make_pdf, make_table_pdf

COLUMNS = [56, 100, 170, 260, 430]
HEADER = ["序号", "姓名", "门诊号", "住址", "联系电话"]


def test_plain_pages_keep_pypdfs_text(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "通知.pdf", ["关于开展健康体检的通知\n各村卫生室：\n  请于本周内完成。"]
    )
    page = PdfReader(path).pages[0]
    assert page_text(page) == page.extract_text()


def test_cells_of_a_row_come_back_on_one_line_in_their_columns(tmp_path: Path) -> None:
    rows = [HEADER, ["1", "张秀英", "2024001234", "芦溪镇东风村8组70号", "13812345678"]]
    rows.append(["2", "李建国", "", "南岭镇石桥村3组", "13912345678"])
    path = make_table_pdf(tmp_path / "登记.pdf", [rows], COLUMNS, title="门诊登记表")
    assert "张秀英\n" in PdfReader(path).pages[0].extract_text()  # one cell per line, plainly
    (segment,) = list(extract(path)[1])
    lines = segment.text.split("\n")
    assert lines[0] == "门诊登记表"
    assert lines[1].split() == HEADER
    assert lines[2].split() == rows[1]
    # the empty 门诊号 cell leaves a gap: 住址 still starts under its header
    row, head = lines[3], lines[1]
    assert _width(row[: row.index("南岭镇")]) == _width(head[: head.index("住址")])
    assert segment.location == {"page": 1}


def test_rotated_watermark_does_not_stop_the_rows(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from tests.docmaker import CJK_FONT, _register_cjk_font

    _register_cjk_font()
    path = tmp_path / "水印.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont(CJK_FONT, 11)
    for y, row in ((780, HEADER), (760, ["1", "张秀英", "2024001234", "东风村", "13812345678"])):
        for x, cell in zip(COLUMNS, row, strict=True):
            pdf.drawString(x, y, cell)
    pdf.saveState()
    pdf.rotate(45)
    pdf.drawString(300, 100, "内部资料")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    (segment,) = list(extract(path)[1])
    assert "1       张秀英" in segment.text or segment.text.split("\n")[1].split()[:2] == [
        "1",
        "张秀英",
    ]


def test_a_page_of_too_many_pieces_keeps_its_plain_text(tmp_path: Path, monkeypatch) -> None:
    import scanner.extract.pdfrows as pdfrows

    rows = [HEADER, ["1", "张秀英", "2024001234", "东风村", "13812345678"]] * 3
    path = make_table_pdf(tmp_path / "多.pdf", [rows], COLUMNS)
    page = PdfReader(path).pages[0]
    assert page_text(page) != page.extract_text()
    monkeypatch.setattr(pdfrows, "MAX_PIECES", 5)  # the bound on work per page
    assert page_text(page) == page.extract_text()
