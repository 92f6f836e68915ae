"""Which of the five policy categories a document falls in, and why.

Decided from the rules in ``categories.yaml``: evidence signals (an identified person — a name
with an ID, phone, record number or address — together with facts about them: disease names,
drugs, laboratory tests from the shipped vocabularies, vital signs, bank accounts …), entity
signals (counts of findings by type), keyword signals with a title zone where keywords weigh
more, and the policy's "not yet public" test: published notices, health education and blank
templates get no category unless something marks them internal or they list individuals'
identifiers. All keywords and vocabulary terms are found in one Aho-Corasick pass, the fact
patterns in one compiled expression. Every decision carries its reasons so a clerk can see why;
reasons name kinds and counts of facts, never a value.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick

from scanner.detect import learned, vocab
from scanner.detect.learned import TEXT_CHARS
from scanner.detect.learned import Model as LearnedModel
from scanner.detect.marks import ExistingMark, mark_in_line
from scanner.detect.recognizers.firstchars import compile_fast, first_char_class
from scanner.detect.recognizers.window import FIELD_MARK, FIELD_PREFIX
from scanner.detect.rulepacks import Categories, LabelPolicy, RulesError, Signal

_BLANK_FIELD = re.compile(
    r"[\u4e00-\u9fff]{1,8}[:：][ \t\u3000]*(?:_{2,}|＿{2,}|—{2,}|\(\s*\)|（\s*）)"
)


# -- the shape of published material: a rule text, teaching material, a blank form -------------
# A published rule (管理制度, 考勤规定, 患者的权利与义务) talks ABOUT records, pay and
# budgets; what it says of them is general, so its vocabulary is no evidence. Recognised by its
# title and its articles, not by the words the categories read.
_RULE_TITLE = re.compile(
    r"(?:制度|办法|规定|规范|细则|守则|须知|职责|规程|权利与义务|权利和义务|公约|准则)$"
)
_TEACHING_TITLE = re.compile(
    r"培训|讲义|课件|教案|讲座|幻灯片|演练脚本|演练方案|操作指南|操作手册|使用指南|学习资料|知识问答|试题|读懂|知多少"
)
# a title announcing an event (a meeting, a training, a sign-up) or instructing (a 通知) names
# its subject, not the kind of document: 关于召开预算编制工作会议的通知 and 关于编报2027年部门预算的
# 通知 are no budget (a rule's title neither: 差旅费报销规定 is no reimbursement)
_EVENT_TITLE = re.compile(r"召开|举办|举行|参加|报名|通知$")
#: a document's heading, where the title-kind signals read (see _heading_end)
_HEADING_MAX = 80
_SHORT_LINE = 12
# a first line that names the sender, not the document: a letterhead (…镇卫生院, …卫生健康局,
# …办公室), a document number (芦卫发〔2026〕12号), a 红头 (…文件)
_LETTERHEAD = re.compile(
    r"(?:卫生院|医院|卫生室|服务中心|卫生健康局|卫健局|委员会|办公室|文件|〔\d{4}〕\s*\d+\s*号)\s*$"
)
#: the most of a first line read as the document's title
_TITLE_MAX = 120
_TITLE_TRIM = re.compile(r"^[#*\s]+|[\s*]+$|[（(][^）)]{0,12}[）)]\s*$")
# an article or an enumerated item at the start of a line: 第三条, 第二章, 一、, （一）, 1., P2
_ARTICLE = re.compile(r"(?m)^[ \t\u3000#*-]*第[一二三四五六七八九十百零〇\d]{1,4}[条章]")
_ITEM = re.compile(
    r"(?m)^[ \t\u3000#*-]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
    r"\d{1,2}[.、．]|P\d{1,2}\s)"
)
# a bulleted line (- , • , ·): the items of a short rule written as a list (差旅费报销规定)
_BULLET = re.compile(r"(?m)^[ \t\u3000]*[-•·][ \t\u3000]")
# the document says of ITSELF that it is not public: 本规范为内部工作规范, 本通报仅发至各院院长
_SELF_INTERNAL = re.compile(
    r"(?:本|此)(?:规范|制度|办法|规定|细则|方案|文件|通报|通知|预案|流程|材料|报告|纪要|记录|名单|公示|件|表|事)"
    r"[^。\n]{0,16}(?:内部|不得对外|不对外|不公开|不得公开|不得转发|不得外传|保密|仅发至|仅限|仅供)"
)
# staff training held in-house is not an internal (non-public) document: matched as whole words
# so that their 内部 is not read as the non-public marker (the automaton keeps the longest match)
_IN_HOUSE = ("内部培训", "内部学习", "内部讲座")
# nor is a unit's own control of itself: 内部控制管理办法 and 内部审计工作规定 are rules the county
# publishes, 加强内部管理 is what news praises (an internal-control evaluation report is secret by
# its findings and figures, not by this 内部)
_INTERNAL_SUBJECT = ("内部控制", "内部审计", "内部管理", "内部监督")
# open recruitment and open tender are ways of selecting, not publication: 2026年公开招聘面试成绩
# is a score sheet, 公开招标采购计划 a procurement plan (read as whole words, like _IN_HOUSE, so
# that their 公开 is not the public marker; the announcement itself says 公告/简章/公示)
_OPEN_SELECTION = (
    "公开招聘", "公开招标", "公开选拔", "公开竞聘", "公开遴选", "公开比选", "公开询价", "公开竞价",
    "公开采购", "公开考试", "公开考核", "公开考录",
)  # fmt: skip
# A document that says it must not get out is secret although no category's evidence reaches
# the threshold: a draft, a "请勿外传", a "会前不得对外透露" (the non-public markers of
# categories.yaml without the bare words 内部 and 秘密, which name subjects as often as levels,
# without duties a rule imposes on everyone (不得泄露) and promises to the public
# (检测信息严格保密)).
_DECLARED = (
    "草稿", "初稿", "草案", "征求意见稿", "讨论稿", "送审稿", "未公开", "未公示", "未公布",
    "不得对外公布", "不得公开", "请勿外传", "不得外传", "仅供内部",
    "仅限内部", "不得对外公开", "不对外公开", "不予公开", "暂不公开", "不得外泄", "严禁外泄",
    "严禁外传", "公示前", "院内公示", "内部公示", "科内公示", "不得对外提供", "发布前",
    "公布前", "公开前", "不得透露", "不得对外透露", "不得向外透露", "不得转发", "不得上网",
    "不得留存", "仅发至", "内部稿", "不得对外引用", "严禁对外泄露", "不得对外泄露", "不对外发布",
    "暂不对外", "会后收回", "仅限院内", "院内传阅", "内部传阅",
)  # fmt: skip
#: a note in brackets that closes a line of the heading, and the words in it that say the
#: document is not out yet (heldout4, heldout5: six secret documents said so only there)
_HEADING_NOTE = re.compile(r"[（(]([^（()）\n]{1,16})[）)][ \t*]*$", re.MULTILINE)
_HEADING_NOTE_WORDS = ("内部", "仅限", "未下发", "未上报", "上报前", "前稿", "征求意见", "前核对")
_HEADING_NOTE_REASON = "heading note "
# Secrecy stated in a sentence rather than a set phrase (issue 9): a restriction on passing the
# matter on (请勿对外谈论, 不得向供应商透露, 请大家不要对外讲, 不得将题目带出考场), a circle it
# is kept in (仅供领导参阅, 仅限书记、院长知悉), a request to keep it (此事须保密, 请注意保密), a
# limited circle of knowledge (严格控制知情范围) and a handling note (会后收回, 考后收回). Read per
# clause (no 。，；), so that 不得 and its verb belong to one instruction. Not the duties a rule
# imposes on everyone (不得泄露患者隐私: 泄露 is no verb here), a promise to the public (对个人信息
# 严格保密: no request), a disclaimer (仅供参考: no circle) or 未经授权不得转载 (转载 is no verb).
_CLAUSE = r"[^，,。；;！!？?\n]"
# (a bare 不 or 别 inside a word is no negation: 不断, 不仅, 不论, 特别, 分别; 不再另行告知 is a
# notice's formula; 不愿透露 and 不方便透露 are a news source's reticence and 不被告知 a passive,
# none of them a rule about passing a matter on)
_NOT_A_NEGATION = r"(?!断|仅|论|管|少|足|同|够|久|但|止|及|再|利|良|符|变|详|清|愿|方便|被)"
_RESTRICT = (
    r"(?:不得|不准|不能|不要|不可|请勿|切勿|严禁|禁止|一律不|暂不|勿|(?<![特分区个类级性识鉴派])别|不"
    + _NOT_A_NEGATION
    + r")"
)
_PASS_ON = (
    r"(?:外传|外泄|外露|外流|扩散|透露|转发|转告|复印|带出|流出|谈论|对外讲|对外说|在外面讲|"
    r"告知|告诉|上网|对外提供|向外提供|提供给|对外引用|扩大知情范围|(?:大群|群)里说)"
)
_CIRCLE = (
    r"仅(?:供|限|由|在|交|报|发)?" + _CLAUSE + r"{0,12}?"
    r"(?:领导|班子|院长|书记|负责人|小组|成员|双方|本人|参会|内部|院内|科内|人事干事)"
    + _CLAUSE
    + r"{0,8}?(?:参阅|阅知|掌握|知悉|知晓|传阅|留存|审阅|参考|使用|讨论)"
)
_STATED = compile_fast(
    rf"(?P<restriction>{_RESTRICT}{_CLAUSE}{{0,14}}?{_PASS_ON})"
    rf"|(?P<circle>{_CIRCLE})"
    r"|(?P<request>(?:须|需|务必|请|要)(?:注意|严格|严加)?保密)"
    r"|(?P<scope>(?:控制|限制|缩小|不得扩大)"
    + _CLAUSE
    + r"{0,6}知情范围|知情范围"
    + _CLAUSE
    + r"{0,6}(?:控制|限于|仅))"
    r"|(?P<handling>(?:会后|阅后|考后|用后|看后)(?:收回|退回|销毁))"
)
# A publication word under a negation or before its time is no publication: 不在院内公开,
# 不向科室公开, 公示之前, 在结果公告前 (the automaton's longest match already reads 不得对外公开 and
# 公示前 as non-public words; these are the sentences it cannot list).
_PUBLICATION_WORDS = frozenset({"公开", "公示", "公布", "发布", "公告", "通告"})
_NEGATED_PUBLICATION = compile_fast(
    r"(?:不"
    + _NOT_A_NEGATION
    + r"|未(?!来)|勿|禁止|严禁)"
    + _CLAUSE
    + r"{0,6}?(?:公开|公示|公布|发布|公告|通告)"
    r"|(?:公开|公示|公布|发布|公告|通告)(?:之)?前"
)
#: the reason's name for a statement of secrecy in words, and its kinds (never the sentence)
_STATED_REASON = "stated-secret:"
# kinds that are about the document's own copies: they make a teaching text or a form no
# published material, like _HANDLING
_STATED_HANDLING = ("handling", "circle")
# The shape of an issued circular (issue 9: a published 考核结果通报, a 表彰决定, a meeting notice
# were called personnel by their subject words): a salutation to many readers on a line of its
# own (各乡镇卫生院：, 院内各科室：) near the top, and the issuer and the date closing the text.
# Addressed to other units (各乡镇卫生院、村卫生室), it went out of the centre; addressed to the
# centre's own departments, it is its staff's common knowledge when it names nobody and carries no
# accounts (an internal budget circular lists its amounts). A circular that says it is not for
# everyone (仅发至各院主要负责人, 请勿转发) or names people is not public by its shape.
_SALUTATION = re.compile(
    r"(?m)^[ \t\u3000]*(?:院内)?各[\u4e00-\u9fff、（）()]{1,30}[:：][ \t\u3000]*$"
)
_TO_UNITS = re.compile(r"卫生院|医疗机构|卫生室|医院|单位|乡镇|街道|局|委员会|中心")
_SALUTATION_WITHIN = 300  # characters from the start
_ISSUER = re.compile(
    r"(?:卫生院|医院|卫生室|局|委员会|办公室|工会|中心|政府|党支部|党委)[ \t\u3000]*$"
)
_ISSUE_DATE = re.compile(
    r"^[ \t\u3000]*\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    r"[ \t\u3000]*(?:印发|发布)?[ \t\u3000]*$"
)
_TAIL_LINES = 3
# a news item's opening: a headline, then the first line of the body opens with the day it
# reports (12月2日下午，副县长…一行到我院调研…). A record dated so (上门随访记录, 会议纪要,
# 流行病学调查, 关于…的报告, 会议材料) names its own kind in the title (_RECORD_TITLE), one signed
# by whoever handled it (经办：, 审核：) is a file of the office (_HANDLED), and a long text is no
# news item (_NEWS_LINES)
_NEWS_LEDE = re.compile(
    r"^[ \t\u3000]*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|凌晨)?[，,]"
)
_RECORD_TITLE = re.compile(
    r"记录|纪要|报告|请示|通知|通报|方案|计划|总结|调查|登记|汇总|台账|清单|日志|随访|家访|"
    r"意见|批复|决定|材料|函$|表$|[（(]"
)
_HANDLED = re.compile(r"经办|审核[人:：]|审批|签字|签名")
_NEWS_LINES = 8
# answers to the public's questions, laid out as such: two lines opening with 问： and two 答：
# (医保报销常见问题, 政策问答); not a spokesman's script (应答口径), which is what the centre will
# say and has not said yet
_QUESTION = re.compile(r"(?m)^[ \t\u3000#*>-]*问[:：]")
_ANSWER = re.compile(r"答[:：]")
_QUESTIONS = 2
_SCRIPT = "口径"
# a line under the title that says who published the text: 县人民政府办公室 发布 (a county's
# emergency plan as its website shows it); the centre's own plans say 印发 to its departments
_PUBLISHED_BY = re.compile(
    r"(?m)^[ \t\u3000]*[\u4e00-\u9fff（）()]{1,30}"
    r"(?:政府|办公室|局|委员会|中心|卫生院|医院)[ \t\u3000]*(?:发布|公布)[ \t\u3000]*$"
)
#: amounts of money an internal circular may mention (an award of 2,000元) and stay common knowledge
_CIRCULAR_AMOUNTS = 2
# A body above the centre (a county bureau, its office, its discipline group): the issuer on a
# letterhead or over the closing date. What it sends the centre and asks to keep is policy §2
# "other" (information a superior authority asks to keep secret) whatever its subject.
_SUPERIOR = re.compile(
    r"^[县市区省州][\u4e00-\u9fff]{1,20}(?:局|委员会|政府|办公室|纪检组|监察组|股|指挥部)$"
)
_SUPERIOR_REASON = "superior-request:"
# what makes a document's words about something in particular (not a phone or a mailbox: the
# centre prints its own on every notice)
_CONCRETE = (
    "PERSON", "CN_RESIDENT_ID", "CN_MEDICAL_RECORD_NO", "CN_BANK_CARD", "CN_PASSPORT",
    "CN_ADDRESS", "CN_USCC",
)  # fmt: skip
_CONCRETE_FIGURES = 2
# the parties of an agreement, named: 甲方：县人民医院 (a blank 甲方：＿＿ names nobody)
_PARTY = re.compile(
    r"[甲乙丙]\s*方\s*[（(]?[^：:\n]{0,6}[)）]?\s*[:：][ \t\u3000]*[\u4e00-\u9fff]{4,}"
)
# a draft is never published material, whatever its shape
_DRAFT = ("草稿", "初稿", "草案", "征求意见稿", "讨论稿", "送审稿")
# nor is a text with a handling note about its own copies (试题 … 考前请勿外传): a rule imposes
# duties (不得泄露) and a course teaches them, but neither tells its reader to keep it in
_HANDLING = ("请勿外传", "不得外传", "严禁外传", "仅供内部", "仅限内部", "内部稿", "会后收回")
# a blank form: tick boxes, a date to fill in, underscores, a label with nothing after it
_BLANK_MARK = re.compile(r"□|___+|＿＿+|年[ \t\u3000_＿]+月[ \t\u3000_＿]+日")
_TICK = re.compile("[☑☒■▣√✓✔]")
_EMPTY_LABEL = re.compile(r"(?m)^[\u4e00-\u9fff（）()]{2,12}[:：][ \t\u3000]*$")
# a line that is only a label: a header cell, a form's field name (no digit, no sentence)
_LABEL_LINE = re.compile(r"(?m)^[ \t\u3000]*[\u4e00-\u9fff（）()/、]{2,12}[ \t\u3000]*$")
_LINE = re.compile(r"(?m)^[ \t\u3000]*\S")
# a value: a figure of three or more digits or with decimals (an amount, an ID, a count), a rate,
# an amount in 元
_FIGURE = re.compile(r"[0-9]{3,}(?:\.[0-9]+)?|[0-9]{1,2}\.[0-9]+|[0-9]{1,2}[ \t]*(?:[%％]|万?元)")


@dataclass(slots=True)
class Evidence:
    """What a document showed, gathered batch by batch while it is scanned."""

    keywords: dict[str, bool] = field(default_factory=dict)  # keyword -> seen in the title zone
    heading: str = ""  # the document's first lines (see _heading_end)
    entities: Counter[str] = field(default_factory=Counter)
    terms: dict[str, set[str]] = field(default_factory=dict)  # vocabulary -> distinct terms seen
    patterns: Counter[str] = field(default_factory=Counter)  # fact pattern -> matches
    # signal id -> fact kind -> facts seen near a person the signal's ``identified_by`` names
    near: dict[str, Counter[str]] = field(default_factory=dict)
    batch_facts: list[tuple[int, str]] = field(default_factory=list)  # (offset, kind), this batch
    listed_people: int = 0  # names standing as a list's or a table's entries, not in prose
    blank_fields: int = 0
    chars: int = 0
    title: str = ""
    articles: int = 0  # 第X条 / 第X章 lines
    items: int = 0  # enumerated lines: 一、 （一） 1.
    bullets: int = 0  # bulleted lines: - • ·
    self_internal: int = 0  # "本规范为内部…", "本通报仅发至…"
    blank_marks: int = 0  # □, "年  月  日", ____, a label with nothing after it
    ticks: int = 0  # a ticked box: ☑ ■ √
    label_lines: int = 0  # lines that are only a label
    lines: int = 0  # non-empty lines
    figures: int = 0
    parties: int = 0  # 甲方：… 乙方：… with a name
    stated: Counter[str] = field(default_factory=Counter)  # kind of secrecy stated in words
    salutation: str = ""  # 各乡镇卫生院： on a line of its own near the top ("" when none)
    published_by: bool = False  # 县人民政府办公室 发布 on a line of its own near the top
    lede: bool = False  # the line under the title opens with a date: 12月2日下午，… (_NEWS_LEDE)
    questions: int = 0  # lines opening with 问： (_QUESTION)
    answers: int = 0  # 答： anywhere
    tail: list[str] = field(default_factory=list)  # the last non-empty lines read so far
    sample: str = ""  # the text's first TEXT_CHARS characters, read by the learned model
    sample_from: int = 0  # where the last piece observe saw starts in ``sample``


@dataclass(frozen=True, slots=True)
class Decision:
    categories: tuple[str, ...]
    reasons: dict[str, list[str]]
    public: bool
    public_reasons: tuple[str, ...]
    scores: dict[str, float]
    #: the heading names a body outside the centre as the sender (see _from_outside)
    from_outside: bool = False


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    retention_years: int


_KEYWORD = "keyword"


def _heading_end(text: str) -> int:
    """Where a document's heading ends: its first non-empty line, and the next one too when the
    first is short or names the sender — a letterhead, a document number or a mark above the
    title (芦溪镇卫生院 / 2025年部门预算草案);
    at most :data:`_HEADING_MAX` characters. Not a table's header row under a title: 预算单价
    there is a column of a procurement plan, not a budget."""
    at = 0
    first = True
    while at < len(text) and at < _HEADING_MAX:
        nl = text.find("\n", at)
        end = len(text) if nl < 0 else nl
        line = text[at:end].strip()
        if line:
            # a secrecy mark above the title (**内部资料 注意保存**, 秘密★1年) is no title either
            if not first or (
                len(line) > _SHORT_LINE
                and not _LETTERHEAD.search(line)
                and not (len(line) <= _HEADING_MAX and mark_in_line(_TITLE_TRIM.sub("", line)))
            ):
                return min(end, _HEADING_MAX)
            first = False
        at = end + 1
    return min(len(text), _HEADING_MAX)


def _titles(heading: str) -> list[str]:
    """The heading's lines as titles: the title itself, or a letterhead and the title under it."""
    titles = (_TITLE_TRIM.sub("", _TITLE_TRIM.sub("", ln.strip())) for ln in heading.split("\n"))
    return [t for t in titles if t]


