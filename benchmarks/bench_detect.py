"""Detection throughput on Chinese health-centre text: baomi's engine vs plain Presidio, one run.

docs/design.md ("Performance") asks for characters per second of the whole detection against plain
Presidio set up with the same recognizers, *as a ratio measured in one run* — absolute figures
move with the machine, the ratio much less. So both engines analyse the same texts here, one after
the other, in the same process:

* baomi: ``Detector(load_rules()).analyze(text)`` (overlaps resolved, threshold 0.5);
* baseline: :func:`benchmarks.baseline.build_baseline` ``.analyze(text, language="zh")``.

Texts come from ``benchmarks/corpus.py`` (documents written as txt/md/csv/docx/pdf/xlsx, then read
back with ``scanner.extract.extract`` as a scan would), or, when that module is missing or fails,
from a Faker ``zh_CN`` generator of records, payroll and procurement lines and notices. Each
document's segments are joined the way the scanner's pipeline does (field label in front,
"姓名：张三"). Two shapes are timed:

* ``chunks``: documents packed into texts of about 64 k characters (the pipeline's batch size),
  which measures the engines rather than their per-call costs — this is the headline ratio;
* ``documents``: one call per document, as ``scan_file`` does for small files, where fixed
  per-call costs (spaCy ``Doc``, result objects) weigh more.

Both engines are warmed up with one call and frozen out of the garbage collector's sight
(``gc.freeze``, as a scan's worker does), then each shape is timed best of ``--repeat``, in CPU
seconds (``time.process_time``: the machine is shared).

Run: ``python benchmarks/bench_detect.py [--docs 1500] [--repeat 3] [--entities] [--quick]``.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.baseline import LANGUAGE, build_baseline  # noqa: E402
from scanner.detect.engine import Detector  # noqa: E402
from scanner.detect.rulepacks import load_rules  # noqa: E402
from scanner.detect.validators import gb32100  # noqa: E402
from scanner.extract import extract  # noqa: E402
from scanner.extract.interface import ExtractionError, FileSkipped, Segment  # noqa: E402
from scanner.pipeline import BATCH_CHARS  # noqa: E402

Analyze = Callable[[str], list[Any]]

DEPARTMENTS = ("内科", "外科", "儿科", "妇产科")
COMPLAINTS = ("咳嗽", "发热", "头痛", "腹痛")
DIAGNOSES = ("上呼吸道感染", "高血压病", "2型糖尿病", "急性胃肠炎")


# -- timing --------------------------------------------------------------------------------------
def best_of(
    fn: Callable[[], Any], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> tuple[float, Any]:
    """Best time of ``repeat`` runs and the last result: the least noisy single figure. Wall
    time by default; ``time.process_time`` for CPU time on a loaded machine."""
    best = float("inf")
    result: Any = None
    for _ in range(max(1, repeat)):
        started = clock()
        result = fn()
        best = min(best, clock() - started)
    return best, result


def mchar_s(chars: int, seconds: float) -> float:
    return chars / seconds / 1e6 if seconds > 0 else float("inf")


# -- corpus --------------------------------------------------------------------------------------
def segments_text(segments: Iterable[Segment]) -> str:
    """A document's text as the pipeline hands it to the detector: field label in front."""
    parts = []
    for seg in segments:
        if not seg.text.strip():
            continue
        parts.append(f"{seg.field}：{seg.text}" if seg.field else seg.text)
    return "\n".join(parts)


def corpus_documents(n: int, seed: int, workdir: Path) -> list[str]:
    """Write ``n`` documents with ``benchmarks/corpus.py`` and read them back as a scan would."""
    from benchmarks.corpus import generate

    generate(workdir, n, seed, "all")
    texts = []
    for path in sorted(workdir.rglob("*")):
        if not path.is_file() or path.name == "truth.jsonl":
            continue
        try:
            _, segments = extract(path)
            text = segments_text(segments)
        except (ExtractionError, FileSkipped):
            continue
        if text:
            texts.append(text)
    return texts


