"""Whole-process speed against plain Presidio on dense and on sparse text, start-up, ``--jobs``.

Issue 13 asks for figures measured in one run, as ratios (the machine is shared and noisy):

* **dense** text: patient lists, a patient on every line (name, resident ID, phone, address,
  record number) — what rosters and payroll look like, where the work per finding dominates;
* **sparse** text: notices and minutes, prose with an entity now and then, where the work per
  character dominates.

For each corpus (``--files`` text files of about ``--kchars`` thousand characters):

* ``whole process``: the installed ``baomi scan DIR --format jsonl --jobs 1`` against
  ``python benchmarks/presidio_scan.py DIR`` (plain Presidio, :mod:`benchmarks.baseline`), each a
  fresh process timed by the wall clock, start-up included, net of nothing;
* ``in process``: ``Detector.analyze`` against the baseline's ``analyze`` on the same texts (the
  baseline in its 2,000-character pieces, baomi in the pipeline's 64 k batches), both warmed up
  and then frozen out of the garbage collector's sight (``gc.freeze``, as a scan's worker does),
  in CPU seconds;

Whole-process figures are printed as wall clock and as CPU seconds of the process tree: on the
shared machine the wall clock measures the neighbours' load as much as the program.
* peak resident memory of the largest baomi process (``ru_maxrss`` of the children).

Then ``--jobs 2`` against ``--jobs 1`` on 300 small documents, on one large file and on both
(the large file last in the walk): wall clock, also net of a one-file scan's time (the imports
and rules no number of jobs shortens), with the CPU seconds of each process of the tree (which
one the run waits for); and start-up: ``baomi scan`` of one small file against ``python -c
"import presidio_analyzer"`` and against the same import with the garbage collector paused and
frozen as baomi's start-up does (scanner/startup.py: the floor under baomi's own work), ``baomi
--help`` against ``python -c "import click"``; the start-up commands are run in turn, best of
each.

``--only memory``: the peak proportional set size (``/proc/PID/smaps_rollup``, so pages shared
after the fork count once) of each process of ``baomi scan --jobs 1`` and ``--jobs 2`` of one
``--big-kchars`` dense file and of four dense files of 500 k characters.

Run: ``python benchmarks/bench_scale.py [--files 12] [--kchars 100] [--repeat 3] [--quick]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_detect import FakerText, best_of  # noqa: E402
from benchmarks.presidio_scan import DEFAULT_PIECE, pieces  # noqa: E402

PRESIDIO_SCAN = str(Path(__file__).resolve().parent / "presidio_scan.py")
TOPICS = ("家庭医生签约", "慢性病随访", "预防接种", "健康教育", "院感防控", "药品采购")


class Texts(FakerText):
    def dense_line(self, i: int) -> str:
        r = self.rng
        return (
            f"{i}\t{self.name()}\t{r.choice('男女')}\t{self.fake.ssn()}\t"
            f"{self.fake.phone_number()}\t{self.address()}\t"
            f"ZY{r.randint(2020, 2025)}{r.randint(0, 999999):06d}"
        )

    def dense(self, chars: int) -> str:
        lines = ["序号\t姓名\t性别\t身份证号\t联系电话\t现住址\t住院号"]
        size = 0
        while size < chars:
            line = self.dense_line(len(lines))
            lines.append(line)
            size += len(line) + 1
        return "\n".join(lines) + "\n"

    def sparse(self, chars: int) -> str:
        f, r = self.fake, self.rng
        parts = [f"关于做好{r.choice(TOPICS)}工作的通知"]
        size = 0
        while size < chars:
            para = f.paragraph(nb_sentences=r.randint(4, 9))
            if r.random() < 0.08:
                para += f"联系人：{self.name()}，电话{f.phone_number()}。"
            parts.append(para)
            size += len(para) + 1
        return "\n".join(parts) + "\n"


def make_corpus(kind: str, folder: Path, files: int, chars: int, seed: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    gen = Texts(seed)
    total = 0
    for i in range(files):
        text = gen.dense(chars) if kind == "dense" else gen.sparse(chars)
        (folder / f"{kind}-{i:03d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


PRESIDIO_GC = "import gc; gc.disable(); import presidio_analyzer; gc.freeze(); gc.enable()"


def baomi() -> list[str]:
    exe = shutil.which("baomi", path=str(Path(sys.executable).parent)) or shutil.which("baomi")
    return [exe] if exe else [sys.executable, "-m", "scanner.cli"]


#: CPU seconds (user + system) of the last command and its waited-for children, best of repeat:
#: on a shared machine under load the wall clock measures the neighbours, CPU time the work
last_cpu = 0.0


def _children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def run_wall(cmd: Sequence[str], repeat: int) -> float:
    """Best wall time of ``repeat`` runs of a command (and its best CPU time in ``last_cpu``);
    output discarded, failure raised."""
    global last_cpu
    best = cpu = float("inf")
    for _ in range(max(1, repeat)):
        before = _children_cpu()
        started = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        took = time.perf_counter() - started
        if proc.returncode not in (0, 1):  # baomi: 1 = secrets found
            raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}): {proc.stderr.decode()[-800:]}")
        best = min(best, took)
        cpu = min(cpu, _children_cpu() - before)
    last_cpu = cpu
    return best


#: CPU seconds of each process of the best run of :func:`run_tree`, the command's own first
last_tree: list[float] = []
_TICK = os.sysconf("SC_CLK_TCK")


def _proc_cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as fh:
                kids = [int(k) for k in fh.read().split()]
        except (OSError, ValueError):
            continue
        found.extend(kids)
        todo.extend(kids)
    return found


def run_tree(cmd: Sequence[str], repeat: int) -> float:
    """:func:`run_wall`, polling /proc every 20 ms for the CPU time of each process of the tree
    (a worker's last 20 ms may be missed): which process the run waits for, on a machine where
    the wall clock is the neighbours'. Per-process figures of the best run in ``last_tree``."""
    global last_cpu, last_tree
    best = cpu = float("inf")
    for _ in range(max(1, repeat)):
        before = _children_cpu()
        seen: dict[int, float] = {}
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while proc.poll() is None:
            for pid in (proc.pid, *_descendants(proc.pid)):
                used = _proc_cpu(pid)
                if used is not None:
                    seen[pid] = max(seen.get(pid, 0.0), used)
            time.sleep(0.02)
        took = time.perf_counter() - started
        err = proc.stderr.read() if proc.stderr else b""
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}): {err.decode()[-800:]}")
        if took < best:
            best = took
            last_tree = [seen.get(proc.pid, 0.0)] + [v for k, v in seen.items() if k != proc.pid]
        cpu = min(cpu, _children_cpu() - before)
    last_cpu = cpu
    return best


