"""A large share in one ``baomi watch --once`` pass: files per second, peak memory, and that
every secret file ended sealed and recorded — against ``baomi scan`` of the same tree, measured
in the same run.

The share (seeded): ``--files`` documents (default 100,000) in folders of 500, mostly public
leaflets and notices, ``--secret`` of them (default 3 %) secret: follow-up notes, outpatient
records, patient lists. Most are txt/md/csv, each with its own text; about 2 % are docx, xlsx
and pdf copies of a few documents made once (a copy is as much work for the scanner as a new
file, and costs nothing to make).

* ``watch``: the installed ``baomi watch TREE --once`` with its defaults (``--jobs 1``,
  ``--queue-size 10000``) and a fresh store. Wall time, files/s, and peak resident memory of
  the daemon and its workers together (PSS and summed RSS from ``/proc``, every 0.2 s; also
  the largest single process from ``getrusage(RUSAGE_CHILDREN)``).
* baseline ``scan``: ``baomi scan TREE --jobs 1 --format jsonl`` over the same tree before the
  watch pass, output discarded — the detection work alone, no label, seal, claim or index.
* the check: every secret file exists only as ``NAME.baomi`` and each is in the store's
  ``seals``; no public file sealed; no temp file; ``--once`` exited 0 (it exits 3 on a pass
  that did not finish).

Run: ``python benchmarks/bench_large_share.py`` (tens of minutes on 2 cores);
``--quick`` is 2,000 files. Exit 0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from labelers.keys import generate_keypair, write_public_key  # noqa: E402
from tests.docmaker import make_docx, make_pdf, make_xlsx  # noqa: E402

BAOMI = shutil.which("baomi") or "baomi"
MiB = 1024 * 1024
PER_FOLDER = 500
FOLDERS = ["公卫", "门诊", "健康教育", "财务科", "人事科", "院办"]

LEAFLET = (
    "健康教育宣传 第{i}期\n{topic}\n"
    "一、少盐少油，每天食盐不超过5克。\n二、每周运动五次，每次三十分钟。\n"
    "急救电话 120，健康咨询热线 12320。\n"
)
TOPICS = ["高血压的预防", "糖尿病饮食指导", "儿童免疫接种须知", "流感季节防护", "老年人防跌倒"]
NOTICE_MD = "# 通知（第{i}号）\n\n本周四下午开展{topic}义诊活动，地点：卫生院一楼大厅。\n"
PUBLIC_CSV = "日期,活动,参加人数\n2025-03-{d:02d},{topic},{n}\n"
SECRET_TXT = (
    "高血压随访记录 {i}\n患者：刘洋  联系电话：13812345678\n"
    "诊断：原发性高血压，血压 150/95，调整用药。\n"
)
SECRET_MD = (
    "# 门诊病历 {i}\n\n姓名：张伟  性别：男  年龄：45岁\n\n身份证号：11010519491231002X\n\n"
    "主诉：咳嗽三天。初步诊断：上呼吸道感染。\n"
)
SECRET_CSV = (
    "姓名,身份证号,联系电话,诊断\n王秀英,11010519491231002X,13812345678,高血压{i}\n"
    "刘洋,11010519491231002X,13912345678,糖尿病\n陈静,11010519491231002X,13712345678,冠心病\n"
)


@dataclass
class Tree:
    root: Path
    secret: list[Path] = field(default_factory=list)
    public: list[Path] = field(default_factory=list)
    formats: dict[str, int] = field(default_factory=dict)


def templates(folder: Path) -> dict[tuple[str, bool], bytes]:
    """One docx, xlsx and pdf each, public and secret, as bytes to copy."""
    folder.mkdir(parents=True)
    record = [
        "门诊病历",
        "姓名：张伟  性别：男  年龄：45岁",
        "身份证号：11010519491231002X",
        "主诉：咳嗽三天",
        "初步诊断：上呼吸道感染",
    ]
    leaflet = ["健康教育：高血压的预防", "少盐少油，规律运动。", "急救电话 120，健康热线 12320。"]
    made = {
        ("docx", True): make_docx(folder / "s.docx", paragraphs=record, header="某某镇卫生院"),
        ("docx", False): make_docx(folder / "p.docx", paragraphs=leaflet),
        ("xlsx", True): make_xlsx(
            folder / "s.xlsx",
            {
                "患者名单": [
                    ["姓名", "身份证号", "联系电话", "诊断"],
                    ["王秀英", "11010519491231002X", "13812345678", "高血压"],
                    ["刘洋", "11010519491231002X", "13912345678", "糖尿病"],
                    ["陈静", "11010519491231002X", "13712345678", "冠心病"],
                ]
            },
        ),
        ("xlsx", False): make_xlsx(
            folder / "p.xlsx", {"活动": [["日期", "活动", "人数"], ["2025-03-01", "义诊", 40]]}
        ),
        ("pdf", True): make_pdf(folder / "s.pdf", ["\n".join(record)]),
        ("pdf", False): make_pdf(folder / "p.pdf", ["\n".join(leaflet)]),
    }
    return {k: p.read_bytes() for k, p in made.items()}


def build(root: Path, n: int, secret_share: float, seed: int, scratch: Path) -> Tree:
    rng = random.Random(seed)
    binaries = templates(scratch / "templates")
    tree = Tree(root)
    for i in range(n):
        folder = root / FOLDERS[(i // PER_FOLDER) % len(FOLDERS)] / f"{i // PER_FOLDER:04d}"
        if i % PER_FOLDER == 0:
            folder.mkdir(parents=True)
        secret = rng.random() < secret_share
        topic = rng.choice(TOPICS)
        if rng.random() < 0.02:
            fmt = rng.choice(["docx", "xlsx", "pdf"])
            data = binaries[(fmt, secret)]
        else:
            fmt = rng.choice(["txt", "txt", "md", "csv"])
            if secret:
                text = {"txt": SECRET_TXT, "md": SECRET_MD, "csv": SECRET_CSV}[fmt].format(i=i)
            elif fmt == "txt":
                text = LEAFLET.format(i=i, topic=topic)
            elif fmt == "md":
                text = NOTICE_MD.format(i=i, topic=topic)
            else:
                text = PUBLIC_CSV.format(d=i % 28 + 1, topic=topic, n=i % 90 + 10)
            data = text.encode("utf-8")
        path = folder / f"{'资料' if not secret else '记录'}{i:06d}.{fmt}"
        path.write_bytes(data)
        (tree.secret if secret else tree.public).append(path)
        tree.formats[fmt] = tree.formats.get(fmt, 0) + 1
    return tree


def memory_tree(pid: int) -> tuple[int, int]:
    """Resident memory of a process and all its descendants (the workers), in bytes: the sum
    of RSS, and the sum of PSS. The workers are forked from the warmed-up daemon, so their
    unchanged pages are the daemon's: RSS counts those pages once per process, PSS divides
    each shared page among the processes that share it (what the tree costs the machine)."""
    rss = pss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return rss, pss


@dataclass
class Run:
    seconds: float
    peak_rss: int
    peak_pss: int
    code: int


def measured(argv: list[str], env: dict[str, str], log: Path) -> Run:
    """Run a command to the end, sampling the memory of its process tree."""
    peak_rss = peak_pss = 0
    with open(log, "w", encoding="utf-8") as err:
        t = time.perf_counter()
        proc = subprocess.Popen(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL
        )
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_rss, peak_pss
            while not done.wait(0.2):
                rss, pss = memory_tree(proc.pid)
                peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = proc.wait()
        seconds = time.perf_counter() - t
        done.set()
        sampler.join()
    return Run(seconds, peak_rss, peak_pss, code)


def check(tree: Tree, db: Path) -> dict[str, int]:
    store = sqlite3.connect(db)
    recorded = {r[0] for r in store.execute("SELECT sealed_path FROM seals")}
    store.close()
    sealed = [p for p in tree.secret if p.with_name(p.name + ".baomi").exists()]
    return {
        "secret": len(tree.secret),
        "sealed": len(sealed),
        "recorded": sum(str(p.with_name(p.name + ".baomi")) in recorded for p in sealed),
        "seals_in_store": len(recorded),
        "plaintext_secret": sum(p.exists() for p in tree.secret),
        "public_sealed": sum(p.with_name(p.name + ".baomi").exists() for p in tree.public),
        "public_missing": sum(not p.exists() for p in tree.public),
        "temp_files": sum(1 for p in tree.root.rglob("*") if p.name.endswith(".tmp")),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=100_000)
    ap.add_argument("--secret", type=float, default=0.03, help="share of secret files")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="2,000 files (CI)")
    ap.add_argument("--work", type=Path, help="keep the tree and logs here (default: a temp dir)")
    args = ap.parse_args(argv)
    n = 2_000 if args.quick else args.files
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-large-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _run(work, n, args.secret, args.seed)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def _run(work: Path, n: int, secret_share: float, seed: int) -> int:
    key = generate_keypair("bench")
    pub = work / "committee.pub"
    write_public_key(pub, key.public)
    t = time.perf_counter()
    tree = build(work / "share", n, secret_share, seed, work / "scratch")
    made = time.perf_counter() - t
    formats = ", ".join(f"{k} {v}" for k, v in sorted(tree.formats.items()))
    print(f"large share: {n} files ({len(tree.secret)} secret; {formats}), made in {made:.1f} s")

    base_env = {**os.environ, "BAOMI_HOME": str(work / "home-scan"), "BAOMI_DB": ""}
    scan = measured(
        [BAOMI, "scan", str(tree.root), "--jobs", "1", "--format", "jsonl"],
        base_env,
        work / "scan.log",
    )
    # scan exits 1 when it found secrets: that is its answer, not a failure
    if scan.code not in (0, 1):
        print(f"bench_large_share: baomi scan exited {scan.code}; see {work / 'scan.log'}")
        return 1

    home = work / "home-watch"
    env = {**os.environ, "BAOMI_HOME": str(home), "BAOMI_DB": "", "BAOMI_CONFIG": ""}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    watch = measured(
        [BAOMI, "watch", str(tree.root), "--recipient", str(pub), "--once"],
        env,
        work / "watch.log",
    )
    # ru_maxrss is the largest single child so far, in KiB: only meaningful if it grew
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    largest_note = f"{largest / 1024:.0f} MiB" if largest > before else "not above the scan's"
    counts = check(tree, home / "baomi.db")

    print(
        f"baseline: baomi scan --jobs 1 {scan.seconds:.1f} s ({n / scan.seconds:.0f} files/s), "
        f"peak PSS {scan.peak_pss / MiB:.0f} MiB, peak RSS {scan.peak_rss / MiB:.0f} MiB"
    )
    print(
        f"watch --once (defaults: --jobs 1, --queue-size 10000): {watch.seconds:.1f} s "
        f"({n / watch.seconds:.0f} files/s), over the daemon and its workers peak PSS "
        f"{watch.peak_pss / MiB:.0f} MiB, peak RSS summed {watch.peak_rss / MiB:.0f} MiB "
        f"(largest single process {largest_note}), exit {watch.code}"
    )
    print(
        f"ratio: files/s watch/scan {scan.seconds / watch.seconds:.2f}x, "
        f"peak PSS watch/scan {watch.peak_pss / max(scan.peak_pss, 1):.2f}x"
    )
    print(
        f"secret {counts['secret']}: sealed {counts['sealed']}, recorded {counts['recorded']} "
        f"(seals in the store {counts['seals_in_store']}), plaintext left "
        f"{counts['plaintext_secret']}; public sealed {counts['public_sealed']}, public missing "
        f"{counts['public_missing']}; temp files {counts['temp_files']}"
    )
    ok = (
        watch.code == 0
        and counts["sealed"] == counts["recorded"] == counts["seals_in_store"] == counts["secret"]
        and counts["plaintext_secret"] == counts["public_sealed"] == 0
        and counts["public_missing"] == counts["temp_files"] == 0
    )
    if not ok:
        print(f"bench_large_share: the pass was not complete; the daemon's log: {work}/watch.log")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
