"""Offline Chinese OCR side by side: RapidOCR (ONNX Runtime) and Tesseract ``chi_sim``.

What baomi needs from OCR is the secret values on a scanned form read exactly (an ID number
with one digit wrong fails its check digit and is not found), so besides character accuracy
(1 − edit distance / length, over the text without spaces, NFKC-folded so that ``：`` and ``:``
are the same) this counts the identity and phone numbers read whole.

Pages: health-centre forms from Faker ``zh_CN`` (benchmarks/bench_detect.py's ``FakerText``)
rendered with an installed CJK font by tests/scanmaker.py, in three conditions: ``clean``
(straight, no grain), ``scan`` (turned 1.5°, grain, PNG) and ``photo`` (turned 3°, heavy grain,
JPEG quality 60). Both engines read the same page one after the other, so machine noise falls on
both; seconds per page are medians.

* RapidOCR through ``scanner.extract.ocr.run_engine`` — what baomi runs (models from the
  ``rapidocr_onnxruntime`` wheel: PP-OCRv4 det + rec, mobile direction classifier);
* Tesseract 5 with ``chi_sim`` (Debian: tesseract-ocr tesseract-ocr-chi-sim) as a subprocess,
  default page segmentation; skipped with a note when not installed.

Last, the whole scanner on the same pages: of the findings it makes on a page's text born
digital, how many it makes on the page as an image (the issue's recall on scans ≥ 0.90 of the
recall born digital).

Run: ``python benchmarks/bench_ocr.py [--pages 6] [--seed 7] [--json]``; ``--quick``: two pages,
one condition (CI's smoke test).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_detect import FakerText  # noqa: E402
from scanner.extract import ocr  # noqa: E402
from tests.scanmaker import render_page  # noqa: E402

CONDITIONS: dict[str, dict[str, float]] = {
    "clean": {"angle": 0.0, "noise": 0.0},
    "scan": {"angle": 1.5, "noise": 12.0},
    "photo": {"angle": 3.0, "noise": 22.0},
}
JPEG_CONDITIONS = {"photo"}
_NUMBERS = re.compile(r"(?<![0-9])(?:[0-9]{17}[0-9X]|1[3-9][0-9]{9})(?![0-9X])")


def normalise(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def form(gen: FakerText) -> list[str]:
    """One page: a record's fields one per line, as on a form (narrative cut to the width)."""
    return [part[:34] for line in gen.record()[:6] for part in line.split("  ")]


@dataclass
class Score:
    chars: int = 0
    errors: int = 0
    numbers: int = 0
    numbers_read: int = 0
    seconds: list[float] = field(default_factory=list)

    def add(self, truth: str, read: str, seconds: float) -> None:
        t, r = normalise(truth), normalise(read)
        self.chars += len(t)
        self.errors += edit_distance(t, r)
        wanted = _NUMBERS.findall(t)
        self.numbers += len(wanted)
        self.numbers_read += sum(1 for n in wanted if n in r)
        self.seconds.append(seconds)

    def row(self) -> str:
        accuracy = 1 - self.errors / self.chars if self.chars else 0.0
        whole = self.numbers_read / self.numbers if self.numbers else 0.0
        per_page = statistics.median(self.seconds) if self.seconds else 0.0
        return f"{accuracy:8.3f} {whole:8.3f} {per_page:8.2f}"


def rapidocr(image: object) -> str:
    return "\n".join(line.text for line in ocr.run_engine(image))  # type: ignore[arg-type]


def tesseract_available() -> str | None:
    """Why Tesseract cannot be measured here, or None."""
    binary = shutil.which("tesseract")
    if binary is None:
        return "tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)"
    langs = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, check=False)
    if "chi_sim" not in langs.stdout.split():
        return "tesseract has no chi_sim (apt-get install tesseract-ocr-chi-sim)"
    return None


def tesseract(image: object) -> str:
    out = io.BytesIO()
    image.save(out, "PNG")  # type: ignore[attr-defined]
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "chi_sim"],
        input=out.getvalue(),
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8", "replace")


def as_scanned(image: object, condition: str) -> object:
    """The page as the engine would get it from disk (JPEG loses detail, PNG does not)."""
    from PIL import Image

    if condition not in JPEG_CONDITIONS:
        return image
    out = io.BytesIO()
    image.save(out, "JPEG", quality=60)  # type: ignore[attr-defined]
    return Image.open(io.BytesIO(out.getvalue())).convert("L")


