"""Score ``baomi scan`` against a corpus's ``truth.jsonl``: precision, recall and F1.

Runs ``baomi scan CORPUS --format jsonl --reveal --jobs N`` (or reads saved output with
``--predictions FILE``) and compares, per document:

- entities as a multiset of ``(entity_type, normalised value)``; an address matches when one
  contains the other after normalisation, or when their characters overlap by at least 80 %,
  because where an address starts and stops is a matter of taste (with or without the province);
- categories as a set: a public document predicted ``["medical"]`` is a false positive for medical.

Prints tables per entity type and per category with micro totals, the documents with the most
errors (values masked unless ``--show-values``), and which decoys (order numbers, hotlines, IDs with
a wrong check digit ...) were reported as secrets. ``--markdown`` prints tables for the README.

Run: ``python benchmarks/evaluate.py CORPUS_DIR [--jobs 2] [--markdown] [--baomi CMD]``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ADDRESS = "CN_ADDRESS"
ADDRESS_OVERLAP = 0.8
VALUES_SHOWN = 5  # per document, error kind and entity type in the worst-documents list
# Characters people put inside phone and card numbers for readability; they carry no identity.
_SEPARATORS = str.maketrans("", "", " \t\u3000-‐–—－()（）")


@dataclass
class Counts:
    """True positives, false positives and false negatives of one row of the report."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocResult:
    """What went wrong in one document: (type or category, value) pairs missed and invented."""

    path: str
    kind: str
    status: str
    missed: list[tuple[str, str]] = field(default_factory=list)
    invented: list[tuple[str, str]] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return len(self.missed) + len(self.invented)


@dataclass
class Report:
    entities: dict[str, Counts] = field(default_factory=dict)
    categories: dict[str, Counts] = field(default_factory=dict)
    docs: list[DocResult] = field(default_factory=list)
    decoy_hits: Counter[str] = field(default_factory=Counter)
    not_ok: Counter[str] = field(default_factory=Counter)  # status -> documents
    #: documents: secret in truth vs given a category (a label) by the scanner
    secret: Counts = field(default_factory=Counts)

    @property
    def entity_total(self) -> Counts:
        return _total(self.entities.values())

    @property
    def category_total(self) -> Counts:
        return _total(self.categories.values())


def _total(rows: Iterable[Counts]) -> Counts:
    total = Counts()
    for row in rows:
        total.add(row)
    return total


def normalise(entity_type: str, value: str) -> str:
    """The form two values are compared in: width-folded, upper case, separators removed.

    Phones also lose a +86 country prefix, so "+86 138 0013 8000" equals "13800138000".
    """
    v = unicodedata.normalize("NFKC", value).translate(_SEPARATORS).upper()
    if entity_type == "CN_PHONE" and v.startswith("+86"):
        v = v[3:]
    elif entity_type == "CN_PHONE" and v.startswith("86") and len(v) == 13:
        v = v[2:]
    return v


def address_match(a: str, b: str) -> bool:
    """Normalised addresses match when one contains the other or they share ≥ 80 % of characters.

    Overlap is the size of the multiset intersection of characters over the longer length, so that
    "衢州市开化县华埠镇金星村3组17号" and "开化县华埠镇金星村3组17号" match but two different
    village addresses in one county do not.
    """
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    common = sum((Counter(a) & Counter(b)).values())
    return common / max(len(a), len(b)) >= ADDRESS_OVERLAP