def _pss_mib(pid: int) -> float | None:
    """Proportional set size of one process (pages shared after a fork count once, split
    between the processes that share them), MiB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def peak_pss(cmd: Sequence[str]) -> list[float]:
    """Run a command once, polling every 20 ms the proportional set size of each process of its
    tree; the peak of each, the command's own first, then the others largest first (a peak
    shorter than 20 ms may be missed)."""
    seen: dict[int, float] = {}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while proc.poll() is None:
        for pid in (proc.pid, *_descendants(proc.pid)):
            pss = _pss_mib(pid)
            if pss is not None:
                seen[pid] = max(seen.get(pid, 0.0), pss)
        time.sleep(0.02)
    err = proc.stderr.read() if proc.stderr else b""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}): {err.decode()[-800:]}")
    own = seen.pop(proc.pid, 0.0)
    return [own, *sorted(seen.values(), reverse=True)]


def peak_child_mib() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _autogroup() -> bool:
    try:
        with open("/proc/sys/kernel/sched_autogroup_enabled", encoding="ascii") as fh:
            return fh.read().strip() == "1"
    except OSError:
        return False


def _shares(tree: Sequence[float]) -> str:
    return " ".join(f"{c:.2f}" for c in tree if c >= 0.01)


def in_process(folder: Path, repeat: int) -> tuple[float, float]:
    """CPU seconds of baomi's detector and of the baseline over the folder's texts."""
    from benchmarks.baseline import LANGUAGE, build_baseline
    from scanner.detect.engine import Detector
    from scanner.detect.rulepacks import load_rules
    from scanner.pipeline import BATCH_CHARS

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
    detector = Detector(load_rules())
    detector.warm_up()
    baseline = build_baseline()
    ours = [piece for t in texts for _, piece in pieces(t, BATCH_CHARS)]
    theirs = [piece for t in texts for _, piece in pieces(t, DEFAULT_PIECE)]
    detector.analyze(ours[0])
    baseline.analyze(theirs[0], language=LANGUAGE)
    # As a scan's worker does (scanner/runner.py): what was built before the work is frozen out
    # of the collector's sight, so neither side's passes walk its models and rules again (on
    # the dense corpus they were ~18 % of baomi's CPU here, and no part of a real scan)
    gc.freeze()
    cpu = time.process_time
    t_ours, _ = best_of(lambda: [detector.analyze(t) for t in ours], repeat, cpu)
    t_theirs, _ = best_of(lambda: [baseline.analyze(t, language=LANGUAGE) for t in theirs], 1, cpu)
    return t_ours, t_theirs


def _note_bytecode() -> None:
    """Say so when baomi's modules will be compiled from source in every timed process.

    pip compiles an installed wheel's bytecode; an editable checkout run with
    PYTHONDONTWRITEBYTECODE=1 and no __pycache__ compiles ~100 modules per process (~60 ms),
    which the bare ``import presidio_analyzer`` (installed, compiled) does not pay.
    """
    import importlib.util

    import scanner.cli

    source = Path(str(scanner.cli.__file__))
    if not Path(importlib.util.cache_from_source(str(source))).exists():
        print(
            "note: baomi's modules have no bytecode here (PYTHONDONTWRITEBYTECODE?): each "
            "process compiles them from source; `python -m compileall scanner labelers rules` "
            "measures start-up as installed"
        )


#: what a one-file ``baomi scan`` does before and after it reads its file, phase by phase, in a
#: fresh process (``--phases-child FILE``): CPU seconds of each, JSON on the last line
_PHASE_NAMES = (
    "cli",  # interpreter extras, click, scanner.cli (what --help also pays)
    # import presidio_analyzer (spaCy, pydantic, its recognizers) as baomi scan does: collector
    # paused, the predefined recognizers' patterns not compiled (scanner.startup)
    "presidio",
    "baomi_imports",  # scanner.cli.scan and what it imports (pipeline, recognizers, classify)
    "rules",  # load_rules: the YAML rule packs, their checks
    "detector",  # Detector(): the recognizers' regular expressions, Presidio's registry/engine
    "classifier",  # Classifier(): vocabularies, category rules
    "first_file",  # walk, extract, detect, classify, render one small file
    # not paid by a one-file scan; --jobs N pays these once in the parent before it forks
    "jieba_import",
    "jieba_dict",  # jieba's prefix dictionary from baomi's cache (scanner.detect.jiebadict)
    "jieba_tags",  # jieba.posseg's word-tag table from the same cache
    "name_model",
    # never paid by a scan: Presidio's spaCy pipeline, built only for a site's own recognizer
    "spacy_blank",
)


#: run as ``python -c`` (this module imports Presidio and baomi itself): argv[1] the file,
#: argv[2] "quick" to end by ``os._exit`` as ``baomi scan`` does
_PHASES_CHILD = """
import gc, json, os, sys, time
import re._compiler as compiler
from pathlib import Path

