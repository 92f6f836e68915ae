"""Text tables whose rows glue cells together, as a PDF's text layer gives them when the gap
between two cells is narrow: a name glued to the number after it, cells one space apart. Each
piece is put under the header it stands under on the line (texttable._unglued).

Every name and number here is invented for the test; none is taken from an evaluation set.
"""

from __future__ import annotations

from pathlib import Path

from scanner.pipeline import Scanner
from tests.docmaker import make_pdf, make_text

FOLLOW_UP = (
    "高血压随访汇总\n"
    " 姓名    档案号           随访日期血压      服药\n"
    " 章秀云43112410203100871 11-03      150/92  规律\n"
    " 滕国华43112410203100412 11-05      132/84  规律\n"
)

LAB = (
    "血常规结果汇总\n"
    " 样本号   住院号  姓名      WBC   HGB\n"
    " 0312-006 26-0528 夏永福12.6    118\n"
    " 0312-007 26-0533 桑雪梅    5.2   82\n"
)


def found(scanner: Scanner, path: Path) -> list[tuple[str, str]]:
    return [(f.entity_type, f.value) for f in scanner.scan_file(path).findings]


def test_a_name_glued_to_its_record_number_in_a_pdf(scanner: Scanner, tmp_path: Path) -> None:
    hits = found(scanner, make_pdf(tmp_path / "随访.pdf", [FOLLOW_UP]))
    assert ("PERSON", "章秀云") in hits
    assert ("PERSON", "滕国华") in hits
    assert ("CN_MEDICAL_RECORD_NO", "43112410203100871") in hits
    assert ("CN_MEDICAL_RECORD_NO", "43112410203100412") in hits


def test_cells_one_space_apart_in_a_text_table(scanner: Scanner, tmp_path: Path) -> None:
    hits = found(scanner, make_text(tmp_path / "血常规.txt", LAB))
    records = [v for e, v in hits if e == "CN_MEDICAL_RECORD_NO"]
    names = [v for e, v in hits if e == "PERSON"]
    assert records == ["26-0528", "26-0533"]
    assert names == ["夏永福", "桑雪梅"]


def test_a_glued_cell_under_one_column_is_read_whole(scanner: Scanner, tmp_path: Path) -> None:
    """A wide address cell ("城关镇解放路12号") under 住址 alone is not cut."""
    text = (
        " 姓名      住址                      电话\n 王秀英    城关镇解放路12号2单元301室  另附\n"
    )
    hits = found(scanner, make_text(tmp_path / "住址.txt", text))
    assert ("CN_ADDRESS", "城关镇解放路12号2单元301室") in hits
