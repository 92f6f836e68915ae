"""Train baomi's person-name model (``scanner/detect/names/model.crfsuite``) from public data.

The model is a linear-chain CRF (python-crfsuite) over characters with B/I/O tags for personal
names; its features are in ``scanner/detect/names/features.py``. It learns from the TRAIN splits
of three published Chinese NER sets, a public list of Chinese surnames, and synthetic
health-centre sentences that this script writes itself. The dev and test splits that
``benchmarks/public_ner.py`` scores are never read here.

Inputs (none of them is in this repository; put them in one folder and pass it as ``--data``).
Each file is checked against the sha256 below before it is read:

============================  ==========================================================
file in --data                where it comes from
============================  ==========================================================
cluener_train.json            CLUENER2020 ``train.json`` (from ``cluener_public.zip``), as
                              committed unchanged in github.com/kyang888/bert_crf, path
                              ``data/clue/raw/train.json``, commit
                              66e7c9a5e3a7b3d1677b9f9849502d5826f2d71b
resume_train.char.bmes        Resume NER, github.com/jiesutd/LatticeLSTM, path
                              ``ResumeNER/train.char.bmes``, commit
                              9407bba5c9a806960a6624338eeb999240874b6d
weiboNER_2nd_conll.train      Weibo NER (revised annotation), github.com/hltcoe/golden-horse,
                              path ``data/weiboNER_2nd_conll.train``, commit
                              bfcf1e862e656bd6a84f6ed0029dc807d7137484
Chinese_Family_Name_1k.xlsx   github.com/wainshine/Chinese-Names-Corpus, path
                              ``Chinese_Names_Corpus/Chinese_Family_Name（1k）.xlsx``, commit
                              d2be2584997f2ce4ca4636e63697b2e37c411be4
============================  ==========================================================

The negatives of ``WORD_NEGATIVE`` come from jieba's own dictionary (``dict.txt`` of the
installed jieba package, MIT). Provenance and licences: ``docs/names-model.md``.

Run (about five minutes on two quiet cores; ~28 minutes at load 7-12)::

    pip install python-crfsuite openpyxl
    python scripts/train_names.py --data /path/to/train-files
    # writes scanner/detect/names/model.crfsuite, surnames.json and model.npz

``--check`` only verifies the inputs' checksums. ``--pack`` only rewrites ``model.npz`` (the
weights as the arrays a scan reads, ``scanner/detect/names/model.py``) from the model.crfsuite
and surnames.json in ``--out``; a test fails while it is out of date.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.public_ner import Sentence, load_cluener, load_tagged  # noqa: E402
from scanner.detect.names.features import (  # noqa: E402
    BEGIN,
    INSIDE,
    OUTSIDE,
    sentence_features,
)

OUT_DIR = REPO_ROOT / "scanner" / "detect" / "names"
SHA256 = {
    "cluener_train.json": "60299d202779dc84f3c3bd81f4dc08f5323d0dbf762cb50cd62dd51aa9a871f8",
    "resume_train.char.bmes": "93b9bb0be5dd4730121587f9dc1378de3fbbe55cba1c575edec271f822c27be7",
    "weiboNER_2nd_conll.train": "4e8954c54ab33b0afc9a8abb85715c47422645cc6d1b49fdb24540f4a427e997",
    "Chinese_Family_Name_1k.xlsx": (
        "2493400301b0a23dfabf05f248e505e4fb6d5fa4b0ed737f869f15fa03480310"
    ),
    "Ancient_Names_Corpus_25W.txt": (
        "cc672845c615a7815fadb9f4a7d6b70459b37bad4ae1d336bd988897afa4661a"
    ),
}
# Given-name character buckets: rank of a character among the given-name characters of the
# public name list (1 = the commonest GIVEN_RANKS[0] characters …); rarer ones seen at least
# GIVEN_MIN times get the last bucket.
GIVEN_RANKS = (150, 500, 1200)
GIVEN_MIN = 3
# Which published label means "a person's name" in each set.
NAME_LABELS = {
    "cluener_train.json": ("name",),
    "resume_train.char.bmes": ("NAME",),
    "weiboNER_2nd_conll.train": ("PER.NAM",),
}
SEED = 20261206
# Share of swapped-in and synthetic names that take a rarer surname (bucket 3-4: 厍, 亓, 隗):
# the labelled sets show few, and a word-like character (温, 宁, 向) needs many name contexts.
RARE_SHARE = 0.25
# jieba 0.42.1's dict.txt, the source of the dictionary-word negatives.
JIEBA_DICT_SHA256 = "7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8"
# Dictionary words this common (jieba's count) are the negatives of WORD_NEGATIVE.
WORD_MIN_FREQ = 300


def check(data: Path) -> None:
    for name, want in SHA256.items():
        path = data / name
        if not path.is_file():
            raise SystemExit(f"missing {path} (see the table at the top of this script)")
        got = hashlib.sha256(path.read_bytes()).hexdigest()
        if got != want:
            raise SystemExit(f"{path}: sha256 {got}, expected {want}")


def load_surnames(path: Path) -> tuple[dict[str, int], list[str]]:
    """Single-character surnames with a frequency bucket (1 commonest … 4 rarest), compounds."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))[1:]
    ranked = sorted(((str(n).strip(), int(tf)) for n, tf in rows if n), key=lambda r: -r[1])
    single: dict[str, int] = {}
    compounds: list[str] = []
    for rank, (name, _tf) in enumerate(ranked):
        if len(name) == 2:
            compounds.append(name)
        elif len(name) == 1:
            single[name] = 1 if rank < 100 else 2 if rank < 300 else 3 if rank < 600 else 4
    return single, sorted(compounds)