# words of a heading that name a document's form, not its subject (see Classifier._form_only)
_FORM_WORDS = frozenset({"协议"})
# a department after a heading word: 人事科, 财务室, 采购股 name the sender, not the kind
_DEPARTMENT = re.compile(r"[科股室]")


def _names_kind(word: str, heading: str) -> bool:
    """The heading says ``word`` other than as the start of a department's name (人事科 8108 in a
    phone list's first row is no personnel document)."""
    at = heading.find(word)
    while at >= 0:
        after = heading[at + len(word) : at + len(word) + 1]
        if not _DEPARTMENT.fullmatch(after):
            return True
        at = heading.find(word, at + 1)
    return False


def _names_no_kind(heading: str) -> bool:
    """The heading announces an event or an instruction, or is a rule's title: its words name
    a subject, not the kind of document (see _EVENT_TITLE)."""
    return any(_EVENT_TITLE.search(t) or _RULE_TITLE.search(t) for t in _titles(heading))


def _blank_entities(ev: Evidence, found: list[tuple[str, int, int]]) -> None:
    """Blank the entities of the piece observe saw last out of ``ev.sample``: the learned model
    reads the words around a name or a number, never the name itself (and so can never name
    it in a reason)."""
    base = ev.sample_from
    size = len(ev.sample) - base - 1  # the piece's characters in the sample, without its "\n"
    if size <= 0 or not found:
        return
    chars = list(ev.sample[base:])
    for _, start, end in found:
        for i in range(max(start, 0), min(end, size)):
            chars[i] = " "
    ev.sample = ev.sample[:base] + "".join(chars)


