"""Scan speed per file format, next to extraction alone, and the gain of ``--jobs 2``.

A clerk experiences "how long does the scan of the share take", which is extraction plus
detection plus classification per file, in the units a format has: Word documents, PDF pages,
spreadsheet rows. Each figure is printed next to the time of extraction alone
(``scanner.extract.extract`` with its segments fully consumed), so ``scan/extract`` says what
detection and classification add on top of reading the file — if it is close to 1, making the
engine faster buys nothing for that format.

* docx: two-page patient records (form lines, narrative, a medication table) → documents/s;
* pdf: ten-page PDFs of records and payroll lines with a text layer → pages/s;
* xlsx: one patient list, 7 columns → rows/s;
* ``baomi scan DIR --format jsonl`` with ``--jobs 1`` and ``--jobs 2`` on a directory of mixed
  files (``benchmarks/corpus.py`` when present), run as the installed console script and timed by
  the wall clock, process start-up included, as an operator would see it.

Files are made with ``tests/docmaker.py`` (python-docx, reportlab, openpyxl: the libraries real
offices' files come from) in a temporary folder.

Run: ``python benchmarks/bench_formats.py [--repeat 2] [--quick]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_detect import FakerText, best_of  # noqa: E402
from benchmarks.format_bare import BARE, bare_all, bare_xlsx_calamine, every_format  # noqa: E402
from scanner.extract import extract  # noqa: E402
from scanner.pipeline import STATUS_OK, Scanner  # noqa: E402
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx  # noqa: E402


@dataclass(frozen=True)
class Sizes:
    docx_files: int = 200
    pdf_files: int = 20
    pdf_pages: int = 10
    xlsx_rows: int = 20_000
    dir_files: int = 300


QUICK = Sizes(docx_files=10, pdf_files=2, pdf_pages=3, xlsx_rows=1_000, dir_files=30)


# -- documents -----------------------------------------------------------------------------------
def make_docx_records(gen: FakerText, folder: Path, n: int) -> list[Path]:
    """Two-page outpatient/inpatient records: about 1,500 characters of text and one table."""
    paths = []
    for i in range(n):
        f = gen.fake
        paragraphs = [f"{f.company()}卫生院 住院病历", *gen.record()]
        paragraphs += [f.paragraph(nb_sentences=8) for _ in range(10)]
        paragraphs += [
            f"家属：{gen.name()}  联系电话：{f.phone_number()}",
            f"经治医师：{gen.name()}",
        ]
        table = [["日期", "药品", "用法", "签名"]] + [
            [str(f.date()), f.word() + "片", "口服 每日三次", gen.name()] for _ in range(8)
        ]
        paths.append(
            make_docx(folder / f"record-{i:04d}.docx", paragraphs=paragraphs, tables=[table])
        )
    return paths


def make_pdf_reports(gen: FakerText, folder: Path, n: int, pages: int) -> list[Path]:
    """PDFs with a text layer: each page a record followed by payroll lines (~40 lines)."""
    paths = []
    for i in range(n):
        page_texts = []
        for _ in range(pages):
            lines = gen.record() + [gen.payroll_line(k) for k in range(1, 30)]
            page_texts.append("\n".join(line[:60] for line in lines[:44]))
        paths.append(make_pdf(folder / f"report-{i:03d}.pdf", page_texts))
    return paths


def make_patient_list(gen: FakerText, path: Path, rows: int) -> Path:
    """One sheet, a header row and ``rows`` patients in 7 columns."""
    f, r = gen.fake, gen.rng
    sheet: list[list[object]] = [["序号", "姓名", "性别", "身份证号", "联系电话", "现住址", "诊断"]]
    diagnoses = ("高血压病", "2型糖尿病", "慢性阻塞性肺疾病", "冠心病", "脑梗死后遗症")
    for i in range(1, rows + 1):
        sheet.append(
            [
                i,
                gen.name(),
                r.choice("男女"),
                f.ssn(),
                f.phone_number(),
                gen.address(),
                r.choice(diagnoses),
            ]
        )
    return make_xlsx(path, {"慢病患者名单": sheet})


def make_mixed_dir(gen: FakerText, folder: Path, n: int, seed: int) -> str:
    """A share-like folder of ``n`` mixed files; corpus.py's when it works, else made here."""
    try:
        from benchmarks.corpus import generate

        generate(folder, n, seed, "all")
        (folder / "truth.jsonl").unlink(missing_ok=True)
        return f"benchmarks/corpus.py ({n} files, seed {seed})"
    except Exception as exc:  # noqa: BLE001 - any failure of a sibling module: fall back
        print(
            f"note: benchmarks/corpus.py unavailable ({type(exc).__name__}: {exc}); "
            "making the folder with Faker",
            file=sys.stderr,
        )
    for i in range(n):
        kind = i % 4
        if kind == 0:
            make_text(folder / f"{i:04d}.txt", gen.document())
        elif kind == 1:
            make_docx(folder / f"{i:04d}.docx", paragraphs=gen.document().split("\n"))
        elif kind == 2:
            make_pdf(folder / f"{i:04d}.pdf", [gen.document()[:1500]])
        else:
            rows = [line.split("\t") for line in gen.document().split("\n")]
            make_xlsx(folder / f"{i:04d}.xlsx", {"Sheet1": rows})
    return f"Faker fallback ({n} files)"


