"""PDF text layers: Chinese round trip, encryption, scans, damage."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from scanner.extract import ExtractionError, Segment, extract
from scanner.extract.pdf import CORRUPT, ENCRYPTED, NO_TEXT
from tests.docmaker import make_image_pdf, make_pdf

PAGES = [
    "出院小结\n患者姓名：张三  性别：男\n身份证号：11010519491231002X",
    "诊断：2型糖尿病；高血压（3级）\n" + "医嘱：低盐低脂饮食，按时服药，定期复查血糖。" * 6,
    "联系电话：13812345678\n主治医师：李四\n卫生院 内部资料",
]


def squeeze(text: str) -> str:
    return "".join(text.split())


def read(path: Path) -> list[Segment]:
    fmt, items = extract(path)
    assert fmt == "pdf"
    return list(items)


def failure(path: Path) -> str:
    with pytest.raises(ExtractionError) as caught:
        read(path)
    return caught.value.reason


def test_chinese_round_trips_page_by_page(tmp_path: Path) -> None:
    # also the check behind docmaker's font choice (reportlab's built-in STSong-Light)
    got = read(make_pdf(tmp_path / "a.pdf", PAGES))
    assert [s.location for s in got] == [{"page": 1}, {"page": 2}, {"page": 3}]
    for segment, page in zip(got, PAGES, strict=True):
        # wrapped lines come back with line breaks where the page wrapped them
        assert squeeze(segment.text) == squeeze(page)


def test_encrypted_with_empty_password_opens(tmp_path: Path) -> None:
    got = read(make_pdf(tmp_path / "a.pdf", PAGES[:1], password=""))
    assert "11010519491231002X" in got[0].text


def test_encrypted_with_password_is_an_error(tmp_path: Path) -> None:
    assert failure(make_pdf(tmp_path / "a.pdf", PAGES[:1], password="s3cret")) == ENCRYPTED


def test_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    assert failure(make_image_pdf(tmp_path / "scan.pdf")) == NO_TEXT


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_pdf_is_an_error_without_noise(
    tmp_path: Path, keep: float, caplog: pytest.LogCaptureFixture
) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", PAGES).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: int(len(whole) * keep)])
    caplog.set_level(logging.WARNING)
    assert failure(path) == CORRUPT
    # pypdf's own complaints are debug records for the log, not warnings for the clerk
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("患者张三的病历", encoding="utf-8")
    reason = failure(path)
    assert reason == CORRUPT
    assert "张三" not in reason