def _units(text: str) -> str:
    """The text as UTF-16 code units, one byte a character: pyahocorasick looks a node's
    children up one by one, and the root of thousands of words starting with a thousand
    different 汉字 made every character cost microseconds; over bytes a node has at most 256
    children and the scan is ~20× faster. A match must start on an even unit (see observe)."""
    return text.encode("utf-16-be", "surrogatepass").decode("latin-1")


class Classifier:
    def __init__(self, rules: Categories) -> None:
        self.rules = rules
        words: set[str] = (
            set(rules.public.nonpublic)
            | set(_IN_HOUSE)
            | set(_INTERNAL_SUBJECT)
            | set(_OPEN_SELECTION)
            | set(_DECLARED)
        )
        kinds: set[str] = set()
        for cat in rules.categories:
            for sig in cat.signals:
                if not sig.title_only:
                    words.update(sig.keywords)
                kinds.update(sig.facts)
        for sig in rules.public.markers:
            words.update(sig.keywords)
        # the specific words of each category, to see which the title zone names (decide)
        self._specific_words = {
            cat.id: frozenset(
                w for sig in cat.signals if sig.weight >= 2 and not sig.title_only
                for w in sig.keywords
            )
            for cat in rules.categories
        }  # fmt: skip
        pattern_kinds = [k for k, _ in rules.fact_patterns]
        unknown = kinds - set(vocab.VOCABULARIES) - set(pattern_kinds)
        if unknown:
            raise RulesError(
                f"categories.yaml: unknown fact kinds {sorted(unknown)}; known: "
                f"{', '.join(vocab.VOCABULARIES)} and fact_patterns {pattern_kinds}"
            )
        entries: dict[str, set[str]] = {w: {_KEYWORD} for w in words}
        for name in sorted(kinds & set(vocab.VOCABULARIES)):
            for term in vocab.terms(name):
                entries.setdefault(term, set()).add(name)
        # One automaton for keywords and terms; ``iter_long`` keeps the longest match and skips
        # what it covers, so 门诊病历 counts once, not also as 病历, and 慢性胃炎 not also as 胃炎.
        self._automaton = ahocorasick.Automaton()
        for word, tags in entries.items():
            value = (word, _KEYWORD in tags, tuple(sorted(tags - {_KEYWORD})))
            self._automaton.add_word(_units(word), value)
        self._automaton.make_automaton()
        # Each kind's branch behind its own first-character look-ahead too: the whole
        # alternation's may begin at any digit, where every kind would be tried in turn
        # (the largest single item of a dense scan's CPU: 22 → 15 ms per 64 k characters).
        self._fact_re = (
            compile_fast(
                "|".join(f"(?P<f{i}>{_guarded(p)})" for i, (_, p) in enumerate(rules.fact_patterns))
            )
            if rules.fact_patterns
            else None
        )
        self._fact_kinds = {f"f{i}": k for i, (k, _) in enumerate(rules.fact_patterns)}
        # per title signal, the title words of the other categories (see _form_only)
        titles = {
            sig.id: frozenset(sig.keywords)
            for cat in rules.categories
            for sig in cat.signals
            if sig.title_only
        }
        self._other_titles = {
            sid: frozenset().union(*(ws for other, ws in titles.items() if other != sid))
            for sid in titles
        }
        self._near_signals = [
            sig for cat in rules.categories for sig in cat.signals if sig.near and sig.facts
        ]
        self._signal_by_id = {sig.id: sig for cat in rules.categories for sig in cat.signals}
        # the learned reading (scanner/detect/learned.py), loaded at its first use (~30 ms that
        # a one-file scan of a document the rules decide does not pay)
        self._learned_wanted = rules.learned_reading
        self._learned_model: LearnedModel | None = None

    @property
    def learned(self) -> LearnedModel | None:
        """The learned reading; None reads by the rules alone."""
        if self._learned_wanted:
            self._learned_wanted = False
            self._learned_model = learned.shipped()
        return self._learned_model

    @learned.setter
    def learned(self, model: LearnedModel | None) -> None:
        self._learned_wanted = False
        self._learned_model = model

    # -- gathering -------------------------------------------------------------------------
    def observe(self, ev: Evidence, text: str) -> None:
        """Record keywords and blank fields of a piece of the document's real text."""
        # The title zone: the document's first line, at most title_chars characters.
        title_left = 0
        if ev.chars == 0:
            nl = text.find("\n")
            title_left = min(self.rules.title_chars, nl if nl >= 0 else len(text))
            ev.heading = text[: _heading_end(text)]
        ev.batch_facts.clear()
        negated = [m.span() for m in _NEGATED_PUBLICATION.finditer(text)]
        negated_starts = [a for a, _ in negated]
        for m in _STATED.finditer(text):
            ev.stated[m.lastgroup or ""] += 1
        for end, (w, is_keyword, lists) in self._automaton.iter_long(_units(text)):
            first = end - 2 * len(w) + 1
            if first % 2:
                continue  # straddles two characters: not a word of the text
            start = first // 2
            if w in _PUBLICATION_WORDS and _within(negated, negated_starts, start):
                ev.stated["negated-publication"] += 1
                continue
            if is_keyword:
                ev.keywords[w] = ev.keywords.get(w, False) or start < title_left
            for name in lists:
                ev.terms.setdefault(name, set()).add(w)
                ev.batch_facts.append((start, name))
        if self._fact_re is not None:
            for m in self._fact_re.finditer(text):
                kind = self._fact_kinds[m.lastgroup or ""]
                ev.patterns[kind] += 1
                ev.batch_facts.append((m.start(), kind))
        ev.blank_fields += len(_BLANK_FIELD.findall(text))
        self._observe_shape(ev, text)
        ev.sample_from = len(ev.sample)
        if len(ev.sample) < TEXT_CHARS:
            ev.sample += text[: TEXT_CHARS - len(ev.sample)] + "\n"
        ev.chars += len(text)

    @staticmethod
    def _observe_shape(ev: Evidence, text: str) -> None:
        """What published material looks like, counted for :meth:`_published_shape`."""
        if ev.chars == 0:
            first = next((ln for ln in text.split("\n") if ln.strip()), "")
            # a title is short: the trimming reads its first characters only (a trailing-blank
            # pattern over a megabyte of blanks after a label would take a square of the run)
            ev.title = _TITLE_TRIM.sub("", _TITLE_TRIM.sub("", first.strip()[:_TITLE_MAX]))
            body = [ln for ln in text[:_SALUTATION_WITHIN].split("\n") if ln.strip()][1:2]
            ev.lede = bool(body) and _NEWS_LEDE.match(body[0]) is not None
        if ev.chars < _SALUTATION_WITHIN and not ev.salutation:
            m = _SALUTATION.search(text, 0, _SALUTATION_WITHIN - ev.chars)
            ev.salutation = m.group().strip() if m else ""
        if ev.chars < _SALUTATION_WITHIN and not ev.published_by:
            ev.published_by = bool(_PUBLISHED_BY.search(text, 0, _SALUTATION_WITHIN - ev.chars))
        # the last lines of the text (a table's cells come after a docx's paragraphs: a
        # circular's signature is where its paragraphs end, so a batch of cells keeps it)
        if FIELD_MARK not in text:
            last = [ln.strip() for ln in text[-400:].split("\n") if ln.strip()]
            if last:
                ev.tail = last[-_TAIL_LINES:]
        ev.articles += len(_ARTICLE.findall(text))
        ev.items += len(_ITEM.findall(text))
        ev.bullets += len(_BULLET.findall(text))
        ev.self_internal += len(_SELF_INTERNAL.findall(text))
        if "问" in text:
            ev.questions += len(_QUESTION.findall(text))
            ev.answers += len(_ANSWER.findall(text))
        ev.figures += len(_FIGURE.findall(text))
        if "方" in text:
            ev.parties += len(_PARTY.findall(text))
        plain = FIELD_PREFIX.sub("", text) if FIELD_MARK in text else text
        ev.blank_marks += len(_BLANK_MARK.findall(plain)) + len(_EMPTY_LABEL.findall(plain))
        ev.ticks += len(_TICK.findall(text))
        ev.lines += len(_LINE.findall(plain))
        ev.label_lines += len(_LABEL_LINE.findall(plain))

    def count_entities(self, ev: Evidence, entity_types: Iterable[str]) -> None:
        ev.entities.update(entity_types)

    def note_people(self, ev: Evidence, text: str, found: Iterable[tuple[str, int, int]]) -> None:
        """The entities (type, start, end) of ``text``, the piece :meth:`observe` saw last: a fact
        counts for a ``near`` signal when a person the signal names is that close to it — a
        contact under a price list is not the patient of the drugs listed above.

        Names standing as entries — a cell, a row that starts with the person, a list
        separated by 、 or tabs, a line short enough to be a field — are counted apart from
        names in running prose: a register is rows of people, and a news page that names five
        people is not one."""
        found = list(found)
        _blank_entities(ev, found)
        ev.listed_people += sum(
            1 for etype, at, end in found if etype == "PERSON" and _listed(text, at, end)
        )
        if not self._near_signals or not ev.batch_facts:
            return
        where: dict[str, list[int]] = {}
        for etype, offset, _ in found:
            where.setdefault(etype, []).append(offset)
        for offsets in where.values():
            offsets.sort()

        def close(etype: str, at: int, span: int) -> bool:
            offsets = where.get(etype, ())
            i = bisect_left(offsets, at - span)
            return i < len(offsets) and offsets[i] <= at + span

        for sig in self._near_signals:
            seen = ev.near.setdefault(sig.id, Counter())
            for at, kind in ev.batch_facts:
                if kind in sig.facts and any(
                    all(close(e, at, sig.near) for e in group) for group in sig.identified_by
                ):
                    seen[kind] += 1
        ev.batch_facts.clear()

    # -- deciding --------------------------------------------------------------------------
    def _points(self, sig: Signal, ev: Evidence, title_weight: float) -> tuple[float, str | None]:
        if sig.facts:
            return self._evidence(sig, ev)
        if sig.title_only:
            if _names_no_kind(ev.heading):
                return 0.0, None
            # read in the heading itself: a longer keyword there (成本测算) does not hide 成本
            hits = [w for w in sig.keywords if _names_kind(w, ev.heading)]
            if not hits or self._form_only(sig, hits, ev.heading):
                return 0.0, None
            return sig.weight, f"{sig.id}: {'、'.join(hits[:3])}"
        if sig.keywords:
            hits = [w for w in sig.keywords if w in ev.keywords]
            if len(hits) < max(1, sig.min_count):
                return 0.0, None
            pts = sum(sig.weight * (title_weight if ev.keywords[w] else 1.0) for w in hits)
            if sig.max is not None:
                pts = min(pts, sig.max)
            shown = "、".join(hits[:6]) + ("…" if len(hits) > 6 else "")
            return pts, f"{sig.id}: {shown}"
        count = sum(ev.entities.get(e, 0) for e in sig.entities)
        if count < sig.min_count:
            return 0.0, None
        return sig.weight, f"{sig.id}: {'/'.join(sig.entities)} ×{count}"

    def _form_only(self, sig: Signal, hits: list[str], heading: str) -> bool:
        """The heading's only word of this kind names the document's form (协议), and another
        category's title word names its subject: 家庭医生签约服务协议 is a resident's care,
        药品配送协议 a supply, not a cooperation agreement (a 调解协议 names no other kind)."""
        return all(w in _FORM_WORDS for w in hits) and any(
            _names_kind(w, heading) for w in self._other_titles.get(sig.id, ())
        )

    def _evidence(self, sig: Signal, ev: Evidence) -> tuple[float, str | None]:
        """Facts of the signal's kinds, counted when the document identifies a person as the
        signal requires; the reason names the kinds and counts, never a term or value."""
        who = ""
        if sig.identified_by:
            held = next(
                (g for g in sig.identified_by if all(ev.entities.get(e, 0) for e in g)), None
            )
            if held is None:
                return 0.0, None
            who = "+".join(f"{e} ×{ev.entities[e]}" for e in held) + "; "
        if sig.near:
            near = ev.near.get(sig.id, Counter())
            counts = {k: near[k] for k in sig.facts}
        else:
            counts = {k: len(ev.terms.get(k, ())) + ev.patterns.get(k, 0) for k in sig.facts}
        if sum(counts.values()) < sig.min_facts:
            return 0.0, None
        shown = ", ".join(f"{k} ×{n}" for k, n in counts.items() if n)
        return sig.weight, f"{sig.id}: {who}{shown}"

    def decide(self, ev: Evidence) -> Decision:
        scores: dict[str, float] = {}
        # points of keyword and fact signals only: what a register's categories are read from
        # (two resident IDs say "a list of people", not which kind of list); ``specific`` leaves
        # out the weak generic words too (weight 1: 统计, 报告, 甲方, 科室), which every kind of
        # list shares
        worded: dict[str, float] = {}
        specific: dict[str, float] = {}
        why_of: dict[str, list[str]] = {}
        reasons: dict[str, list[str]] = {}
        concrete = (
            self._concrete(ev)
            or bool(ev.stated)
            or any(w in ev.keywords for w in self.rules.public.nonpublic)
        )
        # categories whose kind the heading names; a specific word of a category in the title
        # zone names it too (药品报损审批表: 报损 is an asset's write-off as well as a stock's)
        in_title = {w for w, title in ev.keywords.items() if title}
        titled = {c for c, ws in self._specific_words.items() if not ws.isdisjoint(in_title)}
        own: dict[str, float] = {}  # points of a category's own specific words (_off_subject)
        evidenced: set[str] = set()  # categories with facts or entities of their own
        for cat in self.rules.categories:
            total = words = strong = mine = 0.0
            only_words = True
            why: list[str] = []
            for sig in cat.signals:
                pts, reason = self._points(sig, ev, self.rules.title_weight)
                if reason:
                    total += pts
                    only_words = only_words and not (sig.facts or sig.entities)
                    if sig.keywords or sig.facts:
                        words += pts
                        strong += pts if (sig.facts or sig.weight >= 2) else 0.0
                    if sig.title_only:
                        titled.add(cat.id)
                    elif sig.id not in _BORROWED and (sig.facts or sig.entities):
                        evidenced.add(cat.id)
                    elif sig.id not in _BORROWED and sig.weight >= 2:
                        mine += pts
                    why.append(reason)
            scores[cat.id], worded[cat.id], specific[cat.id] = total, words, strong
            own[cat.id] = mine
            why_of[cat.id] = why
            # words alone make a category only about something concrete: a text that talks
            # about records, pay or budgets in general is not the records, pay or budget
            if total >= self.rules.threshold and (concrete or not only_words):
                reasons[cat.id] = why
        self._off_subject(titled, own, evidenced, reasons)
        self._pay_totals(ev, why_of, reasons)
        self._staff_health(ev, why_of, reasons)
        register = self._register(ev, specific)
        if register is not None:
            self._register_categories(register, specific, worded, titled, why_of, reasons)
        self._care_path(ev, evidenced, reasons)
        self._pay_card(ev, reasons)
        self._duty_contacts(reasons)
        public, public_why = self._public(ev)
        if not reasons and not public:
            self._declared(ev, worded, why_of, reasons)
        if not public and MARKED_CATEGORY not in reasons:
            superior = self._superior_request(ev)
            if superior is not None:
                reasons[MARKED_CATEGORY] = [*why_of.get(MARKED_CATEGORY, []), superior]
        if not reasons and not public and self.learned is not None:
            self._learned(ev, self.learned, why_of, reasons, scores)
        cats = tuple(c.id for c in self.rules.categories if c.id in reasons)
        private = self.rules.public.private_person
        if public and any(r.split(":", 1)[0] in private for rs in reasons.values() for r in rs):
            # a notice about an identified resident (a name with an ID, a phone or an address,
            # and facts about their health) is not published material
            public, public_why = False, ()
        if public and cats:
            return Decision((), {}, True, public_why, scores)
        return Decision(cats, reasons, public, public_why, scores, _from_outside(ev.heading))

    @staticmethod
    def _learned(
        ev: Evidence,
        model: LearnedModel,
        why_of: dict[str, list[str]],
        reasons: dict[str, list[str]],
        scores: dict[str, float],
    ) -> None:
        """Where the rules find no category and do not call the document public, the learned
        model's categories (probability at its threshold or above) — the combination the
        leave-one-set-out table supports (docs/categories.md, "A learned reading"). Its reason
        names the probability and the vocabulary n-grams that pushed it most.

        Only a record of people — at least :data:`~scanner.detect.learned.MIN_LISTED` names
        standing as a list's, a table's or a form's entries (``listed_people``), or one with an
        identifier of a person (``learned.record_of_people``) — is read: news
        prose with a bank's fee or a name in it read as financial or personnel (CLUENER pages,
        benchmarks/public_pages.py), and the guard costs nothing in the leave-one-set-out
        means. The model reads the rules' points per category
        (``scores``, below the threshold too) beside the text and the evidence."""
        if not learned.record_of_people(ev.listed_people, ev.entities):
            return
        reading = model.read(ev.sample, learned.evidence_features(ev, scores))
        for j, cat in enumerate(learned.CATEGORIES):
            if reading.probabilities[cat] >= model.thresholds[j]:
                reasons[cat] = [*why_of.get(cat, []), reading.reason(cat)]

    def _off_subject(
        self,
        titled: set[str],
        own: dict[str, float],
        evidenced: set[str],
        reasons: dict[str, list[str]],
    ) -> None:
        """A category the heading does not name needs evidence of its own when the heading names
        another: a budget's procurement line (比价, 采购) does not make it an operations document,
        nor do a plan's amounts and its funding words (专项资金, 自筹) make a procurement or
        expansion plan financial. Kept: a category with facts or entities beside the heading's
        (a bank account, a record), or whose own specific words reach twice the threshold."""
        if not titled or not titled & reasons.keys():
            return
        bar = _OFF_SUBJECT_FACTOR * self.rules.threshold
        for cid in [c for c in reasons if c not in titled]:
            if own.get(cid, 0.0) < bar and cid not in evidenced:
                del reasons[cid]

    def _care_path(self, ev: Evidence, evidenced: set[str], reasons: dict[str, list[str]]) -> None:
        """A patient's record that names the service its care went through (双向转诊单, a
        远程心电诊断 report) is medical, not a cooperation (policy §2 other: cooperation
        agreements, investment): ``other`` is dropped when the rules read medical from an
        identified person's evidence and ``other`` rests on cooperation words that are all
        services of care (:data:`_CARE_SERVICES`) — no title, no agreement, no investment."""
        if "other" not in reasons or "medical" not in evidenced or "medical" not in reasons:
            return
        heads = _heads(reasons["other"])
        if not heads <= {_COOPERATION, "register"}:
            return
        sig = self._signal_by_id.get(_COOPERATION)
        hits = {w for w in (sig.keywords if sig else ()) if w in ev.keywords}
        if hits and hits <= _CARE_SERVICES:
            del reasons["other"]

    @staticmethod
    def _pay_card(ev: Evidence, reasons: dict[str, list[str]]) -> None:
        """One employee's own paper — a pay slip with its 工资卡号： field — is personnel:
        salary and benefits are (policy §2), and the card in its labelled field is where that
        one person's pay goes, not the centre's funds. ``financial`` is dropped when personnel
        stands, one person is named, the document is no register, and financial rests on one
        card written in a labelled field (one ``bank-account`` fact, at most one card) and money
        words alone (:data:`_CARD_ONLY`). A payroll — a table of staff and their cards, even of
        one row — keeps it, as do a budget word, a ledger or a tax list."""
        if "financial" not in reasons or "personnel" not in reasons:
            return
        heads = _heads(reasons["financial"])
        if not heads <= _CARD_ONLY or "bank-accounts" not in heads:
            return
        if ev.patterns.get("bank-account", 0) != 1 or ev.entities.get("CN_BANK_CARD", 0) > 1:
            return
        if ev.entities.get("PERSON", 0) > 1:
            return
        del reasons["financial"]

    @staticmethod
    def _duty_contacts(reasons: dict[str, list[str]]) -> None:
        """A document whose heading names an operations kind (an emergency plan, a target's
        progress: ``operations-title``) lists its staff on duty with their phones; a health word
        beside them (食物中毒, 症状) is the plan's subject, not a patient's record. ``medical``
        is dropped when it rests only on names with phones or addresses beside health words and
        on clinical words (:data:`_CONTACT_ONLY`) — no resident ID, no record number, no
        medical title; operations stays, so the document stays secret."""
        if "medical" not in reasons or "operations" not in reasons:
            return
        if not any(r.startswith(_OPERATIONS_TITLE + ":") for r in reasons["operations"]):
            return
        heads = _heads(reasons["medical"])
        if heads <= _CONTACT_ONLY:
            del reasons["medical"]

    def _pay_totals(
        self, ev: Evidence, why_of: dict[str, list[str]], reasons: dict[str, list[str]]
    ) -> None:
        """Pay as a sum of money is financial too (policy §2: budgets, fund operations, cost
        accounting): a pay document that names nobody and carries amounts (绩效工资总量 by
        department, 工资调整增支测算, 加班费 totals) is the centre's spending on pay, not an
        employee's file; a payroll of named people stays personnel (financial by its accounts)."""
        if "personnel" not in reasons or "financial" in reasons or ev.entities.get("PERSON"):
            return
        pay = [w for w in _PAY_WORDS if w in ev.keywords]
        amounts = ev.patterns.get("amount", 0)
        if not pay or amounts < _PAY_AMOUNTS:
            return
        reasons["financial"] = [
            *why_of.get("financial", []),
            f"pay-totals: {'、'.join(pay[:3])}; amount ×{amounts}, nobody named",
        ]

    @staticmethod
    def _staff_health(
        ev: Evidence, why_of: dict[str, list[str]], reasons: dict[str, list[str]]
    ) -> None:
        """Health facts about the centre's own staff are both medical (their health) and
        personnel (their file: policy §2 employee files): a heading that names the staff and
        their health (职工健康体检报告, 职工病假台账), people named, and at least one health fact
        of the vocabularies or patterns (a disease, a test, a measurement)."""
        heading = ev.heading
        if not ev.entities.get("PERSON") or not any(w in heading for w in _STAFF_WORDS):
            return
        if not any(w in heading for w in _STAFF_HEALTH_WORDS):
            return
        facts = {k: len(ev.terms.get(k, ())) for k in _CLINICAL_VOCABULARIES}
        facts["vital"] = ev.patterns.get("vital", 0)
        if sum(facts.values()) < _STAFF_HEALTH_FACTS:
            return
        shown = ", ".join(f"{k} ×{n}" for k, n in facts.items() if n)
        why = f"staff-health: {shown}; the heading names the staff and their health"
        for cid in ("medical", "personnel"):
            if cid not in reasons:
                reasons[cid] = [*why_of.get(cid, []), why]

    def _register(self, ev: Evidence, specific: dict[str, float]) -> str | None:
        """The reason when the document is a register: rows of people that identifiers or the
        document's own words tie to the centre's work (a dispatch log, a payroll, a list of
        residents with IDs and addresses). None otherwise."""
        reg = self.rules.register
        if reg is None:
            return None
        people = ev.entities.get("PERSON", 0)
        if people < reg.min_people:
            return None
        ids = {e: ev.entities[e] for e in reg.identifiers if ev.entities.get(e, 0)}
        if sum(ids.values()) < reg.min_identifiers and (
            max(specific.values(), default=0.0) < reg.threshold or ev.listed_people < reg.min_people
        ):
            # without identifiers, a category's words make a register only of people listed
            # as entries: names in prose beside a price or a ranking are a story, not rows
            return None
        held = "".join(f", {e} ×{n}" for e, n in ids.items())
        return f"register: PERSON ×{people}{held}"

    def _register_categories(
        self,
        why: str,
        specific: dict[str, float],
        worded: dict[str, float],
        titled: set[str],
        why_of: dict[str, list[str]],
        reasons: dict[str, list[str]],
    ) -> None:
        """A register with no category of its own takes every category its specific words and
        facts point to at the register's lower threshold; with none, the one all its words point
        to most, else the fallback. A register that reached a category by itself takes another
        at that threshold only when its heading names it (个人所得税扣缴申报明细: a tax list is
        personnel too): one stray word of weight 2 in the rows (驾驶员 in an evaluation list,
        远程心电诊断 in a batch of ECG reports) is no second category."""
        reg = self.rules.register
        assert reg is not None
        own = bool(reasons)
        for cid, pts in specific.items():
            if pts >= reg.threshold and cid not in reasons and (not own or cid in titled):
                reasons[cid] = list(why_of[cid])
        if not reasons:
            best = max(worded, key=lambda c: worded[c], default=reg.fallback)
            cid = best if worded.get(best, 0.0) > 0 else reg.fallback
            reasons[cid] = list(why_of.get(cid, []))
        for cid in reasons:
            reasons[cid] = [*reasons[cid], why]

    @staticmethod
    def _concrete(ev: Evidence) -> bool:
        """The document is about something in particular: a person, an identifier, an
        organisation's code, or figures (amounts, counts, dates of a plan). A document that
        calls itself internal or a draft is too (checked by the caller), and so is an agreement
        that names its parties (甲方：… 乙方：…)."""
        return (
            ev.figures >= _CONCRETE_FIGURES
            or ev.parties >= 2
            or any(ev.entities.get(e) for e in _CONCRETE)
        )

    def _declared(
        self,
        ev: Evidence,
        worded: dict[str, float],
        why_of: dict[str, list[str]],
        reasons: dict[str, list[str]],
    ) -> None:
        """A document that declares itself not to be shared (a draft, 请勿外传, 会前不得对外透露)
        is a work secret (policy §1: not yet public): in the category its words point to most
        when they point somewhere (two points), else ``medical`` when it names diseases, drugs
        or tests, else ``other``."""
        said = [w for w in _DECLARED if w in ev.keywords]
        # a sentence says what no set phrase said (the phrases name themselves)
        said += [_stated_reason(ev.stated)] if ev.stated and not said else []
        # a request to a superior (关于拟提任…的请示) is not public until it is answered: it asks
        # for what has not been decided (the blank model of one is a template, public by shape)
        said += [_REQUEST for t in _titles(ev.heading) if t.endswith(_REQUEST)][:1]
        # the title's own note that the document is not out yet: 应收医疗保险款台账（财务科内部）,
        # …报告（未上报前稿）, …口径（仅限院领导和办公室）, …分解（征求意见，未下发）
        said += [
            f"{_HEADING_NOTE_REASON}{w}"
            for w in _HEADING_NOTE_WORDS
            if any(w in note for note in _HEADING_NOTE.findall(ev.heading))
        ][:1]
        if not said:
            return
        why = f"{_DECLARED_REASON} {'、'.join(said[:4])}"
        best = max(worded, key=lambda c: worded[c], default=MARKED_CATEGORY)
        clinical = {k: len(ev.terms.get(k, ())) for k in _CLINICAL_VOCABULARIES}
        if worded.get(best, 0.0) >= 2:
            reasons[best] = [*why_of[best], why]
        elif sum(clinical.values()) >= _CLINICAL_TERMS:
            # a kept-back text about diseases and drugs with nobody in it is unpublished
            # clinical material (policy §2 medical: clinical plans, projects, results), not a
            # superior's request: the shipped vocabularies say so, not a word list
            shown = ", ".join(f"{k} ×{n}" for k, n in clinical.items() if n)
            reasons["medical"] = [f"clinical-vocabulary: {shown}", why]
        else:
            reasons[MARKED_CATEGORY] = [*why_of.get(MARKED_CATEGORY, []), why]

    def _published_shape(self, ev: Evidence) -> str | None:
        """The reason when the document has the shape of published material — a rule text, a
        teaching text, a blank form — and nothing says it is internal: such a document talks
        about records, pay or budgets in general, so its words are no evidence. Not when it is
        a draft, says of itself that it is internal (in its title or in a sentence about
        itself), or lists people or their identifiers."""
        # in a title, 秘密/保密 name the subject (工作秘密管理制度, 保密知识培训), not the level
        title_internal = any(
            ev.keywords.get(w) for w in self.rules.public.nonpublic if "密" not in w
        )
        handled = any(ev.stated.get(k) for k in _STATED_HANDLING)
        if title_internal or ev.self_internal or handled:
            return None
        if any(w in ev.keywords for w in _DRAFT + _HANDLING):
            return None
        pub = self.rules.public
        if any(ev.entities.get(e, 0) for e in (*pub.identifier_entities, "CN_ADDRESS")):
            return None
        people = ev.entities.get("PERSON", 0)
        # the title, or the line under a letterhead (芦溪镇卫生院 / 财务管理制度)
        titles = [ev.title, *_titles(ev.heading)]
        if any(_TEACHING_TITLE.search(t) for t in titles) and people < 3:
            return "teaching-material: title"
        articles = ev.articles + ev.items + ev.bullets
        if any(_RULE_TITLE.search(t) for t in titles) and articles >= 3 and people < 3:
            return f"rule-text: title, {articles} articles"
        if ev.articles >= 3 and people < 3 and ev.figures <= ev.articles:
            return f"rule-text: {ev.articles} articles"
        if people == 0 and ev.figures <= 2 and ev.lines >= 5:
            labels = ev.label_lines >= 6 and ev.label_lines * 10 >= ev.lines * 6
            if ev.blank_marks >= 3 or labels:
                return f"blank-form: {ev.blank_marks} blanks, {ev.label_lines} label lines"
        # one "name" on a form of blanks with no box ticked is a label read as a name (随访医生签名,
        # 单位及职务), not the person a filled form is about: a filled one ticks its boxes (☑ 合格)
        # and carries dates and figures
        one_name_blank = people == 1 and ev.figures <= 2 and ev.lines >= 5 and not ev.ticks
        if one_name_blank and ev.blank_marks >= 3:
            return f"blank-form: {ev.blank_marks} blanks, one name, nothing ticked"
        return None

    def _public(self, ev: Evidence) -> tuple[bool, tuple[str, ...]]:
        shape = self._published_shape(ev)
        if shape is not None:
            return True, (shape,)
        pub = self.rules.public
        internal = [w for w in pub.nonpublic if w in ev.keywords]
        internal += [_STATED_REASON + k for k in ev.stated]
        announced = self._announced(ev, internal) if internal else None
        if internal and announced is None:
            return False, ()
        identifiers = sum(ev.entities.get(e, 0) for e in pub.identifier_entities)
        if identifiers >= pub.max_identifiers:
            return False, ()
        total = 0.0
        why: list[str] = []
        for sig in pub.markers:
            pts, reason = self._points(sig, ev, pub.title_weight)
            if reason and _care_given(sig, ev):
                continue
            if reason and _closing_call(sig, ev):
                pts = max(pts, sig.weight * pub.title_weight)
            if reason:
                total += pts
                why.append(reason)
        if ev.blank_fields >= pub.blank_fields and identifiers == 0:
            total += pub.threshold
            why.append(f"blank-form: {ev.blank_fields} empty fields")
        if ev.published_by and identifiers == 0:
            total += pub.threshold
            why.append("published-by: an issuer's line under the title")
        news = self._news_lede(ev)
        if news is not None and identifiers == 0:
            total += pub.threshold
            why.append(news)
        asked = min(ev.questions, ev.answers)
        if asked >= _QUESTIONS and identifiers == 0 and _SCRIPT not in ev.heading:
            total += pub.threshold
            why.append(f"questions-and-answers: {asked}")
        circular = self._circular(ev)
        if circular is not None and identifiers == 0:
            total += pub.threshold
            why.append(circular)
        if announced is not None and total >= pub.threshold:
            why.append(announced)
        return total >= pub.threshold, tuple(why)

    def _superior_request(self, ev: Evidence) -> str | None:
        """The reason when a body above the centre issued the document (its letterhead or the
        issuer over the closing date) and the document says it is not for everyone: a draft, a
        non-public word, or secrecy stated in words."""
        issuer = _issuer_line(ev.tail)
        lines = [*_titles(ev.heading)[:1], *([issuer] if issuer is not None else [])]
        if not any(_SUPERIOR.match(ln.replace(" ", "")) for ln in lines):
            return None
        said = [w for w in self.rules.public.nonpublic if w in ev.keywords]
        said += [_stated_reason(ev.stated)] if ev.stated else []
        if not said:
            return None
        return f"{_SUPERIOR_REASON} issued by a body above the centre; {'、'.join(said[:3])}"

    @staticmethod
    def _news_lede(ev: Evidence) -> str | None:
        """The reason when the document is a short news item (see _NEWS_LEDE): a headline that
        names no kind of record, a body opening with the day it reports, no handler's signature
        under it, nobody's phone or address."""
        if not ev.lede or ev.lines > _NEWS_LINES or _RECORD_TITLE.search(ev.title):
            return None
        if any(_HANDLED.search(line) for line in ev.tail):
            return None
        if ev.entities.get("CN_PHONE", 0) or ev.entities.get("CN_ADDRESS", 0):
            return None
        return "news-lede: a headline and a dated opening"

    @staticmethod
    def _circular(ev: Evidence) -> str | None:
        """The reason when the document has an issued circular's shape (see _SALUTATION): a
        salutation to many, the issuer and the date closing it, nobody named; to the centre's
        own departments only without accounts."""
        if not ev.salutation or ev.entities.get("PERSON", 0) or ev.entities.get("CN_ADDRESS", 0):
            return None
        line = _issuer_line(ev.tail)
        if line is None or _ISSUER.search(line) is None:
            return None
        to_units = bool(_TO_UNITS.search(ev.salutation))
        if not to_units and ev.patterns.get("amount", 0) > _CIRCULAR_AMOUNTS:
            return None
        return f"circular: {'to units' if to_units else 'to departments'}, issuer and date"

    def _announced(self, ev: Evidence, internal: list[str]) -> str | None:
        """The reason when the heading calls the document a publication (…公示, …公告, 部门决算
        公开说明) or a reporter signs it (``publication_markers``), and its only nonpublic words
        are subject words outside the heading: 加强内部控制, 涉及商业秘密的内容不予公开,
        对应聘人员信息严格保密 are what a published notice says, not its level. None when neither
        says so, the heading says 内部 itself, or the document calls itself internal (本公示仅限
        院内, 院内公示, 请勿外传, a draft)."""
        pub = self.rules.public
        if ev.self_internal or any(
            w not in pub.subject_words and w != _STATED_SUBJECT or w in ev.heading for w in internal
        ):
            return None
        heading = ev.heading
        for w in _OPEN_SELECTION:  # 公开招聘面试成绩 announces no publication
            heading = heading.replace(w, "")
        subject = "、".join(internal[:3])
        said = [w for w in pub.heading_publication if w in heading]
        if said:
            return f"publication-heading: {'、'.join(said[:2])}; subject words {subject}"
        for sig in pub.markers:
            if sig.id in pub.publication_markers:
                hits = [w for w in sig.keywords if w in ev.keywords]
                if hits:
                    return f"publication-{sig.id}: {hits[0]}; subject words {subject}"
        return None