# -- timing --------------------------------------------------------------------------------------
def extract_all(paths: Sequence[Path]) -> int:
    """Extraction alone, segments fully consumed; returns the characters read."""
    chars = 0
    for path in paths:
        _, segments = extract(path)
        chars += sum(len(seg.text) for seg in segments)
    return chars


def scan_all(scanner: Scanner, paths: Sequence[Path]) -> int:
    """Extraction + detection + classification; returns the findings (and fails loudly on an
    unreadable file: a benchmark over errors would time error handling)."""
    findings = 0
    for path in paths:
        result = scanner.scan_file(path)
        if result.status != STATUS_OK:
            raise RuntimeError(f"{path.name}: {result.status} {result.error}")
        findings += len(result.findings)
    return findings


@dataclass
class FormatRow:
    fmt: str
    files: int
    units: int
    unit: str
    chars: int
    extract_s: float
    scan_s: float
    findings: int

    def line(self) -> str:
        return (
            f"{self.fmt:5} {self.files:5d} {self.units:7d} {self.unit:6} {self.chars:11,d} "
            f"{self.extract_s:9.2f} {self.units / self.extract_s:10.1f} "
            f"{self.scan_s:7.2f} {self.units / self.scan_s:9.1f} "
            f"{self.scan_s / self.extract_s:8.2f}x {self.findings:9d}"
        )


HEADER = (
    f"{'fmt':5} {'files':>5} {'units':>7} {'unit':6} {'chars':>11} "
    f"{'extract s':>9} {'extract/s':>10} {'scan s':>7} {'scan/s':>9} "
    f"{'scan/extr':>9} {'findings':>9}"
)


def time_format(
    scanner: Scanner, fmt: str, paths: Sequence[Path], units: int, unit: str, repeat: int
) -> FormatRow:
    extract_s, chars = best_of(lambda: extract_all(paths), repeat)
    scan_s, findings = best_of(lambda: scan_all(scanner, paths), repeat)
    return FormatRow(fmt, len(paths), units, unit, chars, extract_s, scan_s, findings)


def _python_docx_reader(path: Path) -> int:
    from scanner.extract.docxtree import read_with_python_docx

    return sum(len(segment.text) for segment in read_with_python_docx(path))


def baomi_command() -> list[str]:
    """The installed console script; the module entry point when it is not on PATH."""
    exe = shutil.which("baomi")
    return [exe] if exe else [sys.executable, "-c", "from scanner.cli import main; main()"]


