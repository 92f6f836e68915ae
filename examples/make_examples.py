"""Write the demo documents that the README's first command scans (``baomi scan examples/``).

One health centre's worth of files, each a kind the policy names, plus two files that cannot be
read, so that the demo shows how bad input is reported rather than silently skipped. Contents come
from the benchmark generator (``benchmarks/corpus.py``) with a fixed seed, so every name, ID and
number is synthetic and the same on every run; only the container metadata that python-docx,
reportlab and openpyxl stamp (save time) changes when the files are regenerated.

Run from the repository root: ``python examples/make_examples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(EXAMPLES.parent))

from benchmarks.corpus import Synth, build_doc, write_doc  # noqa: E402

SEED = 20240315

# file name -> (document kind, template family, format, text encoding or None)
DOCUMENTS: dict[str, tuple[str, str, str, str | None]] = {
    "patient_record.docx": ("outpatient_record", "a", "docx", None),
    "lab_report.pdf": ("lab_report", "a", "pdf", None),
    "payroll.xlsx": ("payroll", "a", "xlsx", None),
    "procurement_plan.docx": ("procurement_plan", "a", "docx", None),
    "patient_list_gbk.csv": ("patient_list", "a", "csv", "gbk"),
    "emergency_plan.txt": ("emergency_plan", "b", "txt", "utf-8"),
    "budget_draft.md": ("budget", "a", "md", "utf-8"),
    "fee_notice_public.pdf": ("fee_notice", "a", "pdf", None),
    "health_leaflet_public.docx": ("health_education", "a", "docx", None),
}


def main() -> int:
    s = Synth(SEED)
    s.set_place()
    for name, (kind, family, fmt, encoding) in DOCUMENTS.items():
        doc = build_doc(s, kind, family, fmt, new_place=False)
        write_doc(doc, EXAMPLES / name, encoding=encoding)
        print(f"{name}: {kind}, categories {sorted(doc.categories) or 'none (public)'}, "
              f"{len(doc.entities)} entities")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
