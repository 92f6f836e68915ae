"""Write the minority-names development set: names of China's minority nationalities in
health-centre documents, and minority-language words that are no names in public ones.

Written by the "names" engineer on 2026-12-07 (issue 9, item 1) **before any rule change** on
branch ``names`` (see README.md). Every name is invented: Tibetan, Mongolian, Yi, Uyghur/Kazakh
and Hui/Dongxiang name elements combined at random by a seeded generator, beside a few Han names;
no name is a real patient or employee. Three groups of documents:

- ``s…`` secret documents (patient lists, follow-up registers, handovers, minutes, duty rosters,
  chat exports, referral letters, phone logs) in txt, docx, xlsx, csv and PDF, with names in
  table cells under a name header, after a cue (患者, 姓名：, 医生, 联系人 …), in 、-lists and in
  prose with no cue;
- ``p…`` public documents (leaflets, notices, news, travel-health advice) full of minority-language
  words that are no names: places (拉萨, 日喀则, 甘南, 夏河, 临夏, 那曲 …), foods (糌粑, 酥油茶 …),
  festivals (那达慕, 雪顿节, 火把节 …), monasteries (拉卜楞寺 …), greetings and things (扎西德勒,
  哈达, 敖包 …), and a few historical figures (松赞干布, 成吉思汗 — public, never a secret);
- ``m…`` mixed: a secret document in a minority area whose text also carries such words.

``truth.jsonl``: evaluate.py's schema (``path``, ``kind``, ``format``, ``public``, ``secret``,
``categories``, ``entities``, ``decoys``). Entities are PERSON and CN_PHONE only.

Run: ``python benchmarks/names_minority/make_names_minority.py`` (writes
``benchmarks/names_minority/docs`` and ``truth.jsonl``), then
``python benchmarks/evaluate.py benchmarks/names_minority --jobs 2``.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.docmaker import (  # noqa: E402
    make_docx,
    make_pdf,
    make_table_pdf,
    make_text,
    make_xlsx,
)

SEED = 20261207


def words(text: str) -> list[str]:
    return text.split()


# Name elements (common, public knowledge of how such names are built); full names are random
# combinations of them, so no generated name is meant to be anybody.
TIBETAN = words(
    "扎西 顿珠 次仁 卓玛 格桑 央金 拉姆 达瓦 多吉 平措 旺堆 尼玛 普布 边巴 索朗 巴桑 德吉 曲珍 "
    "白玛 洛桑 丹增 益西 才让 卓嘎 仁增 贡布 央宗 拉巴 米玛 罗布 桑珠 次旦 旺姆 才旦 仁青 东珠 "
    "更登 措姆 加措 强巴"
)
MONGOL_FULL = words(
    "巴特尔 其其格 额尔敦 苏和 斯琴 图雅 巴雅尔 朝鲁 敖登 哈斯 娜仁 萨仁 宝音 乌日娜 呼和 那顺 "
    "孟和 特木尔 青格勒 达来 乌云 毕力格 格日乐 阿拉坦"
)
YI_CLAN = words("吉克 沙马 阿苏 曲比 海来 俄木 阿尔 阿的 吉尔 马海 倮伍 勒格 吉伍 加拉 罗洪")
YI_GIVEN = words("木呷 曲布 拉毅 拉且 伍沙 阿果 日哈 阿木 拉则 阿依 此尔 尔古 子哈 阿支 尔呷 木乃")
UYGHUR = words(
    "阿不都热合曼 买买提 买买提明 古丽娜尔 阿依古丽 热依拉 艾则孜 吐尔逊 艾力 阿布力孜 帕提古丽 "
    "迪丽努尔 米热古丽 依明 阿迪力 库尔班 吾斯曼 热合曼 肉孜 玉素甫 艾克拜尔 哈力克 阿依努尔 "
    "努尔兰 叶尔兰 赛力克 加娜尔"
)
HUI_SURNAME = words("马 马 马 穆 哈 白 沙 妥 冶 韩 喇 马")
HUI_GIVEN = words(
    "尔撒 伊卜拉欣 穆萨 哈桑 尔萨 优素福 阿里 法蒂麦 达吾德 苏莱曼 阿伊莎 尤努斯 舍里夫 哈比布 "
    "麦尔燕 撒里哈 努哈 尔林"
)
HUI_ALONE = words("哈木扎 阿卜杜 穆罕默德 伊斯哈格")
HAN = words(
    "王建军 李秀英 张桂兰 刘海燕 陈志强 杨丽娟 赵德明 周玉梅 吴建华 马永福 韩小龙 白玉兰 "
    "何春生 罗晓东 郭淑芬"
)

TIB_PLACES = words(
    "拉萨 日喀则 那曲 林芝 山南 昌都 阿里 甘南 夏河 碌曲 玛曲 合作 迭部 阿坝 甘孜 玉树 果洛"
)
MON_PLACES = words("锡林郭勒 呼伦贝尔 鄂尔多斯 乌兰察布 通辽 赤峰 阿拉善 巴彦淖尔")
YI_PLACES = words("凉山 昭觉 布拖 美姑 越西 喜德 金阳")
XJ_PLACES = words("喀什 和田 伊犁 阿克苏 吐鲁番 哈密 库车 塔城")
HUI_PLACES = words("临夏 东乡 积石山 广河 和政 康乐 永靖")
FOODS = words(
    "糌粑 酥油茶 青稞酒 手抓羊肉 奶茶 抓饭 拉条子 油香 馓子 奶豆腐 奶皮子 坨坨肉 苦荞 牦牛肉"
)
FESTIVALS = words(
    "藏历新年 雪顿节 望果节 那达慕 古尔邦节 开斋节 火把节 彝族年 香浪节 晒佛节 肉孜节"
)
MONASTERIES = words("拉卜楞寺 塔尔寺 扎什伦布寺 大昭寺 色拉寺 哲蚌寺 郎木寺 甘丹寺 大召寺")
WORDS = words("扎西德勒 哈达 敖包 玛尼堆 经幡 转经筒 唐卡 锅庄 蒙古包 马头琴 冬不拉 花儿 赛马 射箭")
FAMOUS = words("松赞干布 文成公主 成吉思汗 宗喀巴 格萨尔王")
DIAG = words(
    "高血压 2型糖尿病 包虫病 高原红细胞增多症 慢性胃炎 风湿性关节炎 肺结核 慢阻肺 布鲁氏菌病"
)
DEPTS = words("内科 外科 妇产科 儿科 藏医科 蒙医科 公卫科 中医科")


@dataclass
class Doc:
    path: str
    kind: str
    fmt: str
    public: bool
    categories: list[str]
    entities: list[tuple[str, str]] = field(default_factory=list)
    decoys: list[tuple[str, str]] = field(default_factory=list)

    def record(self) -> dict:
        return {
            "path": self.path,
            "kind": self.kind,
            "format": self.fmt,
            "public": self.public,
            "secret": not self.public,
            "categories": [] if self.public else self.categories,
            "entities": [{"entity_type": t, "value": v} for t, v in self.entities],
            "decoys": [{"kind": k, "value": v} for k, v in self.decoys],
            "existing_mark": None,
        }


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def _fresh(self, make) -> str:  # type: ignore[no-untyped-def]
        for _ in range(200):
            n = make()
            if n not in self.used:
                self.used.add(n)
                return str(n)
        return str(make())

    def tibetan(self) -> str:
        r = self.r

        def make() -> str:
            if r.random() < 0.2:
                return r.choice(TIBETAN)
            a, b = r.sample(TIBETAN, 2)
            return a + b

        return self._fresh(make)

    def mongol(self) -> str:
        r = self.r

        def make() -> str:
            if r.random() < 0.5:
                return r.choice(MONGOL_FULL)
            a, b = r.sample(MONGOL_FULL, 2)
            return a + b

        return self._fresh(make)

    def yi(self) -> str:
        return self._fresh(lambda: self.r.choice(YI_CLAN) + self.r.choice(YI_GIVEN))

    def uyghur(self, dotted: bool | None = None) -> str:
        r = self.r
        dot = r.random() < 0.5 if dotted is None else dotted

        def make() -> str:
            a, b = r.sample(UYGHUR, 2)
            return f"{a}·{b}" if dot else a

        return self._fresh(make)

    def hui(self) -> str:
        r = self.r

        def make() -> str:
            if r.random() < 0.15:
                return r.choice(HUI_ALONE)
            return r.choice(HUI_SURNAME) + r.choice(HUI_GIVEN)

        return self._fresh(make)

    def han(self) -> str:
        return self._fresh(lambda: self.r.choice(HAN))

    def any_minority(self) -> str:
        return self.r.choice([self.tibetan, self.mongol, self.yi, self.uyghur, self.hui])()

    def mobile(self) -> str:
        return self.r.choice(
            ["138", "139", "150", "151", "158", "180", "186", "189", "133"]
        ) + "".join(self.r.choice("0123456789") for _ in range(8))

    def nation_of(self, name: str) -> str:
        base = name.split("·")[0]
        if any(base.startswith(t) for t in TIBETAN):
            return "藏族"
        if any(base.startswith(m) for m in MONGOL_FULL):
            return "蒙古族"
        if any(base.startswith(c) for c in YI_CLAN):
            return "彝族"
        if any(base.startswith(u) for u in UYGHUR):
            return self.r.choice(["维吾尔族", "哈萨克族"])
        if name in HAN:
            return "汉族"
        return self.r.choice(["回族", "东乡族"])


class Writer:
    def __init__(self, out: Path, seed: int) -> None:
        self.out = out
        self.docs_dir = out / "docs"
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        self.g = Gen(seed)
        self.docs: list[Doc] = []

    def add(self, stem: str, kind: str, fmt: str, public: bool, cats: list[str]) -> Doc:
        n = len(self.docs) + 1
        prefix = "p" if public else "s"
        d = Doc(f"docs/{prefix}{n:03d}_{stem}.{fmt}", kind, fmt, public, cats)
        self.docs.append(d)
        return d

    def path(self, d: Doc) -> Path:
        return self.out / d.path


def names_for(g: Gen, k: int, mix_han: bool = True) -> list[str]:
    out = [g.any_minority() for _ in range(k)]
    if mix_han and g.r.random() < 0.6:
        out[g.r.randrange(k)] = g.han()
    return out


def per(names: list[str]) -> list[tuple[str, str]]:
    return [("PERSON", n) for n in names]


# ---------------------------------------------------------------------------------------------
# Secret documents
# ---------------------------------------------------------------------------------------------


def patient_list_xlsx(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"patients_{i}", "patient_list", "xlsx", False, ["medical"])
    header = [
        g.r.choice(["姓名", "患者姓名", "病人姓名"]),
        "性别",
        "年龄",
        "民族",
        "诊断",
        "联系电话",
    ]
    rows: list[list[object]] = [
        [f"{g.r.choice(HUI_PLACES + TIB_PLACES)}县卫生院门诊患者登记"],
        header,
    ]
    for n in names_for(g, g.r.randint(5, 9)):
        p = g.mobile()
        rows.append(
            [n, g.r.choice("男女"), g.r.randint(18, 85), g.nation_of(n), g.r.choice(DIAG), p]
        )
        d.entities += [("PERSON", n), ("CN_PHONE", p)]
    make_xlsx(w.path(d), {"登记": rows})


def followup_csv(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"followup_{i}", "followup_register", "csv", False, ["medical"])
    doctor = g.r.choice([g.tibetan, g.hui, g.han])()
    buf = io.StringIO()
    cw = csv.writer(buf)
    cw.writerow(["序号", "患者", "随访日期", "随访方式", "血压", "随访医生"])
    for k, n in enumerate(names_for(g, g.r.randint(4, 8), mix_han=False), 1):
        cw.writerow(
            [
                k,
                n,
                f"2026-{g.r.randint(1, 11):02d}-{g.r.randint(1, 28):02d}",
                g.r.choice(["电话", "入户", "门诊"]),
                f"{g.r.randint(110, 170)}/{g.r.randint(70, 100)}",
                doctor,
            ]
        )
        d.entities += [("PERSON", n), ("PERSON", doctor)]
    make_text(w.path(d), buf.getvalue(), encoding=g.r.choice(["utf-8", "gbk"]))


def handover_docx(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"handover_{i}", "handover", "docx", False, ["medical"])
    a, b, c = g.any_minority(), g.any_minority(), g.any_minority()
    nurse1, nurse2 = g.any_minority(), g.han()
    paras = [
        "住院部护理交班记录",
        f"交班护士：{nurse1}    接班护士：{nurse2}",
        f"{g.r.randint(1, 20)}床{a}，{g.r.choice('男女')}，{g.r.randint(30, 80)}岁，"
        f"{g.r.choice(DIAG)}，今日血压平稳，夜间注意观察。",
        f"患者{b}诉头痛，已遵医嘱对症处理，家属陪护。",
        f"{c}今晨空腹血糖偏高，已通知值班医生。",
    ]
    d.entities += per([nurse1, nurse2, a, b, c])
    make_docx(w.path(d), paras)


def minutes_txt(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"minutes_{i}", "minutes", "txt", False, ["personnel"])
    chair = g.any_minority()
    attend = names_for(g, g.r.randint(3, 5))
    speaker = g.r.choice(attend)
    text = (
        f"{g.r.choice(HUI_PLACES + TIB_PLACES + YI_PLACES)}乡卫生院院务会会议纪要\n"
        f"时间：2026年{g.r.randint(1, 11)}月{g.r.randint(1, 28)}日\n"
        f"参会人员：{'、'.join(attend)}\n"
        f"会议由{chair}主持。{speaker}汇报了本季度家庭医生签约服务进展，"
        f"提出下月加强入户随访。\n"
        "会议决定：一、做好冬季传染病防控；二、完善慢病随访档案。\n"
    )
    d.entities += per([chair, *attend, speaker])
    make_text(w.path(d), text)


def roster_pdf(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"roster_{i}", "duty_roster", "pdf", False, ["personnel"])
    rows = [["日期", "值班医生", "值班护士", "手机"]]
    for day in range(1, g.r.randint(4, 7)):
        doc_, nur = g.any_minority(), g.any_minority()
        p = g.mobile()
        rows.append([f"12月{day}日", doc_, nur, p])
        d.entities += [("PERSON", doc_), ("PERSON", nur), ("CN_PHONE", p)]
    make_table_pdf(w.path(d), [rows], columns=[60, 150, 300, 420], title="12月份值班表（内部）")


def roster_docx(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"roster_{i}", "duty_roster", "docx", False, ["personnel"])
    rows = [["班次", "姓名", "科室", "联系电话"]]
    for shift in ["白班", "中班", "夜班", "备班"]:
        n = g.any_minority()
        p = g.mobile()
        rows.append([shift, n, g.r.choice(DEPTS), p])
        d.entities += [("PERSON", n), ("CN_PHONE", p)]
    make_docx(w.path(d), ["卫生院值班安排表"], tables=[rows])


def chat_txt(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"chat_{i}", "chat_export", "txt", False, ["medical"])
    a, b = g.any_minority(), g.any_minority()
    pat = g.any_minority()
    text = (
        "微信群聊天记录导出（家庭医生团队）\n"
        f"{a} 10:{g.r.randint(10, 59)}\n今天下午谁去{g.r.choice(VILLAGES)}随访？\n"
        f"{b} 10:{g.r.randint(10, 59)}\n我去，顺便给{pat}量个血压，"
        f"他上次{g.r.choice(DIAG)}没控制好。\n"
        f"{a} 11:{g.r.randint(10, 59)}\n好的，记得带上随访表。\n"
    )
    d.entities += per([a, b, pat, a])
    make_text(w.path(d), text)


VILLAGES = words("尕新庄村 红崖村 达日村 塔木村 沙塘村 加拉村 扎木村")


def referral_pdf(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"referral_{i}", "referral_letter", "pdf", False, ["medical"])
    pat = g.any_minority()
    rel = g.any_minority()
    doc_ = g.any_minority()
    p = g.mobile()
    text = (
        "转诊单\n"
        f"县人民医院：\n兹有我院患者{pat}，{g.r.choice('男女')}，{g.r.randint(20, 80)}岁，"
        f"因{g.r.choice(DIAG)}需进一步诊治，特转上级医院。\n"
        f"家属联系人：{rel}，电话{p}\n"
        f"转诊医生：{doc_}\n"
    )
    d.entities += per([pat, rel, doc_]) + [("CN_PHONE", p)]
    make_pdf(w.path(d), [text])


def prose_txt(w: Writer, i: int) -> None:
    """Names in prose with no cue right before them."""
    g = w.g
    d = w.add(f"note_{i}", "work_note", "txt", False, ["medical"])
    a, b = g.tibetan(), g.tibetan()
    c = g.r.choice([g.mongol, g.yi, g.uyghur, g.hui])()
    text = (
        "入户随访工作记录\n"
        f"今天上午{a}和{b}来卫生院复查血压，两人均按时服药。"
        f"下午到{g.r.choice(VILLAGES)}走访，{c}的血糖仍偏高，建议调整饮食，少喝甜奶茶。\n"
    )
    d.entities += per([a, b, c])
    make_text(w.path(d), text)


def phone_log_docx(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"phonelog_{i}", "phone_log", "docx", False, ["medical"])
    caller = g.any_minority()
    pat = g.any_minority()
    p = g.mobile()
    paras = [
        "来电登记",
        f"来电人：{caller}    电话：{p}",
        f"内容：反映其母亲{pat}近两日咳嗽加重，询问是否需要到卫生院就诊。已告知明日上午来院。",
        f"接听人：{g.han() if g.r.random() < 0.5 else g.any_minority()}",
    ]
    rec = paras[-1].split("：", 1)[1]
    d.entities += per([caller, pat, rec]) + [("CN_PHONE", p)]
    make_docx(w.path(d), paras)


def vaccine_xlsx(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"vaccination_{i}", "vaccination_register", "xlsx", False, ["medical"])
    rows: list[list[object]] = [["儿童姓名", "监护人", "疫苗", "剂次", "接种日期"]]
    for _ in range(g.r.randint(3, 6)):
        child, parent = g.any_minority(), g.any_minority()
        rows.append(
            [
                child,
                parent,
                g.r.choice(["乙肝疫苗", "麻腮风疫苗", "脊灰疫苗"]),
                g.r.randint(1, 3),
                f"2026-{g.r.randint(1, 11):02d}-{g.r.randint(1, 28):02d}",
            ]
        )
        d.entities += per([child, parent])
    make_xlsx(w.path(d), {"接种登记": rows})


def text_table_txt(w: Writer, i: int) -> None:
    g = w.g
    d = w.add(f"signing_{i}", "signing_list", "txt", False, ["medical"])
    lines = ["家庭医生签约名单", "姓名        性别  年龄  签约医生"]
    for _ in range(g.r.randint(3, 6)):
        n = g.any_minority()
        doc_ = g.any_minority()
        lines.append(f"{n:<10}  {g.r.choice('男女')}    {g.r.randint(20, 90)}    {doc_}")
        d.entities += per([n, doc_])
    make_text(w.path(d), "\n".join(lines) + "\n")


def mixed_txt(w: Writer, i: int) -> None:
    """A secret note that also carries places, foods and festivals."""
    g = w.g
    d = w.add(f"mixed_{i}", "mixed_note", "txt", False, ["medical"])
    pat = g.any_minority()
    place = g.r.choice(TIB_PLACES + HUI_PLACES)
    text = (
        f"患者{pat}，家住{place}，{g.r.choice(FESTIVALS)}期间大量饮用{g.r.choice(FOODS)}，"
        f"血压升高来诊。嘱少盐少油。\n"
        f"经治医生：{g.any_minority()}\n"
    )
    doc_ = text.rsplit("：", 1)[1].strip()
    d.entities += per([pat, doc_])
    make_text(w.path(d), text)


# ---------------------------------------------------------------------------------------------
# Public documents
# ---------------------------------------------------------------------------------------------


def leaflet(w: Writer, i: int) -> None:
    g = w.g
    fmt = g.r.choice(["txt", "docx", "pdf"])
    d = w.add(f"leaflet_{i}", "health_leaflet", fmt, True, [])
    place = g.r.sample(TIB_PLACES, 2)
    food = g.r.sample(FOODS, 2)
    fest = g.r.choice(FESTIVALS)
    lines = [
        "包虫病防治知识宣传",
        f"{place[0]}、{place[1]}等牧区是包虫病高发地区。{fest}期间走亲访友多，请注意："
        f"饭前洗手，{food[0]}、{food[1]}要卫生储存，不喝生水，不给狗喂生的牛羊内脏。",
        f"{g.r.choice(WORDS)}、{g.r.choice(WORDS)}等传统活动中请注意防寒保暖。扎西德勒！",
    ]
    d.decoys += [("place", p) for p in place] + [("food", f) for f in food]
    write_public(w, d, lines)


def travel(w: Writer, i: int) -> None:
    g = w.g
    fmt = g.r.choice(["txt", "docx", "pdf"])
    d = w.add(f"travel_{i}", "travel_health", fmt, True, [])
    mon = g.r.choice(MONASTERIES)
    place = g.r.choice(TIB_PLACES)
    lines = [
        "高原旅游健康提示",
        f"前往{place}、参观{mon}的游客，初到高原应减少活动，多饮水，可适量饮用酥油茶。",
        f"如出现头痛、气短，请及时到{place}县人民医院或附近乡镇卫生院就诊。",
        f"转经、献哈达时请尊重当地习俗。{g.r.choice(FOODS)}、{g.r.choice(FOODS)}热量较高，注意适量。",
    ]
    d.decoys += [("monastery", mon), ("place", place)]
    write_public(w, d, lines)


def festival_news(w: Writer, i: int) -> None:
    g = w.g
    fmt = g.r.choice(["txt", "docx", "pdf"])
    d = w.add(f"news_{i}", "festival_news", fmt, True, [])
    mp = g.r.choice(MON_PLACES)
    lines = [
        f"{mp}那达慕大会开幕 卫生院开展义诊",
        f"7月，{mp}一年一度的那达慕大会在敖包山下开幕，赛马、射箭、搏克比赛精彩纷呈，"
        "马头琴声中牧民们身着蒙古袍献上哈达。",
        "乡卫生院医务人员在蒙古包旁设立义诊点，为牧民测量血压、发放健康手册。",
        f"据传{g.r.choice(FAMOUS[2:3])}时代起，草原上就有祭敖包的习俗。",
    ]
    d.decoys += [("place", mp), ("festival", "那达慕")]
    write_public(w, d, lines)


def linxia_notice(w: Writer, i: int) -> None:
    g = w.g
    fmt = g.r.choice(["txt", "docx", "pdf"])
    d = w.add(f"notice_{i}", "public_notice", fmt, True, [])
    fest = g.r.choice(["开斋节", "古尔邦节", "肉孜节"])
    place = g.r.choice(HUI_PLACES)
    lines = [
        f"关于{fest}期间门诊安排的通知",
        f"{fest}期间，{place}县各乡镇卫生院门诊照常开放，急诊24小时值守。",
        f"节日期间群众多食用{g.r.choice(FOODS)}、油香、馓子等高油食品，请注意饮食卫生，"
        "糖尿病、高血压患者少吃甜食。东关清真大寺周边设临时医疗点。",
        f"{place}县卫生健康局",
    ]
    d.decoys += [("place", place), ("festival", fest)]
    write_public(w, d, lines)


def yi_notice(w: Writer, i: int) -> None:
    g = w.g
    fmt = g.r.choice(["txt", "docx", "pdf"])
    d = w.add(f"yi_{i}", "public_notice", fmt, True, [])
    place = g.r.choice(YI_PLACES)
    lines = [
        "火把节安全健康提示",
        f"{place}火把节期间，请注意用火安全，烧伤后立即用冷水冲洗。"
        "坨坨肉要煮熟煮透，苦荞酒不宜多饮。",
        "彝族年期间走亲访友较多，流感高发，请做好个人防护。",
    ]
    d.decoys += [("place", place), ("food", "坨坨肉")]
    write_public(w, d, lines)


def history_leaflet(w: Writer, i: int) -> None:
    g = w.g
    fmt = g.r.choice(["txt", "docx"])
    d = w.add(f"history_{i}", "culture_article", fmt, True, [])
    mon = g.r.choice(MONASTERIES)
    fam = g.r.choice(["松赞干布", "文成公主", "宗喀巴"])
    lines = [
        "藏医药文化简介",
        f"相传{fam}时期，藏医药已有系统记载。{mon}等寺院保存了大量藏医典籍和唐卡。",
        "今天，藏医科在乡镇卫生院普遍开设，藏药浴、放血疗法等传统疗法受到群众欢迎。",
        f"雪顿节、望果节期间，{g.r.choice(TIB_PLACES)}等地举行晒佛、藏戏表演。",
    ]
    d.decoys += [("famous", fam), ("monastery", mon)]
    write_public(w, d, lines)


def xinjiang_leaflet(w: Writer, i: int) -> None:
    g = w.g
    fmt = g.r.choice(["txt", "docx", "pdf"])
    d = w.add(f"xj_{i}", "health_leaflet", fmt, True, [])
    place = g.r.sample(XJ_PLACES, 2)
    lines = [
        "布鲁氏菌病防治",
        f"{place[0]}、{place[1]}牧区群众接羔、剪毛时要戴手套口罩。",
        "抓饭、拉条子、烤包子要煮熟烧透，不喝生奶。冬不拉弹唱、十二木卡姆演出等聚集活动请注意通风。",
    ]
    d.decoys += [("place", p) for p in place]
    write_public(w, d, lines)


def write_public(w: Writer, d: Doc, lines: list[str]) -> None:
    p = w.path(d)
    if d.fmt == "txt":
        make_text(p, "\n".join(lines) + "\n")
    elif d.fmt == "docx":
        make_docx(p, lines)
    else:
        make_pdf(p, ["\n".join(lines)])


def main(out: Path = HERE) -> None:
    docs_dir = out / "docs"
    if docs_dir.exists():
        for f in docs_dir.iterdir():
            f.unlink()
    w = Writer(out, SEED)
    secret = [
        (patient_list_xlsx, 7),
        (followup_csv, 6),
        (handover_docx, 6),
        (minutes_txt, 6),
        (roster_pdf, 5),
        (roster_docx, 4),
        (chat_txt, 5),
        (referral_pdf, 5),
        (prose_txt, 6),
        (phone_log_docx, 4),
        (vaccine_xlsx, 4),
        (text_table_txt, 4),
        (mixed_txt, 4),
    ]
    for make, k in secret:
        for i in range(k):
            make(w, i)
    public = [
        (leaflet, 7),
        (travel, 7),
        (festival_news, 5),
        (linxia_notice, 6),
        (yi_notice, 4),
        (history_leaflet, 5),
        (xinjiang_leaflet, 4),
    ]
    for make, k in public:
        for i in range(k):
            make(w, i)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for d in w.docs:
            fh.write(json.dumps(d.record(), ensure_ascii=False) + "\n")
    print(f"{len(w.docs)} documents in {docs_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
