"""How often ``baomi protect`` and the daemon read each original, per format.

For docx, xlsx, pdf and txt: N secret documents are protected by the installed command under
``strace -ff -y`` (every process, every descriptor shown with its path), once with
``baomi protect DIR`` and once with ``baomi watch DIR --once`` (the daemon's one pass: its
workers hash, claim, scan, label and seal each file). Printed per format and command:

* bytes read from the originals ÷ their size (the baseline: 1.00× is reading each once);
* how many times each original is opened (by name or through ``/proc/self/fd``);
* ``read``/``pread64`` calls on the originals per file.

Only the originals count: baomi's own copies (a labeled copy, a sealed file in the making, an
in-memory snapshot) are other files. Needs strace and ptrace (not allowed in some containers:
then nothing is measured and the script says so).

Run: ``python benchmarks/bench_reads.py [--files 10] [--formats docx,pdf]``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_protect import FORMATS, make_files  # noqa: E402
from labelers.keys import generate_keypair, write_public_key  # noqa: E402


@dataclass
class Reads:
    ratio: float  # bytes read from the originals / their size
    opens: float  # opens per original
    calls: float  # read/pread64 calls per original


_CALL = re.compile(r"(?:read|pread64)\(\d+<([^>]*)>.*\) = (\d+)$")
_OPEN = re.compile(r"openat\(.*\) = \d+<([^>]*)>$")


def traced(argv: list[str], sizes: dict[str, int], home: Path, trace: Path) -> Reads | None:
    strace = shutil.which("strace")
    if strace is None:
        return None
    done = subprocess.run(
        # -ff: one trace per process, so no call is split over two lines by another's
        [strace, "-ff", "-y", "-qq", "-e", "trace=read,pread64,openat", "-o", str(trace), *argv],
        env={**os.environ, "BAOMI_HOME": str(home)},
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    traces = sorted(trace.parent.glob(trace.name + ".*"))
    if done.returncode not in (0, 3) or not traces:
        return None
    nbytes = dict.fromkeys(sizes, 0)
    opens = dict.fromkeys(sizes, 0)
    calls = dict.fromkeys(sizes, 0)
    lines = (line for t in traces for line in t.read_text(errors="replace").splitlines())
    for line in lines:
        if m := _CALL.search(line):
            path = m.group(1).removesuffix(" (deleted)")
            if path in nbytes:
                nbytes[path] += int(m.group(2))
                calls[path] += 1
        elif m := _OPEN.search(line):
            path = m.group(1).removesuffix(" (deleted)")
            if path in opens:
                opens[path] += 1
    n = len(sizes)
    return Reads(
        sum(nbytes.values()) / sum(sizes.values()),
        sum(opens.values()) / n,
        sum(calls.values()) / n,
    )


def measure(fmt: str, n: int, work: Path, pub: Path, command: str) -> Reads | None:
    folder = work / f"{command}-{fmt}" / "share"
    files = make_files(folder, fmt, n, stem="rec")  # ASCII: strace escapes other bytes
    sizes = {str(p): p.stat().st_size for p in files}
    baomi = shutil.which("baomi") or "baomi"
    if command == "protect":
        argv = [baomi, "protect", str(folder), "--recipient", str(pub), "--format", "jsonl"]
    else:
        argv = [baomi, "watch", str(folder), "--recipient", str(pub), "--once"]
    return traced(argv, sizes, work / f"home-{command}-{fmt}", work / f"{command}-{fmt}.strace")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=10, help="files per format (default 10)")
    ap.add_argument("--formats", default=",".join(FORMATS))
    args = ap.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]
    with tempfile.TemporaryDirectory(prefix="baomi-bench-reads-") as tmp:
        work = Path(tmp)
        pub = work / "committee.pub"
        write_public_key(pub, generate_keypair("committee").public)
        print(
            f"bytes read from each original / its size (1.00x = read once), opens and read "
            f"calls per original; strace -ff -y, {args.files} files per format"
        )
        print(f"{'format':<6} {'command':<8} {'read/size':>10} {'opens':>6} {'reads':>6}")
        for fmt in formats:
            for command in ("protect", "watch"):
                got = measure(fmt, args.files, work, pub, command)
                if got is None:
                    print(f"{fmt:<6} {command:<8} not measured (needs strace and ptrace)")
                    continue
                print(
                    f"{fmt:<6} {command:<8} {got.ratio:>9.2f}x {got.opens:>6.1f} {got.calls:>6.1f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
