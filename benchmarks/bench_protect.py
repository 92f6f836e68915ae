"""``protect`` speed in files per second for docx, xlsx, pdf and txt, next to plain AES-256-GCM
(the limit).

What an operator sees when ``baomi protect`` first runs over a share is files per second: each
secret document is scanned, labeled (a labeled copy is written), sealed, verified (decrypted again
and compared), renamed into place, recorded in the store (SQLite, with its audit events) and the
original removed. Three figures per format, over the same files in the same run:

* ``protect``: the whole sequence, scanning included (``Scanner.scan_file`` + ``Protector``);
* ``label+seal``: the same minus scanning (results scanned beforehand), i.e. what protecting
  costs on top of the scan the daemon does anyway;
* ``AES-GCM``: the limit — read each file, encrypt it with AES-256-GCM in the same 64 KiB chunks
  under a fresh key, write it beside the original, fsync, rename, remove the original: the
  least any crash-safe sealing could do.

The ratio printed is baomi's files/s over AES-GCM's files/s (≤ 1; higher is better). Also
printed: this process's CPU time per file of ``label+seal``, the original read once (a snapshot)
against the previous path (the labeler and the intent's hash each reading the share's file),
files taking turns in one run; ``baomi protect``'s own path (``run_protect`` over the runner:
the scan in a forked worker) in files/s, the worker's snapshot handed to this process against
this process reading the original again, in alternating rounds; and how many times ``baomi
protect`` reads each original (bytes read over its size, from :mod:`benchmarks.bench_reads`).

Run: ``python benchmarks/bench_protect.py [--files 60] [--quick]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from labelers.keys import generate_keypair  # noqa: E402
from labelers.seal import DEFAULT_CHUNK_SIZE  # noqa: E402
from scanner.detect.rulepacks import load_rules  # noqa: E402
from scanner.fsutil import fsync_dir  # noqa: E402
from scanner.pipeline import Scanner  # noqa: E402
from scanner.store import Store  # noqa: E402
from scanner.workflows.protect import SEALED, Protector  # noqa: E402
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx  # noqa: E402

RECORD = [
    "门诊病历",
    "姓名：{name}  性别：女  年龄：52岁  门诊号：MZ20250{i:04d}",
    "身份证号：11010519491231002X  联系电话：13812345678",
    "主诉：反复头晕两周，伴乏力。既往高血压病史十年，规律服药。",
    "查体：血压 150/95 mmHg，心率 78 次/分，双肺呼吸音清。",
    "初步诊断：原发性高血压2级；处理：调整降压方案，两周后复诊。",
]


FORMATS = ("docx", "xlsx", "pdf", "txt")


def make_files(folder: Path, fmt: str, n: int, stem: str = "病历") -> list[Path]:
    """``n`` secret documents of ``fmt`` named ``{stem}0000.{fmt}`` …"""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lines = [line.format(name=f"王秀英{i % 7}", i=i) for line in RECORD] * 6
        p = folder / f"{stem}{i:04d}.{fmt}"
        if fmt == "docx":
            make_docx(p, paragraphs=lines, header="某某镇卫生院")
        elif fmt == "pdf":
            make_pdf(p, ["\n".join(lines[:18]), "\n".join(lines[18:])])
        elif fmt == "xlsx":
            rows: list[list[object]] = [["姓名", "身份证号", "联系电话", "诊断"]]
            rows += [
                [f"王秀英{i}{r}", "11010519491231002X", "13812345678", "原发性高血压2级"]
                for r in range(40)
            ]
            make_xlsx(p, {"门诊病人名单": rows})
        else:
            make_text(p, "\n".join(lines) + "\n")
        paths.append(p)
    return paths


def aes_gcm_files(paths: Sequence[Path]) -> None:
    """The limit: chunked AES-256-GCM, crash-safe replace, nothing else."""
    for src in paths:
        aead = AESGCM(AESGCM.generate_key(bit_length=256))
        tmp = src.with_name(f".{src.name}.aes.tmp")
        with open(src, "rb") as fin, open(tmp, "wb") as fout:
            counter = 0
            while chunk := fin.read(DEFAULT_CHUNK_SIZE):
                fout.write(aead.encrypt(counter.to_bytes(12, "big"), chunk, None))
                counter += 1
            fout.flush()
            os.fsync(fout.fileno())
        os.replace(tmp, src.with_name(src.name + ".aes"))
        fsync_dir(src.parent)
        src.unlink()
        fsync_dir(src.parent)


def timed(fn: Callable[[], None]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def run(fmt: str, n: int, work: Path, scanner: Scanner, protector: Protector) -> dict[str, float]:
    source = work / f"src-{fmt}"
    files = make_files(source, fmt, n)
    size = sum(p.stat().st_size for p in files)

    def fresh(name: str) -> list[Path]:
        dest = work / f"{name}-{fmt}"
        shutil.copytree(source, dest)
        return sorted(p for p in dest.iterdir())

    full = fresh("full")

    def protect_all() -> None:
        for p in full:
            rec = protector.protect(scanner.scan_file(p))
            assert rec.action == SEALED, (rec.action, rec.error)

    t_full = timed(protect_all)
    only = fresh("only")
    results = [scanner.scan_file(p) for p in only]

    def seal_all() -> None:
        for r in results:
            rec = protector.protect(r)
            assert rec.action == SEALED, (rec.action, rec.error)

    t_seal = timed(seal_all)
    once, twice = seal_cpu_both_ways(fresh("cpu"), scanner, protector)
    cmd_once, cmd_twice = command_both_ways(fresh("cmd"), scanner, protector)
    plain = fresh("aes")
    t_aes = timed(lambda: aes_gcm_files(plain))
    return {
        "files": n,
        "mib": size / 2**20,
        "full": n / t_full,
        "seal": n / t_seal,
        "aes": n / t_aes,
        "once_ms": once,
        "twice_ms": twice,
        "cmd_once": cmd_once,
        "cmd_twice": cmd_twice,
    }


def command_both_ways(
    paths: Sequence[Path], scanner: Scanner, protector: Protector, rounds: int = 4
) -> tuple[float, float]:
    """Files/s of ``baomi protect``'s own path (:func:`run_protect` over the runner: the scan in
    a forked worker, label + seal + record in this process), with the worker's snapshot handed
    to this process (each original read once) and the previous way (the worker's snapshot
    dropped, this process reading the original again) — in alternating rounds over slices of
    the files, so the machine's load falls on both alike."""
    import io

    from scanner.runner import ScanSettings, scan_candidates, scan_candidates_kept
    from scanner.walk import Candidate
    from scanner.workflows.protect import run_protect

    scanner.read_once = True
    spent = {True: 0.0, False: 0.0}
    count = {True: 0, False: 0}
    step = max(1, len(paths) // (2 * rounds))
    slices = [paths[i : i + step] for i in range(0, len(paths), step)]
    try:
        for i, chunk in enumerate(slices):
            kept = i % 2 == 0
            settings = ScanSettings(keep_snapshots=kept)

            def scan(todo: list[Candidate], kept: bool = kept, settings: ScanSettings = settings):
                if kept:
                    return scan_candidates_kept(todo, settings, scanner=scanner)
                return ((r, None) for r in scan_candidates(todo, settings, scanner=scanner))

            out = io.StringIO()
            t = time.perf_counter()
            summary = run_protect(
                candidates=[Candidate(p) for p in chunk],
                protector=protector,
                scan=scan,
                fmt="jsonl",
                out=out,
                verbose=False,
            )
            spent[kept] += time.perf_counter() - t
            count[kept] += len(chunk)
            assert summary.actions[SEALED] == len(chunk), out.getvalue()
    finally:
        scanner.read_once = False
    return count[True] / spent[True], count[False] / max(spent[False], 1e-9)


def seal_cpu_both_ways(
    paths: Sequence[Path], scanner: Scanner, protector: Protector
) -> tuple[float, float]:
    """This process's CPU ms per file of label + seal + record, the original read once (a
    snapshot) and the previous way (no snapshot: the labeler reads the share's file, the
    intent's hash reads it again) — taking turns file by file, so the machine's load falls on
    both alike."""
    from scanner import fsutil

    results = [scanner.scan_file(p) for p in paths]
    spent = {True: 0.0, False: 0.0}
    count = {True: 0, False: 0}
    memfd = fsutil._HAS_MEMFD
    try:
        for i, result in enumerate(results):
            way = bool(i % 2) and memfd
            fsutil._HAS_MEMFD = way
            cpu = time.process_time()
            rec = protector.protect(result)
            spent[way] += time.process_time() - cpu
            count[way] += 1
            assert rec.action == SEALED, (rec.action, rec.error)
    finally:
        fsutil._HAS_MEMFD = memfd
    return (
        1000 * spent[True] / max(1, count[True]),
        1000 * spent[False] / max(1, count[False]),
    )


def reads_per_file(fmt: str, n: int, work: Path) -> tuple[float, float] | None:
    """How often ``baomi protect`` reads each original: bytes read from it over its size, and
    how many times it is opened, from ``strace`` of the installed command over ``n`` files
    (:mod:`benchmarks.bench_reads`). None without strace."""
    from benchmarks.bench_reads import measure
    from labelers.keys import write_public_key

    pub = work / f"reads-{fmt}.pub"
    write_public_key(pub, generate_keypair("reads").public)
    got = measure(fmt, n, work, pub, "protect")
    return None if got is None else (got.ratio, got.opens)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=60, help="files per format (default 60)")
    ap.add_argument("--quick", action="store_true", help="8 files per format (CI smoke run)")
    args = ap.parse_args(argv)
    n = 8 if args.quick else args.files
    with tempfile.TemporaryDirectory(prefix="baomi-bench-protect-") as tmp:
        work = Path(tmp)
        os.environ["BAOMI_HOME"] = str(work / "home")
        scanner = Scanner(load_rules())
        scanner.detector.warm_up()
        key = generate_keypair("committee")
        with Store.open(f"sqlite:///{work / 'bench.db'}") as store:
            protector = Protector(rules=scanner.rules, recipients=[key.public], store=store)
            rows = [(fmt, run(fmt, n, work, scanner, protector)) for fmt in FORMATS]
        reads = {fmt: reads_per_file(fmt, min(n, 10), work) for fmt in FORMATS}
    print(f"protect, {n} files per format (files/s; ratio = baomi / plain AES-256-GCM)")
    print(
        f"{'format':<6} {'MiB':>6} {'protect':>9} {'label+seal':>11} {'AES-GCM':>9} "
        f"{'protect/AES':>12} {'label+seal/AES':>15}"
    )
    for fmt, r in rows:
        print(
            f"{fmt:<6} {r['mib']:>6.1f} {r['full']:>9.1f} {r['seal']:>11.1f} {r['aes']:>9.1f} "
            f"{r['full'] / r['aes']:>11.3f}x {r['seal'] / r['aes']:>14.3f}x"
        )
    print(
        "CPU per file of label+seal+record (this process, files taking turns): read once "
        "(snapshot) vs the previous path (the labeler and the intent's hash read the share)"
    )
    for fmt, r in rows:
        print(
            f"{fmt}: {r['once_ms']:.1f} ms vs {r['twice_ms']:.1f} ms = "
            f"{r['once_ms'] / r['twice_ms']:.2f}x"
        )
    print(
        "baomi protect's own path (scan in a forked worker, label+seal+record here), files/s: "
        "the worker's snapshot handed over (read once) vs this process reading the original "
        "again (before), in alternating rounds"
    )
    for fmt, r in rows:
        print(
            f"{fmt}: {r['cmd_once']:.1f} vs {r['cmd_twice']:.1f} files/s = "
            f"{r['cmd_once'] / r['cmd_twice']:.2f}x"
        )
    for fmt, got in reads.items():
        if got is None:
            print(
                f"{fmt}: reads per file not measured (needs strace, ptrace and the baomi command)"
            )
        else:
            print(
                f"{fmt}: baomi protect reads each original {got[0]:.2f}x its size, "
                f"opening it {got[1]:.1f} times (strace -ff -y, {min(n, 10)} files)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