class FakerText:
    """Health-centre text from Faker ``zh_CN``: the fallback corpus and the format benchmark's
    content. Values carry valid check digits (Faker's resident IDs and card numbers do; credit
    codes are completed here with baomi's own validator) so validators keep them, as real ones."""

    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self.rng = random.Random(seed)

    def name(self) -> str:
        return str(self.fake.name())

    def address(self) -> str:
        f = self.fake
        return (
            f"{f.province()}{f.city()}{f.district()}区{f.street_name()}"
            f"{self.rng.randint(1, 300)}号{self.rng.randint(1, 6)}单元"
            f"{self.rng.randint(101, 1802)}室"
        )

    def uscc(self) -> str:
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = (
            f"91{self.rng.choice(('33', '11', '44', '51'))}{self.rng.randint(0, 9999):04d}"
            + "".join(self.rng.choice(chars) for _ in range(9))
        )
        return next(body + c for c in chars if gb32100(body + c))

    def record(self) -> list[str]:
        f, r = self.fake, self.rng
        return [
            f"姓名：{self.name()}  性别：{r.choice('男女')}  年龄：{r.randint(1, 90)}岁",
            f"身份证号：{f.ssn()}  联系电话：{f.phone_number()}",
            f"现住址：{self.address()}",
            f"门诊号：MZ{r.randint(2020, 2024)}{r.randint(0, 999999):06d}  "
            f"科别：{r.choice(DEPARTMENTS)}",
            f"主诉：{r.choice(COMPLAINTS)}{r.randint(1, 9)}天。{f.sentence(nb_words=12)}",
            f"诊断：{r.choice(DIAGNOSES)}。{f.paragraph(nb_sentences=3)}",
            f"医师签名：{self.name()}  日期：{f.date()}",
        ]

    def payroll_line(self, i: int) -> str:
        return (
            f"{i}\t{self.name()}\t{self.fake.credit_card_number()}\t"
            f"{self.rng.randint(3000, 12000)}.{self.rng.randint(0, 99):02d}"
        )

    def procurement_line(self) -> str:
        f = self.fake
        return (
            f"供应商：{f.company()}  统一社会信用代码：{self.uscc()}  联系人：{self.name()}  "
            f"电话：{f.phone_number()}  金额：{self.rng.randint(1000, 99999)}元  "
            f"订单号：{f.ean13()}"
        )

    def notice(self) -> list[str]:
        f = self.fake
        return [
            f"关于开展{f.word()}工作的通知",
            f.paragraph(nb_sentences=6),
            f"咨询电话：0570-{self.rng.randint(2000000, 8999999)}，卫生热线 12320。",
            f"{f.date()}",
        ]

    def document(self) -> str:
        kind = self.rng.choice(("record", "record", "payroll", "procurement", "notice"))
        if kind == "record":
            return "\n".join(self.record())
        if kind == "payroll":
            head = ["序号\t姓名\t工资卡号\t实发金额"]
            return "\n".join(
                head + [self.payroll_line(i) for i in range(1, self.rng.randint(10, 40))]
            )
        if kind == "procurement":
            return "\n".join(self.procurement_line() for _ in range(self.rng.randint(3, 12)))
        return "\n".join(self.notice())


def faker_documents(n: int, seed: int) -> list[str]:
    gen = FakerText(seed)
    return [gen.document() for _ in range(n)]


def pack(texts: Sequence[str], size: int = BATCH_CHARS) -> list[str]:
    """Join documents into texts of about ``size`` characters, as the pipeline batches segments."""
    chunks: list[str] = []
    current: list[str] = []
    length = 0
    for text in texts:
        current.append(text)
        length += len(text) + 1
        if length >= size:
            chunks.append("\n".join(current))
            current, length = [], 0
    if current:
        chunks.append("\n".join(current))
    return chunks


def load_corpus(source: str, n: int, seed: int, workdir: Path) -> tuple[list[str], str]:
    """The documents and a line saying where they came from."""
    if source in ("auto", "corpus"):
        try:
            docs = corpus_documents(n, seed, workdir)
            return docs, f"benchmarks/corpus.py ({n} documents, seed {seed}, all formats)"
        except Exception as exc:  # noqa: BLE001 - any failure of a sibling module: fall back
            if source == "corpus":
                raise
            print(
                f"note: benchmarks/corpus.py unavailable ({type(exc).__name__}: {exc}); "
                "using Faker zh_CN",
                file=sys.stderr,
            )
    return faker_documents(n, seed), f"Faker zh_CN fallback ({n} documents, seed {seed})"


# -- measuring -----------------------------------------------------------------------------------
@dataclass
class Row:
    engine: str
    shape: str
    calls: int
    chars: int
    seconds: float
    findings: Counter[str]

    @property
    def rate(self) -> float:
        return mchar_s(self.chars, self.seconds)


def run_shape(engine: str, analyze: Analyze, shape: str, texts: Sequence[str], repeat: int) -> Row:
    def once() -> Counter[str]:
        found: Counter[str] = Counter()
        for text in texts:
            found.update(r.entity_type for r in analyze(text))
        return found

    # CPU seconds: on the shared machine the wall clock measures the neighbours as well
    seconds, found = best_of(once, repeat, time.process_time)
    return Row(engine, shape, len(texts), sum(map(len, texts)), seconds, found)


def print_rows(rows: Sequence[Row]) -> None:
    print(
        f"{'engine':18} {'shape':10} {'calls':>6} {'chars':>10} {'best s':>8} {'Mchar/s':>8} "
        f"{'findings':>9}"
    )
    for r in rows:
        print(
            f"{r.engine:18} {r.shape:10} {r.calls:6d} {r.chars:10,d} {r.seconds:8.3f} "
            f"{r.rate:8.3f} {sum(r.findings.values()):9d}"
        )