def time_cli(folder: Path, jobs: int, repeat: int) -> float:
    """Wall-clock seconds of ``baomi scan DIR --jobs N --format jsonl``, best of ``repeat``."""
    cmd = [*baomi_command(), "scan", str(folder), "--jobs", str(jobs), "--format", "jsonl"]

    def run() -> None:
        proc = subprocess.run(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
            check=False,
        )
        if proc.returncode not in (0, 3):  # 3: done, some files unreadable (their records say)
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr[-500:]}")

    seconds, _ = best_of(run, repeat)
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="timed repetitions (best is kept)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="few small files, one repetition (CI)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else Sizes()
    repeat = 1 if args.quick else args.repeat
    gen = FakerText(args.seed)

    with tempfile.TemporaryDirectory(prefix="baomi-bench-formats-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        docx = make_docx_records(gen, root / "docx", sizes.docx_files)
        pdfs = make_pdf_reports(gen, root / "pdf", sizes.pdf_files, sizes.pdf_pages)
        xlsx = make_patient_list(gen, root / "xlsx" / "patients.xlsx", sizes.xlsx_rows)
        origin = make_mixed_dir(gen, root / "share", sizes.dir_files, args.seed)
        print(f"files made in {time.perf_counter() - started:.1f} s; best of {repeat}\n")

        scanner = Scanner()
        scanner.scan_file(docx[0])  # warm-up: rules, jieba dictionary, first imports
        rows = [
            time_format(scanner, "docx", docx, len(docx), "docs", repeat),
            time_format(scanner, "pdf", pdfs, len(pdfs) * sizes.pdf_pages, "pages", repeat),
            time_format(scanner, "xlsx", [xlsx], sizes.xlsx_rows, "rows", repeat),
        ]
        print(HEADER)
        for row in rows:
            print(row.line())
        print("(units/s; scan/extr = scan time / extraction time: what detection adds)\n")

        n_each = 5 if args.quick else 50
        files = every_format(root / "every", docx[0], gen.record() * 3, n_each)
        files.update({"docx": docx, "pdf": pdfs, "xlsx": [xlsx]})
        print(f"{'fmt':5} {'files':>5} {'extract s':>9} {'bare s':>8} {'extract/bare':>12}  bare")
        for fmt, paths in files.items():
            ours, _ = best_of(lambda paths=paths: extract_all(paths), repeat)
            bare, _ = best_of(lambda paths=paths, fn=BARE[fmt]: bare_all(fn, paths), repeat)
            name = BARE[fmt].__name__
            print(f"{fmt:5} {len(paths):5d} {ours:9.3f} {bare:8.3f} {ours / bare:11.2f}x  {name}")
        cal, _ = best_of(lambda: bare_all(bare_xlsx_calamine, [xlsx]), repeat)
        print(f"xlsx  bare python-calamine {cal:.3f} s (baomi reads cells with it)")
        stream, _ = best_of(lambda: extract_all(docx), repeat)
        tree, _ = best_of(lambda: bare_all(_python_docx_reader, docx), repeat)
        print(
            f"docx  streaming reader {len(docx) / stream:.1f} docs/s, the python-docx reader it "
            f"replaced {len(docx) / tree:.1f} docs/s (benchmarks/bench_docx_stream.py: large)\n"
        )

        share = root / "share"
        n_files = sum(1 for p in share.rglob("*") if p.is_file())
        tiny = make_text(root / "startup" / "one.txt", "联系电话：13812345678")
        startup = time_cli(tiny.parent, 1, repeat)
        one = time_cli(share, 1, repeat)
        two = time_cli(share, 2, repeat)
        print(
            f"cli: baomi scan DIR --format jsonl on {origin}, {n_files} files, "
            f"{os.cpu_count()} cores: --jobs 1 {one:.2f} s, --jobs 2 {two:.2f} s "
            f"(start-up, one tiny file: {startup:.2f} s)"
        )
        print(f"jobs2/jobs1 speed-up {one / two:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
