"""A handling note (内部资料, 此件不公开) on a report from above the centre is what that body asks
to keep (policy §2 other; docs/categories.md, "Issue 9, round 6 (cat4)"), through ``baomi scan``
on files made here — every name and figure invented:

- a markdown bulletin whose bold mark line stands above its county-wide title (全县…通报) reads
  the title as its heading and takes ``other``; the centre's own lab report under the same bold
  mark does not;
- a feedback whose title is a county bureau's (县卫健局督导组反馈意见) with 此件不公开 at its foot
  takes ``other``; the centre's own drill plan with the same note does not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.clirun import scan_share
from tests.docmaker import make_text

_COUNTY_BULLETIN = (
    "**内部资料 注意保存**\n"
    "# 全县医疗质量安全督查情况通报\n"
    "一、督查发现问题\n"
    "1. 青竹镇卫生院：病历书写不规范率 21%，处方点评不合格 5 张；\n"
    "2. 石门镇卫生院：消毒记录不全，已约谈分管院长；\n"
    "二、处理意见\n"
    "对石门镇卫生院通报批评，扣年度考核分 4 分。\n"
)
_OWN_LAB = (
    "**内部资料 注意保存**\n"
    "# 石门镇卫生院检验科检验报告单\n"
    "姓名：韦春燕  住院号：ZY2026000377  身份证号：110101198001011237\n"
    "检验项目：血常规  结果：白细胞 12.6×10^9/L  临床诊断：肺炎\n"
)
_FEEDBACK = (
    "县卫健局督导组反馈意见（口头反馈记录）\n"
    "1. 家庭医生签约重签约、轻履约，电话抽查18户，5户不知道自己签了约。\n"
    "2. 中医馆部分设备闲置，使用率不高。\n"
    "督导组要求：整改情况书面报局。\n"
    "此件不公开\n"
)
_OWN_DRILL = (
    "石门镇卫生院停电应急演练方案\n"
    "1. 14:30 总务科切断门诊楼总闸，观察各科室3分钟内是否启用应急灯。\n"
    "2. 14:35 启动发电机，目标5分钟内恢复供电；失败则启用备用方案。\n"
    "3. 演练后各科室提交应急演练小结，评估应急处置能力。\n"
    "此件不公开\n"
)


@pytest.fixture(scope="module")
def scanned(cli_mode: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("marks-outside")
    share = root / "share"
    make_text(share / "通报.md", _COUNTY_BULLETIN)
    make_text(share / "检验.md", _OWN_LAB)
    make_text(share / "反馈.txt", _FEEDBACK)
    make_text(share / "演练.txt", _OWN_DRILL)
    return scan_share(share, root / "home", cli_mode)


def test_a_county_bulletin_under_a_bold_mark_line_is_kept_for_the_county(
    scanned: dict[str, Any],
) -> None:
    rec = scanned["通报.md"]
    assert rec["existing_mark"]["text"] == "内部资料注意保存"
    assert "other" in rec["categories"]
    assert rec["reasons"]["other"] == ["existing-mark: 内部资料注意保存"]


def test_the_centre_s_own_report_under_a_bold_mark_line_adds_no_other(
    scanned: dict[str, Any],
) -> None:
    rec = scanned["检验.md"]
    assert "medical" in rec["categories"]
    assert "other" not in rec["categories"]


def test_a_county_bureau_s_feedback_with_a_handling_note_is_other(
    scanned: dict[str, Any],
) -> None:
    rec = scanned["反馈.txt"]
    assert "other" in rec["categories"]
    assert any(r.startswith("existing-mark:") for r in rec["reasons"]["other"])


def test_the_centre_s_own_plan_with_a_handling_note_adds_no_other(
    scanned: dict[str, Any],
) -> None:
    rec = scanned["演练.txt"]
    assert rec["categories"]
    assert "other" not in rec["categories"]
