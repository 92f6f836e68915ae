"""Robustness over the public test corpora of the document libraries: every file gets a clean
record, none takes over 30 s, memory stays bounded, and no file the reference library reads is
called corrupt.

The corpora are not in the repository (their licences differ and they are large); fetch them
as docs/robustness.md says into one folder, e.g. /work/robustness-corpora/{poi,pdfjs,
sample-files,python-docx,openpyxl}. Every file of a type baomi reads is read by
``scanner.extract.extract`` exactly as ``baomi scan`` does, in a forked worker under the per-file
limits (scripts/fuzz_extractors.py's worker: wall clock ``--timeout``, ``RLIMIT_AS``
``--memory-mib``). For each file that baomi records as an error, the reference library opens it
too (python-docx ``Document``, openpyxl ``load_workbook``, pypdf ``PdfReader`` and every page's
text, python-pptx ``Presentation``): when it reads the file and baomi said corrupt, that is a
"false corrupt".

Run: ``python scripts/robustness.py /work/robustness-corpora --jsonl all.jsonl``; on two cores
run two halves at once (``--part 1/2`` and ``--part 2/2``, each with its own ``--jsonl``) and
add them up with ``--summary a.jsonl b.jsonl``. ``--short`` reads at most 10 files of each
format per corpus; ``--format docx`` (repeatable) only that format's files. Exit 0 when there
is no crash, no timeout, no memory finding and no false corrupt; 1 otherwise.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from fuzz_extractors import BAD_OUTCOMES, run_limited  # noqa: E402

from scanner.extract import extractor_for  # noqa: E402


def _docx(path: Path) -> None:
    import docx

    document = docx.Document(str(path))
    for _ in document.paragraphs:
        pass


def _xlsx(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(str(path), read_only=True, data_only=True)
    for sheet in book.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            pass
    book.close()


def _pdf(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        reader.decrypt("")
    for page in reader.pages:
        page.extract_text()


def _pptx(path: Path) -> None:
    from pptx import Presentation

    for slide in Presentation(str(path)).slides:
        for _ in slide.shapes:
            pass


REFERENCE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "docx": ("python-docx", _docx),
    "xlsx": ("openpyxl", _xlsx),
    "pdf": ("pypdf", _pdf),
    "pptx": ("python-pptx", _pptx),
}


DAMAGE_WORDS = ("corrupt", "not a valid", "unexpected content", "could not read")


def reference_reads(path: Path, fmt: str) -> Callable[[Path], dict[str, object]]:
    _name, opener = REFERENCE[fmt]

    def work(p: Path) -> dict[str, object]:
        try:
            opener(p)
        except BaseException as error:  # noqa: BLE001 - any failure means "does not read"
            return {"outcome": "fails", "detail": type(error).__name__}
        return {"outcome": "reads"}

    return work


def documents(root: Path, short: bool) -> Iterator[tuple[str, str, Path]]:
    """(corpus, format, path) of every file baomi has an extractor for, in a stable order."""
    for corpus in sorted(p for p in root.iterdir() if p.is_dir()):
        taken: collections.Counter[str] = collections.Counter()
        for path in sorted(p for p in corpus.rglob("*") if p.is_file() and not p.is_symlink()):
            extractor = extractor_for(path)
            if extractor is None:
                continue
            if short and taken[extractor.format] >= 10:
                continue
            taken[extractor.format] += 1
            yield corpus.name, extractor.format, path


def check(
    item: tuple[str, str, Path], timeout: float, memory_mib: int, root: Path
) -> dict[str, object]:
    corpus, fmt, path = item
    result = run_limited(path, timeout, memory_mib)
    row: dict[str, object] = {
        "corpus": corpus,
        "format": fmt,
        "path": str(path.relative_to(root)),
        **result,
    }
    if result["outcome"] == "error" and fmt in REFERENCE:
        ref = run_limited(path, timeout, memory_mib, reference_reads(path, fmt))
        row["reference"] = ref["outcome"]
        # "encrypted" or "no text layer" are true of a file the library opens; only a claim
        # that the file is damaged is false when the library reads it
        claims_damage = any(word in str(result.get("reason", "")) for word in DAMAGE_WORDS)
        row["false_corrupt"] = ref["outcome"] == "reads" and claims_damage
    return row


def summarise(rows: list[dict[str, object]], elapsed: float | None) -> int:
    statuses = ["ok", "error", "skipped", *BAD_OUTCOMES]
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in rows:
        table[str(row["format"])][str(row["outcome"])] += 1
    took = f" in {elapsed:.0f} s" if elapsed is not None else ""
    print(f"{len(rows)} files{took}")
    print("| format | files | " + " | ".join(statuses) + " |")
    print("|---|---:|" + "---:|" * len(statuses))
    for fmt in sorted(table):
        counts = table[fmt]
        cells = " | ".join(str(counts[s]) for s in statuses)
        print(f"| {fmt} | {sum(counts.values())} | {cells} |")
    seconds = {str(r["path"]): float(str(r["seconds"])) for r in rows}
    rss = {str(r["path"]): float(str(r["rss_mib"])) for r in rows}
    slowest = sorted(seconds, key=seconds.__getitem__, reverse=True)[:5]
    print("slowest:", ", ".join(f"{p} {seconds[p]} s" for p in slowest))
    biggest = max(rss, key=rss.__getitem__)
    print(f"peak worker RSS: {rss[biggest]} MiB ({biggest})")
    bad = [r for r in rows if r["outcome"] in BAD_OUTCOMES]
    false_corrupt = [r for r in rows if r.get("false_corrupt")]
    for row in bad:
        print(f"FINDING {row['outcome']}: {row['path']}: {row.get('detail', '')}")
    for row in false_corrupt:
        print(f"FALSE CORRUPT: {row['path']}: {row.get('reason', '')}")
    print(f"{len(bad)} crash/timeout/memory, {len(false_corrupt)} false corrupt")
    return 1 if bad or false_corrupt else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, nargs="?", help="folder of corpora, one subfolder each")
    parser.add_argument("--short", action="store_true", help="10 files per format per corpus")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per file")
    parser.add_argument("--memory-mib", type=int, default=1024, help="address space per file")
    parser.add_argument("--part", default="1/1", help="K/N: only every N-th file from the K-th")
    parser.add_argument("--format", action="append", help="only files of this format (repeatable)")
    parser.add_argument("--jsonl", type=Path, help="write one JSON line per file here")
    parser.add_argument("--summary", type=Path, nargs="*", help="summarise these --jsonl files")
    args = parser.parse_args(argv)
    if args.summary:
        rows = [
            json.loads(line)
            for path in args.summary
            for line in path.read_text(encoding="utf-8").splitlines()
        ]
        return summarise(rows, None)
    if args.root is None:
        parser.error("the corpora folder is needed")
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    k, n = (int(x) for x in args.part.split("/"))
    items = list(documents(args.root, args.short))[k - 1 :: n]
    if args.format:
        items = [item for item in items if item[1] in args.format]
    started = time.monotonic()
    rows: list[dict[str, object]] = []
    out = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    for item in items:
        row = check(item, args.timeout, args.memory_mib, args.root)
        rows.append(row)
        if out:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
    if out:
        out.close()
    return summarise(rows, time.monotonic() - started)


if __name__ == "__main__":
    sys.exit(main())