start = time.process_time()
cpu = {}
regex = [0.0, 0]
original = compiler.compile


def counted(p, flags=0):
    t = time.process_time()
    try:
        return original(p, flags)
    finally:
        regex[0] += time.process_time() - t
        regex[1] += 1


def mark(name):
    global start
    now = time.process_time()
    cpu[name] = now - start
    start = now


gc.disable()
import scanner.cli
mark("cli")
from scanner.startup import import_presidio
import_presidio()  # as baomi scan imports it (scanner/startup.py)
mark("presidio")
compiler.compile = counted
from scanner.cli.scan import run_scan
from scanner.detect.classify import Classifier
from scanner.detect.engine import Detector
from scanner.detect.rulepacks import load_rules
from scanner.output.jsonlines import render_line
from scanner.pipeline import Scanner
from scanner.walk import WalkStats, walk
mark("baomi_imports")
rules = load_rules()
mark("rules")
Detector(rules)
mark("detector")
Classifier(rules.categories)
mark("classifier")
scanner = Scanner(rules)  # from the regex cache: what the two above did not build
[cand] = walk((Path(sys.argv[1]),), WalkStats())
render_line(scanner.scan_candidate(cand), False)
mark("first_file")
compiler.compile = original
import jieba
mark("jieba_import")
from scanner.detect import jiebadict
jiebadict.ready()
mark("jieba_dict")
jiebadict.posseg()
mark("jieba_tags")
scanner.detector.warm_up()
mark("name_model")
scanner.detector.analyzer.nlp_engine.nlp
mark("spacy_blank")
gc.freeze()
print(json.dumps({"cpu": cpu, "regex": {"seconds": regex[0], "count": regex[1]}}), flush=True)
if sys.argv[2] == "quick":
    os._exit(0)
