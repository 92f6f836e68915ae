"""Person-name precision/recall of ``baomi scan`` on the hand-written passages beside this file.

Reuses ``benchmarks/public_ner.py``: one ``baomi scan`` over one file per passage, exact-string
multiset matching per passage. A famous person in a leaflet (``public``) costs nothing either
way: finding them is no false alarm, missing them is no miss.

Run: ``python benchmarks/names_dev/score.py [--baomi CMD] [--errors]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from public_ner import run_baomi, score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baomi", default="baomi")
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in (HERE / "passages.jsonl").read_text("utf-8").splitlines()]
    texts = [r["text"] for r in rows]
    predicted = run_baomi(args.baomi, {"names_dev": texts})["names_dev"]
    for group in ("health", "decoy", None):
        keep = [i for i, r in enumerate(rows) if group is None or r["group"] == group]
        result = score(
            [texts[i] for i in keep],
            [rows[i]["names"] for i in keep],
            [predicted[i] for i in keep],
            [rows[i]["public"] for i in keep],
            examples=10_000,
        )
        c = result.counts
        p = c.tp / (c.tp + c.fp) if c.tp + c.fp else 1.0
        r = c.tp / (c.tp + c.fn) if c.tp + c.fn else 1.0
        label = group or "all"
        print(
            f"{label:7} passages {len(keep):3}  gold {result.gold:3}  tp {c.tp:3}  fp {c.fp:3}  "
            f"fn {c.fn:3}  P {p:.3f}  R {r:.3f}"
        )
        if args.errors and group is None:
            for ex in result.examples:
                print(
                    f"  {rows[keep[ex.index]]['id']} missed={ex.missed} invented={ex.invented}"
                    f"  | {ex.text.replace(chr(10), ' / ')}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
