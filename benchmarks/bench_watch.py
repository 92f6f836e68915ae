"""The daemon's speed: latency, a burst, and the cost of a reconciliation walk, each against a
named baseline measured in the same run.

* ``latency``: a 1 MB secret docx is copied into a watched folder (write, close); the time until
  its ``NAME.baomi`` appears, median and p95 over N files, with the installed ``baomi watch``
  (inotify, the defaults: taken on its close-after-write once unchanged for ``--close-settle``
  0.3 s with no writer holding it open; and once more with ``--close-settle 0.1``). Baseline:
  protecting the same document in-process (scan + label + seal + record), i.e. the work itself;
  the ratio says what waiting for the file to be complete adds. ``--against OLD_BAOMI`` runs an
  earlier version's daemon beside them; all the daemons take turns file by file, so a shared
  machine's load falls on each alike.
* ``burst``: N secret documents dropped into the tree at once (default 5,000); every one must be
  sealed exactly once, none missed; time to drain. Baseline: ``baomi protect DIR`` over an
  identical copy of the same files (one batch run, same ``--jobs``). With ``--against
  OLD_BAOMI`` the earlier daemon drains its own identical copy first, then this one.
* ``reconcile``: the walk the daemon makes at start-up and every 15 minutes, over a tree of
  unchanged files it already knows (default 100,000), per file; baseline: a bare recursive
  ``os.scandir`` walk of the same tree, and the same walk with one ``stat`` per file (the floor
  for noticing a change).

The burst also prints CPU seconds per file (the daemon's own process and its workers, read
from ``/proc``; ``protect``'s from its rusage, start-up included): the load-independent figure.
``--profile FILE`` records the daemon and its workers with py-spy (raw stacks) during the burst:
every thread's wall clock (``--idle``), or only what runs on a CPU with
``BENCH_PROFILE_ON_CPU=1``.

Run: ``python benchmarks/bench_watch.py [--part latency|burst|reconcile|all] [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from labelers.keys import generate_keypair, write_public_key  # noqa: E402
from tests.docmaker import make_docx, make_text  # noqa: E402

BAOMI = shutil.which("baomi") or "baomi"
RECORD = [
    "门诊病历",
    "姓名：王秀英  性别：女  年龄：52岁  门诊号：MZ2025{i:05d}",
    "身份证号：11010519491231002X  联系电话：13812345678",
    "主诉：反复头晕两周，伴乏力。既往高血压病史十年，规律服药。",
    "初步诊断：原发性高血压2级；处理：调整降压方案，两周后复诊。",
]


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a live process and its live descendants, from ``/proc``:
    the daemon and its workers, the load-independent figure on a shared machine."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def proc_cpu(pid: int) -> float:
    """CPU seconds of one process alone (the daemon without its workers)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def wait_for(cond: Callable[[], bool], timeout: float, what: str, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise SystemExit(f"bench_watch: timed out waiting for {what}")
        time.sleep(step)


class Daemon:
    """``baomi watch`` as a subprocess, with its own state dir and store."""

    def __init__(self, work: Path, root: Path, pub: Path, *extra: str, baomi: str = BAOMI) -> None:
        self.state = work / "state"
        self.env = {**os.environ, "BAOMI_HOME": str(work / "home")}
        self.proc = subprocess.Popen(
            [
                baomi,
                "watch",
                str(root),
                "--recipient",
                str(pub),
                "--state-dir",
                str(self.state),
                *extra,
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: self.status().get("reconciliations", 0) >= 1, 60, "the daemon to start")

    def status(self) -> dict:
        try:
            return json.loads((self.state / "status.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def idle(self) -> bool:
        s = self.status()
        return bool(s) and not (s["queue_length"] or s["in_flight"] or s["pending"])

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=120)


def make_big_docx(path: Path, target_bytes: int) -> Path:
    """A patient record with enough narrative (incompressible-ish random Chinese) to reach
    about ``target_bytes`` — one paragraph per line, as long notes are typed."""
    import random

    rng = random.Random(7)
    lines = [line.format(i=1) for line in RECORD]
    # deflate squeezes random 汉字 (3 UTF-8 bytes, ~14 bits of entropy) to about 60 %
    chars = int(target_bytes / 3 / 0.6)
    per_line = 400
    notes = [
        "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(per_line))
        for _ in range(chars // per_line)
    ]
    return make_docx(path, paragraphs=lines + notes)


def latency(work: Path, pub: Path, samples: int, against: str | None = None) -> None:
    from scanner.detect.rulepacks import load_rules
    from scanner.pipeline import Scanner
    from scanner.store import Store
    from scanner.workflows.protect import SEALED, Protector

    work.mkdir(parents=True, exist_ok=True)
    source = make_big_docx(work / "big.docx", 1_000_000)
    size_mb = source.stat().st_size / 1e6
    data = source.read_bytes()
    # baseline: the work itself, in-process
    os.environ["BAOMI_HOME"] = str(work / "home-inproc")
    scanner = Scanner(load_rules())
    scanner.detector.warm_up()
    inproc: list[float] = []
    key = generate_keypair("bench")
    with Store.open(f"sqlite:///{work / 'inproc.db'}") as store:
        protector = Protector(rules=scanner.rules, recipients=[key.public], store=store)
        folder = work / "inproc"
        folder.mkdir()
        for i in range(samples):
            target = folder / f"病历{i}.docx"
            target.write_bytes(data)
            t = time.perf_counter()
            rec = protector.protect(scanner.scan_file(target))
            inproc.append(time.perf_counter() - t)
            assert rec.action == SEALED, rec
    base = statistics.median(inproc)
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(
        f"latency (load average {load}): a {size_mb:.2f} MB docx, {samples} files, "
        "close → NAME.baomi "
        f"(baseline: protect in-process, median {base * 1000:.0f} ms)"
    )
    print(f"{'daemon settings':<34} {'median':>8} {'p95':>8} {'median/baseline':>16}")
    settings: list[tuple[str, str, tuple[str, ...]]] = [
        ("default (--close-settle 0.3)", BAOMI, ()),
        ("--close-settle 0.1", BAOMI, ("--close-settle", "0.1")),
    ]
    if against:
        settings.append((f"default, {Path(against).name} (before)", against, ()))
    # All daemons run at once, each on its own share, and take turns file by file: a load
    # that comes and goes on a shared machine falls on every setting alike.
    daemons = []
    try:
        for n, (_label, baomi, extra) in enumerate(settings):
            run = work / f"lat-{n}"
            root = run / "share"
            root.mkdir(parents=True)
            daemons.append((root, Daemon(run, root, pub, *extra, baomi=baomi)))
        times: list[list[float]] = [[] for _ in settings]
        for i in range(samples):
            for (root, daemon), out in zip(daemons, times, strict=True):
                target = root / f"病历{i}.docx"
                sealed = root / f"病历{i}.docx.baomi"
                with open(target, "wb") as fh:
                    fh.write(data)
                t = time.perf_counter()  # the close is the moment the file is complete
                wait_for(sealed.exists, 120, f"{sealed.name}", step=0.005)
                out.append(time.perf_counter() - t)
                wait_for(daemon.idle, 60, "the daemon to be idle")
    finally:
        for _root, daemon in daemons:
            daemon.stop()
    for (label, _baomi, _extra), got in zip(settings, times, strict=True):
        got.sort()
        med = statistics.median(got)
        p95 = got[min(len(got) - 1, int(round(0.95 * (len(got) - 1))))]
        print(f"{label:<34} {med:>7.2f}s {p95:>7.2f}s {med / base:>15.1f}x")


def burst(
    work: Path,
    pub: Path,
    n: int,
    jobs: int,
    profile: Path | None = None,
    against: str | None = None,
) -> None:
    """``baomi protect`` over the notes, then the daemon draining them dropped in at once; with
    ``against``, that daemon (an earlier version's console script) drains an identical copy
    first, then this one, so the two share the machine's load."""
    staging = work / "staging"
    staging.mkdir(parents=True)
    for i in range(n):
        make_text(
            staging / f"随访{i:05d}.txt",
            f"高血压随访记录\n患者：陈静{i}  联系电话："
            "13812345678\n诊断：原发性高血压，调整用药。\n",
        )
    # baseline: baomi protect over an identical copy
    batch = work / "batch"
    shutil.copytree(staging, batch)
    copies = []
    for k in range(2 if against else 1):
        copy = work / f"copy{k}"
        shutil.copytree(staging, copy)
        copies.append(copy)
    env = {**os.environ, "BAOMI_HOME": str(work / "home-batch")}
    cpu0 = children_cpu()
    t = time.perf_counter()
    subprocess.run(
        [
            BAOMI,
            "protect",
            str(batch),
            "--recipient",
            str(pub),
            "--jobs",
            str(jobs),
            "--format",
            "jsonl",
        ],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    t_batch = time.perf_counter() - t
    cpu_batch = children_cpu() - cpu0  # start-up included (about 2 s of CPU)
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"burst: {n} secret files dropped at once, --jobs {jobs} (load average {load})")
    print(f"  baomi protect over the same files {t_batch:.1f} s ({n / t_batch:.0f} files/s)")
    runs = [(f"{Path(against).name} (before)", against)] if against else []
    runs.append(("this daemon", BAOMI))
    for k, (label, baomi) in enumerate(runs):
        _drain(work / f"d{k}", copies[k], pub, n, jobs, label, baomi, t_batch, cpu_batch, profile)


def _drain(
    work: Path,
    staging: Path,
    pub: Path,
    n: int,
    jobs: int,
    label: str,
    baomi: str,
    t_batch: float,
    cpu_batch: float,
    profile: Path | None,
) -> None:
    # the daemon: drop the whole folder in at once (one rename, as a copy tool's last step)
    root = work / "share"
    root.mkdir(parents=True)
    daemon = Daemon(work, root, pub, "--jobs", str(jobs), baomi=baomi)
    pid = daemon.proc.pid
    spy = None
    if profile is not None:
        # py-spy samples every thread of the daemon and its workers (``--subprocesses``);
        # raw folded stacks, so the split per phase can be summed with grep
        spy = subprocess.Popen(
            [
                "py-spy",
                "record",
                "--pid",
                str(pid),
                "--subprocesses",
                *([] if os.environ.get("BENCH_PROFILE_ON_CPU") else ["--idle"]),
                "--threads",
                "--format",
                "raw",
                "--rate",
                "200",
                "-o",
                str(profile),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
    try:
        cpu_all0, cpu_own0 = tree_cpu(pid), proc_cpu(pid)
        t = time.perf_counter()
        os.rename(staging, root / "incoming")
        incoming = root / "incoming"
        wait_for(
            lambda: daemon.idle() and not any(p.suffix == ".txt" for p in incoming.iterdir()),
            3600,
            "the burst to drain",
            step=0.2,
        )
        t_drain = time.perf_counter() - t
        cpu_all, cpu_own = tree_cpu(pid) - cpu_all0, proc_cpu(pid) - cpu_own0
        status = daemon.status()
    finally:
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            spy.wait(60)
        daemon.stop()
    sealed = sorted(p.name for p in incoming.iterdir())
    expected = sorted(f"随访{i:05d}.txt.baomi" for i in range(n))
    missed = len(set(expected) - set(sealed))
    extra = len(set(sealed) - set(expected))
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"  {label} (load average {load}):")
    print(
        f"  daemon drained in {t_drain:.1f} s ({n / t_drain:.0f} files/s); "
        f"baomi protect over the same files {t_batch:.1f} s ({n / t_batch:.0f} files/s); "
        f"ratio {t_batch / t_drain:.2f}x"
    )
    print(
        f"  CPU per file: daemon {cpu_all / n * 1000:.1f} ms (its own process "
        f"{cpu_own / n * 1000:.1f} ms, workers {(cpu_all - cpu_own) / n * 1000:.1f} ms); "
        f"baomi protect {cpu_batch / n * 1000:.1f} ms; ratio {cpu_batch / cpu_all:.2f}x"
    )
    writes = status.get("store_writes")
    if writes and writes.get("batches"):
        print(
            f"  store: {writes['writes']} writes (claims, seal intents, records) in "
            f"{writes['batches']} transactions of the daemon's writer = "
            f"{writes['batches'] / n:.2f} commits per file, "
            f"{writes['writes'] / writes['batches']:.1f} writes per commit"
        )
    print(
        f"  sealed {len(sealed)}, missed {missed}, doubled/unexpected {extra}, "
        f"dropped events {status.get('dropped_events')}, errors {status.get('errors')}"
    )
    if missed or extra:
        raise SystemExit("bench_watch: the burst was not processed exactly once")


def _scandir_walk(root: str, with_stat: bool) -> int:
    n = 0
    stack = [root]
    while stack:
        with os.scandir(stack.pop()) as it:
            for entry in it:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                else:
                    if with_stat:
                        entry.stat(follow_symlinks=False)
                    n += 1
    return n


def reconcile_cost(work: Path, n: int) -> None:
    from scanner.watch.events import stat_key
    from scanner.watch.index import FileIndex, version_of
    from scanner.watch.reconcile import reconcile
    from scanner.workflows.policy import load_policy

    root = work / "tree"
    per_dir = 1000
    for d in range((n + per_dir - 1) // per_dir):
        folder = root / f"科室{d:03d}"
        folder.mkdir(parents=True)
        for i in range(min(per_dir, n - d * per_dir)):
            (folder / f"文件{i:04d}.txt").write_bytes(b"x")
    policy = load_policy({}, [root])
    index = FileIndex(work / "index.sqlite")
    for folder in root.iterdir():
        for f in folder.iterdir():
            index.put(str(f), version_of(os.lstat(f)), None, "not-secret")

    def submit(path: str, origin: str) -> bool:
        # what the daemon does for each walked file (Daemon.submit's unchanged path)
        if policy.share_for(Path(path)) is None:
            return False
        st = stat_key(path)
        return st is not None and not index.unchanged(path, st)

    counts = []

    def walk_once() -> None:
        rec = reconcile(
            [root], wants=policy.wants, submit=submit, index=index, stopping=lambda: False
        )
        counts.append((rec.files_seen, rec.enqueued))

    t_rec = best(walk_once)
    t_bare = best(lambda: _scandir_walk(str(root), False))
    t_stat = best(lambda: _scandir_walk(str(root), True))
    seen, enqueued = counts[-1]
    assert seen == n and enqueued == 0, (seen, enqueued)
    print(f"reconcile: {n} unchanged files the index knows, best of 3")
    print(
        f"  reconciliation {t_rec:.2f} s = {t_rec / n * 1e6:.1f} µs/file; bare os.scandir "
        f"{t_bare:.2f} s = {t_bare / n * 1e6:.1f} µs/file (ratio {t_rec / t_bare:.1f}x); "
        f"scandir + stat {t_stat:.2f} s = {t_stat / n * 1e6:.1f} µs/file "
        f"(ratio {t_rec / t_stat:.1f}x)"
    )
    index.close()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["latency", "burst", "reconcile", "all"], default="all")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="small sizes for a CI smoke run (5 latency samples, 200-file burst, 5,000-file walk)",
    )
    ap.add_argument("--samples", type=int, default=20)
    ap.add_argument("--burst", type=int, default=5000)
    ap.add_argument("--files", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument(
        "--profile", type=Path, help="burst: py-spy's raw stacks of the daemon and its workers"
    )
    ap.add_argument(
        "--against",
        help="latency, burst: another baomi console script (an earlier version) run side by side",
    )
    args = ap.parse_args(argv)
    if args.quick:
        args.samples, args.burst, args.files = 5, 200, 5000
    with tempfile.TemporaryDirectory(prefix="baomi-bench-watch-") as tmp:
        work = Path(tmp)
        key = generate_keypair("committee")
        pub = work / "committee.pub"
        write_public_key(pub, key.public)
        if args.part in ("reconcile", "all"):
            reconcile_cost(work / "r", args.files)
        if args.part in ("latency", "all"):
            latency(work / "l", pub, args.samples, args.against)
        if args.part in ("burst", "all"):
            burst(work / "b", pub, args.burst, args.jobs, args.profile, args.against)
    return 0


if __name__ == "__main__":
    sys.exit(main())
