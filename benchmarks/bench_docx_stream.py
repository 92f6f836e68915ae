"""Large Word documents: the streaming reader against the python-docx reader it replaced
(issue 10, item 8), seconds and peak memory, each reading in a fresh process.

Documents (made here, synthetic):

* ``large``: 20,000 paragraphs and a 5,000-row table of two columns (about 2.5 MB of XML);
* ``bomb``: a document.xml of 30 MB of 4,000-letter paragraphs in a docx of ~23 MB, under the
  per-part XML cap (32 MiB), the shape that took 5.8 GB and 210 s as a python-docx tree at 300 MB;
* ``runs``: one paragraph of 20 MB of tiny runs, the worst case for the streaming reader (it holds
  one paragraph at a time).

Each reader runs in its own process (``python -c``) so that one's peak does not hide the other's;
the peak is that process's VmHWM growth while reading (Linux), the seconds its wall clock. The two
readers run one after the other on the same file, so machine noise falls on both; the ratio is
the figure to read.

Run: ``python benchmarks/bench_docx_stream.py [--only large]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.extract.test_docx_stream import _big_docx  # noqa: E402
from tests.extract.test_hostile_files import (  # noqa: E402
    _docx_with_big_body,
    _docx_with_one_paragraph_of_runs,
)

_READ = """
import json, sys, time
from pathlib import Path
import docx as _library  # the import is not the reading
from scanner.extract import docx, docxtree

def high_water_kib():
    # VmHWM, not ru_maxrss: that one carries the parent's peak across fork and exec
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

read = {"stream": docx.stream_segments, "tree": docxtree.read_with_python_docx}[sys.argv[1]]
before = high_water_kib()
began = time.perf_counter()
try:
    chars = sum(len(s.text) for s in read(Path(sys.argv[2])))
    outcome = "ok"
except Exception as error:
    chars, outcome = 0, type(error).__name__ + ": " + str(error)[-80:]
print(json.dumps({"seconds": time.perf_counter() - began, "chars": chars, "outcome": outcome,
                  "peak_mib": (high_water_kib() - before) / 1024}))
"""


def read_in_process(reader: str, path: Path, timeout: float) -> dict[str, object]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _READ, reader, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=REPO_ROOT,
        )
    except subprocess.TimeoutExpired:
        return {"outcome": f"over {timeout:g} s"}
    if done.returncode != 0:
        return {"outcome": f"died ({done.returncode}): {done.stderr.strip()[-120:]}"}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _number(value: object) -> float:
    return float(str(value))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=["large", "bomb", "runs"], action="append")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per reading")
    args = parser.parse_args(argv)
    wanted = args.only or ["large", "bomb", "runs"]
    with tempfile.TemporaryDirectory(prefix="baomi-bench-docx-") as tmp:
        folder = Path(tmp)
        makers = {
            "large": lambda p: _big_docx(p, 20_000, 5_000),
            "bomb": lambda p: _docx_with_big_body(p, 30 * 1024 * 1024),
            "runs": lambda p: _docx_with_one_paragraph_of_runs(p, 20 * 1024 * 1024),
        }
        print(f"{'document':8} {'docx MB':>8} {'reader':7} {'seconds':>8} {'peak MiB':>9}  outcome")
        for name in wanted:
            path = makers[name](folder / f"{name}.docx")
            size = path.stat().st_size / 1e6
            rows = {r: read_in_process(r, path, args.timeout) for r in ("stream", "tree")}
            for reader, row in rows.items():
                seconds = row.get("seconds")
                peak = row.get("peak_mib")
                print(
                    f"{name:8} {size:8.1f} {reader:7} "
                    f"{seconds if seconds is None else f'{seconds:8.2f}'} "
                    f"{peak if peak is None else f'{peak:9.1f}'}  {row['outcome']}"
                )
            stream, tree = rows["stream"], rows["tree"]
            if "seconds" in stream and "seconds" in tree:
                time_ratio = _number(tree["seconds"]) / _number(stream["seconds"])
                peak_ratio = _number(tree["peak_mib"]) / max(_number(stream["peak_mib"]), 0.1)
                print(f"{'':8} tree/stream: time {time_ratio:.2f}x, peak {peak_ratio:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
