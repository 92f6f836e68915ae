"""Names of China's minority nationalities (issue 9): Tibetan and Mongolian names with no surname,
Yi clan + given names, Uyghur/Kazakh names with and without the dot, Hui names of a Han surname and
an Islamic given name — in table cells, after cues, in lists and in prose; and the minority-area
words that are no names (places, foods, festivals, monasteries, greetings) in public documents.

Real files (docx, xlsx, csv, PDF, text) are written here and read by the installed ``baomi scan``
in one subprocess; every name is invented.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.clirun import BAOMI, needs_script
from tests.docmaker import make_docx, make_pdf, make_table_pdf, make_text, make_xlsx

# file name -> the names that must be found in it
SECRET: dict[str, list[str]] = {
    "patients.xlsx": ["格桑", "乌云毕力格", "吉克曲布", "买买提明", "马伊卜拉欣", "扎西彭措"],
    "followup.csv": ["扎西顿珠", "其其格", "沙马拉毅"],
    "handover.docx": ["次仁卓玛", "巴特尔", "古丽娜尔"],
    "minutes.txt": ["达瓦次仁", "央金拉姆", "额尔敦", "马尔撒", "王建军"],
    "roster.pdf": ["平措旺堆", "斯琴图雅"],
    "chat.txt": ["索朗德吉", "卓嘎", "阿尔木呷"],
    "note.txt": ["次旦巴桑", "白玛曲珍", "阿布力孜·阿依努尔"],
}
# Look-alikes: none of these may be reported as a name.
PUBLIC_WORDS = [
    "拉萨",
    "日喀则",
    "甘南",
    "夏河",
    "临夏",
    "那曲",
    "林芝",
    "玉树",
    "糌粑",
    "酥油茶",
    "那达慕",
    "雪顿节",
    "拉卜楞寺",
    "扎西德勒",
    "哈达",
    "敖包",
    "马头琴",
    "格桑花",
    "呼和浩特",
    "松赞干布",
]


def _write(folder: Path) -> None:
    make_xlsx(
        folder / "patients.xlsx",
        {
            "登记": [
                ["门诊患者登记"],
                ["姓名", "性别", "年龄", "民族", "诊断"],
                ["格桑", "男", 52, "藏族", "高血压"],
                ["乌云毕力格", "女", 41, "蒙古族", "慢性胃炎"],
                ["吉克曲布", "男", 63, "彝族", "慢阻肺"],
                ["买买提明", "男", 35, "维吾尔族", "包虫病"],
                ["马伊卜拉欣", "男", 70, "回族", "2型糖尿病"],
                # an element the file does not know (彭措) after one it does, in a name column
                ["扎西彭措", "男", 58, "藏族", "高血压"],
                ["本人", "", None, "", ""],
            ]
        },
    )
    make_text(
        folder / "followup.csv",
        "序号,患者,随访日期,血压\n1,扎西顿珠,2026-03-02,150/95\n2,其其格,2026-03-05,"
        "138/88\n3,沙马拉毅,2026-03-09,162/100\n",
        encoding="gbk",
    )
    make_docx(
        folder / "handover.docx",
        [
            "护理交班记录",
            "3床次仁卓玛，女，66岁，夜间血压平稳。",
            "患者巴特尔诉头痛，已对症处理。",
            "联系人：古丽娜尔",
        ],
    )
    make_text(
        folder / "minutes.txt",
        "院务会会议纪要\n参会人员：达瓦次仁、央金拉姆、额尔敦、王建军\n"
        "会议由马尔撒主持，达瓦次仁汇报了家庭医生签约进展。\n",
    )
    make_table_pdf(
        folder / "roster.pdf",
        [[["日期", "值班医生", "值班护士"], ["12月1日", "平措旺堆", "斯琴图雅"]]],
        columns=[60, 200, 340],
        title="12月份值班表",
    )
    make_text(
        folder / "chat.txt",
        "家庭医生团队群聊天记录\n索朗德吉 10:35\n下午谁去随访？\n卓嘎 10:41\n"
        "我去，顺便给阿尔木呷量血压。\n",
    )
    make_text(
        folder / "note.txt",
        "入户随访记录\n今天上午次旦巴桑和白玛曲珍来卫生院复查血压。"
        "阿布力孜·阿依努尔的血糖仍偏高。\n",
    )
    leaflet = [
        "高原健康提示",
        "前往拉萨、日喀则、那曲、林芝、玉树的游客，初到高原应减少活动，可适量饮用酥油茶、吃糌粑。",
        "甘南夏河的拉卜楞寺、临夏的群众在那达慕、雪顿节期间献哈达、祭敖包，马头琴声悠扬。",
        "格桑花开，扎西德勒！相传松赞干布时期藏医药已有记载。呼和浩特也有义诊活动。",
    ]
    make_text(folder / "leaflet.txt", "\n".join(leaflet) + "\n")
    make_docx(folder / "leaflet.docx", leaflet)
    make_pdf(folder / "leaflet.pdf", ["\n".join(leaflet)])


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("minority")
    _write(folder)
    assert BAOMI is not None
    proc = subprocess.run(
        [BAOMI, "scan", str(folder), "--format", "jsonl", "--reveal"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 3), proc.stderr
    out: dict[str, list[str]] = {}
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        out[Path(record["path"]).name] = [
            f["value"] for f in record.get("findings") or [] if f["entity_type"] == "PERSON"
        ]
    return out


@pytest.mark.slow
@needs_script
@pytest.mark.parametrize("name", sorted(SECRET))
def test_minority_names_found_in_every_layout(scanned: dict[str, list[str]], name: str) -> None:
    found = scanned[name]
    for person in SECRET[name]:
        assert person in found, (name, person, found)


@pytest.mark.slow
@needs_script
@pytest.mark.parametrize("name", ["leaflet.txt", "leaflet.docx", "leaflet.pdf"])
def test_minority_area_words_are_no_names(scanned: dict[str, list[str]], name: str) -> None:
    found = scanned.get(name, [])
    assert found == [], found
    for word in PUBLIC_WORDS:
        assert not any(word in f or f in word for f in found), word


@pytest.mark.slow
@needs_script
def test_a_name_is_read_whole_not_in_pieces(scanned: dict[str, list[str]]) -> None:
    """The shorter readings inside a minority name (米玛 of 米玛达瓦, 马尔 of 马尔撒) give way."""
    for name, persons in SECRET.items():
        for f in scanned[name]:
            assert f in persons or not any(f in p for p in persons), (name, f)


# The same readings through the engine in this process (quick tier).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会议由扎西顿珠主持，吉克曲布、格桑出席。", ["扎西顿珠", "吉克曲布", "格桑"]),
        ("今天上午强巴和次旦巴桑来复查。", ["强巴", "次旦巴桑"]),
        ("来电人：哈木扎，反映其母亲咳嗽。", ["哈木扎"]),
        ("马尔撒的血糖偏高，嘱其复查。", ["马尔撒"]),
        ("姓名：阿不都热合曼·买买提 性别：男", ["阿不都热合曼·买买提"]),
    ],
)
def test_minority_names_in_text(found, text: str, names: list[str]) -> None:
    persons = [v for t, v in found(text) if t == "PERSON"]
    assert sorted(persons) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "扎西德勒！欢迎来到拉萨。",
        "拉卜楞寺位于甘南夏河，每年举行晒佛节。",
        "那达慕大会上献哈达、祭敖包，马头琴声悠扬。",
        "格桑花盛开的季节，游客可品尝糌粑和酥油茶。",
        "前往林芝、玉树、阿里的游客请注意高原反应。",
    ],
)
def test_look_alikes_are_no_names(found, text: str) -> None:
    assert [v for t, v in found(text) if t == "PERSON"] == []