#: the category of a document whose only evidence is a mark it already carries: marks come
#: from a superior body or another office (policy §2 "other": what a superior asked to keep secret)
MARKED_CATEGORY = "other"
# signals whose points a plan or a budget borrows from its subject: amounts of money and money's
# generic words, the procurement line of a budget (see _off_subject); a plan's funding words
# (budget-accounts: 专项资金, 自筹) count, and reach twice the threshold only in a section of
# their own (投资估算: 总投资, 财政补助, 自筹)
_BORROWED = frozenset({"amounts", "money-terms", "procurement", "operations-terms"})
_OFF_SUBJECT_FACTOR = 2
_COOPERATION = "cooperation"


def _heads(reasons: Iterable[str]) -> set[str]:
    """The signal ids a category's reasons name ("money-terms: 工资、奖金" → "money-terms")."""
    return {r.split(":", 1)[0] for r in reasons}


_OPERATIONS_TITLE = "operations-title"
# the medical signals of names with contacts beside health words, and clinical words (see
# _duty_contacts): not an ID's or a record number's, not a medical title
_CONTACT_ONLY = frozenset(
    {"contactable-person-health-facts", "contactable-person-care", "named-person-record",
     "clinical-terms", "clinical-record", "register"}
)  # fmt: skip
# the financial signals of a card or an account number and money words (see _pay_card; not
# "register": a register of people and their cards is the centre's pay run)
_CARD_ONLY = frozenset({"card-numbers", "bank-accounts", "money-terms", "amounts"})
# services of care that a cooperation provides (cooperation signal): in the record of a patient
# they name the path the care took — a 双向转诊单, a 远程心电诊断 report — not an agreement
_CARE_SERVICES = frozenset(
    {"双向转诊", "远程诊断", "远程会诊", "远程影像", "远程心电", "远程心电诊断", "远程影像诊断",
     "诊断服务", "检验服务"}
)  # fmt: skip
# words of pay, and the amounts that make a pay document the centre's spending (see _pay_totals)
_PAY_WORDS = ("工资", "绩效工资", "薪酬", "奖金", "加班费", "值班费", "津贴", "补贴", "绩效")
_PAY_AMOUNTS = 3
# public markers that a record of care also writes in its body (see _care_given)
_CARE_MARKERS = frozenset({"health-education"})
_CARE_PEOPLE = 2
# public markers that invite the public to call (see _closing_call)
_CLOSING_MARKERS = frozenset({"supervision"})
# the centre's staff and their health named in a heading, and the health facts that make a
# document about them medical and personnel (see Classifier._staff_health)
_STAFF_WORDS = ("职工", "员工", "在职人员", "在编人员", "工作人员")
_STAFF_HEALTH_WORDS = ("体检", "健康", "病假", "病休", "患病", "疾病")
_STAFF_HEALTH_FACTS = 1
_DECLARED_REASON = "declared-secret:"
# the vocabularies (scanner/detect/vocab) whose distinct terms make a declared document's subject
# clinical when its words point nowhere, and how many it takes
_CLINICAL_VOCABULARIES = ("disease", "drug", "lab")
_CLINICAL_TERMS = 2
# a restriction (不得向…透露) is what a published notice may also impose on its readers (考生不得
# 将试卷带出考场): like a subject word, it does not overturn a heading that calls the document a
# publication; a circle, a request, a handling note and a negated publication do
_STATED_SUBJECT = _STATED_REASON + "restriction"


