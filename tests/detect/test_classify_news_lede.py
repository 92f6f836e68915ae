"""A short news item — a headline, then a body opening with the day it reports (12月3日下午，…) —
is public however much its words speak of drills or cooperation (docs/categories.md, "Issue 9,
round 6 (cat4)", the cat5 paragraph), through ``baomi scan`` on files made here, every name and
figure invented. A record dated the same way whose title names its kind (…演练记录, 随访记录)
is not news: it keeps its category.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.clirun import scan_share
from tests.docmaker import make_docx

_BODY = [
    "12月3日下午，我院开展了突发停电应急演练，副院长石青云任总指挥，总务科柯立明负责启动备用发电机。",
    "演练检验了各科室的应急反应能力，达到了预期效果。",
]
_VISIT = [
    "11月20日上午，家庭医生乔雨桐与护士到柏溪村三组入户随访，患者祁长顺血压168/96mmHg，"
    "诉头晕两天，已调整用药为氨氯地平片5mg每日一次，嘱一周后复测。",
    "下次随访：12月20日。",
]


@pytest.fixture(scope="module")
def scanned(cli_mode: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("news-lede")
    share = root / "share"
    make_docx(share / "简报.docx", ["我院开展停电应急演练", *_BODY])
    make_docx(share / "记录.docx", ["停电应急演练记录", *_BODY])
    make_docx(share / "随访.docx", ["高血压患者随访记录", *_VISIT])
    return scan_share(share, root / "home", cli_mode)


def test_a_news_item_on_a_drill_is_public(scanned: dict[str, Any]) -> None:
    rec = scanned["简报.docx"]
    assert rec["categories"] == []
    assert rec["public"] is True


def test_the_drill_record_keeps_its_category(scanned: dict[str, Any]) -> None:
    rec = scanned["记录.docx"]
    assert rec["categories"] == ["operations"]
    assert rec["public"] is False


def test_a_dated_follow_up_record_stays_medical(scanned: dict[str, Any]) -> None:
    rec = scanned["随访.docx"]
    assert "medical" in rec["categories"]
    assert rec["public"] is False
