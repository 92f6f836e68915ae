"""Plain Presidio as a command: what a Presidio user would run over a folder of text files.

The whole-process counterpart of ``baomi scan DIR --format jsonl``: start the interpreter, build
:func:`benchmarks.baseline.build_baseline` (spaCy blank ``zh`` + jieba, one ``PatternRecognizer``
per entity, the same entity set), read every file, analyse it and print one JSON line per file
with its findings. ``bench_scale.py`` times it as a subprocess next to the installed ``baomi``.

Each file is analysed in pieces of whole lines of at most ``--piece`` characters (default 2,000):
Presidio's default context enhancer walks the spaCy tokens once per result, so one call over a
large dense file is quadratic, and a user would cut the text. 2,000 is the fastest piece size
measured for the baseline here (``bench_scale.py --pieces`` prints the comparison).

Run: ``python benchmarks/presidio_scan.py FILE_OR_DIR... [--piece N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.baseline import LANGUAGE, build_baseline  # noqa: E402

DEFAULT_PIECE = 2_000


def pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """(offset, text) pieces of whole lines, each at most ``size`` characters unless one line is
    longer."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def files(paths: Sequence[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.is_file())
        else:
            yield p


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--piece", type=int, default=DEFAULT_PIECE)
    args = ap.parse_args(argv)
    engine = build_baseline()
    out = sys.stdout
    for path in files(args.paths):
        text = path.read_text(encoding="utf-8", errors="replace")
        found = []
        for offset, piece in pieces(text, args.piece):
            for r in engine.analyze(piece, language=LANGUAGE):
                found.append(
                    {
                        "entity_type": r.entity_type,
                        "score": round(r.score, 2),
                        "start": offset + r.start,
                        "end": offset + r.end,
                    }
                )
        out.write(json.dumps({"path": str(path), "findings": found}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