def _match_entities(
    truth: list[tuple[str, str]], predicted: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """One-to-one matching of (type, normalised value) pairs: (matched, missed, invented)."""
    remaining = Counter(truth)
    matched: list[tuple[str, str]] = []
    invented: list[tuple[str, str]] = []
    fuzzy: list[tuple[str, str]] = []
    for item in predicted:
        if remaining[item] > 0:
            remaining[item] -= 1
            matched.append(item)
        elif item[0] == ADDRESS:
            fuzzy.append(item)
        else:
            invented.append(item)
    # Exact matches first, so that a loose address match never steals a value that had an exact one.
    for etype, value in fuzzy:
        partner = next(
            (t for t in remaining.elements() if t[0] == etype and address_match(t[1], value)), None
        )
        if partner is None:
            invented.append((etype, value))
        else:
            remaining[partner] -= 1
            matched.append(partner)
    return matched, list(remaining.elements()), invented


def score(truth: list[dict], predicted: list[dict]) -> Report:
    """Compare truth records with scan records (already keyed by the same relative ``path``).

    A truth document missing from ``predicted`` or whose scan did not succeed counts as found
    nothing: every entity and category in it is a false negative. Predicted documents that are not
    in truth are ignored (a scan of the corpus folder also sees ``truth.jsonl``).
    """
    by_path = {p["path"]: p for p in predicted}
    report = Report()
    for doc in truth:
        pred = by_path.get(doc["path"])
        status = "missing" if pred is None else pred.get("status", "ok")
        if status != "ok":
            report.not_ok[status] += 1
        findings = (pred.get("findings") or []) if pred and status == "ok" else []
        t_ents = [
            (e["entity_type"], normalise(e["entity_type"], e["value"])) for e in doc["entities"]
        ]
        p_ents = [
            (f["entity_type"], normalise(f["entity_type"], f.get("value") or "")) for f in findings
        ]
        matched, missed, invented = _match_entities(t_ents, p_ents)
        for etype, _ in matched:
            report.entities.setdefault(etype, Counts()).tp += 1
        for etype, _ in missed:
            report.entities.setdefault(etype, Counts()).fn += 1
        for etype, _ in invented:
            report.entities.setdefault(etype, Counts()).fp += 1
        decoys = {normalise("", x["value"]): x["kind"] for x in doc.get("decoys", [])}
        for _, value in invented:
            if value in decoys:
                report.decoy_hits[decoys[value]] += 1

        t_cats = set(doc["categories"])
        p_cats = set(pred.get("categories") or []) if pred and status == "ok" else set()
        for cat in t_cats | p_cats:
            row = report.categories.setdefault(cat, Counts())
            row.tp += cat in t_cats and cat in p_cats
            row.fn += cat in t_cats and cat not in p_cats
            row.fp += cat in p_cats and cat not in t_cats
        # A corpus without a ``secret`` field calls a document secret when it has a category.
        t_secret = bool(doc.get("secret", bool(t_cats)))
        p_secret = bool(p_cats)
        report.secret.tp += t_secret and p_secret
        report.secret.fn += t_secret and not p_secret
        report.secret.fp += p_secret and not t_secret
        result = DocResult(doc["path"], doc.get("kind", ""), status, missed, invented)
        result.missed += [("category", c) for c in sorted(t_cats - p_cats)]
        result.invented += [("category", c) for c in sorted(p_cats - t_cats)]
        report.docs.append(result)
    return report


# --------------------------------------------------------------------------------------------
# Running the scanner and reading its output
# --------------------------------------------------------------------------------------------


def relative_path(path: str, corpus: Path, known: set[str]) -> str:
    """Map a path as the scanner printed it to truth's relative path."""
    try:
        rel = Path(path).resolve().relative_to(corpus.resolve()).as_posix()
    except ValueError:
        rel = Path(path).as_posix()
    if rel in known:
        return rel
    # The scanner may print paths relative to its own working directory: match by suffix.
    return next((k for k in known if rel.endswith("/" + k)), rel)


def read_predictions(lines: Iterable[str], corpus: Path, known: set[str]) -> list[dict]:
    records = []
    for line in lines:
        line = line.strip()
        if not line.startswith("{"):
            continue
        record = json.loads(line)
        record["path"] = relative_path(record.get("path", ""), corpus, known)
        records.append(record)
    return records


def run_scan(baomi: str, corpus: Path, jobs: int) -> list[str]:
    return run_baomi_scan(
        [
            *shlex.split(baomi),
            "scan",
            str(corpus),
            "--format",
            "jsonl",
            "--reveal",
            "--jobs",
            str(jobs),
        ]
    )


def run_baomi_scan(command: list[str]) -> list[str]:
    """The output lines of a ``baomi scan`` command line; a clear exit when it cannot run or
    fails (exits 1, secrets found, and 3, some files unreadable, are part of what is measured)."""
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, encoding="utf-8", check=False
        )
    except FileNotFoundError as exc:
        raise SystemExit(
            f"cannot run {command[0]!r}: {exc}; install baomi or pass --baomi"
        ) from exc
    if done.returncode not in (0, 1, 3):
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"{shlex.join(command)} exited {done.returncode}")
    return done.stdout.splitlines()