# a sender outside the centre on the letterhead: a county or township body (桐溪县卫生健康局,
# 临江县医疗保障局, 石塘镇人民政府办公室), not the centre's own office (石塘镇卫生院办公室)
_OUTSIDE_SENDER = re.compile(
    r"^[\u4e00-\u9fff]{0,12}[县市区省州镇乡][\u4e00-\u9fff]{0,16}"
    r"(?:局|委员会|政府|办公室|纪检组|监察组|指挥部)$"
)


#: a title that is the whole county's or a county body's own: 全县医疗质量安全督查情况通报,
#: 全县乡镇卫生院运行监测排名, 县卫健局督导组反馈意见 — a report from above the centre, whatever
#: line its letterhead is on (heldout, heldout2, heldout5: each carried a handling note and was
#: "other" in its truth). Not a sentence that names the body (根据县医疗保障局核定…, 经县卫生健康局
#: 验收…): the place's name before 县 is at most four characters and the line does not say 我院.
_OUTSIDE_TITLE = re.compile(
    r"^(?:全[县市区州]|(?!根据|经|按照|转发|关于)[\u4e00-\u9fff]{0,4}[县市区州]"
    r"(?:卫健|卫生健康|医保|医疗保障|财政|人社|审计)(?:局|委))(?!.*我院)"
)
_COUNTY_WIDE = re.compile(r"^全[县市区州]")


