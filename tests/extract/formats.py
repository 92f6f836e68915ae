"""Shared by the format tests: the committed fixtures and what they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.extract import DEFAULT_LIMITS, ExtractionError, FileSkipped, Limits, Segment, extract

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
ID = "11010519491231002X"
PARAGRAPH = f"患者张三的身份证号是{ID}，请注意保密。"


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, list[Segment]]:
    fmt, segments = extract(path, limits)
    return fmt, list(segments)


def failed(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(ExtractionError) as caught:
        read(path, limits)
    assert ID not in caught.value.reason
    return caught.value.reason


def skipped(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(FileSkipped) as caught:
        read(path, limits)
    return caught.value.reason


def by_text(segments: list[Segment]) -> dict[str, Segment]:
    return {s.text: s for s in segments if s.unread is None}
