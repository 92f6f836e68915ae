"""PERSON with the name model wired in: names with no cue, boundaries, false alarms, public figures.

Every sentence here is invented for the test (names from common surname and given-name parts);
none is taken from an evaluation set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from scanner.detect.recognizers.person import PersonRecognizer
from scanner.detect.rulepacks import RuleSet

Found = Callable[[str], list[tuple[str, str]]]


def names(found: Found, text: str) -> list[str]:
    return [v for e, v in found(text) if e == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prose: minutes, letters, notes
        ("会议由孙国平主持，吴晓燕、冯丽萍出席。", ["孙国平", "吴晓燕", "冯丽萍"]),
        ("上午卫生院召开例会，由邱少华主持，向春燕作了发言。", ["邱少华", "向春燕"]),
        ("患者由其子王建国陪同来院。", ["王建国"]),
        ("老人由女儿龚秀芝陪同前来复查。", ["龚秀芝"]),
        ("下午潘志远打来电话，询问化验结果。", ["潘志远"]),
        # bed numbers and registers
        ("5床赵秀英今日出院。", ["赵秀英"]),
        ("12床范玉梅，体温38.5℃，已通知值班医生。", ["范玉梅"]),
        # role words outside the cue list
        ("交班人王海燕，接班人刘春梅。", ["王海燕", "刘春梅"]),
        ("呼救人张德明称家中老人摔倒。", ["张德明"]),
        ("来电人自称李桂花，要求上门随访。", ["李桂花"]),
        ("司机彭立军于14:20出车。", ["彭立军"]),
        ("死者柳长根，生前住东风村。", ["柳长根"]),
        ("参加讨论：孙国平、吴晓燕、冯丽萍", ["孙国平", "吴晓燕", "冯丽萍"]),
        ("记者杜明远报道。", ["杜明远"]),
        # résumé lines and chat exports
        ("韩震东：男，汉族，1975年出生，大专学历。", ["韩震东"]),
        ("谭秋月：女，1988年6月生，本科。", ["谭秋月"]),
        ("王丽娟 10:35\n收到，我马上去药房。", ["王丽娟"]),
        ("金晓峰 09:02\n明天的排班表发一下", ["金晓峰"]),
        # rare surnames the cue list does not hold
        ("司机蒯明亮于14:20出车。", ["蒯明亮"]),
        ("死者怀德胜，男，67岁。", ["怀德胜"]),
        # compound surnames
        ("由欧阳明辉负责药品验收。", ["欧阳明辉"]),
        # a title after the name: the model's boundaries, not the title pass's shorter reading
        ("今天江海涛医生在二楼坐诊。", ["江海涛"]),
        ("下午由万春生主任查房。", ["万春生"]),
        ("谢谢钱慧敏护士的耐心照顾。", ["钱慧敏"]),
    ],
)
def test_names_without_a_cue(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "经会计师事务所审计，本年度收支平衡。",
        "高级会计师、注册会计师各一名。",
        "请在签名和盖章处签字。",
        "单位（盖章）：        负责人（签名）：",
        "司机、驾驶员名单见附件。",
        "全体成员参加，全天值班。",
        "检查组成员由各科室负责人组成。",
        "王主任查房，李医生会诊。",
        "勤洗手、戴口罩、常通风。",
        "高血压、糖尿病患者随访管理。",
        "方便群众就医，提高服务水平。",
        "请各村卫生室于周五前上报。",
        "安全生产月活动方案。",
        "合计金额35.6万元，明细见附表。",
        "项目  结果  单位  参考范围  提示",
        "第一条 为加强病历管理，制定本规定。",
        "乙方：郑州徐瑞医疗器械有限公司",
        "供应商名称：关岭赵泰医药有限公司",
        "本次采购由黄山宏达商贸有限公司中标。",
    ],
)
def test_no_names_in_titles_labels_and_phrases(found: Found, text: str) -> None:
    assert names(found, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "钟南山院士提醒大家注意防护。",
        "明代医学家李时珍著《本草纲目》。",
        "东汉名医华佗发明了麻沸散。",
        "学习雷锋精神，争做志愿者。",
        "著名作家鲁迅曾在这里学医。",
        "国医大师邓铁涛提出了养生之道。",
    ],
)
def test_public_figures_stay_out(found: Found, text: str) -> None:
    assert names(found, text) == []


def test_cue_names_still_score_above_model_names(ruleset: RuleSet) -> None:
    rec = PersonRecognizer(ruleset.person)
    text = "患者李秀英，女，62岁。会议由孙国平主持。"
    by_name = {text[r.start : r.end]: r.score for r in rec.analyze(text, ["PERSON"])}
    assert set(by_name) == {"李秀英", "孙国平"}
    assert by_name["李秀英"] > by_name["孙国平"] >= 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("约翰·史密斯昨日来院参观。", ["约翰·史密斯"]),
        ("外籍专家玛丽·安德森为大家授课。", ["玛丽·安德森"]),
    ],
)
def test_transliterated_names(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


def test_transliterated_names_need_more_confidence(ruleset: RuleSet) -> None:
    """A name with no Chinese surname is reported only above ``foreign_min_marginal``."""
    text = "约翰·史密斯昨日来院参观。"
    config = dict(ruleset.person)
    config["model"] = dict(config["model"]) | {"foreign_min_marginal": 1.01}
    assert PersonRecognizer(config).analyze(text, ["PERSON"]) == []
    (res,) = PersonRecognizer(ruleset.person).analyze(text, ["PERSON"])
    assert text[res.start : res.end] == "约翰·史密斯" and 0.5 <= res.score < 0.85


def test_model_can_be_switched_off(ruleset: RuleSet) -> None:
    config = dict(ruleset.person)
    config["model"] = {"enabled": False}
    rec = PersonRecognizer(config)
    assert rec.analyze("会议由孙国平主持，吴晓燕出席。", ["PERSON"]) == []


def test_names_far_into_long_text(found: Found) -> None:
    filler = "，".join(["今日天气晴"] * 2000)
    text = f"值班记录\n{filler}\n8床鲍玉珍夜间咳嗽。\n{filler}"
    assert names(found, text) == ["鲍玉珍"]


# Invented sentences in CLUENER's published layout (one JSON object a line, inclusive offsets).
PROSE = [
    ("会议由孙国平主持，吴晓燕、冯丽萍出席。", ["孙国平", "吴晓燕", "冯丽萍"]),
    ("5床赵秀英今日出院，由其子王建国陪同。", ["赵秀英", "王建国"]),
    ("经会计师事务所审计，本年度收支平衡。", []),
    ("明代医学家李时珍著《本草纲目》。", []),
]


@pytest.mark.slow
def test_public_ner_benchmark_scores_the_model_through_baomi_scan(tmp_path: Path) -> None:
    """benchmarks/public_ner.py end to end: baomi scan as a subprocess, names in prose found."""
    lines = []
    for text, people in PROSE:
        spans = {p: [[text.index(p), text.index(p) + len(p) - 1]] for p in people}
        lines.append(json.dumps({"text": text, "label": {"name": spans}}, ensure_ascii=False))
    (tmp_path / "cluener").mkdir()
    (tmp_path / "cluener" / "dev.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "public_ner.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--set", "cluener", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    row = next(line.split() for line in proc.stdout.splitlines() if line.startswith("cluener"))
    # set, (name), system, sentences, gold, TP, FP, FN, precision, recall, F1
    gold, tp, fp = int(row[4]), int(row[5]), int(row[6])
    assert (gold, tp, fp) == (5, 5, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public figure's word that a bracket closes belongs to the name before it
        ("委员：包红英（主席）、汪建新、祝小芬", ["包红英", "汪建新", "祝小芬"]),
        # a dotted minority name opening a line: jieba's reading of its first characters says
        # nothing about it
        ("买买提·吐尔逊，男，56岁，高血压随访。", ["买买提·吐尔逊"]),
        # the model unsure (0.4–0.6), jieba's tagger reads the same name: taken
        ("下午，谷秀兰在候诊时晕倒。", ["谷秀兰"]),
        ("周五下午，金秀芝在候诊区晕倒。", ["金秀芝"]),
        ("结核病随访：江海涛，第3次随访。", ["江海涛"]),
    ],
)
def test_names_the_model_doubted(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name reported once is found again where it stands with no cue
        ("随访对象：金玉芬\n后来金玉芬的儿子来电。", ["金玉芬", "金玉芬"]),
        ("联系人：时秀梅\n后来时秀梅的女儿赶到。", ["时秀梅", "时秀梅"]),
        # ... but not as the start of a longer name, nor glued after a surname
        ("出席：朱丽、韦明\n会上韦明华补充。", ["朱丽", "韦明", "韦明华"]),
        ("出席：朱丽、韦明\n会上张韦明补充。", ["朱丽", "韦明", "张韦明"]),
    ],
)
def test_a_name_found_once_is_found_again(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize("text", ["头孢曲松钠1g静滴，曲松钠皮试阴性。", "今日接种麻腮风疫苗12人。"])
def test_drug_and_vaccine_names_are_no_names(found: Found, text: str) -> None:
    assert names(found, text) == []


@pytest.mark.parametrize(("name", "ok"), [("曲松钠", False), ("麻腮风", False), ("钱秀芬", True)])
def test_drug_characters_end_a_model_name(ruleset: RuleSet, name: str, ok: bool) -> None:
    """Characters of drug and vaccine names (钠, 腮) are in no given name the model reports."""
    rec = PersonRecognizer(ruleset.person)
    rec.load()
    assert rec._model_name_ok(name) is ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # minutes: 指出 / 提醒大家 after a name and 主席 before it say nothing about fame
        ("会上，郑立群指出，要加强院感管理。", ["郑立群"]),
        ("护士长潘晓燕提醒大家注意手卫生。", ["潘晓燕"]),
        ("工会主席吕国庆讲话。", ["吕国庆"]),
        # 元 is a common given-name character (单元 stays out through 单)
        ("张元华医生值班。", ["张元华"]),
        ("孙元庆、李元明参加培训。", ["孙元庆", "李元明"]),
        ("住址：东风小区3栋2单元501", []),
        # a famous name stays out
        ("钟南山院士指出，要勤洗手。", []),
        # the model cut a word short (由 + 党支 + 部): no name
        ("会议由党支部书记严国华主持。", ["严国华"]),
    ],
)
def test_names_in_minutes(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is also a word (建军, 国庆) after a surname that is no verb or adverb
        ("给卢建军打电话没人接。", ["卢建军"]),
        ("昨天给聂国庆送去了药。", ["聂国庆"]),
        # ... while a verb or adverb before a common word is a phrase
        ("请戴口罩、勤洗手。", []),
        # a form of address ends the name
        ("刘桂芝阿姨来复诊。", ["刘桂芝"]),
        # 同 after a name ends it only when it is no word with the character before (陪同)
        ("丈夫黎伟陪同。", ["黎伟"]),
        ("免去夏冬梅同志的职务。", ["夏冬梅"]),
    ],
)
def test_where_a_name_ends_in_prose(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relatives introduce a name like 丈夫 / 妻子 do
        ("夫妻分居（配偶蒙小芸在县医院工作）", ["蒙小芸"]),
        ("老伴刘秀英陪同来院。", ["刘秀英"]),
        ("爱人民，爱集体。", []),
        # a field word glued after the name: jieba's 广电 must not cut 郑文广 short
        ("孕妇丈夫郑文广电话 17375664182", ["郑文广"]),
        ("王明在电话中说已到。", ["王明"]),
    ],
)
def test_relatives_and_field_words(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue's or the model's reading that stops inside a dotted name is the whole name
        ("患者阿依古丽·买买提江，女，32岁。", ["阿依古丽·买买提江"]),
        ("护士热依拉·艾则孜值班。", ["热依拉·艾则孜"]),
        ("经办人：努尔艾力·阿不都热依木", ["努尔艾力·阿不都热依木"]),
        # a dotted name alone with its sex or a title after it
        ("古丽娜·吐尔洪 女 32岁", ["古丽娜·吐尔洪"]),
        ("艾克拜尔·吾拉木医生", ["艾克拜尔·吾拉木"]),
        # dotted words are no names; a name read whole is not run on
        ("中国·北京 男子组", []),
        ("《健康·生活》第3期", []),
        ("发言人萨勒曼·阿里就表示", ["萨勒曼·阿里"]),
    ],
)
def test_dotted_names(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


def test_no_repeat_where_a_filter_turned_the_name_down(ruleset: RuleSet) -> None:
    """The model's 除颤仪 under a header of things is turned down; the same string read as a
    name elsewhere (in a joined header) must not bring it back as a repeat."""
    text = "\ue000设备名称：除颤仪\n\ue000型号 除颤仪：M-767"
    rec = PersonRecognizer(ruleset.person)
    rec.load()
    assert text.index("除颤仪") not in [r.start for r in rec.analyze(text)]


def test_a_measure_word_after_a_numeral_is_no_surname(found: Found) -> None:
    text = "医疗机构工作人员廉洁从业九项准则\n第一条 为加强管理，保障医疗质量和医疗安全。"
    assert names(found, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("常山、丁香、杜仲、牛膝需单独存放。", []),
        ("头孢克肟、布洛芬、对乙酰氨基酚请遵医嘱服用。", []),
        # only the whole reading: a name that begins like a herb is still a name
        ("患者丁香兰，女，45岁。", ["丁香兰"]),
    ],
)
def test_herbs_and_drugs_are_no_names(found: Found, text: str, expected: list[str]) -> None:
    assert names(found, text) == expected


def test_a_drug_of_the_shipped_list_is_no_name(scanner) -> None:
    """美托洛尔 and 格列齐特 open with a surname (美, 格) and read like given names to the model;
    the drug list shipped for the categories (scanner/detect/vocab/drug.txt) says what they
    are — with or without their dosage form, and a person beside them is still found."""
    text = (
        "基本药物目录（节选）\n心血管药：硝苯地平、美托洛尔、阿司匹林\n降糖药：二甲双胍、格列齐特\n"
        "患者王秀兰长期服用美托洛尔缓释片。\n"
    )
    names = [f.value for f in scanner.scan_text(text).findings if f.entity_type == "PERSON"]
    assert names == ["王秀兰"]


def test_drug_names_are_the_lists_products_not_its_bare_three_character_entries() -> None:
    from scanner.detect.vocab import drug_names

    names = drug_names()
    assert {"美托洛尔", "格列齐特", "氨溴索"} <= names  # 氨溴索: of 氨溴索口服液, a product
    assert "李树芬" not in names  # a bare three-character entry of the lexicon: a person's name
