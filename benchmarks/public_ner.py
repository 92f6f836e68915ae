"""Person-name precision/recall/F1 of ``baomi scan`` on public labelled Chinese NER sets.

The synthetic corpus (``corpus.py``, ``evaluate.py``) only holds names that our own generator
wrote, so it cannot tell how PERSON copes with names it has never seen, in prose it did not
shape. Three published sets fill that gap; each is read in its original published format so
anyone can download it and reproduce the figures:

- ``cluener``: CLUENER2020 ``dev.json`` (JSON lines; spans under ``label.name``), 1343 sentences;
- ``resume``: Resume NER ``test.char.bmes`` (one character and a BMES tag a line), label ``NAME``;
- ``weibo``: Weibo NER ``weiboNER_2nd_conll.test`` (character + word position, BIO tag), label
  ``PER.NAM``; nominal mentions (``PER.NOM``: 老师, 导演 ...) are not names and are left out of
  the gold names, but are scored in a row of their own so a reader can see how many of them
  PERSON reports.

Each sentence becomes one UTF-8 ``.txt`` file (``<set>/000123.txt``) in a temporary folder; one
``baomi scan TMP --format jsonl --reveal --jobs 2`` covers every set asked for. Per sentence the
multiset of predicted PERSON values is compared with the multiset of gold names: an exact string
match is a true positive. ``--jieba`` scores jieba.posseg's person-name tokens on the same
sentences as a reference baseline. Data is not committed; see ``benchmarks/public/README.md``.

Run: ``python benchmarks/public_ner.py --set all --data DIR [--baomi CMD] [--limit N]
[--markdown] [--jieba]``.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.evaluate import Counts, run_baomi_scan  # noqa: E402

PERSON = "PERSON"
SETS = ("cluener", "resume", "weibo")
EXAMPLES = 5  # misses and false alarms shown per set and system
# jieba's person-name tag. Its dictionary also tags some names nrfg and transliterations nrt;
# counting those too moves the baseline's F1 by under 0.01 on every set (2026-12-06), so the
# reference stays the plain, documented "nr".
JIEBA_NAME_FLAGS = ("nr",)


@dataclass(frozen=True)
class Span:
    """One labelled mention: its label as published, its text, and where it sits."""

    label: str
    text: str
    start: int
    end: int  # exclusive


@dataclass
class Sentence:
    """One sentence of a set with every labelled span (all labels kept; scoring picks)."""

    text: str
    spans: list[Span] = field(default_factory=list)

    def values(self, labels: Iterable[str]) -> list[str]:
        """The gold strings carrying one of ``labels``, repeats kept (a multiset)."""
        wanted = set(labels)
        return [s.text for s in self.spans if s.label in wanted]


@dataclass(frozen=True)
class Group:
    """One row of the report: which labels are gold, and which predictions cost nothing."""

    title: str
    labels: tuple[str, ...]
    ignore: tuple[str, ...] = ()  # a prediction equal to one of these mentions is not an error
    main: bool = True  # False: a row for information, its errors are not listed


@dataclass(frozen=True)
class SetSpec:
    """How one published set is found on disk, read, and which labels mean "a person's name"."""

    name: str
    files: tuple[str, ...]  # file names in order of preference
    hint: str  # a folder-name fragment that tells this set's file from another set's
    load: Callable[[Path], list[Sentence]]
    groups: tuple[Group, ...]


@dataclass
class Example:
    """A sentence where gold and prediction disagree, for the error listing."""

    index: int
    text: str
    missed: list[str]
    invented: list[str]


@dataclass
class Result:
    """Counts of one system on one set and label group, plus a few errors to look at."""

    counts: Counts
    sentences: int
    gold: int
    examples: list[Example]


# --------------------------------------------------------------------------------------------
# Loaders
# --------------------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    # The first Weibo release has a few bytes that are not UTF-8 (broken emoji); replacing them
    # keeps every other character and every line, where a strict decode would lose the file.
    return path.read_text(encoding="utf-8-sig", errors="replace")


def _json_records(text: str) -> Iterable[dict]:
    """Records of a JSON-lines file, of concatenated pretty-printed objects, or of one array.

    The CLUE zip ships JSON lines; several mirrors re-save it indented or as a list.
    """
    decoder = json.JSONDecoder()
    pos, size = 0, len(text)
    while pos < size:
        while pos < size and text[pos].isspace():
            pos += 1
        if pos >= size:
            break
        value, pos = decoder.raw_decode(text, pos)
        if isinstance(value, list):
            yield from (v for v in value if isinstance(v, dict))
        elif isinstance(value, dict):
            yield value


def load_cluener(path: Path) -> list[Sentence]:
    """CLUENER2020: ``{"text": ..., "label": {type: {mention: [[start, end], ...]}}}``.

    Offsets are inclusive at both ends. A mention that occurs twice is listed once with two
    offset pairs, so the gold multiset takes one entry per pair.
    """
    sentences: list[Sentence] = []
    labelled = False
    for record in _json_records(_read_text(path)):
        text = record.get("text")
        if not isinstance(text, str):
            continue
        spans: list[Span] = []
        label = record.get("label") or {}
        if not isinstance(label, dict):  # a mirror's own layout ("彭小军-姓名；台湾-地址")
            continue
        labelled = labelled or "label" in record
        for entity_type, mentions in label.items():
            for mention, offsets in mentions.items():
                # Trust the published mention string; the offsets only place it.
                for start, end in offsets:
                    spans.append(Span(entity_type, mention, start, end + 1))
        sentences.append(Sentence(text, spans))
    if sentences and not labelled:
        raise SystemExit(
            f"{path}: no 'label' field (CLUENER test.json is unlabelled; use dev.json)"
        )
    return sentences


_TAGGED_LINE = re.compile(r"[ \t]+")
_CHAR_POSITION = re.compile(r"(.+?)(\d+)")  # 华0 / 10: a character, then its place in a word


def _split_line(line: str) -> tuple[str, str]:
    # Only space and tab separate columns: U+3000 is a character of the text in these sets.
    parts = _TAGGED_LINE.split(line.rstrip(" \t\r\n"))
    if len(parts) < 2:
        raise ValueError(f"expected 'character tag', got {line!r}")
    return parts[0] or " ", parts[-1]


def _strip_position(token: str) -> str:
    match = _CHAR_POSITION.fullmatch(token)
    return match.group(1) if match else token


def decode_tags(chars: Sequence[str], tags: Sequence[str]) -> list[Span]:
    """Spans from BIO, BIOES or BMES tags (``B-NAME``, ``M-NAME``, ``E-NAME``, ``S-PER.NAM`` ...).

    Lenient like conlleval: an inside tag after ``O`` or after another type starts a mention, so
    a stray tagging slip costs one boundary, not the mention.
    """
    spans: list[Span] = []
    label: str | None = None
    start = 0
    offsets: list[int] = []
    pos = 0
    for ch in chars:
        offsets.append(pos)
        pos += len(ch)
    offsets.append(pos)
    text = "".join(chars)

    def close(end: int) -> None:
        nonlocal label
        if label is not None:
            spans.append(
                Span(label, text[offsets[start] : offsets[end]], offsets[start], offsets[end])
            )
        label = None

    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if not kind or prefix not in ("B", "I", "M", "E", "S"):
            close(i)
            continue
        if prefix in ("B", "S") or kind != label:
            close(i)
            label, start = kind, i
        if prefix in ("E", "S"):
            close(i + 1)
    close(len(tags))
    return spans


def load_tagged(path: Path) -> list[Sentence]:
    """A character-per-line file (``char TAG``), sentences split by blank lines.

    Weibo's original files write each character with its place in a jieba word (``华0``); a file
    where every token ends in digits is read that way, any other file as plain characters.
    """
    blocks: list[list[tuple[str, str]]] = [[]]
    # split("\n"), not splitlines(): that also breaks at U+2028, U+0085 ..., which may be the
    # character of a line.
    for line in _read_text(path).split("\n"):
        if not line.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(_split_line(line))
    blocks = [b for b in blocks if b]
    tokens = [tok for block in blocks for tok, _ in block]
    with_position = bool(tokens) and all(_CHAR_POSITION.fullmatch(t) for t in tokens)
    sentences: list[Sentence] = []
    for block in blocks:
        chars = [_strip_position(tok) if with_position else tok for tok, _ in block]
        tags = [tag for _, tag in block]
        sentences.append(Sentence("".join(chars), decode_tags(chars, tags)))
    return sentences


SPECS: dict[str, SetSpec] = {
    "cluener": SetSpec("cluener", ("dev.json",), "clue", load_cluener, (Group("name", ("name",)),)),
    "resume": SetSpec(
        "resume",
        ("test.char.bmes", "test.bmes"),
        "resume",
        load_tagged,
        (Group("NAME", ("NAME",)),),
    ),
    "weibo": SetSpec(
        "weibo",
        # The revised annotation (He & Sun's clean-up) first; weiboNER.conll.test is the 2015
        # release, read only when nothing newer is there.
        ("weiboNER_2nd_conll.test", "test.all.bmes", "weiboNER.conll.test"),
        "weibo",
        load_tagged,
        (
            Group("PER.NAM", ("PER.NAM",)),
            # Nominal mentions (老师, 导演) are not names; this row neither rewards nor punishes
            # reporting one, as papers that score named mentions only do.
            Group("PER.NAM, PER.NOM ignored", ("PER.NAM",), ("PER.NOM",), main=False),
            # How many nominal mentions PERSON reports; only the recall column means something.
            Group("PER.NOM", ("PER.NOM",), main=False),
        ),
    ),
}


def candidates(spec: SetSpec, data: Path) -> list[Path]:
    """Files under ``data`` that may be the set: preferred name first, then a path naming the set.

    A file name alone is not enough when several sets share it (``dev.json``): then only paths
    that name the set (``cluener_public/dev.json``, ``data/clue/raw/dev.json``) are kept.
    """
    if data.is_file():
        return [data]
    found: list[Path] = []
    for name in spec.files:
        hits = sorted(data.rglob(name), key=lambda p: (len(p.parts), str(p)))
        hinted = [h for h in hits if spec.hint in str(h.relative_to(data)).lower()]
        found += hinted or (hits if len(hits) == 1 else [])
    return found


def load_set(spec: SetSpec, data: Path) -> tuple[Path, list[Sentence]]:
    """The first candidate file that parses and holds labelled mentions, with its sentences.

    Clones of mirrors also hold converted copies under the same name (token ids, prompts);
    those are passed over rather than scored as an empty set.
    """
    tried: list[str] = []
    for path in candidates(spec, data):
        try:
            sentences = spec.load(path)
        except (ValueError, SystemExit) as exc:  # json.JSONDecodeError is a ValueError
            tried.append(f"{path}: {exc}")
            continue
        if any(s.spans for s in sentences):
            return path, sentences
        tried.append(f"{path}: no labelled mentions in the published layout")
    raise SystemExit(
        f"{spec.name}: no usable {' / '.join(spec.files)} under {data} "
        "(see benchmarks/public/README.md for where to get it)" + "".join(f"\n  {t}" for t in tried)
    )


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


def score(
    texts: Sequence[str],
    gold: Sequence[Sequence[str]],
    predicted: Sequence[Sequence[str]],
    ignore: Sequence[Sequence[str]] | None = None,
    examples: int = EXAMPLES,
) -> Result:
    """Per sentence, multiset intersection of gold and predicted strings = true positives.

    A name said twice in a sentence must be found twice; finding it once is one miss. A
    prediction left over that equals a mention in ``ignore`` (same sentence) is no false alarm.
    """
    counts = Counts()
    shown: list[Example] = []
    ignored = ignore if ignore is not None else [[] for _ in texts]
    for i, (text, g, p, x) in enumerate(zip(texts, gold, predicted, ignored, strict=True)):
        want, got = Counter(g), Counter(p)
        hit = want & got
        invented = got - hit
        invented -= invented & Counter(x)
        missed = want - hit
        row = Counts(tp=sum(hit.values()), fp=sum(invented.values()), fn=sum(missed.values()))
        counts.add(row)
        if (row.fp or row.fn) and len(shown) < examples:
            shown.append(Example(i, text, sorted(missed.elements()), sorted(invented.elements())))
    return Result(counts, len(texts), sum(len(g) for g in gold), shown)


# --------------------------------------------------------------------------------------------
# Systems
# --------------------------------------------------------------------------------------------


def run_baomi(baomi: str, texts: dict[str, list[str]], jobs: int = 2) -> dict[str, list[list[str]]]:
    """PERSON values per sentence, from one ``baomi scan`` over every set's sentence files."""
    predicted: dict[str, list[list[str]]] = {name: [[] for _ in t] for name, t in texts.items()}
    with tempfile.TemporaryDirectory(prefix="baomi-public-ner-") as tmp:
        root = Path(tmp).resolve()
        for name, sents in texts.items():
            folder = root / name
            folder.mkdir()
            for i, text in enumerate(sents):
                (folder / f"{i:06d}.txt").write_text(text + "\n", encoding="utf-8")
        command = [
            *shlex.split(baomi),
            "scan",
            str(root),
            "--format",
            "jsonl",
            "--reveal",
            "--jobs",
            str(jobs),
        ]
        lines = run_baomi_scan(command)
        failed = 0
        for line in lines:
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            rel = Path(record["path"]).resolve().relative_to(root)
            name, index = rel.parts[0], int(rel.stem)
            if record.get("status") != "ok":
                failed += 1
            predicted[name][index] = [
                f["value"] for f in record.get("findings") or [] if f.get("entity_type") == PERSON
            ]
    if failed:
        print(f"warning: {failed} sentence files were not scanned ok", file=sys.stderr)
    return predicted


