"""How often ``baomi scan`` calls published text secret: false alarms on public labelled sets.

Every sentence of CLUENER2020's dev set (Sina news) and of Weibo NER's test set (public posts) was
published, so none of it is a work secret, whatever names, prices or plans it mentions. This
script joins consecutive sentences into pages (``--per-page``, 10 by default: a news page or a
screen of posts) and also keeps each sentence as a page of its own, scans them all in one
``baomi scan --format jsonl --jobs 2``, and prints, per set and page size, how many pages baomi
gave a category (called secret), which categories, and which kinds of reason led there (the
reason's text before the colon; the published words after it are shown with ``--show N``).

It is the public-data side of the false alarms the held-out sets measure on a health centre's
share (issue 9: "a public leaflet called secret is a false alarm that gets the daemon switched
off"). The data is not in the repository: it is found the way ``public_ner.py`` finds it
(``benchmarks/public/README.md``: provenance, licences, where to download).

Run: ``python benchmarks/public_pages.py --data DIR [--baomi CMD] [--per-page 10] [--show 5]
[--cluener-train FILE]``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.evaluate import run_baomi_scan  # noqa: E402
from benchmarks.public_ner import SPECS, load_cluener, load_set  # noqa: E402

# The published sets whose every sentence is public text. Resume NER is left out: its sentences
# are executives' résumés, published by listed companies, but a résumé on a health centre's share
# is a personnel record — public there only by context this benchmark cannot give.
PUBLIC_SETS = ("cluener", "weibo")


@dataclass
class Tally:
    """Pages of one set at one page size, and what baomi said of them."""

    pages: int = 0
    secret: int = 0
    failed: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.secret / self.pages if self.pages else 0.0


def pages(sentences: Sequence[str], per_page: int) -> list[str]:
    """Consecutive sentences joined a line each, ``per_page`` to a page (the last may be short)."""
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    return ["\n".join(sentences[i : i + per_page]) for i in range(0, len(sentences), per_page)]


def reason_kind(reason: str) -> str:
    """A reason's kind: its text before the first colon (``money-terms: 价格``: ``money-terms``)."""
    return reason.split(":", 1)[0].strip()


def tally(records: Sequence[dict], page_texts: Sequence[str], show: int = 0) -> Tally:
    """Count the records of one folder of pages (named ``000123.txt`` by their index)."""
    out = Tally(pages=len(page_texts))
    for record in records:
        if record.get("status") != "ok":
            out.failed += 1
            continue
        categories = record.get("categories") or []
        if not categories:
            continue
        out.secret += 1
        out.categories.update(categories)
        reasons = record.get("reasons") or {}
        kinds = sorted({reason_kind(r) for rs in reasons.values() for r in rs})
        out.reasons.update(kinds)
        if len(out.shown) < show:
            index = int(Path(record["path"]).stem)
            first = page_texts[index].splitlines()[0] if page_texts[index] else ""
            said = "; ".join(f"{c}: {', '.join(rs)}" for c, rs in sorted(reasons.items()))
            out.shown.append(f"  page {index}: {said}\n    {first[:70]}")
    return out


def scan(baomi: str, folders: dict[str, list[str]]) -> dict[str, list[dict]]:
    """One ``baomi scan`` over every folder of pages; the records of each folder."""
    found: dict[str, list[dict]] = {name: [] for name in folders}
    with tempfile.TemporaryDirectory(prefix="baomi-public-pages-") as tmp:
        root = Path(tmp).resolve()
        for name, texts in folders.items():
            folder = root / name
            folder.mkdir()
            for i, text in enumerate(texts):
                (folder / f"{i:06d}.txt").write_text(text + "\n", encoding="utf-8")
        command = [*shlex.split(baomi), "scan", str(root), "--format", "jsonl", "--jobs", "2"]
        lines = run_baomi_scan(command)
        for line in lines:
            if line.startswith("{"):
                record = json.loads(line)
                name = Path(record["path"]).resolve().relative_to(root).parts[0]
                found[name].append(record)
    return found


def render(rows: dict[str, Tally], top: int = 6) -> str:
    head = f"{'set (sentences a page)':26} {'pages':>6} {'secret':>7} {'share':>7}"
    lines = [f"{head}  categories; reason kinds"]
    for name, t in rows.items():
        cats = ", ".join(f"{c} {n}" for c, n in t.categories.most_common())
        kinds = ", ".join(f"{k} {n}" for k, n in t.reasons.most_common(top))
        failed = f" ({t.failed} not scanned)" if t.failed else ""
        row = f"{name:26} {t.pages:>6} {t.secret:>7} {t.share:>7.3f}"
        lines.append(f"{row}  {cats or '-'}; {kinds or '-'}{failed}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="folder holding the downloaded sets"
    )
    parser.add_argument("--baomi", default="baomi", help="command that runs baomi")
    parser.add_argument("--per-page", type=int, default=10, help="sentences joined into a page")
    parser.add_argument("--show", type=int, default=0, help="pages called secret listed per row")
    parser.add_argument(
        "--cluener-train",
        type=Path,
        help="CLUENER2020's train.json too: 10,748 more news sentences, for a second look at "
        "whatever was tuned on the dev pages",
    )
    args = parser.parse_args(argv)

    folders: dict[str, list[str]] = {}
    for name in PUBLIC_SETS:
        path, sentences = load_set(SPECS[name], args.data)
        texts = [s.text for s in sentences]
        print(f"{name}: {path} ({len(texts)} sentences)", file=sys.stderr)
        folders[f"{name} (1)"] = pages(texts, 1)
        folders[f"{name} ({args.per_page})"] = pages(texts, args.per_page)
    if args.cluener_train:
        texts = [s.text for s in load_cluener(args.cluener_train)]
        print(f"cluener train: {args.cluener_train} ({len(texts)} sentences)", file=sys.stderr)
        folders["cluener train (1)"] = pages(texts, 1)
        folders[f"cluener train ({args.per_page})"] = pages(texts, args.per_page)
    # Folder names must be plain: map the row labels onto safe names for the scan.
    safe = {label: f"set{i}" for i, label in enumerate(folders)}
    records = scan(args.baomi, {safe[label]: texts for label, texts in folders.items()})
    rows = {
        label: tally(records[safe[label]], texts, args.show) for label, texts in folders.items()
    }
    print(render(rows))
    total = Tally()
    for t in rows.values():
        total.pages += t.pages
        total.secret += t.secret
    print(f"{'all pages':26} {total.pages:>6} {total.secret:>7} {total.share:>7.3f}")
    for label, t in rows.items():
        if t.shown:
            print(f"\n{label}, called secret:")
            print("\n".join(t.shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
