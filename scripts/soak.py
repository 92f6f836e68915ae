"""Soak test: ``baomi watch`` under steady churn for a set time, then the tree is checked against
the store — nothing missed, nothing doubled — and the daemon's memory against a bound.

Churn (random, seeded): new secret notes and records (some written in two pieces with a pause),
new public leaflets, leaflets edited, renamed and deleted, sealed files deleted. At the end the
script waits for the daemon to go idle, stops it with SIGTERM and checks:

* every secret document that was not deleted exists only as ``NAME.baomi``, which opens with
  the committee key to the document's final content (after the label banner);
* every leaflet exists with its last bytes and was never sealed;
* no ``NAME (2).baomi``, no temporary files left;
* the store has exactly one seal record for every sealed file, and the audit chain verifies;
* the daemon (with its workers) grew by no more than ``--rss-bound`` MiB between the first
  quarter of the run and the end.

Run: ``python scripts/soak.py --minutes 30`` (hours on a test server: ``--minutes 600``);
``--quick`` runs 25 seconds, for CI. Exit 0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from labelers.keys import generate_keypair, write_public_key  # noqa: E402
from labelers.seal import open_file  # noqa: E402
from tests.docmaker import make_docx  # noqa: E402

BAOMI = shutil.which("baomi") or "baomi"
MiB = 1024 * 1024


def rss_tree(pid: int) -> int:
    """Resident memory of a process and its children (the workers), in bytes."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