def load_given(path: Path, surnames: dict[str, int], compounds: list[str]) -> dict[str, int]:
    """Characters of given names in the Ancient_Names_Corpus (traditional script, converted to
    simplified by OpenCC), bucketed by how often they occur: 1 commonest … 4 rare."""
    import opencc

    convert = opencc.OpenCC("t2s").convert
    counts: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        name = convert(line.strip())
        if not 2 <= len(name) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
            continue
        sl = 2 if name[:2] in compounds else 1 if name[0] in surnames else 0
        if sl and 1 <= len(name) - sl <= 2:
            counts.update(name[sl:])
    ranked = [c for c, k in counts.most_common() if k >= GIVEN_MIN]
    buckets: dict[str, int] = {}
    for rank, ch in enumerate(ranked):
        buckets[ch] = 1 + sum(rank >= limit for limit in GIVEN_RANKS)
    return buckets


def tagged(sentence: Sentence, labels: tuple[str, ...]) -> tuple[list[str], list[str]]:
    chars = list(sentence.text)
    tags = [OUTSIDE] * len(chars)
    for span in sentence.spans:
        if span.label not in labels or span.end > len(chars):
            continue
        tags[span.start] = BEGIN
        for k in range(span.start + 1, span.end):
            tags[k] = INSIDE
    return chars, tags


