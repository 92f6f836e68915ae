"""Registers: rows of identified people are secret whatever their words; the register's words
pick its categories; column headers make health facts of their cells; security and logistics
logs, written passwords, payment forms and tax lists have categories of their own; published
lists and blank forms stay public (rules/categories.yaml ``register``)."""

from __future__ import annotations

from pathlib import Path

from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_text, make_xlsx

NAMES = ["王建国", "李秀英", "陈晓燕", "赵志强", "刘桂兰"]
IDS = ["110101199003071006", "330106198507151008", "330824195003120010", "330824196811050027"]
ADDRESSES = [
    "芦溪镇东风村8组70号",
    "南岭镇石桥村3组12号",
    "华埠镇金星村5组8号",
    "马金镇龙山村2组33号",
]


def test_residents_with_ids_and_addresses_and_no_vocabulary_are_a_register(
    scanner: Scanner, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["序号", "姓名", "身份证号", "住址"]]
    rows += [
        [i, n, d, a]
        for i, (n, d, a) in enumerate(zip(NAMES, IDS, ADDRESSES, strict=False), start=1)
    ]
    result = scanner.scan_file(make_xlsx(tmp_path / "3月登记表.xlsx", {"Sheet1": rows}))
    assert result.categories == ["medical"]  # residents' personal data: policy §2 medical
    why = " ".join(result.reasons["medical"])
    assert "register: PERSON ×4" in why and "CN_RESIDENT_ID ×4" in why
    assert "王建国" not in why and IDS[0] not in why


def test_health_columns_make_facts_of_their_cells(scanner: Scanner, tmp_path: Path) -> None:
    rows: list[list[object]] = [["2025年职工健康体检结果汇总"]]
    rows.append(["姓名", "科室", "血压", "空腹血糖", "胸片", "体检结论"])
    for n in NAMES[:4]:
        rows.append([n, "内科", "150/95", "6.8", "双肺纹理增粗", "血压偏高，建议复查"])
    path = make_xlsx(tmp_path / "2025年职工健康体检结果汇总.xlsx", {"Sheet1": rows})
    result = scanner.scan_file(path)
    assert "medical" in result.categories and "personnel" in result.categories
    assert "clinical-column ×" in " ".join(result.reasons["medical"])


def test_logs_of_staff_take_operations_from_their_words(scanner: Scanner, tmp_path: Path) -> None:
    cctv = make_docx(
        tmp_path / "监控录像调阅登记表.docx",
        ["监控录像调阅登记表"],
        [
            [["调阅日期", "调阅人", "调阅事由", "摄像头位置", "审批人"]]
            + [
                ["2025-03-0" + str(i), n, "药房失窃核查", "药房门口", "赵志强"]
                for i, n in enumerate(NAMES[:3], start=1)
            ]
        ],
    )
    dispatch = make_text(
        tmp_path / "派车.csv",
        "公务用车派车登记\n日期,驾驶员,用车人,目的地,事由,出车时间\n"
        + "".join(
            f"2025-04-0{i},{n},{m},东风村,入户随访,08:30\n"
            for i, (n, m) in enumerate(zip(NAMES[:3], NAMES[2:5], strict=True), start=1)
        ),
    )
    for path in (cctv, dispatch):
        result = scanner.scan_file(path)
        assert result.categories == ["operations"], path.name
        assert any(r.startswith("register: PERSON") for r in result.reasons["operations"])


def test_written_passwords_are_operations_a_blank_password_field_is_not(
    scanner: Scanner, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["系统名称", "使用人", "账号", "初始密码"]]
    rows += [
        ["HIS门诊", "王建国", "lx1023", "Lx@482913"],
        ["财务软件", "李秀英", "lx2051", "Cw#771204"],
    ]
    result = scanner.scan_file(make_xlsx(tmp_path / "账号分配.xlsx", {"Sheet1": rows}))
    assert result.categories == ["operations"]
    assert "credentials: credential ×2" in " ".join(result.reasons["operations"])
    assert "Lx@482913" not in " ".join(result.reasons["operations"])
    blank = scanner.scan_text(
        "系统账号申请表（空白表）\n申请人：______\n账号：______\n密码：______"
    )
    assert blank.categories == []