class Churn:
    """The tree's expected final state, kept while changing it."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root = root
        self.rng = rng
        self.n = 0
        self.secret: dict[Path, bytes] = {}  # original path -> final bytes (txt) / b"" (docx)
        self.public: dict[Path, bytes] = {}
        self.deleted_sealed = 0

    def _name(self, stem: str, ext: str) -> Path:
        self.n += 1
        folder = self.root / self.rng.choice(["门诊", "财务科", "人事科", "公卫"])
        folder.mkdir(exist_ok=True)
        return folder / f"{stem}{self.n:05d}{ext}"

    def new_secret_text(self) -> None:
        path = self._name("随访记录", ".txt")
        head = f"高血压随访记录\n患者：陈静{self.n}  联系电话：13812345678\n".encode()
        tail = "诊断：原发性高血压，调整用药。\n".encode()
        if self.rng.random() < 0.3:  # written in two pieces with a pause: sealed once, whole
            with open(path, "wb") as fh:
                fh.write(head)
                fh.flush()
                time.sleep(0.3)
                fh.write(tail)
        else:
            path.write_bytes(head + tail)
        self.secret[path] = head + tail

    def new_secret_docx(self) -> None:
        path = self._name("门诊病历", ".docx")
        tmp = self.root.parent / f"staging-{self.n}.docx"
        make_docx(
            tmp,
            paragraphs=[
                "门诊病历",
                f"姓名：张伟{self.n}  身份证号：11010519491231002X",
                "主诉：咳嗽三天",
                "初步诊断：上呼吸道感染",
            ],
        )
        os.rename(tmp, path)  # moved in, as a save from another program often is
        self.secret[path] = b""

    def new_leaflet(self) -> None:
        path = self._name("健康教育", ".txt")
        data = "健康教育：高血压的预防\n急救电话 120，健康热线 12320。\n".encode()
        path.write_bytes(data)
        self.public[path] = data

    def edit_leaflet(self) -> None:
        if self.public:
            path = self.rng.choice(sorted(self.public))
            data = self.public[path] + "少盐少油，规律作息。\n".encode()
            path.write_bytes(data)
            self.public[path] = data

    def rename_leaflet(self) -> None:
        if self.public:
            path = self.rng.choice(sorted(self.public))
            new = self._name("宣传材料", ".txt")
            os.rename(path, new)
            self.public[new] = self.public.pop(path)

    def delete_leaflet(self) -> None:
        if self.public:
            path = self.rng.choice(sorted(self.public))
            path.unlink()
            del self.public[path]

    def delete_sealed(self) -> None:
        done = [p for p in sorted(self.secret) if p.with_name(p.name + ".baomi").exists()]
        if done:
            path = self.rng.choice(done)
            path.with_name(path.name + ".baomi").unlink()
            del self.secret[path]
            self.deleted_sealed += 1

    def step(self) -> None:
        ops: list[tuple[float, Callable[[], None]]] = [
            (0.30, self.new_secret_text),
            (0.10, self.new_secret_docx),
            (0.20, self.new_leaflet),
            (0.15, self.edit_leaflet),
            (0.10, self.rename_leaflet),
            (0.08, self.delete_leaflet),
            (0.07, self.delete_sealed),
        ]
        r = self.rng.random()
        for weight, op in ops:
            r -= weight
            if r <= 0:
                op()
                return
        ops[-1][1]()


def status(state: Path) -> dict:
    try:
        return json.loads((state / "status.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--quick", action="store_true", help="25 seconds (CI)")
    ap.add_argument("--rate", type=float, default=5.0, help="changes per second (default 5)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument(
        "--rss-bound",
        type=float,
        default=64.0,
        metavar="MiB",
        help="allowed memory growth of the daemon and workers (default 64)",
    )
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--keep", action="store_true", help="keep the work folder for inspection")
    args = ap.parse_args(argv)
    seconds = 25.0 if args.quick else args.minutes * 60
    work = Path(tempfile.mkdtemp(prefix="baomi-soak-"))
    root = work / "share"
    root.mkdir()
    state = work / "state"
    env = {**os.environ, "BAOMI_HOME": str(work / "home"), "BAOMI_DB": "", "BAOMI_CONFIG": ""}
    key = generate_keypair("committee")
    pub = work / "committee.pub"
    write_public_key(pub, key.public)
    log = open(work / "daemon.log", "w", encoding="utf-8")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            BAOMI,
            "watch",
            str(root),
            "--recipient",
            str(pub),
            "--state-dir",
            str(state),
            "--jobs",
            str(args.jobs),
            "--debounce",
            "0.5",
            "--settle",
            "1",
            "--log-format",
            "json",
            "--reconcile-every",
            "60",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    problems: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while status(state).get("state") != "running":
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit(f"soak: the daemon did not start (see {work / 'daemon.log'})")
            time.sleep(0.1)
        churn = Churn(root, random.Random(args.seed))
        started = time.monotonic()
        rss_early = 0
        while (elapsed := time.monotonic() - started) < seconds:
            churn.step()
            if not rss_early and elapsed > seconds / 4:
                rss_early = rss_tree(proc.pid)
            time.sleep(1.0 / args.rate)
        # let it finish: idle and every secret original gone (or a deadline)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            st = status(state)
            busy = st.get("queue_length") or st.get("in_flight") or st.get("pending")
            if not busy and not any(p.exists() for p in churn.secret):
                break
            time.sleep(0.5)
        rss_end = rss_tree(proc.pid)
        final = status(state)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=600)
        log.close()
    if code != 0:
        problems.append(f"the daemon exited {code} on SIGTERM")

    # the tree against what was done to it
    for path, data in sorted(churn.secret.items()):
        sealed = path.with_name(path.name + ".baomi")
        if path.exists():
            problems.append(f"missed: {path.relative_to(root)} was never sealed")
            continue
        if not sealed.exists():
            problems.append(f"lost: {path.relative_to(root)} is gone and not sealed")
            continue
        out = work / "opened"
        try:
            open_file(sealed, out, key)
            if data and not out.read_bytes().endswith(data):
                problems.append(f"{sealed.relative_to(root)} does not hold the final content")
        except Exception as exc:  # any failure to open is a finding of the soak
            problems.append(f"{sealed.relative_to(root)} does not open: {exc}")
        finally:
            out.unlink(missing_ok=True)
    for path, data in sorted(churn.public.items()):
        if not path.exists() or path.read_bytes() != data:
            problems.append(f"leaflet changed or lost: {path.relative_to(root)}")
        if path.with_name(path.name + ".baomi").exists():
            problems.append(f"leaflet sealed: {path.relative_to(root)}")
    for p in root.rglob("*"):
        if " (2)" in p.name or p.name.endswith(".baomi.tmp"):
            problems.append(f"left behind or doubled: {p.relative_to(root)}")

    # the store against the tree
    os.environ["BAOMI_HOME"] = env["BAOMI_HOME"]
    from scanner.store import Store

    with Store.open(None) as store:
        from sqlalchemy import func, select

        from scanner.store.tables import seals as seals_t

        with store.engine.connect() as conn:
            counts = dict(
                conn.execute(
                    select(seals_t.c.sealed_path, func.count()).group_by(seals_t.c.sealed_path)
                ).all()
            )
        verdict = store.audit.verify()
    for path in churn.secret:
        sealed = str(path.with_name(path.name + ".baomi"))
        if counts.get(sealed, 0) != 1:
            problems.append(f"{sealed}: {counts.get(sealed, 0)} seal records, expected 1")
    doubled = [p for p, n in counts.items() if n > 1]
    problems.extend(f"sealed twice in the store: {p}" for p in doubled)
    if not verdict.ok:
        problems.append(f"audit chain: {verdict.reason}")
    growth = (rss_end - rss_early) / MiB
    if rss_early and growth > args.rss_bound:
        problems.append(f"memory grew {growth:.1f} MiB (bound {args.rss_bound} MiB)")

    print(
        f"soak: {seconds:.0f} s of churn at {args.rate}/s, --jobs {args.jobs}: "
        f"{len(churn.secret)} secret documents sealed and kept, {churn.deleted_sealed} sealed "
        f"files deleted, {len(churn.public)} leaflets kept; daemon processed "
        f"{final.get('processed_total')} ({final.get('processed')}), errors "
        f"{final.get('errors')}, dropped events {final.get('dropped_events')}, "
        f"reconciliations {final.get('reconciliations')}"
    )
    print(
        f"  memory (daemon + workers): {rss_early / MiB:.0f} MiB after the first quarter, "
        f"{rss_end / MiB:.0f} MiB at the end ({growth:+.1f} MiB; bound {args.rss_bound} MiB)"
    )
    if problems:
        print(f"  {len(problems)} problem(s):")
        for p in problems[:50]:
            print(f"  - {p}")
    else:
        print("  all checks passed: nothing missed, nothing doubled, chain intact")
    if args.keep or problems:
        print(f"  work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