# --- synthetic health-centre sentences ----------------------------------------------------------
# The public sets are news, résumés and microblogs. A health centre writes rosters, handovers,
# minutes and patient lists, where a name often stands with no cue at all; these templates
# teach the model those surroundings, and the negatives teach it that titles and firm names
# built from surname characters (高级会计师, 会计师事务所) are not names. {N} is a name.
POSITIVE = [
    "会议由{N}主持，{N}、{N}出席。",
    "参加讨论：{N}、{N}、{N}",
    "由其子{N}陪同来院。",
    "由家属{N}签字确认。",
    "{N} {T}\n收到，马上过去",
    "{N} {T}",
    "{B}床{N}，体温38.2℃，已通知医生。",
    "{B}床{N}今日出院。",
    "交班人：{N}  接班人：{N}",
    "呼救人{N}称家中老人摔倒。",
    "来电人自称{N}，询问体检结果。",
    "司机{N}、随车医生{N}于{T}出车。",
    "死者{N}，生前住芦溪镇东风村。",
    "记者{N}报道。",
    "{N}：男，汉族，1975年出生，大专学历。",
    "{N}医生今日值班。",
    "请{N}主任审核。",
    "{N}同志任公共卫生科科长。",
    "经研究，决定由{N}负责疫苗接种工作，{N}协助。",
    "{N}、{N}两位同志参加了县里的培训。",
    "{I}  {N}  {S}  {A}岁  {P}",
    "{I}\t{N}\t{S}\t{A}\t{P}",
    "{N}，{S}，{A}岁，因头晕来诊。",
    "今天{N}来找我，说{N}的报销单还没批。",
    "@{N} 明天的排班表发一下",
    "感谢{N}对我们工作的支持！",
    "{N}说下周一开会。",
    "值班：{N}（{P}）",
    "{N}（副院长）、{N}（护士长）",
    "护士{N}、{N}负责三楼病区。",
    # a role or kinship word glued to the name, a verb glued after it (no cue of the rule pack)
    "{R}{N}{V}。",
    "由{R}{N}{V}，{R}{N}{V}。",
    "今日由{R}{N}{V}，{N}{V}。",
    "{R}{N}（电话 {P}）{V}。",
    "{R} {N}，电话 {P}",
    "由{D}{N}和{D}{N}于{T}{V}。",
    "{N}{V}，{N}{V}，{N}{V}。",
    "已请{R}{N}{V}。",
    "{N}血压{A}/{A}，{N}血糖{A}.{A}。",
    "工作由{N}{V}。",
    # form lines: fields apart by spaces or an ideographic space
    "{L}：{N}\u3000性别：{S}\u3000年龄：{A}岁",
    "{L}：{N}  {L}：{N}  日期：{T}",
    "{L} {N} {L} {N}",
    "{L}：{N}\u3000{L}：{N}",
    # a name alone in a cell, or first in a row
    "{N}",
    "{N}\t{A}\t{A}",
    "{I}. {N}",
]
# Words that stand right before a name in notes and minutes but are no cue of the rule pack.
ROLES = [
    "村医",
    "儿媳",
    "女婿",
    "配偶",
    "老伴",
    "女儿",
    "儿子",
    "其女儿",
    "其子",
    "侄子",
    "孙女",
    "村支书",
    "村主任",
    "网格员",
    "群众",
    "居民",
    "民警",
    "驾驶员",
    "保洁员",
    "会计",
    "药师",
    "护士",
    "检验员",
    "联络员",
    "志愿者",
    "组长",
    "委员",
    "科员",
    "同事",
    "邻居",
    "妻",
    "子",
    "女",
]
# Verbs and nouns glued after a name in prose.
VERBS = [
    "列席",
    "出席",
    "主持",
    "陪同",
    "到场",
    "核实",
    "接听",
    "转告",
    "代理",
    "签字",
    "复核",
    "负责",
    "记录",
    "发言",
    "汇报",
    "协助",
    "参加",
    "缺席",
    "请假",
    "值班",
    "随访",
    "登记",
    "确认",
    "补录",
    "送检",
    "采样",
    "入户",
    "回访",
    "办理",
    "领取",
]
DEPARTMENTS = [
    "检验科",
    "防保科",
    "公卫科",
    "药剂科",
    "财务科",
    "办公室",
    "护理部",
    "院办",
    "民政所",
    "计生办",
    "妇保科",
    "中医科",
]
FORM_LABELS = [
    "受检者",
    "体检人",
    "就诊者",
    "交班",
    "接班",
    "复核",
    "审核",
    "核对",
    "发药",
    "起草",
    "抄送",
    "照护者",
    "随访者",
    "经手",
    "监督",
    "检查者",
    "调查者",
    "陪检",
]
NEGATIVE = [
    "高级会计师，注册会计师。",
    "经会计师事务所审计，本年度收支平衡。",
    "请在签名和盖章处签字。",
    "单位（盖章）：  负责人（签名）：",
    "主治医师、副主任医师、主任医师职称评审。",
    "全体成员参加，全天值班。",
    "司机、驾驶员、随车人员名单见附件。",
    "王家村卫生室、李庄村卫生室、张集镇卫生院。",
    "高血压、糖尿病患者随访管理。",
    "明代医学家著《本草纲目》。",
    "成本核算、预算管理、资产管理。",
    "金额合计：{A}万元。",
    "时间：{T}  地点：三楼会议室",
    "方便群众就医，提高服务水平。",
    "常规检查，血常规、尿常规。",
    "安全生产月活动方案。",
    "党员干部要带头。",
    "欧阳路社区卫生服务站。",
]