def run_jieba(texts: Sequence[str]) -> list[list[str]]:
    """jieba.posseg person-name tokens: what a Chinese tokenizer alone would call a name."""
    import logging

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    return [[w.word for w in pseg.cut(t) if w.flag in JIEBA_NAME_FLAGS] for t in texts]


def run_model(texts: Sequence[str]) -> list[list[str]]:
    """The shipped name model alone (``scanner.detect.names``), in process, with no cue logic.

    Famous people are excluded as PersonRecognizer excludes them (``rules/person.yaml``).
    """
    from scanner.detect.names import NameModel
    from scanner.detect.rulepacks import load_rules

    famous = load_rules().person.get("famous") or ()
    model = NameModel.load(exclude=famous)
    return [[span.text for span in model.find(t)] for t in texts]


# --------------------------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------------------------


def _row(set_label: str, system: str, r: Result) -> list[str]:
    c = r.counts
    return [
        set_label,
        system,
        str(r.sentences),
        str(r.gold),
        str(c.tp),
        str(c.fp),
        str(c.fn),
        f"{c.precision:.3f}",
        f"{c.recall:.3f}",
        f"{c.f1:.3f}",
    ]


def table(rows: list[list[str]], markdown: bool) -> str:
    """Rows under one header, aligned for a terminal or as a Markdown table."""
    header = ["set", "system", "sentences", "gold", "TP", "FP", "FN", "precision", "recall", "F1"]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---|---" + "|---:" * (len(header) - 2) + "|"]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(len(r[i]) for r in [header, *rows]) + 2 for i in range(len(header))]
    return "\n".join(
        "".join(
            c.ljust(w) if i < 2 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [header, *rows]
    )


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_examples(title: str, result: Result) -> list[str]:
    """A few disagreements, values shown: these are published sentences, not anyone's records."""
    out = [f"{title}: misses and false alarms (first {len(result.examples)})"]
    for ex in result.examples:
        out.append(f"  #{ex.index:06d} {_clip(ex.text)}")
        if ex.missed:
            out.append(f"      missed: {' '.join(ex.missed)}")
        if ex.invented:
            out.append(f"      false alarm: {' '.join(ex.invented)}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument(
        "--data",
        type=Path,
        required=True,
        help="folder holding the downloaded sets (searched recursively)",
    )
    parser.add_argument("--baomi", default="baomi", help="command that runs baomi")
    parser.add_argument("--limit", type=int, default=0, help="first N sentences of each set")
    parser.add_argument("--markdown", action="store_true", help="results as a Markdown table")
    parser.add_argument("--jieba", action="store_true", help="also score jieba.posseg nr tokens")
    parser.add_argument("--model", action="store_true", help="also score the name model alone")
    parser.add_argument("--no-baomi", action="store_true", help="skip the baomi scan run")
    parser.add_argument("--examples", type=int, default=EXAMPLES, help="errors shown per row")
    args = parser.parse_args(argv)

    names = list(SETS) if args.set == "all" else [args.set]
    loaded: dict[str, list[Sentence]] = {}
    for name in names:
        path, sentences = load_set(SPECS[name], args.data)
        loaded[name] = sentences[: args.limit] if args.limit else sentences
        print(f"{name}: {path} ({len(loaded[name])} sentences)", file=sys.stderr)

    texts = {name: [s.text for s in sents] for name, sents in loaded.items()}
    systems: dict[str, dict[str, list[list[str]]]] = {}
    if not args.no_baomi:
        systems["baomi"] = run_baomi(args.baomi, texts)
    if args.model:
        systems["model"] = {name: run_model(t) for name, t in texts.items()}
    if args.jieba:
        systems["jieba"] = {name: run_jieba(t) for name, t in texts.items()}

    rows: list[list[str]] = []
    details: list[str] = []
    for name in names:
        for group in SPECS[name].groups:
            gold = [s.values(group.labels) for s in loaded[name]]
            ignore = [s.values(group.ignore) for s in loaded[name]] if group.ignore else None
            for system, predicted in systems.items():
                result = score(texts[name], gold, predicted[name], ignore, args.examples)
                label = f"{name} ({group.title})"
                rows.append(_row(label, system, result))
                if group.main:
                    details += ["", *render_examples(f"{label}, {system}", result)]
    print(table(rows, args.markdown))
    if args.examples:
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