def _from_outside(heading: str) -> bool:
    """The heading's letterhead names a body outside the centre (see _OUTSIDE_SENDER), or its
    title is a county body's or the whole county's (_OUTSIDE_TITLE): a handling note it carries
    (内部资料, 此件不公开) is what that body asks to keep (policy §2 other)."""
    titles = [t.replace(" ", "") for t in _titles(heading)]
    return any(
        (_OUTSIDE_SENDER.match(t) or _OUTSIDE_TITLE.match(t))
        and ("卫生院" not in t or _COUNTY_WIDE.match(t))
        for t in titles
    )


def _care_given(sig: Signal, ev: Evidence) -> bool:
    """A health-education word in the body of a list of people records care given to them
    (辜秀兰拒绝服药，已做健康教育), not teaching material: with two or more people named, the
    marker counts only when the title zone says it (健康教育：高血压的预防)."""
    return (
        sig.id in _CARE_MARKERS
        and ev.entities.get("PERSON", 0) >= _CARE_PEOPLE
        and not any(ev.keywords.get(w) for w in sig.keywords)
    )


def _closing_call(sig: Signal, ev: Evidence) -> bool:
    """The document's last line invites the public to call (咨询电话：县医保局…, 价格投诉举报电话,
    预约电话): it closes a notice to the public, and weighs as in the title. An internal workflow
    that names its 投诉电话 in the body is not closed by it."""
    return (
        sig.id in _CLOSING_MARKERS and bool(ev.tail) and any(w in ev.tail[-1] for w in sig.keywords)
    )