def dictionary_words(surnames: dict[str, int]) -> list[str]:
    """Common words of jieba's dictionary (MIT, shipped in the jieba wheel) that begin with a
    surname character and are no name (占用, 单位, 宫颈): in a table cell or a heading they stand
    where a name could, and the model must learn they are none."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    got = hashlib.sha256(path.read_bytes()).hexdigest()
    if got != JIEBA_DICT_SHA256:
        raise SystemExit(f"{path}: sha256 {got}, expected {JIEBA_DICT_SHA256} (jieba 0.42.1)")
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        common = int(freq) >= WORD_MIN_FREQ and not tag.startswith("nr")
        if common and word[0] in surnames and 2 <= len(word) <= 4:
            words.append(word)
    return words


# A dictionary word where a name could stand: alone in a cell, a row's first cell, a heading.
WORD_NEGATIVE = ["{W}", "{W}\t{A}\t{A}", "{W}：{A}", "{I}. {W}", "{W}（{A}）", "{W}  {W}  {W}"]


def given_name_pool(
    sentences: list[tuple[list[str], list[str]]], surnames: dict[str, int]
) -> list[str]:
    """Given names (the part after a common surname) of the two- and three-character names seen."""
    pool: list[str] = []
    for chars, tags in sentences:
        i = 0
        while i < len(tags):
            if tags[i] == BEGIN:
                j = i + 1
                while j < len(tags) and tags[j] == INSIDE:
                    j += 1
                name = "".join(chars[i:j])
                if 2 <= len(name) <= 3 and name[0] in surnames:
                    pool.append(name[1:])
                i = j
            else:
                i += 1
    return pool


def substituted(
    rng: random.Random,
    sentences: list[tuple[list[str], list[str]]],
    surnames: dict[str, int],
    given: list[str],
) -> Iterator[tuple[list[str], list[str]]]:
    """Each labelled sentence that holds a Chinese-form name again, its names swapped for
    random ones (a surname of the list, a given name of the pool).

    The labelled sets hold a few thousand names; a CRF shown each once learns those names more
    than the places names stand in. The copies keep every context and change every name, so
    the context carries the weight.
    """
    common = [s for s, b in surnames.items() if b <= 2]
    rare = [s for s, b in surnames.items() if b >= 3]
    for chars, tags in sentences:
        out_c: list[str] = []
        out_t: list[str] = []
        swapped = False
        i = 0
        while i < len(tags):
            if tags[i] != BEGIN:
                out_c.append(chars[i])
                out_t.append(tags[i])
                i += 1
                continue
            j = i + 1
            while j < len(tags) and tags[j] == INSIDE:
                j += 1
            name = chars[i:j]
            if 2 <= len(name) <= 3 and name[0] in surnames:
                family = rng.choice(rare if rng.random() < RARE_SHARE else common)
                name = [family, *rng.choice(given)]
                swapped = True
            out_c += name
            out_t += [BEGIN] + [INSIDE] * (len(name) - 1)
            i = j
        if swapped:
            yield out_c, out_t


def synthetic(
    rng: random.Random,
    count: int,
    surnames: dict[str, int],
    compounds: list[str],
    given: list[str],
    words: Sequence[str] = (),
) -> Iterator[tuple[list[str], list[str]]]:
    common = [s for s, b in surnames.items() if b <= 2]
    rare = [s for s, b in surnames.items() if b >= 3]

    def name() -> str:
        r = rng.random()
        family = (
            rng.choice(compounds) if r < 0.02 else rng.choice(rare if r < RARE_SHARE else common)
        )
        return family + rng.choice(given)

    def fill(template: str) -> tuple[list[str], list[str]]:
        chars: list[str] = []
        tags: list[str] = []
        k = 0
        while k < len(template):
            if template[k] == "{":
                key = template[k + 1]
                k = template.index("}", k) + 1
                if key == "N":
                    n = name()
                    chars += list(n)
                    tags += [BEGIN] + [INSIDE] * (len(n) - 1)
                    continue
                value = {
                    "T": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                    "B": str(rng.randint(1, 60)),
                    "I": str(rng.randint(1, 300)),
                    "S": rng.choice("男女"),
                    "A": str(rng.randint(1, 95)),
                    "P": "1" + "".join(rng.choice("0123456789") for _ in range(10)),
                    "R": rng.choice(ROLES),
                    "V": rng.choice(VERBS),
                    "D": rng.choice(DEPARTMENTS),
                    "L": rng.choice(FORM_LABELS),
                }[key]
                chars += list(value)
                tags += [OUTSIDE] * len(value)
                continue
            chars.append(template[k])
            tags.append(OUTSIDE)
            k += 1
        return chars, tags

    for i in range(count):
        if i % 4 == 3:
            yield fill(rng.choice(NEGATIVE))
        elif i % 8 == 1 and words:
            yield fill(rng.choice(WORD_NEGATIVE).replace("{W}", rng.choice(words)))
        else:
            yield fill(rng.choice(POSITIVE))


def write_packed(folder: Path) -> None:
    """``model.npz`` beside the model in ``folder``: what a scan loads instead of the dump."""
    from scanner.detect.names.model import PACKED_FILE, pack
    from scanner.fsutil import write_atomic

    data = pack((folder / "model.crfsuite").read_bytes(), (folder / "surnames.json").read_bytes())
    write_atomic(folder / PACKED_FILE, data, mode=0o644)
    print(f"wrote {folder / PACKED_FILE} ({len(data):,} bytes)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, help="folder with the input files")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="where the model is written")
    parser.add_argument("--check", action="store_true", help="verify checksums only")
    parser.add_argument("--pack", action="store_true", help="only rewrite model.npz from --out")
    parser.add_argument("--synthetic", type=int, default=8000, help="synthetic sentences")
    parser.add_argument("--c1", type=float, default=0.15, help="L1 weight (prunes features)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument(
        "--holdout",
        type=int,
        default=0,
        help="leave every Nth labelled sentence out (tuning: scripts/tune_names.py reads them)",
    )
    parser.add_argument(
        "--no-words", action="store_true", help="no dictionary-word negatives (WORD_NEGATIVE)"
    )
    parser.add_argument("--no-given", action="store_true", help="no given-name character features")
    parser.add_argument(
        "--substitute",
        type=int,
        default=1,
        help="copies of each labelled sentence with its names swapped for random ones",
    )
    args = parser.parse_args(argv)
    if args.pack:
        write_packed(args.out)
        return 0
    if args.data is None:
        parser.error("--data is required")
    check(args.data)
    if args.check:
        print("inputs OK")
        return 0
    import pycrfsuite

    surnames, compounds = load_surnames(args.data / "Chinese_Family_Name_1k.xlsx")
    compound_set = frozenset(compounds)
    given = (
        None
        if args.no_given
        else load_given(args.data / "Ancient_Names_Corpus_25W.txt", surnames, compounds)
    )
    corpus: list[tuple[list[str], list[str]]] = []
    for file, labels in NAME_LABELS.items():
        path = args.data / file
        loaded = load_cluener(path) if file.endswith(".json") else load_tagged(path)
        if args.holdout:
            loaded = [s for k, s in enumerate(loaded) if k % args.holdout]
        before = len(corpus)
        corpus += [tagged(s, labels) for s in loaded]
        names = sum(t.count(BEGIN) for _c, t in corpus[before:])
        print(f"{file}: {len(corpus) - before} sentences, {names} names")
    rng = random.Random(SEED)
    pool = given_name_pool(corpus, surnames)
    labelled = list(corpus)
    for _ in range(args.substitute):
        corpus += list(substituted(rng, labelled, surnames, pool))
    print(f"substituted: {len(corpus) - len(labelled)} sentences")
    words = [] if args.no_words else dictionary_words(surnames)
    corpus += list(synthetic(rng, args.synthetic, surnames, compounds, pool, words))
    print(f"synthetic: {args.synthetic} sentences from {len(set(pool))} given names")

    trainer = pycrfsuite.Trainer(verbose=False)
    for chars, tags in corpus:
        trainer.append(sentence_features(chars, surnames, compound_set, given), tags)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    args.out.mkdir(parents=True, exist_ok=True)
    model = args.out / "model.crfsuite"
    trainer.train(str(model))
    (args.out / "surnames.json").write_text(
        json.dumps(
            {"surnames": surnames, "compounds": compounds}
            | ({"given": given} if given is not None else {}),
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    write_packed(args.out)
    tags = Counter(t for _c, ts in corpus for t in ts)
    print(f"wrote {model} ({model.stat().st_size:,} bytes); tags {dict(tags)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
