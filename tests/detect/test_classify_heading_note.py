"""A title's own note that the document is not out yet — （财务科内部）, （未上报前稿）,
（征求意见，未下发） — declares it a work secret (docs/categories.md, "Issue 9, round 6 (cat4)"),
through ``baomi scan`` on files made here, every figure invented. The same ledger under a title
whose note says nothing of the kind (（2026年）) stays without a category, and a leaflet whose
note names its edition stays public.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.clirun import scan_share
from tests.docmaker import make_docx, make_xlsx

_ROWS = [
    ["月份", "申报金额", "已拨付", "审核扣款", "未拨付余额"],
    ["1月", "612,430.18", "598,200.00", "14,230.18", "0.00"],
    ["6月", "705,116.42", "650,000.00", "9,806.40", "45,310.02"],
    ["10月", "688,920.75", "0.00", "0.00", "688,920.75"],
]
_LEAFLET = [
    "居民健康小知识：手卫生五个时刻（2026年版）",
    "一、接触患者前；二、进行清洁或无菌操作前；三、接触体液后；四、接触患者后；五、接触患者周围环境后。",
    "勤洗手，少生病。欢迎关注卫生院公众号。",
]


@pytest.fixture(scope="module")
def scanned(cli_mode: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("heading-note")
    share = root / "share"
    make_xlsx(
        share / "台账内部.xlsx", {"Sheet1": [["应收医疗保险款台账（2026年，财务科内部）"], *_ROWS]}
    )
    make_xlsx(share / "台账.xlsx", {"Sheet1": [["应收医疗保险款台账（2026年）"], *_ROWS]})
    make_docx(share / "问答.docx", _LEAFLET)
    return scan_share(share, root / "home", cli_mode)


def test_a_ledger_whose_title_says_internal_is_secret(scanned: dict[str, Any]) -> None:
    rec = scanned["台账内部.xlsx"]
    assert rec["categories"] == ["financial"]
    assert rec["reasons"]["financial"][-1] == "declared-secret: heading note 内部"


def test_the_same_ledger_without_the_note_stays_open(scanned: dict[str, Any]) -> None:
    assert scanned["台账.xlsx"]["categories"] == []


def test_an_edition_note_keeps_a_leaflet_public(scanned: dict[str, Any]) -> None:
    assert scanned["问答.docx"]["categories"] == []