def _issuer_line(tail: list[str]) -> str | None:
    """The line over the document's last closing date (where an issuer signs), or None."""
    dated = [i for i, ln in enumerate(tail) if _ISSUE_DATE.match(ln)]
    return tail[dated[-1] - 1] if dated and dated[-1] > 0 else None


# A line this short is a field or a cell ("记录人 张三", "张三 男 45岁"), not prose.
_FIELD_LINE = 20
# How far around a name its line is looked at (a longer line is no field, and no row lead
# pads a row that far).
_LINE_LOOK = 200
# What may stand before a row's first entry: indentation, a row number, a bullet.
_ROW_LEAD = re.compile(r"[\s\u3000\d０-９.．、()（）\[\]【】#*•·\-]*")
# A name right after one of these is an entry of a list or a field's value.
_ENTRY_BEFORE = frozenset("、\t|｜:：/／;；")
# ... and one of these (or a blank, or the line's end) right after it
_ENTRY_AFTER = frozenset("、|｜:：/／;；，,。()（）")


def _listed(text: str, at: int, end: int) -> bool:
    """The name at ``text[at:end]`` stands as an entry (a cell, a row's first field, a 、- or
    tab-separated list, a field's value, a short line), not inside running prose: an entry
    starts a line or follows a separator, and is followed by one ("1  张三  男", "：张三、李四"),
    where a sentence goes on after the name ("谭雅玲说", "、黄永玉的《鸟荷》")."""
    # Only a window around the name is read: a megabyte-long line of names (one list, a glued
    # row) would otherwise cost its whole length per name.
    lo = max(0, at - _LINE_LOOK)
    nl = text.rfind("\n", lo, at)
    start = nl + 1 if nl >= 0 else (0 if lo == 0 else -1)  # -1: the line began before lo
    hi = min(len(text), end + _LINE_LOOK)
    nl = text.find("\n", end, hi)
    stop = nl if nl >= 0 else (hi if hi == len(text) else -1)  # -1: it goes on past hi
    if start >= 0 and stop >= 0:
        line = text[start:stop]
        if len(line.strip()) <= _FIELD_LINE or FIELD_MARK in line:
            return True
    before = text[max(start, lo) : at]
    entry = (
        (start >= 0 and _ROW_LEAD.fullmatch(before) is not None)
        or before[-1:] in _ENTRY_BEFORE
        or before.endswith(("  ", "\u3000"))
    )
    after = text[end : end + 1]
    return entry and (not after or after.isspace() or after in _ENTRY_AFTER)


