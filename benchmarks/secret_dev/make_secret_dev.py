"""Write secret_dev: secret documents nobody wrote a rule for, and their public look-alikes.

Written by hand by the wip-decide4 engineer on 2026-12-07, before reading the classifier
(scanner/detect/classify.py, marks.py, rules/categories.yaml, docs/categories.md) and before any
rule change, as a development set for issue 9's weakest kinds: financial, operations, personnel
and other documents without identified people, secrecy stated in words instead of a mark, and
the published documents on the same subjects. See README.md.

Run: ``python benchmarks/secret_dev/make_secret_dev.py [OUT_DIR]`` (default: this folder), then
``python benchmarks/evaluate.py benchmarks/secret_dev --jobs 2``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.secret_dev.texts_public import PUBLIC  # noqa: E402
from benchmarks.secret_dev.texts_secret import SECRET  # noqa: E402
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx  # noqa: E402


@dataclass(frozen=True)
class Doc:
    """One document: ``text`` is the body (lines); ``rows`` a table (docx/xlsx/csv)."""

    name: str
    kind: str
    fmt: str
    categories: tuple[str, ...]  # empty: public
    text: str
    rows: Sequence[Sequence[object]] = ()


def write(doc: Doc, out: Path) -> str:
    rel = f"docs/{doc.name}.{doc.fmt}"
    path = out / rel
    lines = [line for line in doc.text.strip("\n").split("\n")]
    if doc.fmt in ("txt", "md"):
        body = "\n".join(lines)
        if doc.rows:
            body += "\n" + "\n".join("\t".join(str(c) for c in row) for row in doc.rows)
        make_text(path, body + "\n")
    elif doc.fmt == "csv":
        body = "\n".join(",".join(str(c) for c in row) for row in doc.rows)
        make_text(path, body + "\n", encoding="utf-8", bom=True)
    elif doc.fmt == "docx":
        tables = [[[str(c) for c in row] for row in doc.rows]] if doc.rows else []
        make_docx(path, paragraphs=lines, tables=tables)
    elif doc.fmt == "xlsx":
        rows: list[list[object]] = [[line] for line in lines if line]
        rows += [list(row) for row in doc.rows]
        make_xlsx(path, {"Sheet1": rows})
    elif doc.fmt == "pdf":
        pages = ["\n".join(lines[i : i + 45]) for i in range(0, len(lines), 45)]
        make_pdf(path, pages)
    else:  # pragma: no cover - a typo in the tables below
        raise ValueError(doc.fmt)
    return rel


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    records = []
    for raw in [*SECRET, *PUBLIC]:
        doc = Doc(*raw)
        rel = write(doc, out)
        secret = bool(doc.categories)
        records.append(
            {
                "path": rel,
                "kind": doc.kind,
                "format": doc.fmt,
                "public": not secret,
                "secret": secret,
                "categories": list(doc.categories),
                "entities": [],
                "decoys": [],
                "existing_mark": None,
            }
        )
    names = [r["path"] for r in records]
    assert len(names) == len(set(names)), "duplicate document name"
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} documents ({sum(r['secret'] for r in records)} secret) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
