"""Answers to the public's questions laid out as such — lines opening with 问： and their 答： —
are public however much they speak of money (docs/categories.md, "Issue 9, round 6 (cat4)", the
cat5 paragraph), through ``baomi scan`` on files made here, every figure invented. A
spokesman's script (…应答口径) is what the centre has not said yet: it is not read as published,
and the same figures as a plain ledger keep their category.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.clirun import scan_share

_QA = [
    "问：在卫生院住院能报多少？",
    "答：起付线200元，起付线以上报销比例85%，年度最高支付限额15万元。",
    "问：门诊慢特病怎么报销？",
    "答：高血压、糖尿病门诊用药费用按60%报销，年度限额3000元，需先办理慢特病认定。",
    "问：报销需要带什么材料？",
    "答：出院结算时直接报销，带医保电子凭证或社保卡即可，费用明细由收费处打印。",
]


@pytest.fixture(scope="module")
def scanned(cli_mode: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("questions")
    share = root / "share"
    share.mkdir(parents=True)
    (share / "问答.md").write_text("\n".join(["# 医保报销常见问题", *_QA]) + "\n", "utf-8")
    (share / "口径.md").write_text("\n".join(["# 医保报销投诉舆情应答口径", *_QA]) + "\n", "utf-8")
    return scan_share(share, root / "home", cli_mode)


def test_a_faq_on_reimbursement_is_public(scanned: dict[str, Any]) -> None:
    rec = scanned["问答.md"]
    assert rec["categories"] == []
    assert rec["public"] is True


def test_a_spokesmans_script_is_not_read_as_published(scanned: dict[str, Any]) -> None:
    assert scanned["口径.md"]["public"] is False