"""


def startup_phases(repeat: int) -> None:
    """Median CPU of each phase over ``repeat`` fresh processes, the regular expressions
    compiled before the first file's record, and the interpreter's teardown at exit (the same
    process ended by ``sys.exit`` and by ``os._exit``)."""
    folder = Path(tempfile.mkdtemp(prefix="baomi-bench-phases-"))
    small = folder / "small.txt"
    small.write_text("患者姓名：张伟，联系电话13812345678\n", encoding="utf-8")
    runs: dict[str, list[float]] = {name: [] for name in _PHASE_NAMES}
    totals: dict[bool, list[float]] = {True: [], False: []}
    compiled: list[tuple[float, int]] = []
    try:
        for _ in range(max(1, repeat)):
            for quick in (False, True):
                cmd = [sys.executable, "-c", _PHASES_CHILD, str(small)]
                before = _children_cpu()
                done = subprocess.run(
                    [*cmd, "quick" if quick else "normal"],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                totals[quick].append(_children_cpu() - before)
                answer = json.loads(done.stdout.strip().splitlines()[-1])
                for name, took in answer["cpu"].items():
                    runs[name].append(took)
                compiled.append((answer["regex"]["seconds"], answer["regex"]["count"]))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    med = {name: statistics.median(v) for name, v in runs.items()}
    first = ("cli", "presidio", "baomi_imports", "rules", "detector", "classifier", "first_file")
    print(
        "startup phases (CPU s, median of "
        f"{len(runs['cli'])} processes): "
        + ", ".join(f"{name} {med[name]:.3f}" for name in first)
        + f" | baomi's own before the record {sum(med[n] for n in first[2:]):.3f}, of which "
        f"regular expressions compiled {statistics.median(c[0] for c in compiled):.3f} "
        f"({int(statistics.median(c[1] for c in compiled))} compiles)"
    )
    teardown = statistics.median(totals[False]) - statistics.median(totals[True])
    print(
        "startup phases a one-file scan does not pay (--jobs N pays them once before forking): "
        + ", ".join(f"{name} {med[name]:.3f}" for name in _PHASE_NAMES[len(first) : -1])
        + f" | never paid by a scan: spaCy blank zh pipeline {med['spacy_blank']:.3f} | "
        f"interpreter teardown at exit of all that (sys.exit vs os._exit, CPU s of the process): "
        f"{teardown:.3f}"
    )


def importtime_top(n: int = 8) -> None:
    """``python -X importtime`` of what ``baomi scan`` imports after ``presidio_analyzer``:
    baomi's modules' own time (their bodies: regexes compiled at import, dataclasses) and the
    largest of them."""
    code = (
        "import gc; gc.disable(); import click, presidio_analyzer, sys; "
        "sys.stderr.write('=====\\n'); import scanner.cli.scan"
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    )
    rows = []
    for line in done.stderr.split("=====\n", 1)[-1].splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].startswith("import time:"):
            rows.append((int(parts[0].split(":")[1]), parts[2].strip()))
    ours = sum(us for us, name in rows if name.startswith("scanner"))
    other = sum(us for us, name in rows if not name.startswith("scanner"))
    top = sorted(rows, reverse=True)[:n]
    print(
        f"importtime after presidio_analyzer: baomi's modules {ours / 1e3:.1f} ms, others "
        f"{other / 1e3:.1f} ms; largest: " + ", ".join(f"{name} {us / 1e3:.1f}" for us, name in top)
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=12, help="files per corpus")
    ap.add_argument("--kchars", type=int, default=100, help="thousand characters per file")
    ap.add_argument("--repeat", type=int, default=3, help="timed repetitions (best is kept)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", choices=("corpora", "jobs", "memory", "startup"), action="append")
    ap.add_argument("--big-kchars", type=int, default=4000, help="the one large file of --jobs")
    ap.add_argument("--baomi", help="command that runs baomi (default: the installed script)")
    ap.add_argument("--quick", action="store_true", help="small corpora, one repetition (CI)")
    args = ap.parse_args(argv)
    if args.quick:
        args.files, args.kchars, args.repeat = 1, 10, 1
    only = set(args.only or ("corpora", "jobs", "memory", "startup"))
    work = Path(tempfile.mkdtemp(prefix="baomi-bench-scale-"))
    command = args.baomi.split() if args.baomi else baomi()
    scan = [*command, "scan", "--format", "jsonl"]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    if _autogroup():
        print(
            "note: the kernel shares CPU per session (sched_autogroup): while other sessions "
            "are busy this run's processes share one session's slice, so --jobs ratios in wall "
            "time are capped near 1x; read the CPU seconds per process"
        )
    try:
        if "corpora" in only:
            for kind in ("dense", "sparse"):
                folder = work / kind
                chars = make_corpus(kind, folder, args.files, args.kchars * 1000, args.seed)
                t_b = run_wall([*scan, "--jobs", "1", str(folder)], args.repeat)
                c_b = last_cpu
                mem = peak_child_mib()
                t_p = run_wall([sys.executable, PRESIDIO_SCAN, str(folder)], 1)
                c_p = last_cpu
                i_b, i_p = in_process(folder, args.repeat)
                print(
                    f"{kind}: {args.files} files, {chars:,} chars | whole process: baomi "
                    f"{t_b:.2f} s ({c_b:.2f} s CPU), presidio {t_p:.2f} s ({c_p:.2f} s CPU), "
                    f"ratio {t_p / t_b:.1f}x wall, {c_p / c_b:.1f}x CPU | in process: "
                    f"baomi {chars / i_b / 1e6:.2f} Mchar/s, presidio {chars / i_p / 1e6:.3f} "
                    f"Mchar/s, ratio {i_p / i_b:.1f}x | peak RSS so far {mem:.0f} MiB"
                )
        if "jobs" in only:
            many = work / "many"
            gen = Texts(args.seed + 1)
            many.mkdir()
            n_many = 10 if args.quick else 300
            for i in range(n_many):
                text = gen.dense(1500) if i % 2 else gen.sparse(1500)
                (many / f"doc-{i:03d}.txt").write_text(text, encoding="utf-8")
            big = work / "big"
            make_corpus(
                "dense", big, 1, (200 if args.quick else args.big_kchars) * 1000, args.seed + 2
            )
            # The fixed cost no number of jobs shortens (imports, rules): a one-file scan.
            one = big / "one.txt"
            one.write_text("患者姓名：张伟，联系电话13812345678\n", encoding="utf-8")
            t0 = run_wall([*scan, "--jobs", "1", str(one)], args.repeat)
            c0 = last_cpu
            # the documents with a large roster last in the walk: the file whose worker is
            # given helpers while the other worker may still be finishing a small one
            mixed = work / "mixed"
            shutil.copytree(many, mixed)
            shutil.copy(big / "dense-000.txt", mixed / "zz-large.txt")
            shapes = [
                (f"{n_many} documents", many),
                ("one large file", big / "dense-000.txt"),
                (f"{n_many} documents and a large one last", mixed),
            ]
            for label, target in shapes[:1] if args.quick else shapes:
                t1 = run_tree([*scan, "--jobs", "1", str(target)], args.repeat)
                c1, tree1 = last_cpu, last_tree
                t2 = run_tree([*scan, "--jobs", "2", str(target)], args.repeat)
                c2, tree2 = last_cpu, last_tree
                net = (t1 - t0) / (t2 - t0) if t2 > t0 else float("nan")
                print(
                    f"jobs: {label}: --jobs 1 {t1:.2f} s ({c1:.2f} s CPU), --jobs 2 {t2:.2f} s "
                    f"({c2:.2f} s CPU), {t1 / t2:.2f}x | net of a one-file scan ({t0:.2f} s, "
                    f"{c0:.2f} s CPU): {net:.2f}x | CPU s per process, parent first: jobs 1 "
                    f"{_shares(tree1)}; jobs 2 {_shares(tree2)}"
                )
        if "memory" in only:
            # Peak memory per process on one large dense file (a finding every ~20 characters)
            # and on the dense corpus: what one worker holds for the file it scans.
            big = work / "memory-big"
            make_corpus(
                "dense", big, 1, (200 if args.quick else args.big_kchars) * 1000, args.seed + 2
            )
            corpus = work / "memory-dense"
            make_corpus("dense", corpus, 4, (50 if args.quick else 500) * 1000, args.seed)
            for label, target in (
                ("one large dense file", big / "dense-000.txt"),
                ("4 dense files", corpus),
            ):
                for jobs in ("1", "2"):
                    runs = [
                        peak_pss([*scan, "--jobs", jobs, str(target)])
                        for _ in range(1 if args.quick else max(1, args.repeat))
                    ]
                    largest = sorted(runs, key=lambda r: max(r[1:], default=0.0))[len(runs) // 2]
                    print(
                        f"memory: {label}, --jobs {jobs}: peak PSS MiB per process, parent "
                        f"first (median run of {len(runs)} by the largest worker): "
                        + " ".join(f"{m:.0f}" for m in largest if m >= 1)
                    )
        if "startup" in only:
            _note_bytecode()
            small = work / "small.txt"
            small.write_text("患者姓名：张伟，联系电话13812345678\n", encoding="utf-8")
            reps = 1 if args.quick else max(args.repeat, 5)
            cpus: dict[str, list[float]] = {}
            walls: dict[str, list[float]] = {}
            commands = {
                "scan": [*scan, str(small)],
                "presidio": [sys.executable, "-c", "import presidio_analyzer"],
                # the same import with the collector treated as baomi treats it at start-up
                # (scanner/startup.py): the floor baomi's own work stands on
                "presidio_gc": [sys.executable, "-c", PRESIDIO_GC],
                "help": [*command, "--help"],
                "click": [sys.executable, "-c", "import click"],
            }
            # round-robin: a burst of load on the shared machine then falls on every command
            # alike instead of on whichever was being timed
            for _ in range(reps):
                for key, cmd in commands.items():
                    took = run_wall(cmd, 1)
                    walls.setdefault(key, []).append(took)
                    cpus.setdefault(key, []).append(last_cpu)
            med = {k: statistics.median(v) for k, v in cpus.items()}
            best = {k: min(v) for k, v in cpus.items()}
            wall = {k: min(v) for k, v in walls.items()}
            print(
                f"startup (CPU s of the process tree, median | best of {reps}, run in turn): "
                f"baomi scan one small file {med['scan']:.3f} | {best['scan']:.3f}, import "
                f"presidio_analyzer {med['presidio']:.3f} | {best['presidio']:.3f}: ratio "
                f"{med['scan'] / med['presidio']:.2f}x | {best['scan'] / best['presidio']:.2f}x "
                f"(target <= 1.10x; wall, best: {wall['scan'] / wall['presidio']:.2f}x) | the "
                f"import with the collector paused and frozen {med['presidio_gc']:.3f}: ratio "
                f"{med['scan'] / med['presidio_gc']:.2f}x | baomi --help {med['help']:.3f} | "
                f"{best['help']:.3f}, import click {med['click']:.3f} | {best['click']:.3f}: "
                f"ratio {med['help'] / med['click']:.2f}x | {best['help'] / best['click']:.2f}x "
                f"(target <= 2x)"
            )
            if not args.quick:
                startup_phases(reps)
                importtime_top()
        print(f"peak RSS of the largest baomi/presidio process: {peak_child_mib():.0f} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
