"""PERSON: Chinese personal names, looked for where the document gives a reason.

Running jieba's part-of-speech tagger over every character costs ~140 kchar/s and tags many words
as names that are not. A name in a health-centre document almost always sits at a place that says
so: a form field (姓名：张伟), a table column headed 姓名/患者 (the extractor hands the header over
as the segment's field), a cue before it (患者李秀英, 任命王建国同志), a title after it (刘洋医生),
or the demographic pattern "陈静，女，35岁". Only there do we look, and only there is jieba asked
— as evidence of where the name ends ("王芳今日复诊": 王芳, not 王芳今).

Where no cue stands (会议由孙国平主持，吴晓燕出席; 5床赵秀英; 王丽娟 10:35), the shipped name model
(``scanner.detect.names``, a character CRF) reads the text: a name only it found is reported at a
score below a cue's, and its boundaries win where it reads a longer name around a cue's
(江海涛医生: 江海涛, not 海涛). A cue glued to running text ("会计" in 会计师事务所, a title after
高级) proposes a name only if the model agrees a name may begin there.

Famous and historical names (李时珍 in a health-education leaflet) are never reported, nor is a
name only the model found right after or before words that mark a public figure (院士, 医学家,
明代 …).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from scanner.detect import vocab
from scanner.detect.divisions import load_divisions, short_form
from scanner.detect.names import MinorityNames, NameModel, NameSpan
from scanner.detect.recognizers.firstchars import compile_fast
from scanner.detect.recognizers.rule_pack import CONTEXT_APPLIED
from scanner.detect.recognizers.texttable import column_cells, table_cells, table_hint
from scanner.detect.recognizers.window import CJK, FIELD_MARK, MAX_FIELD_CHARS, field_regex

# Characters that may stand right before a name introduced by a title ("请王明华主任审核").
_FUNCTION_CHARS = set("由请与和及被向给经对为是的将派让令叫找同、，,：:；;（(【[“\"'‘ \t\u3000")
# The dots between the parts of a transliterated name (约翰·史密斯).
_DOTS = "·•・‧"
_LIST_SEPARATORS = "、，, \u3000"
# between the items of a leaflet's advice (勤洗手、戴口罩；通风)
_ACTION_SEPARATORS = frozenset("、，,；;")
# A name of parts joined by dots (阿依古丽·买买提江, 艾克拜尔·吾拉木): from a given start, and
# standing on its own (after no Han character).
_DOTTED_AT = re.compile(f"[{CJK}]{{1,8}}(?:[{_DOTS}][{CJK}]{{1,10}}){{1,3}}")
_DOTTED_ALONE = re.compile(f"(?<![{CJK}{_DOTS}])[{CJK}]{{2,8}}(?:[{_DOTS}][{CJK}]{{1,10}}){{1,3}}")
_DOTS_SET = frozenset(_DOTS)
# Particles and verbs that end a dotted name's last part (萨勒曼·阿里 + 就, 约翰·丁加特 + 说);
# not 都, which transliterates a part of many names (阿不都热依木).
_AFTER_DOTTED = frozenset("的为是在于等和与及同因被把将向从到系均已也就说")
# After a dotted name standing alone: its sex ("阿依古丽·买买提江 女 32岁").
_SEX_AFTER = re.compile("[ \t\u3000，,、（(]{0,2}[男女](?![\u4e00-\u9fff])")
# Particles and verbs that follow a name in prose ("免去夏冬梅的…", "任命李峰为…").
_AFTER_NAME = frozenset("的为是在于等和与及同因任被把将向从到系均已也都")
_RUN = re.compile(f"[{CJK}]{{1,5}}")
_ALL_CJK = re.compile(f"[{CJK}]+")
# jieba part-of-speech flags of characters that do not continue a name: verbs, prepositions,
# conjunctions, particles, adverbs, pronouns, numerals, measure words, localisers, time words.
_NOT_NAME_FLAGS = frozenset("vpcudrmqft")
# A model-only name whose two-character given name is one of jieba's common nouns or verbs
# (口罩, 洗手) is a phrase unless the model is this sure.
_WORD_TAGS = frozenset({"n", "v", "vn"})
_WORD_FREQ = 50
# each half of a four-character "name" read as two words (基本 + 合格)
_PAIR_FREQ = 30
# A model name of surname + two whose last character begins a common word of these kinds with the
# next (王斌 + 申请), or is a common conjunction (胡文 + 和), ends before it
# unless the model is this sure (CLUENER train fold, Weibo and Resume dev; round 8).
_GLUED_FLAGS = "vdcp"
_GLUED_WORD_FREQ = 500
_GLUED_CHAR_FREQ = 5000
_GLUED_SURE = 0.9
# A model name that jieba holds as a rare proper noun of another kind (罗西/ns, 布丰/nz) stands
# when it is rarer than this and the model this sure (tuned on the CLUENER train fold and
# Weibo's dev split, docs/names-model.md, round 8).
_PROPER_TAGS = frozenset({"ns", "nz"})
_PROPER_FREQ = 50
_PROPER_MARGINAL = 0.9
# The last character of an office's or a body's name (宣传组, 卫健局, 医管股, 院办): no
# given name in the labelled training sets ends so (CLUENER train, Weibo and Resume dev; round 9).
_UNIT_ENDS = frozenset("组局股处办室")
# What follows a "name" that is the start of a place's name (柏树 + 坪镇卫生院, 石桥 + 村3组):
# at most two more characters, then a town or township with an institution or a village, road
# or street after it, or a village with its committee or a numbered group. 镇长/乡长/村医 and
# 乡村医生 after a name are titles, not places, and do not match.
_PLACE_AFTER = re.compile(
    f"[{CJK}]{{0,2}}?(?:[镇乡](?:卫生院|人民政府|政府|党委|中心|卫生室|[{CJK}]{{0,3}}?"
    "(?:村(?![医民])|社区|路|街|巷|大道))"
    "|村(?:卫生室|委会|村委|民委员会|[0-9一二三四五六七八九十]{1,2}组))"
)
# jieba flags of a character that, glued before a surname and a title (但 + 李先生), is a
# conjunction, an adverb or a preposition rather than a surname
_GLUE_FLAGS = frozenset("cdp")
# a word the model's two-character "name" cuts at its end (院领 + 导: 领导)
_CUT_WORD_FREQ = 3000
# The medical vocabularies whose terms a model name must not begin or cut (谷丙 + 转氨酶).
_TERM_LISTS = ("disease", "drug", "lab")
# jieba flags of a single character that, before a common word, makes a phrase (戴口罩, 勤洗手,
# 向医生): verb, adverb, preposition, conjunction, adjective, pronoun, particle.
_PHRASE_HEAD_FLAGS = frozenset("vdpcaru")
# Where a clause or a line ends: the last item of a list of names may stand right before it.
_CLAUSE_END_CHARS = frozenset("。；;，,\n\r \t\u3000）)")
# A bed number before a name (5床赵秀英, 12号床：钱德明); not 床号 (a label), not 加床.
_BED = re.compile(f"(?<![0-9])[0-9]{{1,3}}号?床[ \t\u3000]?(?:[:：][ \t\u3000]?)?(?=[{CJK}])")
# The longest name any pass reports (a dotted one: 8 + 3 × 11 characters), with room to spare.
_LONGEST = 64
# Where a list of names may open: a bracket, a colon, a clause's start.
_LIST_OPENERS = frozenset("（(：:，,；;。\n \t\u3000")
# A dictionary word this common around a model name's first character puts it inside a word.
_INSIDE_WORD_FREQ = 20
# Numerals and quantifiers: a "surname" right after one is a measure word (九项, 三张, 各位).
_COUNTING_CHARS = frozenset("一二三四五六七八九十两百千万几每各数")
# The field a cell stands under, as the pipeline writes it ("\ue000时长 王国栋：12"): its header.
_HEADER = re.compile(f"{FIELD_MARK}([^{FIELD_MARK}：\n ]{{1,12}})[： ]")
_ORDINAL = re.compile("第[一二三四五六七八九十百千零〇两]")
# What follows an ordinal (第五条, 第二次, 第三季度): a counter. 第五 + any other character is the
# compound surname 第五 (第五国栋).
_COUNTERS = frozenset(
    "一二三四五六七八九十百千零〇两条章节次个名届期批项款页周天年月日号位部篇轮步类种级层排组段"
    "阶季度份句行列张件例人床剂针胎产孕轮场回步把台辆间所家块点"
)


@lru_cache(maxsize=1)
def _posseg() -> Any:
    from scanner.detect import jiebadict

    # its dictionary and word tags from baomi's caches, never from /tmp/jieba.cache
    return jiebadict.posseg()


# The model reports names down to this confidence; the recognizer decides which it takes
# (``min_marginal``, or ``jieba_min_marginal`` where jieba reads the same name).
_MODEL_FLOOR = 0.35
# A name reported once is looked for again in the rest of the text only while the text holds
# at most this many distinct names (a long roster pays nothing: its names stand once each).
_AGAIN_MAX = 64


# After a name in a chat export: the time of the message (央金拉姆 10:35).
_CHAT_TIME = re.compile(r"[ \t\u3000]+[0-9]{1,2}[:：][0-9]{2}")
# A field whose label names a person by role, not in the rules' labels (来电人：, 接听人：,
# 交班者：): a minority name with no surname after it.
_ROLE_LABEL = re.compile(f"[{CJK}]{{1,4}}(?:人|者|员)[ \t\u3000]*[:：][ \t\u3000]*(?=[{CJK}])")
# Adverbs of time or state a full name is often followed by (吴立军原登记…, 王秀英现住…): a
# three-character given name ending in one, with text running on, is a two-character one.
_ADVERBS_AFTER = frozenset("原现曾仍又再亦均已")
# Words that follow a person in a report (副县长黄丽萍一行, 覃明月带队, 会议由孙国平主持).
_PERSON_DOES = re.compile("一行|带队|主持|出席|列席|陪同|介绍|表示|指出|强调|汇报|同志")
# Between two names of a list or a pair (格桑、扎西顿珠; 强巴和次旦巴桑).
_JOINERS = frozenset("、和与及")
# A father or mother named in a family's line of a form, the kinship word cut to one character
# after a clause opener (家庭成员：父祁永红，…；母秦素琴，…).
_KIN = re.compile(f"(?:^|(?<=[：:；;，,。\n \t\u3000(（]))[父母](?=[{CJK}])")
# The model's probability that a name begins there which a name in a list, or after 父/母,
# needs when the list or the kinship word is the only evidence (缑立新 first of five names:
# 0.045; 联系人：过去三个月: 0.0002; 父母 + 双亡: below it).
_LIST_BEGIN_MIN = 0.02
# How far before a minority name its label or cue may begin (患者, 紧急联系人：, 12号床：).
_LABEL_REACH = 16
# The characters a table's cell may follow (the field layout's colon, a blank, a pipe).
_CELL_OPENERS = frozenset(":：|｜ \t\u3000\n\r")
_CELL_CLOSERS = frozenset(("", "|", "｜", " ", "\t", "\u3000", "\n", "\r"))
# A name column's cell read as a name with no surname: Han characters, maybe parts joined by
# one dot; and no word of another kind this common inside it (本人, 待定, 团队).
_BARE_NAME = re.compile(f"[{CJK}]+(?:[{_DOTS}][{CJK}]+)?")
_BARE_WORD_FREQ = 200
# How many elements a minority name joins at most (扎西 + 顿珠, 哈斯 + 巴特尔 + …).
_MINORITY_PARTS = 3
# Scores of minority names: where a cue, a label, a column or a title vouches for it, a cue's
# score; read in prose from its elements alone, below it (as a model name).
_MINORITY_PROSE_SCORE = 0.7


@lru_cache(maxsize=4096)
def _division_name(name: str, counties: bool = True) -> bool:
    """A province or prefecture of the shipped divisions by its full or short name (林芝, 玉树,
    阿里, 甘南), or a county by its full name or — with ``counties`` — its short one (夏河): a
    place, not a person. A county's short name is often a person's too (向阳, 永康), so names a
    cue or the model read are tested without it."""
    if name in load_divisions().names:
        return True
    return counties and name in _division_shorts()


@lru_cache(maxsize=1)
def _division_shorts() -> frozenset[str]:
    return frozenset(s for s in map(short_form, load_divisions().counties) if len(s) >= 2)


class _Spans:
    """Spans of a text (the look-alike words found in it), asked about positions in
    logarithmic time: a document can hold thousands of them beside thousands of names."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [a for a, _b in spans]
        # the furthest end of the spans up to each one, in order of their starts
        self._reach = list(itertools.accumulate((b for _a, b in spans), max))

    def _furthest(self, pos: int) -> int:
        """The furthest end of the spans that start at or before ``pos`` (-1: none)."""
        i = bisect.bisect_right(self._starts, pos)
        return self._reach[i - 1] if i else -1

    def covers(self, pos: int) -> bool:
        """A span holds ``pos`` (a <= pos < b)."""
        return self._furthest(pos) > pos

    def holds(self, start: int, end: int) -> bool:
        """A span holds all of ``start``–``end`` (a <= start and end <= b)."""
        return self._furthest(start) >= end

    def begins_within(self, start: int, end: int) -> bool:
        """A span begins strictly inside ``start``–``end`` (start < a < end)."""
        return bisect.bisect_right(self._starts, start) < bisect.bisect_left(self._starts, end)