def _within(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether ``at`` falls in one of ``spans`` (sorted, not overlapping; ``starts`` their
    starts): one bisection, not a pass over every span for every word."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < spans[i][1]


def _stated_reason(stated: Counter[str]) -> str:
    """The kinds of secrecy a document states in words, with counts (never the sentence)."""
    return "stated in words (" + ", ".join(f"{k} ×{n}" for k, n in sorted(stated.items())) + ")"


_REQUEST = "请示"
_LEVEL_RANK = 2  # ExistingMark.rank of a level (秘密★, 工作秘密); 1 is a handling note


def with_mark(decision: Decision, mark: ExistingMark | None) -> Decision:
    """A document that already carries a secrecy mark is secret: never public, and at least in
    :data:`MARKED_CATEGORY`; every category lists the mark among its reasons."""
    if mark is None:
        return decision
    why = f"existing-mark: {mark.text}"
    # the mark is the stronger declaration: a category read from "请勿外传" alone gives way
    reasons = {
        c: [*r, why]
        for c, r in decision.reasons.items()
        if not (r and r[-1].startswith((_DECLARED_REASON, learned.REASON)))
    }
    # a level (秘密★1年, 工作秘密, 机密) is what a superior body or another office asked to keep
    # secret (policy §2 other) whatever else the document is; a handling note (内部资料,
    # 此件不公开) is when the letterhead names a body outside the centre (a county bureau's
    # 内部资料 通报), else only when nothing else applies (the centre's own 内部资料 lab report)
    if mark.rank >= _LEVEL_RANK or not reasons or decision.from_outside:
        reasons.setdefault(MARKED_CATEGORY, [why])
    cats = tuple(c for c in decision.categories if c in reasons)
    if MARKED_CATEGORY not in cats and MARKED_CATEGORY in reasons:
        cats = (*cats, MARKED_CATEGORY)  # "other" is the last category of categories.yaml
    return Decision(cats, reasons, False, (), decision.scores, decision.from_outside)


def label_for(
    categories: Iterable[str], policy: LabelPolicy, mark: ExistingMark | None = None
) -> Label | None:
    """The mark a document gets: the longest retention of its categories wins, and a period the
    document's own mark gives (秘密★N年) is kept when it is longer."""
    cats = list(categories)
    if not cats:
        return None
    years = max(policy.retention_years[c] for c in cats)
    if mark is not None and mark.retention_years is not None and mark.retention_years > years:
        years = int(mark.retention_years)
    return Label(policy.text_for(years), years)


def _guarded(pattern: str) -> str:
    """``pattern`` behind a look-ahead for the characters it can begin with, when they can be
    told (the same matches: the look-ahead only refuses positions the pattern cannot match)."""
    first = first_char_class([pattern])
    return f"(?={first})(?:{pattern})" if first else f"(?:{pattern})"
