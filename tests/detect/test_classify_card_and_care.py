"""The rules' own category errors (issue 9 item 5, docs/categories.md "Identified people, and
the rules' own category errors"), through ``baomi scan`` on files made here — every name, ID,
card and phone invented:

- a patient's referral form that names the service (双向转诊) is medical, not a cooperation;
  an agreement of 双向转诊 between two bodies stays ``other``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.clirun import MODE_VAR, baomi, jsonl
from tests.docmaker import make_docx

_REFERRAL = [
    "双向转诊（转出）单",
    "临江县人民医院心内科：",
    "现有患者覃德贵，男，82岁，身份证号331122194203153015，住址临江县石门镇青竹村5组，"
    "因“反复胸闷10年，加重3天”于我院住院（住院号：ZY2026110345），需转入贵院进一步诊治，请予接诊。",
    "初步诊断：冠心病；高血压3级。",
    "家属：覃建国（长子） 13907715238",
    "转诊医生：蒙秀兰  2026年11月18日",
]
_AGREEMENT = [
    "双向转诊合作协议（讨论稿）",
    "甲方：临江县石门镇卫生院",
    "乙方：临江县人民医院",
    "为推进分级诊疗，双方就双向转诊、远程会诊开展合作，约定如下：",
    "一、乙方为甲方转诊患者开通绿色通道。",
    "二、合作期限三年。",
]


@pytest.fixture(scope="module")
def scanned(cli_mode: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("card-care")
    share = root / "share"
    make_docx(share / "转诊单.docx", _REFERRAL)
    make_docx(share / "合作协议.docx", _AGREEMENT)
    env = {
        "BAOMI_HOME": str(root / "home"),
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
        MODE_VAR: cli_mode,
    }
    r = baomi("scan", str(share), "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    return {Path(rec["path"]).name: rec for rec in jsonl(r.stdout) if "path" in rec}


def test_a_referral_form_is_the_patient_s_care_not_a_cooperation(
    scanned: dict[str, Any],
) -> None:
    rec = scanned["转诊单.docx"]
    assert rec["categories"] == ["medical"]
    assert not any("覃德贵" in r for r in rec["reasons"]["medical"])


def test_a_referral_agreement_stays_a_cooperation(scanned: dict[str, Any]) -> None:
    rec = scanned["合作协议.docx"]
    assert rec["categories"] == ["other"]
    assert any(r.startswith("cooperation:") for r in rec["reasons"]["other"])
