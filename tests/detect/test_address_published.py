"""An organisation's own published address (letterhead, footer, notice signature) is not a
CN_ADDRESS finding; a resident's home address beside it still is
(scanner/detect/recognizers/phone.py, :func:`is_published_address`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_xlsx

CENTRE = "芦溪镇卫生院"
ORG = "芦溪镇人民路88号"
HOME = "芦溪镇东风村3组17号"


def addresses(scanner: Scanner, text: str) -> list[str]:
    return [f.value for f in scanner.scan_text(text).findings if f.entity_type == "CN_ADDRESS"]


@pytest.mark.parametrize(
    "text",
    [
        f"单位地址：{ORG}  电话：0570-6012345",
        f"{CENTRE}  院址：{ORG}  邮编：324300",
        f"价格监督：{CENTRE}，地址：{ORG}，举报电话：0570-6013399",
        f"报名地点：{CENTRE}（{ORG}）三楼院办公室。",
        f"地址：{ORG}  咨询电话：0570-6012120",
        f"{CENTRE}双向转诊单\n地址：{ORG}  电话：0570-6012345",
    ],
)
def test_the_organisations_own_address_is_not_reported(scanner: Scanner, text: str) -> None:
    assert addresses(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"住址：{HOME}",
        f"家庭住址：{HOME}  电话：0570-6012345",
        f"患者王建国，现住{HOME}，{CENTRE}随访。",
        f"姓名：李秀英  地址：{HOME}  电话：0570-6012345",
        f"地址：{HOME}",
        f"{CENTRE}\n家庭地址：{HOME}  电话：0570-6012345",
        f"{CENTRE}上门随访记录\n患者：王建国  地址：{HOME}  电话：0570-6012345",
    ],
)
def test_a_home_address_stays_a_finding(scanner: Scanner, text: str) -> None:
    assert addresses(scanner, text) == [HOME]


def test_letterhead_address_dropped_home_address_kept_in_docx(
    scanner: Scanner, tmp_path: Path
) -> None:
    path = tmp_path / "转诊单.docx"
    make_docx(
        path,
        [
            f"{CENTRE}双向转诊单",
            f"{CENTRE}  单位地址：{ORG}  电话：0570-6012345",
            "患者姓名：赵秀英  性别：女  联系电话：13857012345",
            f"住址：{HOME}",
            "初步诊断：脑梗死恢复期",
        ],
    )
    found = scanner.scan_file(path).findings
    assert [f.value for f in found if f.entity_type == "CN_ADDRESS"] == [HOME]


def test_an_address_column_of_a_resident_list_is_kept(scanner: Scanner, tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    make_xlsx(
        path, {"Sheet1": [["姓名", "地址"], ["王建国", HOME], ["李秀英", "芦溪镇红星村2组8号"]]}
    )
    found = scanner.scan_file(path).findings
    assert {f.value for f in found if f.entity_type == "CN_ADDRESS"} == {
        HOME,
        "芦溪镇红星村2组8号",
    }


@pytest.mark.parametrize(
    "text",
    [
        f"咨询电话：0570-6012345\n地址：{ORG}\n卫生健康服务热线：12320",
        f"地址：{ORG}\n预约电话：0570-6012120",
    ],
)
def test_an_address_in_a_published_contact_block_is_not_reported(
    scanner: Scanner, text: str
) -> None:
    assert addresses(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a consultation about a patient: the service word has no number after it
        f"咨询内容：高血压用药\n地址：{HOME}",
        # the line beside it names a person
        f"咨询人：张秀英  电话：13857012345\n地址：{HOME}",
        f"投诉电话：0570-6013399（王建国）\n住址：{HOME}",
    ],
)
def test_a_home_address_beside_a_service_line_stays(scanner: Scanner, text: str) -> None:
    assert addresses(scanner, text) == [HOME]