@lru_cache(maxsize=1)
def _minority() -> tuple[MinorityNames, re.Pattern[str]]:
    """The minority name elements and one expression that finds them (longest first)."""
    names = MinorityNames.load()
    alternation = "|".join(re.escape(w) for w in sorted(names.kinds, key=len, reverse=True))
    return names, compile_fast(alternation)


@lru_cache(maxsize=1)
def _term_index() -> dict[str, tuple[str, ...]]:
    """The terms of the medical vocabularies (three characters or more) by their first two
    characters: a model name is asked only about the few terms that may begin inside it."""
    index: dict[str, list[str]] = {}
    for name in _TERM_LISTS:
        for term in vocab.terms(name):
            if len(term) >= 3:
                index.setdefault(term[:2], []).append(term)
    for term in vocab.drug_names():
        index.setdefault(term[:2], []).append(term)
    return {k: tuple(sorted(set(v), key=len)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _name_model() -> NameModel:
    return NameModel.load(threshold=_MODEL_FLOOR)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, int]]:
    """jieba's part-of-speech table and word frequencies (loaded by its first cut)."""
    import jieba

    list(_posseg().cut("王明华主任"))
    return _posseg().dt.word_tag_tab, jieba.dt.FREQ


def _other_word(word: str, least: int = _INSIDE_WORD_FREQ) -> bool:
    """``word`` is a dictionary word of another kind than a name, at least ``least`` frequent
    (党支部, 护士长, 招聘): a "name" that runs into it, or begins it, is cut from a word."""
    tags, freq = _lexicon()
    return int(freq.get(word) or 0) >= least and not tags.get(word, "nr").startswith("nr")


def warm_up() -> None:
    """Load jieba's dictionary and tagger model, and the name model, now rather than at the
    first name."""
    list(_posseg().cut("王明华主任"))
    _name_model().compiled()


def _word_re(words: Any) -> re.Pattern[str] | None:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(alternation) if alternation else None


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """A two-character "name" that is itself a common word of another kind (初步/d, 支付/v,
    单位/n, 权利/n) is read from a form's label cell or is a word after a cue, never a person's;
    proper nouns (nr, ns, nt, nz) are left to the readers that know names. The words jieba's
    dictionary holds so with a frequency of 2,000 or more, listed once from its dict.txt by
    scripts/build_common_words.py: asking jieba would load its dictionary in a one-file scan
    that never needs it (tests/test_startup.py)."""
    return _word_list("common_words.txt")


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """A three-character name a cue proposes that is a dictionary word of another kind than a
    name (满意度/ns 126 after 患者) is that word: no name of the development sets is one but a
    minority name's element (买买提/n), which the caller keeps. jieba's words so tagged with a
    frequency of 50 or more, listed by scripts/build_common_words.py for the same reason as
    :func:`_common_words`: a cue proposes a three-character name in nearly every patient's
    record."""
    return _word_list("cue_words.txt")


def _word_list(name: str) -> frozenset[str]:
    data = resources.files("scanner.detect.names").joinpath(name)
    lines = data.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def _common_word(name: str) -> bool:
    """A two-character candidate that is a frequent word of another kind (初步, 支付, 单位)."""
    return name in _common_words()


