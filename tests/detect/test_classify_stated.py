"""Secrecy stated in words rather than a mark or a set phrase (issue 9): a restriction on passing
the matter on, a circle it is kept in, a request to keep it, a limited circle of knowledge, a
handling note, and a publication word under a negation ("不在院内公开", "公示之前"). Each makes a
document secret with a ``declared-secret`` reason naming the kinds, never the sentence; the
duties a published rule imposes, a promise to the public, a disclaimer and "可对外公开" do not
(scanner/detect/classify.py ``_STATED``, ``_NEGATED_PUBLICATION``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_text


def _scan(scanner: Scanner, path: Path) -> tuple[list[str], bool, dict[str, list[str]]]:
    result = scanner.scan_file(path)
    return list(result.categories), result.public, result.reasons


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("restriction", "此事正在调查中，请勿对外谈论，对外口径统一由办公室负责。"),
        ("restriction", "参会人员不得向外单位透露会议情况。"),
        ("restriction", "请大家不要对外讲。"),
        ("restriction", "评委不得将题目带出考场。"),
        ("circle", "以上测算仅供院领导决策参考。"),
        ("circle", "名单尚未经组织考察，仅限书记、院长知悉。"),
        ("request", "此事须保密，不得提前安排。"),
        ("request", "谈话前请严格保密，防止引发不稳定情况。"),
        ("scope", "调查材料仅报局纪检组，院内知情范围严格控制在纪检小组成员。"),
        ("handling", "面试题目考后收回，评委签字确认。"),
        ("negated-publication", "此报告仅报局计财股，不在院内公开。"),
        ("negated-publication", "排序结果在院务会研究并公示之前，由人事干事掌握。"),
    ],
)
def test_secrecy_stated_in_words_makes_a_document_secret(
    scanner: Scanner, tmp_path: Path, kind: str, sentence: str
) -> None:
    text = (
        "关于院内有关事项的情况说明\n"
        "近期院里对有关工作进行了研究，形成初步意见如下。\n"
        f"一、有关情况已经汇总。\n{sentence}\n"
    )
    cats, public, reasons = _scan(scanner, make_text(tmp_path / "doc.txt", text))
    assert cats and not public
    said = [r for rs in reasons.values() for r in rs if "stated in words" in r]
    assert said and kind in said[0]
    assert sentence[:6] not in said[0]  # kinds and counts, never the sentence


def test_a_docx_with_a_restriction_takes_the_category_of_its_words(
    scanner: Scanner, tmp_path: Path
) -> None:
    path = make_docx(
        tmp_path / "谈判.docx",
        [
            "食堂外包续签谈判要点",
            "现合同每人每餐补贴6.5元，对方提出涨到8元；我方可接受上限7.2元。",
            "合同期拟由三年改为两年，保证金由2万元提高到5万元。",
            "谈判底线请各位不要外传。",
        ],
    )
    cats, public, _ = _scan(scanner, path)
    assert cats and not public


@pytest.mark.parametrize(
    "text",
    [
        # a published rule's duties: 泄露 is no verb of passing the matter on
        "病历管理制度\n第一条 为加强病历管理，制定本制度。\n第二条 医务人员不得泄露患者隐私。\n"
        "第三条 病历不得涂改。\n第四条 本制度自印发之日起施行。",
        # a promise to the public and an invitation to share
        "关于医疗废物集中处置费用标准的说明\n处置费按床位收取，每床每月28元。\n"
        "本说明可对外公开，欢迎各医疗机构和群众查询监督。",
        # a disclaimer is no circle
        "冬季流感防治小知识\n勤洗手、多通风，出现发热及时就医。\n以上内容仅供参考，欢迎转发。",
        # words that only look like negations: 不断, 特别
        "我院不断推进院务公开\n本网讯 今年我院不断推进院务公开，特别告知群众收费标准。\n"
        "（通讯员 办公室）",
    ],
)
def test_duties_promises_and_disclaimers_are_no_statement_of_secrecy(
    scanner: Scanner, tmp_path: Path, text: str
) -> None:
    cats, _public, reasons = _scan(scanner, make_text(tmp_path / "doc.txt", text + "\n"))
    assert cats == []
    assert not any("stated in words" in r for rs in reasons.values() for r in rs)


LETTER = (
    "关于对你院有关问题进行核查的函\n"
    "柳溪镇卫生院：\n"
    "    近期我局收到反映你院在药品采购中存在问题的来信，请你院对耗材是否由个人指定供应商、"
    "是否收受配送企业礼品进行核查，于12月20日前书面报送。{secrecy}\n"
    "{issuer}\n"
    "2026年12月1日\n"
)


def test_what_a_body_above_the_centre_asks_to_keep_is_other(
    scanner: Scanner, tmp_path: Path
) -> None:
    """Policy §2 other: information a superior authority asks to keep secret, read from the
    issuer over the closing date, whatever the letter's subject (here procurement)."""
    text = LETTER.format(secrecy="本函内容不得向被反映人透露。", issuer="县卫生健康局纪检组")
    cats, public, reasons = _scan(scanner, make_text(tmp_path / "letter.txt", text))
    assert "other" in cats and not public
    assert reasons["other"][-1].startswith("superior-request: issued by a body above the centre")


@pytest.mark.parametrize(
    ("secrecy", "issuer"),
    [
        ("", "县卫生健康局纪检组"),  # asks nothing kept
        ("本函内容不得向被反映人透露。", "柳溪镇卫生院办公室"),  # the centre's own office
    ],
)
def test_no_superior_request_without_both_the_issuer_and_the_request(
    scanner: Scanner, tmp_path: Path, secrecy: str, issuer: str
) -> None:
    text = LETTER.format(secrecy=secrecy, issuer=issuer)
    _cats, _public, reasons = _scan(scanner, make_text(tmp_path / "letter.txt", text))
    assert not any(r.startswith("superior-request") for rs in reasons.values() for r in rs)


def test_a_kept_back_text_about_diseases_and_drugs_is_medical(
    scanner: Scanner, tmp_path: Path
) -> None:
    """A declared document whose words point nowhere takes medical from the shipped disease and
    drug vocabularies (unpublished clinical material), not the superior's ``other``."""
    text = (
        "关于近期几例不良反应的情况\n"
        "10月使用左氧氟沙星注射液后出现静脉炎，另有复方丹参注射液引起不适一例，均已好转。\n"
        "核对后再上报，核对前不对外提供。\n"
    )
    cats, public, reasons = _scan(scanner, make_text(tmp_path / "adr.txt", text))
    assert cats == ["medical"] and not public
    assert reasons["medical"][0].startswith("clinical-vocabulary: ")
    # the same with no clinical terms falls back to other
    plain = (
        text.replace("左氧氟沙星注射液", "某药")
        .replace("复方丹参注射液", "另一药")
        .replace("静脉炎", "红肿")
    )
    cats, _public, _reasons = _scan(scanner, make_text(tmp_path / "plain.txt", plain))
    assert "medical" not in cats