def test_payment_forms_and_tax_lists_are_financial(scanner: Scanner, tmp_path: Path) -> None:
    loan = scanner.scan_text(
        "借款单\n借款人：王建国\n借款事由：采购疫苗冷链温度计\n借款金额：人民币叁仟元整（¥3000.00）"
    )
    assert loan.categories == ["financial"]
    rows: list[list[object]] = [["姓名", "身份证号", "本月收入", "应纳税所得额", "已扣税额"]]
    rows += [[n, d, "7200.00", "1450.00", "43.50"] for n, d in zip(NAMES, IDS, strict=False)]
    tax = scanner.scan_file(
        make_xlsx(tmp_path / "个税.xlsx", {"Sheet1": [["2025年4月个人所得税扣缴申报明细"], *rows]})
    )
    assert set(tax.categories) == {"financial", "personnel"}  # not medical: IDs say "people"


def test_published_list_of_names_stays_public(scanner: Scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "公示.docx",
        [
            "2025年度专业技术职务聘任人员名单公示",
            "经院务会研究，拟聘任以下人员，现予公示，公示期5个工作日。",
        ],
        [
            [["序号", "姓名", "科室", "拟聘职称"]]
            + [[str(i), n, "内科", "主治医师"] for i, n in enumerate(NAMES, start=1)]
        ],
    )
    result = scanner.scan_file(path)
    assert result.categories == [] and result.public


def test_names_without_identifiers_or_specific_words_are_not_a_register(
    scanner: Scanner,
) -> None:
    text = "业务学习签到\n" + "\n".join(f"{n}  已到" for n in NAMES) + "\n统计：5人"
    result = scanner.scan_text(text)
    assert sum(f.entity_type == "PERSON" for f in result.findings) >= 3
    assert result.categories == []


def test_asset_inventory_is_financial_not_medical(scanner: Scanner, tmp_path: Path) -> None:
    # 保管人's left-hand label is the cell before it (B超室): a room, not a health column
    rows: list[list[object]] = [["2025年固定资产清查盘点表"]]
    rows.append(["资产编号", "资产名称", "原值", "累计折旧", "净值", "使用科室", "保管人"])
    for k, n in enumerate(NAMES[:4], start=1):
        rows.append(
            [f"ZC{k:03d}", "彩色多普勒超声", "386000.00", "120000.00", "266000.00", "B超室", n]
        )
    result = scanner.scan_file(make_xlsx(tmp_path / "资产.xlsx", {"Sheet1": rows}))
    assert result.categories == ["financial"]
    assert "clinical-column" not in " ".join(sum(result.reasons.values(), []))


def test_drug_write_off_is_financial_and_operations(scanner: Scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "报损.docx",
        ["药品报损审批表", "申请人：王建国  药剂科负责人：李秀英"],
        [
            [
                ["药品名称", "规格", "批号", "数量", "单价", "金额", "报损原因"],
                ["阿莫西林胶囊", "0.25g*24", "20230512", "12", "12.50", "150.00", "过期失效"],
            ]
        ],
    )
    assert set(scanner.scan_file(path).categories) == {"financial", "operations"}


def test_a_published_team_card_with_staff_mobiles_is_not_a_register(scanner: Scanner) -> None:
    text = (
        "芦溪镇家庭医生签约服务团队\n"
        "东风村团队：团队长 王建国（全科医生）13857011111，成员 李秀英（护士）15057022222\n"
        "前进村团队：团队长 陈晓燕 18857033333，成员 赵志强 13957044444\n"
        "签约居民可享受免费健康体检、慢病随访等服务。"
    )
    result = scanner.scan_text(text)
    assert sum(f.entity_type == "CN_PHONE" for f in result.findings) == 4
    assert result.categories == []


def test_payouts_and_credits_per_person_are_personnel_a_training_notice_is_not(
    scanner: Scanner,
) -> None:
    pay = "2025年一季度乡村医生补助发放表\n姓名\t村卫生室\t基本公卫补助\t合计\n" + "\n".join(
        f"{n}\t东风村卫生室\t3200\t4700" for n in NAMES[:4]
    )
    credits = "继续教育学分登记\n姓名\t科室\t项目\t学分\n" + "\n".join(
        f"{n}\t内科\t急救技能培训\t10" for n in NAMES[:4]
    )
    for text in (pay, credits):
        assert scanner.scan_text(text).categories == ["personnel"], text.split("\n")[0]
    notice = (
        "关于举办2025年急救技能培训班的通知\n为提高急救技能，定于6月10日举办培训班，"
        "参加者授予继续教育Ⅱ类学分2分。请各科室于6月5日前报名。"
    )
    assert scanner.scan_text(notice).categories == []