class PersonRecognizer(EntityRecognizer):
    """Names after labels and cues, before titles, and in "name，sex，age" records."""

    def __init__(self, config: dict[str, Any], language: str = "zh") -> None:
        self._config = config
        super().__init__(
            supported_entities=[str(config.get("entity", "PERSON"))],
            name="BaomiPerson",
            supported_language=language,
        )

    def load(self) -> None:
        cfg = self._config
        self.entity = str(cfg.get("entity", "PERSON"))
        self.score = float(cfg.get("score", 0.85))
        self.surnames = frozenset(str(cfg.get("surnames", "")))
        self.compound = frozenset(cfg.get("compound_surnames") or ())
        # A surname the rules do not list but the name model's table does (毋, 仉, 邴): a name
        # a cue, a label or a column proposes with one stands only where the model gives a name
        # beginning there at least this probability (过去, 才知道 after a cue: it does not).
        self._rare_min = float((cfg.get("model") or {}).get("rare_surname_min", 1.01))
        self.not_in_name = frozenset(str(cfg.get("not_in_name", "")))
        self.famous = frozenset(cfg.get("famous") or ())
        self.not_names = frozenset(cfg.get("not_names") or ())
        self.placeholders = frozenset(cfg.get("placeholders") or ())
        titles = sorted(cfg.get("titles_before") or (), key=len, reverse=True)
        self._title_before = re.compile("|".join(map(re.escape, titles))) if titles else None
        labels = sorted(set(cfg.get("labels") or ()) | set(cfg.get("cues") or ()), key=len)
        alternation = "|".join(re.escape(w) for w in reversed(labels))
        # The label is consumed, the name only looked at: in "医师签名：张三" 签名 must match too.
        # Possessive (*+): a label followed by 100k spaces must not be retried at every split.
        self._label_re = compile_fast(
            f"(?:{alternation})[ \\t\\u3000]*+(?:[:：|｜][ \\t\\u3000]*+)?(?=[{CJK}])"
        )
        column_alt = "|".join(
            re.escape(w) for w in sorted(cfg.get("labels") or (), key=len, reverse=True)
        )
        self._column_re = re.compile(column_alt)
        self._table_hint = table_hint(column_alt)
        self._list_labels = frozenset(cfg.get("labels") or ())
        suffixes = sorted(cfg.get("suffixes") or (), key=len, reverse=True)
        self._suffix_re = (
            compile_fast("|".join(re.escape(w) for w in suffixes)) if suffixes else None
        )
        # A table cell under a 姓名 / 患者 / 联系人 column (or to the right of such a label).
        self._field_re = field_regex(cfg.get("labels") or (), f"[{CJK}]{{2,4}}")
        model = cfg.get("model") or {}
        self._use_model = bool(model.get("enabled", True))
        # Names of minority nationalities read from their elements (扎西顿珠, 吉克曲布, 马尔撒).
        self._minority_on = bool(model.get("minority", True))
        # A name only the model found scores 0.5 (at min_marginal) to top (at 1.0); a cue's
        # name scores ``score``, above it.
        self._model_top = min(float(model.get("top", 0.8)), self.score)
        self._model_min = float(model.get("min_marginal", 0.6))
        # A transliterated name (约翰·史密斯) has no surname to vouch for it: a higher bar.
        self._foreign_min = float(model.get("foreign_min_marginal", 0.8))
        # Below min_marginal, a name jieba's tagger reads the same way (金秀芝/nr, not a word of
        # its dictionary) is taken down to this: two readers agreeing.
        self._jieba_min = max(_MODEL_FLOOR, float(model.get("jieba_min_marginal", 1.0)))
        # A name reported once is found again elsewhere in the same text, with no cue.
        self._again = bool(model.get("repeat", False))
        # A weak cue's name stands only if the model gives a name beginning there this much.
        self._veto = float(model.get("veto", 0.005))
        self._word_override = float(model.get("word_override", 0.95))
        # Narrower than not_in_name: the model reads 倪为民, 刘时祯, 鞠在云 as names, rightly.
        self._model_not_in_name = frozenset(str(model.get("not_in_name", "")))
        self._public_before = _word_re(model.get("public_before") or ())
        self._public_after = _word_re(model.get("public_after") or ())
        self._organisation = _word_re(model.get("organisation_after") or ())
        self._thing_header = _word_re(model.get("thing_headers") or ())
        self._address_after = _word_re(model.get("address_after") or ())
        # herbs and drugs named in the rules, and every drug of the shipped drug list
        self._things = frozenset(model.get("things") or ()) | vocab.drug_names()
        self._field_after = _word_re(model.get("field_after") or ())
        # "陈静，女，35岁": found from the sex, which is rare in text, then looked back from.
        self._demo_re = re.compile(
            "[，,、 \\t（(]{1,2}(?:男|女)(?=[，,、 \\t）)]|性|$)", re.MULTILINE
        )

    # -- the name itself -------------------------------------------------------------------
    def _surname_len(self, s: str) -> int:
        if s[:2] in self.compound:
            # 第五国栋, not 第五次: an ordinal before a counter is no surname
            return 0 if s[0] == "第" and s[2:3] in _COUNTERS else 2
        if s[:1] in self.surnames:
            return 1
        return 1 if s[:1] in self._rare_surnames() else 0

    def _rare_surnames(self) -> frozenset[str]:
        """The model's surnames the rules do not list (empty while the model is off)."""
        rare = self.__dict__.get("_rare")
        if rare is None:
            on = self._use_model and self._rare_min <= 1.0
            rare = frozenset(_name_model().surnames) - self.surnames if on else frozenset()
            self.__dict__["_rare"] = rare
        return rare

    def _rare_start(self, name: str) -> bool:
        """The name begins with a surname only the model's table knows."""
        return name[:2] not in self.compound and name[:1] not in self.surnames

    @staticmethod
    def _rare_ends_word(text: str, start: int) -> bool:
        """The rare "surname" ends a word begun before it (护士 + 长王丽: 护士长)."""
        return any(a >= 0 and _other_word(text[a : start + 1]) for a in (start - 1, start - 2))

    @staticmethod
    def _rare_is_word(name: str) -> bool:
        """A "name" of a rare surname that is no full name (surname + two: 建档, 院办, 随车 are
        cut short) or that opens with a dictionary word of another kind (招聘启): the table's
        随, 加, 建 are surnames far less often than they begin a word."""
        return len(name) != 3 or _other_word(name[:2])

    def _given_len(self, run: str, sl: int) -> int:
        n = 0
        for ch in run[sl : sl + 2]:
            # 冯*贵, 杜**: a name masked on purpose shows nobody's name
            if ch in self.not_in_name or _RUN.match(ch) is None:
                break
            n += 1
        return n

    def _after_title(self, text: str, pos: int) -> int:
        """Skip a title standing before a name ("院长刘建国"), if what follows reads as one."""
        if self._title_before is None:
            return pos
        m = self._title_before.match(text, pos)
        if m is not None and self._name_in_run(text, m.end()) >= 2:
            return m.end()
        return pos

    def _is_name(self, cand: str) -> bool:
        sl = self._surname_len(cand)
        return bool(sl) and len(cand) > sl and self._given_len(cand, sl) == len(cand) - sl

    def _name_in_run(self, text: str, start: int) -> int:
        """Length of the name starting at ``start`` (0 when there is none)."""
        m = _RUN.match(text, start)
        if m is None:
            return 0
        run = m.group()
        sl = self._surname_len(run)
        if not sl:
            return 0
        given = self._given_len(run, sl)
        if not given:
            return 0
        length = sl + given
        if len(run) > length and given == 2 and run[length] in _AFTER_NAME:
            # "夏冬梅的…", "李红霞为…": a particle ends the full reading — unless the particle
            # ends a word with the character before it (黎伟 + 陪同): then jieba decides.
            tags, freq = _lexicon()
            word = run[length - 1 : length + 1]
            if not freq.get(word) or tags.get(word, "nr").startswith("nr"):
                return length
        if len(run) > length and given == 2:
            # The characters run on: the name may be shorter than the longest reading, or the
            # "name" may be a word (高血压病史). jieba decides.
            length = min(length, self._jieba_length(text[start : start + 8], sl))
            if length < sl + 1:
                return 0
        return self._before_field_word(text, start, sl, length)

    def _before_field_word(self, text: str, start: int, sl: int, length: int) -> int:
        """A name read as surname + one that a field word follows one character later
        (谢文 + 广 + 电话) is surname + two: jieba cut 广电 as a word."""
        end = start + length
        if length != sl + 1 or self._field_after is None or end >= len(text):
            return length
        ch = text[end]
        if ch in self.not_in_name or not _ALL_CJK.match(ch):
            return length
        if self._field_after.match(text, end + 1) is None:
            return length
        return length + 1

    @staticmethod
    def _jieba_length(window: str, sl: int) -> int:
        """Where jieba thinks the name starting the window ends; 0 = not a name at all."""
        pairs = list(_posseg().cut(window))
        if not pairs:
            return 0
        first = pairs[0]
        if first.flag.startswith("nr") and len(first.word) == sl and len(pairs) > 1:
            # 李/nr 红霞/nr: the surname alone, then the given name as its own token.
            nxt = pairs[1]
            if len(nxt.word) <= 2 and nxt.flag[:1] not in _NOT_NAME_FLAGS:
                return sl + len(nxt.word)
            return 0
        if first.flag.startswith("nr"):
            length = len(first.word)
            rest = pairs[1:]
        elif len(first.word) >= 2 and len(first.word) > sl:
            return 0  # 高血压, 办公室: a word, not a name
        else:
            length, rest = 0, pairs
        # jieba often cuts a name short (王明/华) or into single characters: take following
        # single characters that are not verbs or function words, up to a three-character name.
        for p in rest:
            if len(p.word) != 1 or length >= sl + 2 or p.flag[:1] in _NOT_NAME_FLAGS:
                break
            length += 1
        return length if length >= 2 else 0

    def _accept(self, text: str, start: int, length: int) -> RecognizerResult | None:
        if length < 2:
            return None
        name = text[start : start + length]
        if name in self.famous or name[:2] in self.not_names or "某" in name[1:]:
            return None  # 赵某某, 李某: a name left out on purpose, not a person's
        if name in self.placeholders:
            return None  # 张三, 李四: the names a form's instructions fill in as a sample
        if name in self._list_labels:
            return None  # 申请人 alone in a blank form's cell: the label, not a name
        if length == 2 and name[0] == "阿":
            return None  # 阿明 under 姓名（可化名）: a nickname, as 小杨 and 老王 are
        if length == 2 and _common_word(name):
            return None
        return RecognizerResult(
            entity_type=self.entity,
            start=start,
            end=start + length,
            score=self.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                CONTEXT_APPLIED: True,
            },
        )

    # -- where names are looked for --------------------------------------------------------
    def analyze(
        self,
        text: str,
        entities: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if entities and self.entity not in entities:
            return []
        found: dict[int, RecognizerResult] = {}
        weak: list[int] = []
        rare: list[int] = []
        # In this order: where two places give a name at one start, the first one's reading wins.
        for strategy in (
            self._after_labels,
            self._after_beds,
            self._after_kin,
            self._in_fields,
            self._in_table_columns,
            self._in_demographics,
            self._before_titles,
        ):
            for res in strategy(text):
                if res is not None and res.start not in found:
                    name = text[res.start : res.end]
                    if self._term_or_office(text, res.start, res.end):
                        continue  # 患者 + 谷丙 + 转氨酶, 由 + 宣传组: a term, an office
                    if len(name) == 3 and name in _cue_words() and name not in _minority()[0].kinds:
                        continue  # 患者 + 满意度: a word of another kind, whole (not 买买提)
                    if self._rare_start(name) and not self._dotted(name):
                        if self._rare_is_word(name) or self._rare_ends_word(text, res.start):
                            continue
                        rare.append(res.start)
                    found[res.start] = res
                    if strategy == self._before_titles or (
                        self._glued(text, res.start) and not self._titled(text, res.end)
                    ):
                        weak.append(res.start)
        dotted = any(d in text for d in _DOTS)
        if dotted:
            for start, end in self._dotted_names(text):
                if start not in found:
                    res = self._accept(text, start, end - start)
                    if res is not None:
                        found[start] = res
        if not self._use_model:
            results = sorted(found.values(), key=lambda r: r.start)
        else:
            results = self._with_model(text, found, weak, rare)
        if dotted:
            results = self._widen_dotted(text, results)
        if not self._minority_on:
            return results
        # A name no cue vouched for that is a division's name (林芝, 玉树, 阿里 in a leaflet)
        results = [
            r
            for r in results
            if r.score >= self.score or not _division_name(text[r.start : r.end], counties=False)
        ]
        return self._with_minority(text, results)

    def _dotted_end(self, text: str, start: int) -> int:
        """Where a dotted name beginning at ``start`` ends (0: none begins there). Its last part
        stops before a title, a particle or a word glued after it (吾拉木 + 医生, 艾则孜 + 值班)."""
        m = _DOTTED_AT.match(text, start)
        if m is None:
            return 0
        last = max(text.rfind(d, start, m.end()) for d in _DOTS) + 1
        for i in range(last + 1, m.end()):
            word = text[i : i + 2]
            # A one-character last part (西恩·潘) ends before a word (执导), not a character.
            if (
                (i > last + 1 and (text[i] in self.not_in_name or text[i] in _AFTER_DOTTED))
                or (self._suffix_re is not None and self._suffix_re.match(text, i) is not None)
                or (len(word) == 2 and _other_word(word))
            ):
                return i
        return m.end()

    def _dotted_start(self, text: str, start: int) -> int:
        """Where a dotted name whose first part runs on from ``start`` begins: after the last
        particle, and after the dictionary words of another kind that open the run (援外医疗队的
        + 马克·科瓦奇, 援外医疗队 + 马克·科瓦奇)."""
        dot = min((i for i in (text.find(d, start) for d in _DOTS) if i >= 0), default=-1)
        if dot <= start:
            return start
        for i in range(dot - 1, start - 1, -1):
            if text[i] in _AFTER_DOTTED:
                start = i + 1
                break
        if dot - start > 2:
            # jieba cuts the run: the name is the pieces after the last word of another kind
            head = start
            for piece in _posseg().cut(text[start:dot]):
                head += len(piece.word)
                if len(piece.word) > 1 and head < dot and _other_word(piece.word):
                    start = head
        return start

    def _dotted_names(self, text: str) -> Iterator[tuple[int, int]]:
        """A dotted name on its own, with its sex right after it (阿依古丽·买买提江 女 32岁) or
        a title (艾克拜尔·吾拉木医生), and no part a word of the dictionary (中国·北京)."""
        tags, freq = _lexicon()
        for m in _DOTTED_ALONE.finditer(text):
            # 患者阿依古丽·… : a cue glued before the name is no part of it
            label = self._label_re.match(text, m.start())
            start = label.end() if label is not None else m.start()
            start = self._dotted_start(text, start)
            end = self._dotted_end(text, start)
            if not end or text[start] in _DOTS_SET:
                continue
            parts = re.split(f"[{_DOTS}]", text[start:end])
            if any(freq.get(p) and not tags.get(p, "nr").startswith("nr") for p in parts):
                continue
            titled = self._suffix_re is not None and self._suffix_re.match(text, end) is not None
            if titled or _SEX_AFTER.match(text, end) is not None:
                yield start, end

    def _widen_dotted(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A name read up to or across a dot (阿依古 of 阿依古丽·买买提江, 热依拉·艾 of
        热依拉·艾则孜) is the whole dotted name."""
        out: list[RecognizerResult] = []
        for r in results:
            if out and r.start < out[-1].end:
                continue  # inside the name just widened
            name = text[r.start : r.end]
            dots = [i for i, c in enumerate(name) if c in _DOTS_SET]
            # A name read whole (罗伊·基恩) is left as it is: only a reading that stops before
            # its first dot, or one character after its last, is a piece of one.
            if not dots or len(name) - dots[-1] <= 2:
                end = self._dotted_end(text, r.start)
                # A reading with no dot reaches one at most a character on (阿依古 + 丽·…), not
                # across a particle to the next name (卡瓦略 + 和 + 乔·科尔).
                gap = next((i for i in range(r.end, end) if text[i] in _DOTS_SET), end) - r.end
                near = gap <= 1 and not _AFTER_DOTTED.intersection(text[r.end : r.end + gap])
                if end > r.end and (dots or (near and gap < end - r.end)):
                    r.end = end
            out.append(r)
        return out

    def _titled(self, text: str, end: int) -> bool:
        """A title right after the name (任命X同志为): with the cue before it, two pieces of
        evidence, which the model's doubt about a rare surname does not outweigh."""
        return self._suffix_re is not None and self._suffix_re.match(text, end) is not None

    @staticmethod
    def _glued(text: str, start: int) -> bool:
        """The name follows a Han character directly: a cue word, not a field's colon."""
        return start > 0 and _ALL_CJK.match(text, start - 1, start) is not None

    def _with_model(
        self, text: str, found: dict[int, RecognizerResult], weak: list[int], rare: list[int]
    ) -> list[RecognizerResult]:
        model = _name_model()
        for start, p in zip(weak, model.begins(text, weak), strict=True):
            if p < self._veto:
                del found[start]  # 会计师事务所, 高级会计师, 签名和盖章: the model reads no name
        rare = [start for start in rare if start in found]
        for start, p in zip(rare, model.begins(text, rare), strict=True):
            if p < self._rare_min:
                del found[start]  # 联系人：过去…: a rare "surname" the model reads no name at
        results = sorted(found.values(), key=lambda r: r.start)
        spans = model.find(text, skip=[(r.start, r.end) for r in results])
        # the names so far by where they begin: a span's overlaps are looked up, not searched
        # for over all results (a roster holds thousands)
        by_start = {r.start: r for r in results}
        # Where the model read a name that a filter then turned down: no repeat of a reported
        # name is taken there either (设备名称：除颤仪 under a header of things).
        refused: set[int] = set()
        for found_span in spans:
            refused.add(found_span.start)
            span = self._true_end(text, found_span)
            if span is None:
                continue
            span = self._read_to_verb(text, span)
            if span.start > 0 and text[span.start - 1] in _COUNTING_CHARS:
                continue  # 九 + 项准则, 三 + 张桌子: a measure word after a numeral
            if span.surname and not self._dotted(span.text):
                sl = self._model_surname_len(span.text)
                longer = self._before_field_word(text, span.start, sl, span.end - span.start)
                if longer != span.end - span.start:
                    end = span.start + longer
                    span = replace(span, end=end, text=text[span.start : end])
            least = self._model_min if span.surname else self._foreign_min
            # A doubtful name needs jieba's reading too — asked last, as it costs most.
            doubtful = span.score < least
            if doubtful and (not span.surname or span.score < self._jieba_min):
                continue
            if not self._private(text, span.start, span.end):
                continue
            if not self._model_name_ok(span.text) or self._is_word(span.text, span.score):
                continue
            if self._action_phrase(text, span.start, span.end, span.score):
                continue
            if self._cut_word(text, span.start, span.end, span.score):
                continue
            # A dotted name (买买提·吐尔逊) is no word jieba could know: its tags say nothing.
            if span.edge and not self._dotted(span.text) and not self._edge_name_ok(span.text):
                continue
            if self._inside_word(text, span.start) or self._thing_cell(text, span.start):
                continue
            if self._runs_into_word(text, span.start, span.end):
                continue
            if self._term_or_office(text, span.start, span.end):
                continue
            if doubtful:
                if not self._jieba_reads_name(text, span.start, span.end):
                    continue
                least = self._jieba_min
            span = self._unglued(text, span)
            if span is None:
                continue
            if text[span.start] in "父母" and span.start + 1 in by_start:
                continue  # 母 + 秦素琴: the kinship word read into the name a cue found
            # a name beginning at most _LONGEST characters before the span may reach into it
            overlap = [
                by_start[k]
                for k in range(max(0, span.start - _LONGEST), span.end)
                if k in by_start and by_start[k].end > span.start
            ]
            if overlap:
                # 江海涛医生: the title's reading was 海涛; the model's longer name covers it.
                if (
                    len(overlap) == 1
                    and overlap[0].start >= span.start
                    and overlap[0].end <= span.end
                ):
                    kept = overlap[0]
                    del by_start[kept.start]
                    res = self._accept(text, span.start, span.end - span.start)
                    res = res if res is not None else kept
                    by_start[res.start] = res
                continue
            res = self._accept(text, span.start, span.end - span.start)
            if res is not None:
                refused.discard(span.start)
                # min_marginal .. 1.0 maps onto 0.5 .. top: every reported model name passes the
                # engine's threshold, and any cue's name (``score``) outranks it.
                share = (span.score - least) / max(1e-9, 1.0 - least)
                res.score = round(0.5 + (self._model_top - 0.5) * share, 4)
                by_start[res.start] = res
        results = sorted(by_start.values(), key=lambda r: r.start)
        listed = self._in_name_lists(text, results)
        if listed:
            results = sorted(results + listed, key=lambda r: r.start)
        if self._again and results:
            again = self._found_again(text, results, refused)
            if again:
                results = sorted(results + again, key=lambda r: r.start)
        return results

    def _found_again(
        self, text: str, results: list[RecognizerResult], refused: set[int]
    ) -> list[RecognizerResult]:
        """A name reported once in the text, where it stands again with no cue (周三金秀芝晕倒
        … 后来金秀芝的女儿赶到): the same string, not inside a word, not run on into a longer
        name, and a place where the model sees a name may begin."""
        names = {text[r.start : r.end] for r in results}
        if len(names) > _AGAIN_MAX:
            return []
        starts = [r.start for r in results]
        ends = [r.end for r in results]
        cands: list[tuple[int, int]] = []
        for name in names:
            if len(name) < 2:
                continue
            free_at: list[int] = []
            i = text.find(name)
            while i >= 0:
                end = i + len(name)
                k = bisect.bisect_right(starts, i) - 1
                if (k < 0 or ends[k] <= i) and (k + 1 >= len(starts) or starts[k + 1] >= end):
                    free_at.append(i)
                i = text.find(name, end)
            # 权利 read as a name once must not come back at every 权利 of a notice. (Asked only
            # of a name that stands again: a name met once needs no dictionary, nor jieba's load.)
            if not free_at or self._is_word(name, 0.0):
                continue
            for i in free_at:
                end = i + len(name)
                if i not in refused and self._stands_alone(text, i, end):
                    cands.append((i, end))
        if not cands:
            return []
        cands.sort()
        out: list[RecognizerResult] = []
        begins = _name_model().begins(text, [a for a, _b in cands])
        for (a, b), p in zip(cands, begins, strict=True):
            if p < self._veto or self._inside_word(text, a) or self._thing_cell(text, a):
                continue
            res = self._accept(text, a, b - a)
            if res is not None:
                res.score = 0.6
                out.append(res)
        return out

    def _stands_alone(self, text: str, start: int, end: int) -> bool:
        """The string is the whole name there: no surname glued before it (王 + 李明), and a
        two-character name is not the start of a longer one (李明 + 华)."""
        if (
            end - start == 2
            and start > 0
            and text[start - 1] in self.surnames
            and text[start - 1] not in _FUNCTION_CHARS
        ):
            return False
        if end >= len(text) or not _ALL_CJK.match(text, end, end + 1):
            return True
        if end - start >= 3 or text[end] in _AFTER_NAME:
            return True
        if self._suffix_re is not None and self._suffix_re.match(text, end) is not None:
            return True
        tags, _freq = _lexicon()
        nxt = text[end : end + 2]
        return len(nxt) == 2 and not tags.get(nxt, "nr").startswith("nr")

    def _jieba_reads_name(self, text: str, start: int, end: int) -> bool:
        """jieba's tagger, in the clause around it, reads exactly this span as a name (金秀芝/nr,
        or 江/nr + 海涛/nr), and the name is no word of its dictionary (丁香, 杜仲 are tagged nr
        there too)."""
        name = text[start:end]
        _tags, freq = _lexicon()
        if freq.get(name):
            return False
        lo, hi = max(0, start - 6), min(len(text), end + 6)
        for k in range(start - 1, lo - 1, -1):
            if not _ALL_CJK.match(text, k, k + 1):
                lo = k + 1
                break
        for k in range(end, hi):
            if not _ALL_CJK.match(text, k, k + 1):
                hi = k
                break
        pos = lo
        inside = False
        for pair in _posseg().cut(text[lo:hi]):
            a, pos = pos, pos + len(pair.word)
            if a < start < pos or a < end < pos:
                return False  # a token runs across the name's edge
            if start <= a and pos <= end:
                if not pair.flag.startswith("nr"):
                    return False
                inside = True
        return inside

    def _in_name_lists(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """An item of an enumeration of names (鄢志刚、甘露、卿雪梅) that begins with a surname
        is a name too, though on its own it reads as a word: it stands between two names, ends
        the clause after two (…、邴福来等6人), or opens the list before two ((邴福来、王秀梅、…)
        — also where a verb runs into it (拟评选缑立新、扈秋菊、…: its last three characters,
        if the model agrees a name may begin there); and a full name joined to a name by 和, 与
        or 及 (由卜爱玲和扈秋菊保管), where the model agrees as it does for a rare surname."""
        by_end = {r.end: r for r in results}
        by_start = {r.start: r for r in results}
        # (start, end, the model's begin probability it needs; None: only a rare surname's)
        items: list[tuple[int, int, float | None]] = []
        for r in results:
            start = r.end + 1
            if r.end >= len(text) or text[r.end] != "、" or start in by_start:
                continue
            m = _ALL_CJK.match(text, start)
            if m is None:
                continue
            end = m.end()
            if end - start >= 3 and text[end - 1] == "等":
                end -= 1  # 邴福来 + 等6人
            if not 2 <= end - start <= 4:
                continue
            after = text[end : end + 1]
            if after == "、":
                ok = end + 1 in by_start
            else:
                prev = (
                    by_end.get(r.start - 1) if r.start > 0 and text[r.start - 1] == "、" else None
                )
                ok = prev is not None and (after in ("", "等") or after in _CLAUSE_END_CHARS)
            if ok:
                items.append((start, end, None))
        for r in results:
            # the first item, before two names: (X、王秀梅、栾福生)
            end = r.start - 1
            if end < 2 or text[end] != "、" or end in by_end:
                continue
            if text[r.end : r.end + 1] != "、" or r.end + 1 not in by_start:
                continue
            start = end
            while start > 0 and end - start < 5 and _ALL_CJK.match(text, start - 1, start):
                start -= 1
            if 2 <= end - start <= 4 and (start == 0 or text[start - 1] in _LIST_OPENERS):
                items.append((start, end, None))
            elif end - start == 5:
                items.append((end - 3, end, _LIST_BEGIN_MIN))  # 拟评选 + 缑立新
        for r in results:
            # 卜爱玲和扈秋菊: a full name joined to a name
            start = r.end + 1
            if text[r.end : start] not in ("和", "与", "及") or start in by_start:
                continue
            if _other_word(text[r.end : start + 1]):
                continue  # 王建军 + 及时维修, 与会: the joiner begins a word
            if self._name_in_run(text, start) == 3:
                items.append((start, start + 3, self._rare_min))
        out: list[RecognizerResult] = []
        asked: list[tuple[RecognizerResult, float]] = []
        for start, end, need in items:
            name = text[start:end]
            if self._is_listed_name(name) and self._private(text, start, end):
                res = self._accept(text, start, end - start)
                if res is not None:
                    res.score = 0.6
                    if need is None and self._rare_start(name):
                        need = self._rare_min
                    if need is None:
                        out.append(res)
                    else:
                        asked.append((res, need))
        if asked:
            begins = _name_model().begins(text, [r.start for r, _need in asked])
            out.extend(r for (r, need), p in zip(asked, begins, strict=True) if p >= need)
        return out

    def _is_listed_name(self, name: str) -> bool:
        sl = self._surname_len(name)
        if sl and self._rare_start(name) and self._rare_is_word(name):
            return False
        return bool(sl) and len(name) > sl and self._model_name_ok(name)

    def _true_end(self, text: str, span: NameSpan) -> NameSpan | None:
        """A name the model read on into the word after it (陶德顺列席: 陶德顺 + 列席) ends where
        that word begins.

        Only a reading with a given name of three or more characters is cut — such given names
        are rare, a verb glued to a name is not — so 张国庆祝贺 keeps 张国庆. A reading still
        longer than a Chinese name with no word to cut at is no name; a transliterated one
        (no surname first, or dotted) is left as it is.
        """
        name = span.text
        if any(d in name for d in _DOTS) or not (span.surname or name[0] in self.surnames):
            return span
        sl = self._model_surname_len(name)
        if self._address_after is not None:
            # 刘桂芝 + 阿姨, 王明 + 师傅: a form of address ends the name.
            for given in (1, 2):
                end = span.start + sl + given
                if end < span.end and self._address_after.match(text, end) is not None:
                    return replace(span, end=end, text=text[span.start : end], surname=True)
        if len(name) - sl < 3:
            return span
        if name[-1] in _ADVERBS_AFTER and _RUN.match(text, span.end) is not None:
            # 吴立军 + 原登记, 王秀英 + 现住: an adverb of time glued to a full name
            end = span.start + sl + 2
            return replace(span, end=end, text=text[span.start : end], surname=True)
        tags, _freq = _lexicon()
        for given in (2, 1):
            end = span.start + sl + given
            word = text[end : end + 2]
            tag = tags.get(word, "nr") if len(word) == 2 else "nr"
            # After a two-character given name any word ends the name (列席/n); after one, a
            # verb, an adverb, a conjunction or a preposition (出席, 张捷 + 永远): 沙迈 + 瑞康 is
            # a firm's name, not a name and a word.
            if tag[:2] != "nr" and (given == 2 or tag[:1] in _GLUED_FLAGS):
                return replace(span, end=end, text=text[span.start : end], surname=True)
        return span if len(name) <= 4 else None

    def _read_to_verb(self, text: str, span: NameSpan) -> NameSpan:
        """A name the model read as surname + one, where one more character and then a word a
        person does (一行, 带队, 主持 …) follow: the character is the name's last (副县长黄丽萍一行,
        医生覃明月带队 — the model stopped at 黄丽, 覃明)."""
        name = span.text
        if not span.surname or len(name) != self._model_surname_len(name) + 1:
            return span
        end = span.end
        ch = text[end : end + 1]
        if (
            not ch
            or _RUN.match(ch) is None
            or ch in self._model_not_in_name
            or ch in _FUNCTION_CHARS
            or ch in _AFTER_NAME
            or ch in _COUNTING_CHARS
            or _PERSON_DOES.match(text, end + 1) is None
            or _other_word(name + ch, 1)
        ):
            return span
        return replace(span, end=end + 1, text=text[span.start : end + 1])

    def _unglued(self, text: str, span: NameSpan) -> NameSpan | None:
        """A name the filters let through, of surname + two, whose last character begins a
        common word with the next (王斌 + 申请) or is a conjunction (胡文 + 和遍访), and which the
        model is not sure of, ends before that character: only the boundary of a name that is
        reported anyway moves."""
        sl = self._model_surname_len(span.text)
        if (
            not span.surname
            or self._dotted(span.text)
            or len(span.text) - sl != 2
            or span.score >= _GLUED_SURE
            or not self._glued_word(text, span.end)
        ):
            return span
        shorter = _lexicon()[0].get(span.text[:-1])
        if shorter is not None:
            # 梅毒 + 阳性, 高温 + 天气: the shorter reading is a word of another kind, the whole a
            # phrase; 伊蚊 + 喜欢 (jieba: 伊蚊/nr) stays long
            return None if not shorter.startswith("nr") else span
        end = span.end - 1
        return replace(span, end=end, text=text[span.start : end])

    @staticmethod
    def _glued_word(text: str, end: int) -> bool:
        """The name's last character begins a common word with the characters after it (申 +
        请), or is a common conjunction on its own (和, 与)."""
        tags, freq = _lexicon()
        word = text[end - 1 : end + 1]
        if (
            len(word) == 2
            and tags.get(word, "nr")[:1] in _GLUED_FLAGS + "n"
            and int(freq.get(word) or 0) >= _GLUED_WORD_FREQ
        ):
            return True
        last = text[end - 1]
        return tags.get(last, "nr")[:1] == "c" and int(freq.get(last) or 0) >= _GLUED_CHAR_FREQ

    def _thing_cell(self, text: str, start: int) -> bool:
        """The model's "name" opens the value of a field whose header names a thing, not a
        person (疫苗名称, 伤口部位, 用药, 金额): a vaccine, a body part, a drug."""
        if self._thing_header is None or text[start - 1 : start] != "：":
            return False
        # the field mark opens the same line, within a field's length
        mark = text.rfind(FIELD_MARK, max(0, start - MAX_FIELD_CHARS - 2), start)
        if mark < 0 or "\n" in text[mark:start]:
            return False
        header = text[mark + 1 : start - 1]
        # A header joined from a row's and a column's (联系人 药品, 姓名 药房): a person's label
        # in it wins.
        if self._column_re.search(header) is not None:
            return False
        return self._thing_header.search(header) is not None

    @staticmethod
    def _inside_word(text: str, start: int) -> bool:
        """The "surname" ends a word (事项 + 尚在, 床位 + 费, 给予 + 健康) or sits inside one
        (剖宫产): a name never begins in the middle of a word — unless a word ends right before
        it (县长于有斌)."""
        if start == 0:
            return False
        _, freq = _lexicon()
        # 县长 + 于有斌: a word that ends right before the name and is at least as common as the
        # one across its start (长于) is the better reading.
        before = int(freq.get(text[max(0, start - 2) : start]) or 0) if start >= 2 else 0
        least = max(_INSIDE_WORD_FREQ, before + 1)
        for a, b in ((start - 1, start + 1), (start - 2, start + 1), (start - 1, start + 2)):
            word = text[max(0, a) : b]
            if len(word) == b - a and _other_word(word, least):
                return True
        # 住院楼 + 维修, 总务科 + 维修: a three-character word of another kind that ends with
        # the "surname" is one however rare (a department, a building)
        return start >= 2 and _other_word(text[start - 2 : start + 1], 1)

    @staticmethod
    def _dotted(name: str) -> bool:
        return any(d in name for d in _DOTS)

    @staticmethod
    def _runs_into_word(text: str, start: int, end: int) -> bool:
        """The "name" and the character or two after it are one dictionary word of another
        kind (由 + 党支 + 部书记: 党支部): the model cut a word short."""
        for more in (1, 2):
            word = text[start : end + more]
            if len(word) != end + more - start:
                break
            if _other_word(word):
                return True
        return False

    @classmethod
    def _term_or_office(cls, text: str, start: int, end: int) -> bool:
        """The "name" at ``start``–``end`` is a term's start (谷丙 + 转氨酶), an office's name
        (宣传组, 卫健局) or a place's (柏树 + 坪镇卫生院): not reported."""
        return (
            text[end - 1] in _UNIT_ENDS
            or _PLACE_AFTER.match(text, end) is not None
            or cls._cuts_term(text, start, end)
        )

    @staticmethod
    def _cuts_term(text: str, start: int, end: int) -> bool:
        """A term of the shipped medical vocabularies begins at or inside the "name" and runs on
        past its end (谷丙 + 转氨酶, 蒙脱石 + 散): the model read the start of a term."""
        index = _term_index()
        for k in range(start, end - 1):
            for term in index.get(text[k : k + 2], ()):
                # or the "name" is a term of three characters or more, whole (静脉炎)
                whole = k == start and len(term) == end - k >= 3
                if (len(term) > end - k or whole) and text.startswith(term, k):
                    return True
        return False

    def _edge_name_ok(self, name: str) -> bool:
        """A name the model read where its surname opens a cell or line (言小平 alone) passed a
        lower screen: jieba must not read its start as a word of another kind (单次成本, 其夫)."""
        first = next(iter(_posseg().cut(name)), None)
        if first is None or first.flag.startswith("nr"):
            return first is not None
        if len(first.word) > self._model_surname_len(name):
            return False  # 单次/d: a word runs past the surname
        return first.flag[:1] not in _NOT_NAME_FLAGS

    def _model_surname_len(self, name: str) -> int:
        return 2 if name[:2] in self.compound or name[:2] in _name_model().compounds else 1

    def _model_name_ok(self, name: str) -> bool:
        """The recognizer's own filters on a model name: the model knows rarer surnames (蒯)."""
        sl = self._model_surname_len(name)
        if name in self._things:
            return False  # 丁香, 杜仲, 布洛芬: a herb or a drug, read whole
        if name[:2] in self.not_names:
            return False
        # A dotted name is a transliteration (莱德利·斯科特, 阿方索·卡隆): the characters that
        # end a Chinese given name (科 of 内科, 卡 of 就诊卡) say nothing about its parts.
        if self._dotted(name):
            return True
        return not any(c in self._model_not_in_name for c in name[sl:])

    def _two_words(self, name: str) -> bool:
        """A four-character "name" of a one-character surname that is two dictionary words of
        another kind (基本 + 合格, 秋冬 + 季节): a phrase; a name of four characters has a
        compound surname (欧阳晓峰) or is no word pair (扎西顿珠)."""
        if len(name) != 4 or self._model_surname_len(name) != 1:
            return False
        tags, freq = _lexicon()
        return all(
            tags.get(w, "nr")[:2] not in ("nr", "ns") and int(freq.get(w) or 0) >= _PAIR_FREQ
            for w in (name[:2], name[2:])
        )

    def _is_word(self, name: str, marginal: float) -> bool:
        """Not a name but a word: the whole "name" is a dictionary word of another kind (查房,
        参考范围), an ordinal (第一条), or — unless the model is sure — its two-character given
        name is a common noun or verb (勤洗手、戴口罩)."""
        if _ORDINAL.match(name) and (
            name[:2] not in self.compound or len(name) < 3 or name[2] in _COUNTERS
        ):
            return True
        tags, freq = _lexicon()
        whole = tags.get(name)
        if whole is not None and not whole.startswith("nr"):
            # jieba tags rare transliterations as places or other proper nouns at random
            # (罗西/ns 35, 德罗巴/ns 3, 布丰/nz 4): such a word the model reads as a name with
            # confidence is one. A common place (北京/ns) stays a word.
            return not (
                whole in _PROPER_TAGS
                and int(freq.get(name) or 0) < _PROPER_FREQ
                and marginal >= _PROPER_MARGINAL
            )
        if self._two_words(name):
            return True
        if marginal >= self._word_override:
            return False
        sl = self._model_surname_len(name)
        # Only where the "surname" is itself a verb, adverb, preposition, adjective … (戴, 勤,
        # 向): 戴 + 口罩 is a phrase, 卢 + 建军 a name.
        if sl != 1 or tags.get(name[0], "nr")[:1] not in _PHRASE_HEAD_FLAGS:
            return False
        given = name[sl:]
        return (
            len(given) == 2
            and tags.get(given) in _WORD_TAGS
            and int(freq.get(given) or 0) >= _WORD_FREQ
        )

    @staticmethod
    def _phrase_at(text: str, i: int) -> bool:
        """A verb, adverb or adjective (勤, 戴, 少) then a common noun or verb of two characters
        (洗手, 口罩): an action, 勤 + 洗手, not a surname and a given name."""
        tags, freq = _lexicon()
        if tags.get(text[i : i + 1], "nr")[:1] not in _PHRASE_HEAD_FLAGS:
            return False
        word = text[i + 1 : i + 3]
        return (
            len(word) == 2
            and tags.get(word) in _WORD_TAGS
            and int(freq.get(word) or 0) >= _WORD_FREQ
        )

    def _action_item(self, text: str, start: int, end: int) -> bool:
        """An item of the enumeration next to this one (across 、，；) is a three-character
        action (勤洗手、戴口罩): a list of things to do, not of names."""
        if start >= 1 and text[start - 1] in _ACTION_SEPARATORS:
            a = start - 1
            while a > 0 and start - 1 - a < 4 and _ALL_CJK.match(text, a - 1, a):
                a -= 1
            if start - 1 - a == 3 and self._phrase_at(text, a):
                return True
        if end < len(text) and text[end] in _ACTION_SEPARATORS:
            m = _ALL_CJK.match(text, end + 1)
            if m is not None and len(m.group()) == 3 and self._phrase_at(text, end + 1):
                return True
        return False

    def _cut_word(self, text: str, start: int, end: int, marginal: float) -> bool:
        """A two-character "name" the model is not sure of whose last character and the one
        after it are a very common word of another kind (院领 + 导: 领导): a word cut short."""
        if end - start != 2 or marginal >= self._word_override:
            return False
        return _other_word(text[end - 1 : end + 1], _CUT_WORD_FREQ)

    def _action_phrase(self, text: str, start: int, end: int, marginal: float) -> bool:
        """The model's "name" is an action in a leaflet's advice (勤洗手、戴口罩；保持通风):
        its "surname" is a verb or adverb and the next two characters a common word. Cut short
        (勤洗 + 手) it is a word unless the model is sure; whole (戴口罩) only where the item
        next to it is such an action too: 戴海燕、王丽 stays a name."""
        if not self._phrase_at(text, start):
            return False
        if end - start == 2:
            return marginal < self._word_override
        return end - start == 3 and self._action_item(text, start, end)

    def _private(self, text: str, start: int, end: int) -> bool:
        """Not a famous name, and not introduced as a public figure (医学家李时珍, 钟南山院士)."""
        name = text[start:end]
        # A famous name read a character too long (李时珍著) or too short (孙思 + 邈) is still it.
        if any(
            name.startswith(f) or text.startswith(f, start) for f in self.famous if f[0] == name[0]
        ):
            return False
        before = text[max(0, start - 6) : start]
        if self._public_before is not None:
            for m in self._public_before.finditer(before):
                # 宋代医家钱乙: the public word may stand a few characters back, in the same
                # phrase; 包红英（主席）、汪建新: one that a bracket or a comma closes
                # describes someone else.
                if _ALL_CJK.fullmatch(before, m.end()) or m.end() == len(before):
                    return False
        after = text[end : end + 4]
        if self._organisation is not None and self._organisation.match(after):
            return False  # 郑州徐瑞医疗器械有限公司: a firm's name, not a person's
        return self._public_after is None or self._public_after.match(after) is None

    def _after_labels(self, text: str) -> Iterator[RecognizerResult | None]:
        """After a label or cue ("姓名：张伟", "患者李秀英"), and the list that may follow one."""
        for m in self._label_re.finditer(text):
            if self._row_key(text, m.start(), m.end()):
                continue
            start = self._after_title(text, m.end())
            length = self._name_in_run(text, start)
            if length and self._a_header(text, text[start : start + length]):
                length = 0
            dotted = _DOTS_SET.intersection(text[start : start + 9])
            if dotted and length and self._rare_start(text[start : start + length]):
                length = 0  # 努 + 尔艾 of 努尔艾力·阿不都热依木: the dotted name, read whole
            if not length and dotted:
                # 经办人：努尔艾力·阿不都热依木 — no surname, but a dotted name after a label;
                # not one a particle stands before (医生格雷拉 + 和 + 彼得·卡米洛夫: two people)
                length = max(0, self._dotted_end(text, start) - start)
                first = re.split(f"[{_DOTS}]", text[start : start + length], maxsplit=1)[0]
                if _AFTER_DOTTED.intersection(first):
                    length = 0
            res = self._accept(text, start, length)
            yield res
            # "参会人员：张三、李四、王五" — a list after a field label.
            label = m.group().rstrip(":：|｜ \t\u3000")
            guard = 0
            while res is not None and label in self._list_labels and guard < 50:
                nxt = res.end
                if nxt >= len(text) or text[nxt] not in _LIST_SEPARATORS:
                    break
                while nxt < len(text) and text[nxt] in _LIST_SEPARATORS:
                    nxt += 1
                nxt = self._after_title(text, nxt)
                res = self._accept(text, nxt, self._name_in_run(text, nxt))
                yield res
                guard += 1

    @staticmethod
    def _row_key(text: str, start: int, end: int) -> bool:
        """The label opens a table cell's joined header (姓名 白班：洛桑 — column 姓名, the row
        whose first cell is 白班): what follows it up to the colon is the row's key, not the
        label's value; the value after the colon is read as a field (``_in_fields``)."""
        if start == 0 or text[start - 1] != FIELD_MARK:
            return False
        return not any(c in ":：|｜" for c in text[start:end])

    def _after_beds(self, text: str) -> Iterator[RecognizerResult | None]:
        """After a bed number (5床赵秀英, 12号床：钱德明): a ward's way to name a patient."""
        if "床" not in text:
            return
        for m in _BED.finditer(text):
            yield self._accept(text, m.end(), self._name_in_run(text, m.end()))

    def _after_kin(self, text: str) -> Iterator[RecognizerResult | None]:
        """After 父 or 母 opening a clause (；母秦素琴，务农): a full name of a listed surname,
        where the model agrees a name may begin there (父 + 母双亡 has none)."""
        if "父" not in text and "母" not in text:
            return
        starts = []
        for m in _KIN.finditer(text):
            start = m.end()
            run = _RUN.match(text, start)
            if run is None or run.group()[0] not in self.surnames:
                continue
            if self._name_in_run(text, start) == 3:
                starts.append(start)
        if not starts:
            return
        for start, p in zip(starts, _name_model().begins(text, starts), strict=True):
            if p >= _LIST_BEGIN_MIN:
                yield self._accept(text, start, 3)

    def _in_fields(self, text: str) -> Iterator[RecognizerResult | None]:
        """A value the extractor marked as belonging to a 姓名 / 患者 / 联系人 field."""
        if self._field_re is None or FIELD_MARK not in text:
            return
        for m in self._field_re.finditer(text):
            value = m.group("v")
            if self._is_name(value) and not self._a_header(text, value):
                yield self._accept(text, m.start("v"), len(value))

    def _a_header(self, text: str, value: str) -> bool:
        """The "value" heads a column of its own (姓名：时长 in a sheet's header row, then
        时长 王国栋：12): a header cell to the right of 姓名, not a name."""
        cached = self.__dict__.get("_headers")
        if cached is None or cached[0] is not text:
            # once per text: a roster asks at every label
            cached = (text, frozenset(m.group(1) for m in _HEADER.finditer(text)))
            self.__dict__["_headers"] = cached
        return value in cached[1]

    def _in_table_columns(self, text: str) -> Iterator[RecognizerResult | None]:
        """A cell of a text table under a column headed by a name label."""
        for start, end, _header in table_cells(text, self._column_re, self._table_hint):
            cell = text[start:end]
            if 2 <= len(cell) <= 4 and self._is_name(cell):
                yield self._accept(text, start, len(cell))

    def _in_demographics(self, text: str) -> Iterator[RecognizerResult | None]:
        """ "陈静，女，35岁": found from the sex, then looked back from."""
        for m in self._demo_re.finditer(text):
            end = m.start()
            start = end
            while start > 0 and end - start < 5 and _ALL_CJK.match(text, start - 1, start):
                start -= 1
            if 2 <= end - start <= 4 and self._is_name(text[start:end]):
                yield self._accept(text, start, end - start)

    def _before_titles(self, text: str) -> Iterator[RecognizerResult | None]:
        """Before a title ("刘洋医生", "王明华主任")."""
        if self._suffix_re is None:
            return
        tags: dict[str, str] | None = None
        for m in self._suffix_re.finditer(text):
            tags = tags if tags is not None else _lexicon()[0]
            if text[max(0, m.start() - 2) : m.end()] in tags:
                continue  # 家庭医生, 主治医生: the title ends a word, no name stands before it
            yield self._before_title(text, m.start())

    def _function_then_surname(self, cand: str) -> bool:
        """A two-character "name" before a title that is a conjunction, adverb or preposition
        glued to a surname (但 + 李先生, 却 + 王主任): its first character is no common surname
        (outside the model's top hundred) and opens the clause, its second is a surname."""
        if cand[1] not in self.surnames:
            return False
        tags, _freq = _lexicon()
        if tags.get(cand[0], "nr")[:1] not in _GLUE_FLAGS:
            return False
        return int(_name_model().surnames.get(cand[0], 99)) > 1

    def _before_title(self, text: str, end: int) -> RecognizerResult | None:
        plausible = False
        for length in (3, 2, 4):
            start = end - length
            if start < 0:
                continue
            cand = text[start:end]
            if not _ALL_CJK.fullmatch(cand) or not self._is_name(cand):
                continue
            plausible = True
            if length == 3 and cand[0] in _FUNCTION_CHARS and self._is_name(cand[1:]):
                continue  # "由刘洋医生": 由 introduces the name, it is not its surname
            if length == 2 and self._function_then_surname(cand):
                continue  # "但李先生": a bare surname and a title, no name to report
            before = text[start - 1] if start > 0 else " "
            if before in _FUNCTION_CHARS or not _ALL_CJK.match(before):
                return self._accept(text, start, length)
        if not plausible:
            return None  # 科室主任, 内科医生: no reading is a name, jieba has nothing to decide
        # Ambiguous ("本院王明华主任"): ask jieba for a name token (王明) that, with at most a
        # single character after it (华), ends right at the title.
        lo = max(0, end - 7)
        pos = lo
        pairs = list(_posseg().cut(text[lo:end]))
        for i, p in enumerate(pairs):
            start = pos
            pos += len(p.word)
            if not p.flag.startswith("nr"):
                continue
            tail = pairs[i + 1 :]
            if all(len(t.word) == 1 for t in tail) and 2 <= end - start <= 4:
                cand = text[start:end]
                if self._is_name(cand):
                    return self._accept(text, start, len(cand))
        return None

    # -- names of minority nationalities ---------------------------------------------------
    def _with_minority(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Names with no Han surname, read from the shipped name elements (``minority_names.json``):
        two or more elements joined (扎西 + 顿珠, 吉克 + 曲布) or a Hui surname before an Islamic
        given name (马 + 尔撒) are a name wherever they stand; a single element (格桑, 巴特尔,
        买买提明) only where the document says a person stands there — a label or a cue before
        it, a name column's cell, a title, a sex or a chat time after it, a list of names. A
        name so read replaces the shorter readings inside it (米玛 of 米玛达瓦). Never across a
        look-alike word (扎西德勒, 呼和浩特), before a place's or a thing's suffix (拉卜楞 + 寺,
        格桑 + 花), nor where a public figure is introduced."""
        names, element_re = _minority()
        spans: list[tuple[int, int]] = []
        for word in names.not_names:
            i = text.find(word)
            while i >= 0:
                spans.append((i, i + len(word)))
                i = text.find(word, i + 1)
        blocked = _Spans(spans)
        if spans:
            # 扎西德勒, 敖包, 马头琴(声) read as names by the model or a cue: look-alikes
            results = [r for r in results if not blocked.covers(r.start)]
        matches = [(m.start(), m.end()) for m in element_re.finditer(text)]
        context: dict[str, Any] = {}
        if not matches:
            return results  # no element: no minority name, nor a cell beginning with one
        # a cell begins or ends with an element only where an element stands at a cell's edge
        edge = any(
            a == 0 or text[a - 1] in _CELL_OPENERS or text[b : b + 1] in _CELL_CLOSERS
            for a, b in matches
        )
        bare = self._bare_cells(text, context) if edge else []
        candidates: list[tuple[int, int, bool]] = []
        i = 0
        while i < len(matches):
            parts = [matches[i]]
            i += 1
            # elements side by side (扎西顿珠), or across one dot (阿布力孜·阿依古丽)
            while i < len(matches) and len(parts) <= _MINORITY_PARTS:
                a = matches[i][0]
                glued = a == parts[-1][1]
                across = (
                    a == parts[-1][1] + 1
                    and text[a - 1] in _DOTS_SET
                    and not any(text[b - 1] in _DOTS_SET for b, _e in parts[1:])
                )
                if not (glued or across):
                    break
                parts.append(matches[i])
                i += 1
            start, end = parts[0][0], parts[-1][1]
            kinds = [names.kinds[text[a:b]] for a, b in parts]
            hui = (
                kinds[0] == "islamic_given"
                and start > 0
                and text[start - 1] in names.hui_surnames
                and (not candidates or candidates[-1][1] < start)
            )
            if hui:
                start -= 1
            strong = hui or (len(parts) >= 2 and any(k != "islamic_given" for k in kinds))
            candidates.append((start, end, strong))
        accepted: list[tuple[int, int, float]] = []
        waiting: list[tuple[int, int]] = []
        for start, end, strong in candidates:
            name = text[start:end]
            if not self._minority_plausible(text, start, end, blocked, names):
                continue
            if self._minority_vouched(text, start, end, context):
                accepted.append((start, end, self.score))
            elif strong and not self._inside_word(text, start):
                accepted.append((start, end, _MINORITY_PROSE_SCORE))
            elif len(name) >= 2:
                waiting.append((start, end))
        # A single element in a list of names (格桑、扎西顿珠、王建军; 强巴和次旦巴桑), or
        # standing again where the text named it before.
        if waiting and (accepted or results):
            ends = {b for _a, b, _s in accepted} | {r.end for r in results}
            starts = {a for a, _b, _s in accepted} | {r.start for r in results}
            known = {text[a:b] for a, b, _s in accepted}
            for start, end in waiting:
                listed = (start > 0 and text[start - 1] in _JOINERS and start - 1 in ends) or (
                    text[end : end + 1] in _JOINERS and end + 1 in starts
                )
                if listed or text[start:end] in known:
                    accepted.append((start, end, 0.6))
        accepted.extend((start, end, self.score) for start, end in bare)
        if not accepted:
            return results
        return self._merge_minority(text, results, accepted)

    def _bare_cells(self, text: str, context: dict[str, Any]) -> list[tuple[int, int]]:
        """A cell under a name column that is a name the elements read only in part (扎西 +
        彭措, 额尔德尼 + 朝克巴, 努尔买买提·吐尔洪): it begins or ends with an element of the
        file, is all Han characters (parts joined by a dot), 2 to 12 of them, and holds no common
        word of another kind — a name column holds names."""
        if FIELD_MARK not in text and self._table_hint.search(text) is None:
            return []
        cells = context.get("cells")
        if cells is None:
            cells = {(a, b) for a, b, _h in column_cells(text, self._column_re, self._table_hint)}
            context["cells"] = cells
        out: list[tuple[int, int]] = []
        for start, end in cells:
            value = text[start:end]
            if not 2 <= len(value) <= 12 or _BARE_NAME.fullmatch(value) is None:
                continue
            if self._is_name(value) or self._a_header(text, value) or value in self._things:
                continue
            if _division_name(value) or value in self.famous or not self._known_end(value):
                continue
            if not self._bare_words(value):
                out.append((start, end))
        return out

    @staticmethod
    def _known_end(value: str) -> bool:
        """The cell begins or ends with an element of the file (扎西 + 彭措, 努尔 + 买买提)."""
        names, element_re = _minority()
        if element_re.match(value) is not None:
            return True
        return any(value[-k:] in names.kinds for k in range(2, min(len(value) - 1, 6) + 1))

    @staticmethod
    def _bare_words(value: str) -> bool:
        """The "name" is, or holds, a common dictionary word of another kind than a name (本人,
        待定, 家庭医生团队, 未填写)."""
        if _other_word(value):
            return True
        _tags, freq = _lexicon()
        for part in re.split(f"[{_DOTS}]", value):
            for a in range(len(part) - 1):
                for b in range(a + 2, min(len(part), a + 4) + 1):
                    if _other_word(part[a:b], _BARE_WORD_FREQ):
                        return True
        return False

    def _minority_plausible(
        self,
        text: str,
        start: int,
        end: int,
        blocked: _Spans,
        names: MinorityNames,
    ) -> bool:
        """No look-alike word across it, no place's suffix after it, no dot beside it (a dotted
        name is read whole elsewhere), no dictionary word of another kind, no public figure."""
        # inside a look-alike (扎西 of 扎西德勒) or across its start; 哈达 + 吾德 reads on past it
        if blocked.holds(start, end) or blocked.begins_within(start, end):
            return False
        after = text[end : end + 1]
        if after and (after in names.place_after or after in _DOTS_SET):
            return False
        if start > 0 and text[start - 1] in _DOTS_SET:
            return False
        name = text[start:end]
        if _other_word(name) or _division_name(name):
            return False  # a word of another kind (jieba's tags of rare transliterations are
            # noise: 加措/v 3, 旺堆/n 2 — only a common word counts), or a place (林芝, 玉树)
        return name not in self.famous and self._private(text, start, end)

    def _minority_vouched(self, text: str, start: int, end: int, context: dict[str, Any]) -> bool:
        """A label, a cue, a bed number or a column header says a person stands here, or a title,
        a sex or a chat time follows. The labels are looked for just before the name, and the
        table's cells only where a cell may begin (after a blank, a colon, a pipe, a line's
        start): news text with an element in it costs no table reading."""
        if self._suffix_re is not None and self._suffix_re.match(text, end) is not None:
            return True
        if _SEX_AFTER.match(text, end) is not None or _CHAT_TIME.match(text, end) is not None:
            return True
        lo = max(0, start - _LABEL_REACH)
        for m in self._label_re.finditer(text, lo, start + 1):
            if m.end() == start or self._after_title(text, m.end()) == start:
                return True
        for pattern in (_ROLE_LABEL, _BED):
            if any(m.end() == start for m in pattern.finditer(text, lo, start + 1)):
                return True
        if start > 0 and text[start - 1] not in _CELL_OPENERS:
            return False
        cells = context.get("cells")
        if cells is None:
            cells = {(a, b) for a, b, _h in column_cells(text, self._column_re, self._table_hint)}
            context["cells"] = cells
        return (start, end) in cells

    def _merge_minority(
        self, text: str, results: list[RecognizerResult], accepted: list[tuple[int, int, float]]
    ) -> list[RecognizerResult]:
        """The minority names replace the readings inside or across them (米玛 of 米玛达瓦, 马尔 of
        马尔撒); a reading that holds one whole (a dotted name) stays. One pass over both lists
        (a roster holds thousands of names)."""
        out = sorted(results, key=lambda r: r.start)
        starts = [r.start for r in out]
        dropped: set[int] = set()
        added: list[RecognizerResult] = []
        for start, end, score in sorted(set(accepted)):
            lo = bisect.bisect_left(starts, start - _LONGEST)
            hi = bisect.bisect_left(starts, end)
            overlapping = [r for r in out[lo:hi] if r.end > start]
            if any(r.start <= start and r.end >= end for r in overlapping):
                continue
            res = self._accept(text, start, end - start)
            if res is None:
                continue
            res.score = min(score, self.score)
            dropped.update(id(r) for r in overlapping)
            added.append(res)
        kept = [r for r in out if id(r) not in dropped]
        return sorted(kept + added, key=lambda r: r.start)
