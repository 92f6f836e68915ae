"""Categories from evidence: identified people with health facts, accounts and cards; the shipped
vocabularies; what is not evidence (job titles, one 万元) and what is not publication."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.detect import vocab
from scanner.detect.classify import Classifier
from scanner.detect.rulepacks import RulesError, load_rules
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

ID1 = "110101199003071006"
ID2 = "330106198507151008"


def test_vocabularies_are_shipped_with_their_provenance() -> None:
    readme = Path(vocab.__file__).with_name("README.md").read_text(encoding="utf-8")
    for name in vocab.VOCABULARIES:
        terms = vocab.terms(name)
        assert len(terms) > 50, name
        assert f"`{name}.txt`" in readme
    assert "MIT License" in readme and "a30ce79d895d01ab5132a5c74c29703ff7efb4cc" in readme
    assert {"肝功能", "血常规", "谷丙转氨酶"} <= vocab.terms("lab")
    assert {"高血压", "糖尿病"} <= vocab.terms("disease")
    assert {"阿莫西林", "二甲双胍"} <= vocab.terms("drug")
    assert {"银行存款", "应付职工薪酬"} <= vocab.terms("account")
    # generic words that merely end like a disease, drug or test are not facts
    assert not {"疾病", "照片", "因素", "常规检查"} & (
        vocab.terms("disease") | vocab.terms("drug") | vocab.terms("lab")
    )


def test_unknown_fact_kind_is_a_rules_error() -> None:
    rules = load_rules().categories
    sig = rules.categories[0].signals[0]
    broken = type(sig)(sig.id, sig.weight, facts=("no-such-list",))
    cat = type(rules.categories[0])("medical", "医疗信息", (broken,))
    with pytest.raises(RulesError, match="no-such-list"):
        Classifier(type(rules)(4, 60, 1.5, (cat,), rules.public, rules.examples))


def test_health_check_register_in_xlsx_is_medical(scanner, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "体检汇总.xlsx",
        {
            "Sheet1": [
                ["姓名", "身份证号", "血压", "空腹血糖", "心电图", "结论"],
                ["王建国", ID1, "142/90mmHg", "7.2mmol/L", "窦性心律", "高血压"],
                ["李秀英", ID2, "118/76mmHg", "5.1mmol/L", "正常", "未见异常"],
            ]
        },
    )
    result = scanner.scan_file(path)
    assert result.categories == ["medical"]
    why = " ".join(result.reasons["medical"])
    assert "identified-person-health-facts: CN_RESIDENT_ID ×2" in why and "vital ×" in why
    assert "142/90" not in why and "王建国" not in why  # kinds and counts, never a value


def test_bank_account_confirmation_in_docx_is_financial(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "账户确认.docx",
        ["银行账户信息确认函", "单位：某某镇卫生院"],
        tables=[
            [
                ["开户行", "中国农业银行某某支行"],
                ["基本户账号", "1903 0101 0400 12345"],
                ["经办人公务卡号", "6283 6600 1234 5678 901"],
            ]
        ],
    )
    result = scanner.scan_file(path)
    assert result.categories == ["financial"]
    assert any(r.startswith("bank-accounts") for r in result.reasons["financial"])


def test_vaccination_register_in_pdf_is_medical(scanner, tmp_path: Path) -> None:
    lines = ["预防接种登记表", "姓名 身份证号 疫苗 剂次 接种日期"]
    lines += [f"赵小明 {ID1} 乙肝疫苗 第2剂 2025-03-01", f"钱小红 {ID2} 乙肝疫苗 第1剂 2025-03-01"]
    result = scanner.scan_file(make_pdf(tmp_path / "接种.pdf", ["\n".join(lines)]))
    assert result.categories == ["medical"]


def test_job_titles_and_departments_are_not_clinical(scanner, tmp_path: Path) -> None:
    rows = "\n".join(
        f"{n}\t{d}\t{t}\t{p}"
        for n, d, t, p in [
            ("张伟", "内科", "主治医师", "13805712345"),
            ("李娜", "护理部", "主管护师", "13905712346"),
            ("陈刚", "检验科", "检验师", "13605712347"),
        ]
    )
    text = "2025年第一季度值班费发放表\n姓名\t科室\t职称\t联系电话\n" + rows
    result = scanner.scan_file(make_text(tmp_path / "值班费.txt", text))
    assert "medical" not in result.categories
    assert "personnel" in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "2025年家庭医生签约服务工作计划\n一、工作目标：签约率达到60%\n二、工作流程\n三、经费预计3万元",
        "2025年第二季度耗材采购计划\n名称 规格 数量 单价\n一次性注射器 5ml 2000 0.35\n合计 700元",
    ],
)
def test_one_money_word_does_not_make_a_plan_financial(scanner, text: str) -> None:
    result = scanner.scan_text(text)
    assert "financial" not in result.categories
    assert result.categories == ["operations"]


@pytest.mark.parametrize(
    "sentence",
    [
        "本方案为内部讨论材料，不得对外公开。",
        "名单公示前不得外泄。",
        "拟聘人员名单在院内公示5个工作日。",
    ],
)
def test_negated_or_internal_publication_is_not_public(scanner, sentence: str) -> None:
    text = f"关于2025年度职称聘任和岗位调整的通知\n经院务会研究，聘任王建国同志为主治医师。\n{sentence}"
    result = scanner.scan_text(text)
    assert result.public is False
    assert "personnel" in result.categories


def test_public_material_with_health_facts_stays_uncategorised(scanner) -> None:
    text = (
        "健康教育宣传：高血压和糖尿病的防治\n高血压患者应规律服用硝苯地平或氨氯地平，定期检查血常规、"
        "肝功能、血脂。血压控制在130/80mmHg以下。咨询电话：0570-6012345"
    )
    result = scanner.scan_text(text)
    assert result.public is True and result.categories == []


def test_a_clerk_beside_a_drug_order_is_not_a_patient(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "采购计划.docx",
        ["2025年第2季度药品采购计划", "经办：赵秀兰  联系电话：13905712345"],
        tables=[
            [
                ["品名", "规格", "数量", "采购单价"],
                ["盐酸二甲双胍片", "0.5g*20片", "300", "11.65"],
                ["硝苯地平缓释片", "10mg*30片", "400", "15.49"],
                ["阿托伐他汀钙片", "20mg*7片", "340", "10.99"],
            ]
        ],
    )
    result = scanner.scan_file(path)
    assert result.categories == ["operations"]


def test_a_follow_up_list_names_patients_beside_their_diagnoses(scanner) -> None:
    rows = [
        ("王秀兰", "13805712345", "芦溪镇东风村8组", "高血压", "硝苯地平"),
        ("李国强", "13905712346", "芦溪镇石桥村3组", "2型糖尿病", "二甲双胍"),
        ("陈桂芳", "13605712347", "芦溪镇新华村5组", "高血压", "氨氯地平"),
    ]
    text = "慢病随访名单\n姓名\t电话\t住址\t疾病\t用药\n" + "\n".join("\t".join(r) for r in rows)
    result = scanner.scan_text(text)
    assert "medical" in result.categories
    assert any(r.startswith("contactable-person-health-facts") for r in result.reasons["medical"])


def test_a_leave_approval_form_is_personnel(scanner, tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "请假审批表.docx",
        ["请假审批表"],
        tables=[
            [
                ["姓名", "刘晓燕", "科室", "内科"],
                ["职称", "主管护师", "参加工作时间", "2012年7月"],
                ["请假事由", "家中有事", "请假天数", "3天"],
            ]
        ],
    )
    result = scanner.scan_file(path)
    assert result.categories == ["personnel"]
    assert any(r.startswith("staff-record: PERSON") for r in result.reasons["personnel"])
