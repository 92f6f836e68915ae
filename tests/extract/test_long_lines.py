"""A line longer than the text extractor's cut (MAX_LINE_CHARS) must not separate a label from
its value: padding a secret away from its label across the cut was an evasion (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.extract.text import MAX_LINE_CHARS, TextExtractor
from scanner.pipeline import Scanner


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (
            "住院号：" + " " * (MAX_LINE_CHARS + 500_000) + "ZY2024001",
            "CN_MEDICAL_RECORD_NO",
            "ZY2024001",
        ),
        (
            "身份证号：" + "\t" * (2 * MAX_LINE_CHARS + 7) + "11010519491231002X",
            "CN_RESIDENT_ID",
            "11010519491231002X",
        ),
        (
            "x" * (MAX_LINE_CHARS - 3) + "住院号：ZY2024001 其余",
            "CN_MEDICAL_RECORD_NO",
            "ZY2024001",
        ),
    ],
    ids=["blanks-across-one-cut", "tabs-across-two-cuts", "label-split-by-the-cut"],
)
def test_a_value_padded_across_the_cut_is_still_found(
    tmp_path: Path, scanner: Scanner, text: str, entity: str, value: str
) -> None:
    path = tmp_path / "padded.txt"
    path.write_text(text + "\n第二行\n", encoding="utf-8")
    result = scanner.scan_file(path)
    assert result.status == "ok"
    assert (entity, value) in [(f.entity_type, f.value) for f in result.findings]


def test_the_cut_keeps_every_character_but_the_dropped_blanks(tmp_path: Path) -> None:
    words = "".join(f"{i:07d}" for i in range(MAX_LINE_CHARS // 7 + 100))  # no blanks at all
    path = tmp_path / "one_line.txt"
    path.write_text(words + "\n尾行\n", encoding="utf-8")
    segments = list(TextExtractor().extract(path))
    assert [s.location["line"] for s in segments] == [1, 1, 2]
    assert "".join(s.text for s in segments[:2]) == words
    assert segments[2].text == "尾行"