def recall_on_scans(rendered: list[tuple[str, list[str], object]]) -> dict[str, tuple[int, int]]:
    """Per condition: of the findings baomi makes on a page's text born digital, how many it
    makes on the same page scanned (the whole scanner, the picture read through ``baomi``'s own
    OCR path): the issue's "entity recall on scans ≥ 0.90 of born digital"."""
    import tempfile

    from scanner.pipeline import Scanner

    scanner = Scanner()
    out: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for number, (condition, lines, page) in enumerate(rendered):
            digital = {
                (f.entity_type, f.value) for f in scanner.scan_text("\n".join(lines)).findings
            }
            path = Path(folder) / f"{number}.png"
            page.save(path)  # type: ignore[attr-defined]
            found = {(f.entity_type, f.value) for f in scanner.scan_file(path).findings}
            kept, total = out.get(condition, (0, 0))
            out[condition] = (kept + len(digital & found), total + len(digital))
    return out


def peak_rss_mib() -> int | None:
    """This process's peak resident memory so far (Linux VmHWM), in MiB."""
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=6, help="pages per condition")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument("--quick", action="store_true", help="2 pages, 'scan' only")
    args = parser.parse_args(argv)
    pages = 2 if args.quick else args.pages
    conditions = ["scan"] if args.quick else list(CONDITIONS)

    if not ocr.installed():
        print('RapidOCR not installed: pip install ".[ocr]"', file=sys.stderr)
        return 2
    engines: dict[str, Callable[[object], str]] = {"rapidocr": rapidocr}
    missing = tesseract_available()
    if missing is None:
        engines["tesseract"] = tesseract
    else:
        print(f"tesseract skipped: {missing}")

    started = time.perf_counter()
    ocr._Engine.get()  # loading is a one-off per process, not a page's cost
    load = time.perf_counter() - started
    loaded_rss = peak_rss_mib()
    gen = FakerText(args.seed)
    scores = {(e, c): Score() for e in engines for c in conditions}
    rendered: list[tuple[str, list[str], object]] = []
    for condition in conditions:
        for number in range(pages):
            lines = form(gen)
            page = as_scanned(
                render_page(lines, seed=number, size=(1240, 900), **CONDITIONS[condition]),
                condition,
            )
            rendered.append((condition, lines, page))
            for name, engine in engines.items():
                began = time.perf_counter()
                text = engine(page)
                scores[name, condition].add("".join(lines), text, time.perf_counter() - began)

    engine_peak = peak_rss_mib()  # before the whole scanner's run below adds its own
    print(f"RapidOCR engine load {load:.2f} s (once per worker process); engine: {ocr.ENGINE_NAME}")
    print(
        f"peak RSS of this process after loading {loaded_rss} MiB, after the pages "
        f"{engine_peak} MiB (VmHWM; Tesseract runs in its own process)"
    )
    print(
        f"pages: {pages} per condition, 1240x900 px (half an A4 page at 150 dpi), seed {args.seed}"
    )
    print(f"{'engine':10} {'condition':9} {'char-acc':>8} {'numbers':>8} {'s/page':>8}")
    for (name, condition), score in scores.items():
        print(f"{name:10} {condition:9} {score.row()}")
    if "tesseract" in engines:
        rapid = statistics.median(s for c in conditions for s in scores["rapidocr", c].seconds)
        tess = statistics.median(s for c in conditions for s in scores["tesseract", c].seconds)
        print(f"rapidocr/tesseract time per page {rapid / tess:.2f}x")
    total = sum(len(s.seconds) for (e, _), s in scores.items() if e == "rapidocr")
    seconds = sum(sum(s.seconds) for (e, _), s in scores.items() if e == "rapidocr")
    print(f"rapidocr {total / seconds:.2f} pages/s")
    for condition, (kept, total) in recall_on_scans(rendered).items():
        print(
            f"entity recall {condition}: scan {kept}/{total} of born digital = "
            f"{kept / total if total else 1.0:.3f}"
        )
    if args.json:
        print(
            json.dumps(
                {
                    f"{e}/{c}": {
                        "chars": s.chars,
                        "errors": s.errors,
                        "numbers": s.numbers,
                        "numbers_read": s.numbers_read,
                        "seconds": s.seconds,
                    }
                    for (e, c), s in scores.items()
                },
                ensure_ascii=False,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