# --------------------------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------------------------


def mask(value: str) -> str:
    """Keep enough of a value to recognise the shape of the error, not enough to read it."""
    if len(value) <= 3:
        return value[:1] + "*" * (len(value) - 1)
    keep = 2 if len(value) < 10 else 4
    return value[:keep] + "*" * (len(value) - 2 * keep) + value[-keep:]


def _table(title: str, rows: dict[str, Counts], total: Counts, markdown: bool) -> list[str]:
    header = [title, "TP", "FP", "FN", "precision", "recall", "F1"]
    body = [
        [
            name,
            str(c.tp),
            str(c.fp),
            str(c.fn),
            f"{c.precision:.3f}",
            f"{c.recall:.3f}",
            f"{c.f1:.3f}",
        ]
        for name, c in sorted(rows.items())
    ]
    t = total
    body.append(
        [
            "**total**" if markdown else "total",
            str(t.tp),
            str(t.fp),
            str(t.fn),
            f"{t.precision:.3f}",
            f"{t.recall:.3f}",
            f"{t.f1:.3f}",
        ]
    )
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (len(header) - 1) + "|"]
        return lines + ["| " + " | ".join(row) + " |" for row in body]
    widths = [max(len(r[i]) for r in [header, *body]) + 2 for i in range(len(header))]
    return [
        "".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in [header, *body]
    ]


def render(
    report: Report, markdown: bool = False, worst: int = 10, show_values: bool = False
) -> str:
    """The report as text (or Markdown): entity table, category table, worst documents, decoys."""
    shown = (lambda v: v) if show_values else mask
    out = _table("entity type", report.entities, report.entity_total, markdown)
    out += [""] + _table("category", report.categories, report.category_total, markdown)
    out += [""] + _table("documents", {"secret": report.secret}, report.secret, markdown)[:-1]
    if report.not_ok:
        out += [
            "",
            "documents not scanned successfully: "
            + ", ".join(f"{k} {v}" for k, v in sorted(report.not_ok.items())),
        ]
    if report.decoy_hits:
        out += [
            "",
            "decoys reported as secrets: "
            + ", ".join(f"{k} {v}" for k, v in report.decoy_hits.most_common()),
        ]
    bad = sorted((d for d in report.docs if d.errors), key=lambda d: (-d.errors, d.path))[:worst]
    if bad:
        out += ["", f"worst {len(bad)} documents:"]
    for doc in bad:
        out.append(
            f"{'- ' if markdown else ''}{doc.path} ({doc.kind}, {doc.status}): "
            f"{len(doc.missed)} missed, {len(doc.invented)} false"
        )
        for label, items in (("missed", doc.missed), ("false", doc.invented)):
            grouped: dict[str, list[str]] = {}
            for etype, value in items:
                grouped.setdefault(etype, []).append(value if etype == "category" else shown(value))
            for etype, values in grouped.items():
                # A long patient list misses dozens of one type; a few show the pattern.
                more = (
                    f" (+{len(values) - VALUES_SHOWN} more)" if len(values) > VALUES_SHOWN else ""
                )
                out.append(f"    {label} {etype} x{len(values)}: "
                           + ", ".join(values[:VALUES_SHOWN]) + more)  # fmt: skip
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder written by benchmarks/corpus.py")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--baomi", default="baomi", help="command that runs baomi (default: baomi)")
    parser.add_argument("--predictions", type=Path, help="score saved `scan --format jsonl` output")
    parser.add_argument("--worst", type=int, default=10, help="how many worst documents to list")
    parser.add_argument(
        "--show-values", action="store_true", help="print missed/false values in clear"
    )
    args = parser.parse_args(argv)

    truth_file = args.corpus / "truth.jsonl"
    if not truth_file.is_file():
        parser.error(f"{truth_file} not found: generate a corpus with benchmarks/corpus.py first")
    truth = [
        json.loads(line) for line in truth_file.read_text(encoding="utf-8").splitlines() if line
    ]
    known = {doc["path"] for doc in truth}
    if args.predictions:
        lines = args.predictions.read_text(encoding="utf-8").splitlines()
    else:
        lines = run_scan(args.baomi, args.corpus, args.jobs)
    report = score(truth, read_predictions(lines, args.corpus, known))
    print(render(report, markdown=args.markdown, worst=args.worst, show_values=args.show_values))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
