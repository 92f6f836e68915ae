"""Regenerate docs/report-sample.png: protect a copy of the shipped examples/ in a fresh store,
write the committee's report as HTML and screenshot its first page with headless chromium.

    python scripts/sample_report.py [--out docs/report-sample.png] [--keep DIR]

Needs the installed ``baomi`` script and Debian's chromium; chromium writes the PNG at the
size asked for, no image library needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "report-sample.png")
    ap.add_argument("--keep", type=Path, help="Keep the work folder here (store, report).")
    args = ap.parse_args()
    chromium = shutil.which("chromium")
    baomi = shutil.which("baomi")
    if not chromium or not baomi:
        print(
            "需要 chromium 和已安装的 baomi / chromium and the installed baomi are needed",
            file=sys.stderr,
        )
        return 2
    work = Path(tempfile.mkdtemp(prefix="baomi-sample-")) if not args.keep else args.keep
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "BAOMI_HOME": str(work / "home"), "BAOMI_DB": "", "BAOMI_CONFIG": ""}
    share = work / "share"
    shutil.copytree(
        ROOT / "examples",
        share / "医务科",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("make_examples.py", "README"),
    )
    from labelers.keys import generate_keypair, write_public_key

    pub = work / "committee.pub"
    if not pub.exists():
        write_public_key(pub, generate_keypair("committee").public)
    # Seal the examples, but leave one folder only labeled and one only found, so the sample
    # shows every state a committee will meet.
    (share / "办公室").mkdir(exist_ok=True)
    (share / "财务科").mkdir(exist_ok=True)
    for name, folder in (("patient_list_gbk.csv", "办公室"), ("payroll.xlsx", "财务科")):
        shutil.move(share / "医务科" / name, share / folder / name)
    _run([baomi, "scan", str(share / "办公室"), "--record"], env)
    _run([baomi, "protect", str(share / "财务科"), "--label-only"], env)
    _run([baomi, "protect", str(share / "医务科"), "--recipient", str(pub)], env)
    html = work / "report.html"
    _run(
        [
            baomi,
            "report",
            "--since",
            "2026-01-01",
            "--out",
            str(html),
            "--site",
            "某某镇卫生院（示例）",
        ],
        env,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    _run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={work / 'chromium'}",
            "--hide-scrollbars",
            f"--screenshot={args.out}",
            "--window-size=900,1270",
            html.as_uri(),
        ],
        env,
    )
    print(f"{args.out}: {args.out.stat().st_size // 1024} KB (report: {html})")
    return 0


def _run(cmd: list[str], env: dict[str, str]) -> None:
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if r.returncode not in (0, 1):
        sys.exit(f"{cmd[0]} {cmd[1]} failed ({r.returncode}): {r.stderr[-1500:]}")


if __name__ == "__main__":
    sys.exit(main())
