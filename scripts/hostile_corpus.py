"""Peak memory and time of ``baomi scan`` over the hostile-input corpus (issue 10: "peak memory of
the hostile corpus under 500 MB").

The corpus is the issue's hostile files, built here for real (synthetic, nothing downloaded) with
the builders of ``tests/extract/test_hostile_files.py``: a PDF whose 2,000 pages share one
content stream (finding 8), Word documents within the zip-bomb limits — 30 MB of paragraphs,
one paragraph of 20 MB of runs, one of 20 MB of text boxes, 40 MB of XML past the cap —
(finding 8), a billion-laughs DOCTYPE in ``docProps/core.xml`` (13), a text file of 100,000
spaces between a label and its value (4), a spreadsheet of three 1 MiB cells of 32-letter runs
(Apache POI's ``poc-shared-strings.xlsx`` rebuilt, 5), and a PNG that claims 100,000 × 100,000
pixels.

Each file is scanned by the installed ``baomi`` (default limits: ``--file-timeout 120``,
``--file-memory 1024``) in a process of its own; its peak is the largest resident set of that
process and its workers (``wait4``'s ``ru_maxrss``: Linux keeps the largest of a process and the
children it waited for). The corpus's peak is the largest of these.

Run: ``python scripts/hostile_corpus.py [--only NAME] [--jsonl out.jsonl]``. Exit 0 when every
file ends in a record and the peak is under ``--budget-mib`` (500), 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.docmaker import make_docx, make_text  # noqa: E402
from tests.extract.test_hostile_files import (  # noqa: E402
    _LAUGHS,
    _docx_with_big_body,
    _docx_with_one_paragraph_of_runs,
    _docx_with_one_paragraph_of_text_boxes,
    make_letter_runs_xlsx,
    make_shared_stream_pdf,
)


def _laughs(path: Path) -> Path:
    plain = make_docx(
        path.with_suffix(".plain.docx"), paragraphs=["患者身份证号：110101199003074514"]
    )
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = _LAUGHS.encode() if item.filename == "docProps/core.xml" else src.read(item)
            dst.writestr(item, data)
    plain.unlink()
    return path


def _spaces(path: Path) -> Path:
    return make_text(path, "身份证号" + " " * 100_000 + "：110101199003074514\n")


def _png_claiming(path: Path, side: int) -> Path:
    """A small PNG whose header claims ``side`` × ``side`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\0" * 4096)
    data = chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + data)
    return path


CORPUS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "shared-stream.pdf": ("F8", lambda p: make_shared_stream_pdf(p, 2000)),
    "paragraphs-30mb.docx": ("F8", lambda p: _docx_with_big_body(p, 30 * 1024 * 1024)),
    "runs-20mb.docx": ("F8", lambda p: _docx_with_one_paragraph_of_runs(p, 20 * 1024 * 1024)),
    "boxes-20mb.docx": (
        "F8",
        lambda p: _docx_with_one_paragraph_of_text_boxes(p, 20 * 1024 * 1024),
    ),
    "xml-40mb.docx": ("F8", lambda p: _docx_with_big_body(p, 40 * 1024 * 1024)),
    "laughs.docx": ("F13", _laughs),
    "spaces.txt": ("F4", _spaces),
    "letter-runs.xlsx": ("F5", make_letter_runs_xlsx),
    "claims-10gpx.png": ("F8", lambda p: _png_claiming(p, 100_000)),
}


# Run from a fresh small process: Linux counts the RSS a process had when it forked into its
# child's ru_maxrss, and this script holds the files it built
_LAUNCH = """
import resource, subprocess, sys
try:
    subprocess.run(sys.argv[2:], stdout=sys.stdout, stderr=subprocess.DEVNULL,
                   timeout=float(sys.argv[1]))
except subprocess.TimeoutExpired:
    pass
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
"""


def scan_one(path: Path, timeout: float) -> dict[str, object]:
    """``baomi scan PATH --format jsonl`` in a process of its own: record, seconds, peak."""
    baomi = shutil.which("baomi")
    command = [baomi] if baomi else [sys.executable, "-m", "scanner.cli"]
    began = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _LAUNCH,
            str(timeout),
            *command,
            "scan",
            str(path),
            "--format",
            "jsonl",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.monotonic() - began
    records = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    record = next((r for r in records if "path" in r), {})
    return {
        "file": path.name,
        "status": record.get("status", "none"),
        "error": str(record.get("error") or "")[-90:],
        "seconds": round(seconds, 1),
        "peak_mib": int(done.stderr.split()[-1]) // 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", choices=sorted(CORPUS))
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per scan")
    parser.add_argument("--budget-mib", type=int, default=500)
    parser.add_argument("--jsonl", type=Path)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="baomi-hostile-") as tmp:
        for name in args.only or CORPUS:
            finding, make = CORPUS[name]
            path = make(Path(tmp) / name)
            row = {"finding": finding, **scan_one(path, args.timeout)}
            rows.append(row)
            print(
                f"{row['finding']:4} {name:22} {row['status']:8} {row['seconds']:7.1f} s "
                f"{row['peak_mib']:6d} MiB  {row['error']}",
                flush=True,
            )
            path.unlink()
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    peak = max(int(str(r["peak_mib"])) for r in rows)
    unrecorded = [r for r in rows if r["status"] == "none"]
    print(f"peak {peak} MiB (budget {args.budget_mib}); {len(unrecorded)} without a record")
    return 0 if peak < args.budget_mib and not unrecorded else 1


if __name__ == "__main__":
    raise SystemExit(main())
