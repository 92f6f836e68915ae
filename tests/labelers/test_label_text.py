"""TextBannerLabeler: the mark on the first line, encoding, BOM and newlines kept."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from pathlib import Path

import pytest

from labelers.interface import LabelError, LabelSpec
from labelers.text import TextBannerLabeler

MARK30 = "秘密 保密期限：30年"
MARK10 = "秘密 保密期限：10年"
STAR = "秘密★5年"
WHEN = datetime(2025, 1, 2, 3, 4, tzinfo=UTC)
LINES = ["职工体检汇总", "姓名：赵敏 血压：140/90", "结论：复查"]

# (codec used to write, BOM written first)
ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("gb18030", b""),
    ("gbk", b""),
]


def spec(text: str = MARK30, years: int = 30) -> LabelSpec:
    return LabelSpec.make(text, "秘密", ("medical",), years, WHEN)


def write(path: Path, codec: str, bom: bytes, newline: str, lines: list[str] = LINES) -> Path:
    path.write_bytes(bom + newline.join(lines).encode(codec) + newline.encode(codec))
    return path


@pytest.mark.parametrize(("codec", "bom"), ENCODINGS)
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_banner_keeps_encoding_bom_and_newlines(
    tmp_path: Path, codec: str, bom: bytes, newline: str
) -> None:
    src = write(tmp_path / "体检.txt", codec, bom, newline)
    original = src.read_bytes()
    out = tmp_path / "out.txt"
    labeler = TextBannerLabeler()
    outcome = labeler.label(src, out, spec())
    assert outcome.method == "banner" and outcome.changed
    assert src.read_bytes() == original
    assert out.read_bytes() == bom + (MARK30 + newline).encode(codec) + original[len(bom) :]
    label = labeler.read(out)
    assert label is not None
    assert (label["text"], label["level"], label["retention_years"]) == (MARK30, "秘密", 30)
    assert label["categories"] is None and label["expires"] is None

    twice = tmp_path / "twice.txt"
    assert not labeler.label(out, twice, spec()).changed
    assert twice.read_bytes() == out.read_bytes()

    again = tmp_path / "again.txt"
    assert labeler.label(out, again, spec(MARK10, 10)).changed
    assert again.read_bytes() == bom + (MARK10 + newline).encode(codec) + original[len(bom) :]


def test_markdown_banner_is_its_own_paragraph(tmp_path: Path) -> None:
    src = tmp_path / "会议纪要.md"
    src.write_text("# 会议纪要\n\n参会：孙丽\n", encoding="utf-8")
    out, again = tmp_path / "out.md", tmp_path / "again.md"
    labeler = TextBannerLabeler()
    labeler.label(src, out, spec())
    assert out.read_text(encoding="utf-8") == f"{MARK30}\n\n# 会议纪要\n\n参会：孙丽\n"
    labeler.label(out, again, spec(MARK10, 10))
    assert again.read_text(encoding="utf-8") == f"{MARK10}\n\n# 会议纪要\n\n参会：孙丽\n"


def test_banner_in_the_other_form_is_replaced(tmp_path: Path) -> None:
    src = tmp_path / "old.txt"
    src.write_text(f"{STAR}\r\n正文\r\n", encoding="utf-8")
    assert TextBannerLabeler().read(src)["retention_years"] == 5
    out = tmp_path / "out.txt"
    TextBannerLabeler().label(src, out, spec())
    assert out.read_bytes() == f"{MARK30}\r\n正文\r\n".encode()


def test_first_line_that_only_mentions_secrecy_is_not_a_banner(tmp_path: Path) -> None:
    src = tmp_path / "制度.txt"
    src.write_text("秘密 保密期限：30年以内的文件如何管理\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert TextBannerLabeler().read(src) is None
    TextBannerLabeler().label(src, out, spec())
    assert out.read_text(encoding="utf-8").splitlines() == [
        MARK30,
        "秘密 保密期限：30年以内的文件如何管理",
    ]


def test_empty_and_one_line_files(tmp_path: Path) -> None:
    labeler = TextBannerLabeler()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.txt"
    labeler.label(empty, out, spec())
    assert out.read_bytes() == f"{MARK30}\n".encode()
    one = tmp_path / "one.txt"
    one.write_bytes(MARK10.encode())  # a banner and nothing else, no newline
    labeler.label(one, out, spec())
    assert out.read_bytes() == f"{MARK30}\n".encode()


def test_large_file_is_streamed_unchanged_below_the_banner(tmp_path: Path) -> None:
    src = tmp_path / "export.txt"
    body = ("门诊号,姓名,诊断\r\n" + "1001,周杰,感冒\r\n" * 40_000).encode("gb18030")
    src.write_bytes(body)
    out = tmp_path / "out.txt"
    TextBannerLabeler().label(src, out, spec())
    assert out.read_bytes() == f"{MARK30}\r\n".encode("gb18030") + body


def test_bad_inputs(tmp_path: Path) -> None:
    labeler = TextBannerLabeler()
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(LabelError, match="binary") as caught:
        labeler.label(binary, tmp_path / "out.txt", spec())
    assert "image.txt" in str(caught.value)
    missing = tmp_path / "missing.txt"
    with pytest.raises(LabelError, match="not found"):
        labeler.label(missing, tmp_path / "out.txt", spec())
    src = tmp_path / "a.txt"
    src.write_text("x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dst"):
        labeler.label(src, src, spec())


def test_labeled_text_still_scans(tmp_path: Path, scanner) -> None:
    src = tmp_path / "体检.txt"
    write(src, "gbk", b"", "\r\n")
    out = tmp_path / "out.txt"
    TextBannerLabeler().label(src, out, spec())
    result = scanner.scan_file(out)
    assert result.status == "ok"
    assert result.categories == scanner.scan_file(src).categories
