"""The shared contract: LabelSpec, expiry dates, the registry, mark recognition."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from labelers.interface import (
    LabelSpec,
    expiry_date,
    is_known_mark,
    mark_pattern,
    parse_mark,
)
from labelers.registry import LABELERS, SIDECAR_ONLY, labeler_for, sidecar_path


def test_expiry_date_counts_calendar_years() -> None:
    assert expiry_date(date(2024, 2, 29), 30) == date(2054, 2, 28)
    assert expiry_date(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert expiry_date(date(2025, 12, 31), 10) == date(2035, 12, 31)
    with pytest.raises(ValueError):
        expiry_date(date(2025, 1, 1), -1)


def test_spec_make_and_checks() -> None:
    beijing = timezone(timedelta(hours=8))
    spec = LabelSpec.make(
        "秘密 保密期限：30年", "秘密", ["medical"], 30, datetime(2025, 3, 1, 7, tzinfo=beijing)
    )
    assert spec.expires == date(2055, 3, 1) and spec.categories == ("medical",)
    with pytest.raises(ValueError, match="timezone"):
        LabelSpec.make("秘密 保密期限：30年", "秘密", (), 30, datetime(2025, 3, 1))
    with pytest.raises(ValueError, match="one"):
        LabelSpec.make("秘密\n保密期限：30年", "秘密", (), 30, datetime.now(UTC))


def test_registry_covers_every_format() -> None:
    assert set(LABELERS) == {
        "docx",
        "pdf",
        "xlsx",
        "pptx",
        "odt",
        "ods",
        "txt",
        "md",
        "csv",
        *SIDECAR_ONLY,
    }
    for fmt, labeler in LABELERS.items():
        assert fmt in labeler.formats
    assert labeler_for("csv").formats == ("csv",)
    assert labeler_for("doc").formats == SIDECAR_ONLY  # legacy binary: the sidecar
    assert labeler_for("exe") is None
    assert sidecar_path(Path("/共享/工资.csv")) == Path("/共享/工资.csv.label.json")


def test_mark_recognition() -> None:
    spec = LabelSpec.make("秘密 保密期限：30年", "秘密", ("medical",), 30, datetime.now(UTC))
    pattern = mark_pattern(spec)
    assert pattern.fullmatch("秘密 保密期限：10年")
    assert pattern.fullmatch("秘密★5年")
    assert not pattern.fullmatch("秘密 保密期限：30年以内")
    custom = LabelSpec.make("内部资料 保存30年", "秘密", (), 30, datetime.now(UTC))
    assert mark_pattern(custom).fullmatch("内部资料 保存5年")
    assert mark_pattern(custom, "旧标识").fullmatch("旧标识")
    assert is_known_mark("机密★20年") and not is_known_mark("保密期限：30年")
    assert parse_mark("秘密 保密期限：30年") == ("秘密", 30)