def print_findings(ours: Counter[str], theirs: Counter[str]) -> None:
    """Per entity type: the two engines should find the same order of things, or the speed
    comparison compares different work."""
    print(f"\n{'entity':22} {'baomi':>7} {'baseline':>9}")
    for entity in sorted(set(ours) | set(theirs)):
        print(f"{entity:22} {ours[entity]:7d} {theirs[entity]:9d}")
    a, b = sum(ours.values()), sum(theirs.values())
    if a and b and not 0.5 <= a / b <= 2:
        print(f"note: findings differ by more than 2x ({a} vs {b}); the engines do different work")


def _process_all(nlp: Any, chunks: Sequence[str]) -> list[Any]:
    return [nlp.process_text(text, LANGUAGE) for text in chunks]


def _recognize_all(rec: Any, ents: list[str], chunks: Sequence[str], artifacts: list[Any]) -> None:
    for text, art in zip(chunks, artifacts, strict=True):
        rec.analyze(text, ents, art)


def time_recognizers(detector: Detector, baseline: Any, chunks: Sequence[str], repeat: int) -> None:
    """Each recognizer alone, on NLP artifacts computed beforehand, plus the NLP engine itself.

    Says where each engine spends its time: a ratio alone does not tell which part to work on.
    """
    chars = sum(map(len, chunks))
    print(f"\nper recognizer ({chars:,d} chars in {len(chunks)} chunks; NLP artifacts precomputed)")
    print(f"{'engine':10} {'recognizer':28} {'best s':>8} {'Mchar/s':>9}")
    for label, analyzer in (("baomi", detector.analyzer), ("baseline", baseline)):
        seconds, artifacts = best_of(partial(_process_all, analyzer.nlp_engine, chunks), repeat)
        # baomi's artifacts are lazy (tokens only when a recognizer asks): nothing to time.
        rate = f"{mchar_s(chars, seconds):9.3f}" if seconds > 1e-3 else f"{'lazy':>9}"
        print(f"{label:10} {'(nlp engine)':28} {seconds:8.3f} {rate}")
        recognizers: list[Any] = analyzer.registry.get_recognizers(LANGUAGE, all_fields=True)
        for rec in recognizers:
            targets = [list(rec.supported_entities)]
            if len(rec.supported_entities) > 1:
                targets += [[e] for e in rec.supported_entities]
            for ents in targets:
                run = partial(_recognize_all, rec, ents, chunks, artifacts)
                seconds, _ = best_of(run, repeat)
                name = str(rec.name) if len(ents) > 1 else f"{rec.name}[{ents[0]}]"
                print(f"{label:10} {name[:28]:28} {seconds:8.3f} {mchar_s(chars, seconds):9.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1500, help="documents in the corpus")
    parser.add_argument("--repeat", type=int, default=3, help="timed repetitions (best is kept)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--source",
        choices=("auto", "corpus", "faker"),
        default="auto",
        help="auto: benchmarks/corpus.py, Faker when it is unavailable",
    )
    parser.add_argument("--entities", action="store_true", help="also time each recognizer alone")
    parser.add_argument("--quick", action="store_true", help="small corpus, one repetition (CI)")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.repeat = min(args.docs, 60), 1

    with tempfile.TemporaryDirectory(prefix="baomi-bench-detect-") as tmp:
        docs, origin = load_corpus(args.source, args.docs, args.seed, Path(tmp))
    chunks = pack(docs)
    chars = sum(map(len, docs))
    print(
        f"corpus: {origin}: {len(docs)} texts, {chars:,d} chars; "
        f"{len(chunks)} chunks of ~{BATCH_CHARS // 1000}k chars"
    )

    started = time.perf_counter()
    detector = Detector(load_rules())
    detector.warm_up()  # jieba's dictionary, as the baseline's spaCy pipeline loads it at build
    detector.analyze(docs[0])
    print(f"setup: baomi {time.perf_counter() - started:.2f} s", end="")
    started = time.perf_counter()
    baseline = build_baseline()
    baseline.analyze(docs[0], language=LANGUAGE)
    print(f", presidio-baseline {time.perf_counter() - started:.2f} s (build + warm-up call)\n")
    # what both engines built stays for the run: out of the collector's sight, as in a scan's
    # worker (scanner/runner.py), so that its passes do not walk the models again and again
    gc.freeze()

    engines: list[tuple[str, Analyze]] = [
        ("baomi", detector.analyze),
        ("presidio-baseline", lambda t: baseline.analyze(t, language=LANGUAGE)),
    ]
    rows = [
        run_shape(name, fn, shape, texts, args.repeat)
        for shape, texts in (("chunks", chunks), ("documents", docs))
        for name, fn in engines
    ]
    print_rows(rows)
    print_findings(rows[0].findings, rows[1].findings)
    if args.entities:
        time_recognizers(detector, baseline, chunks, args.repeat)

    print()
    for ours, theirs in ((rows[0], rows[1]), (rows[2], rows[3])):
        label = "detect" if ours.shape == "chunks" else "detect (one call per document)"
        print(
            f"{label}: baomi {ours.rate:.2f} Mchar/s, presidio-baseline {theirs.rate:.2f} Mchar/s, "
            f"ratio {ours.rate / theirs.rate:.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
