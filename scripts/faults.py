"""A seeded, randomized schedule of real faults during a burst of documents, then the faults
cleared and the invariant of tests/faults/ checked: zero losses, zero unrecorded seals, zero
secrets left plaintext.

Two daemons (``baomi watch``), each on its own share, both shares on one small tmpfs:

* ``sqlite``: its store is the default SQLite file;
* ``postgresql``: its store is a database in this script's own PostgreSQL cluster (port 5441,
  created with ``pg_createcluster`` if missing; the server on 5432 is never touched). Left out,
  with a line saying so, where ``pg_ctlcluster`` is not installed.

The burst (``--files``, default 1,000: secret follow-up notes, a few secret docx records, public
leaflets) is written in waves into both shares. After each wave, at a random moment, one fault
from the schedule is injected, held for a random time, and cleared:

``disk-full`` the tmpfs filled to the last byte · ``read-only`` the tmpfs remounted read-only ·
``sqlite-lock`` an exclusive write transaction on the SQLite store held by this process ·
``kill-9`` a daemon killed with SIGKILL and started again · ``root-renamed`` a share renamed
away, a new folder of that name made, the documents moved into it · ``pg-stop`` the own
PostgreSQL cluster stopped and started.

The schedule is drawn from ``random.Random(seed)`` and printed first; ``--seed N`` replays it
(timings on a loaded machine differ, the faults and their order do not). After the last wave:
wait until every secret is sealed (or ``--settle-timeout``), stop the daemons (SIGTERM, exit 0
expected), and check each share. Prints the counts; exit 0 when the invariant holds, 1 when it
does not, 2 when it cannot run (not root).

Run as root: ``python scripts/faults.py --seed 7`` (a few minutes); ``--short`` is ~100 files
and 3 faults.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.faults.invariant import fill, sealed_of, survey  # noqa: E402
from tests.watch.conftest import (  # noqa: E402
    FAST,
    PASSPHRASE,
    Daemon,
    Site,
    leaflet,
    secret_docx,
    secret_text,
)

PG_VERSION, PG_CLUSTER, PG_PORT = "15", "faultsched", "5441"
FAULTS = ("disk-full", "read-only", "sqlite-lock", "kill-9", "root-renamed", "pg-stop")
# retries every second once the fast back-off is spent: the run ends soon after a fault clears
DAEMON_ARGS = (*FAST, "--retry-slow", "1", "--jobs", "2")


def say(msg: str) -> None:
    print(msg, flush=True)


def run(argv: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, check=check, timeout=120)


def own_postgresql(db: str) -> str | None:
    """A database in this script's own cluster (never the server on 5432); its URL, or None
    where PostgreSQL's cluster tools are not installed."""
    if shutil.which("pg_ctlcluster") is None:
        return None
    if f"{PG_VERSION} {PG_CLUSTER} " not in run(["pg_lsclusters", "-h"]).stdout:
        run(["pg_createcluster", PG_VERSION, PG_CLUSTER, "-p", PG_PORT])
    run(["pg_ctlcluster", PG_VERSION, PG_CLUSTER, "start"], check=False)
    psql = f"psql -p {PG_PORT} -c"
    run(["su", "postgres", "-c", f'{psql} "DROP DATABASE IF EXISTS {db}"'])
    run(["su", "postgres", "-c", f'{psql} "CREATE DATABASE {db}"'])
    run(["su", "postgres", "-c", f"{psql} \"ALTER USER postgres PASSWORD 'faults'\""])
    return f"postgresql+psycopg://postgres:faults@127.0.0.1:{PG_PORT}/{db}"


def pg(action: str) -> None:
    run(["pg_ctlcluster", PG_VERSION, PG_CLUSTER, action], check=action == "stop")


@dataclass
class Share:
    """One share, its daemon and store, and what was written into it."""

    name: str
    site: Site
    db: str | None  # a store URL, or None for the site's SQLite file
    daemon: Daemon | None = None
    secret: dict[Path, str] = field(default_factory=dict)
    public: dict[Path, bytes] = field(default_factory=dict)
    starts: int = 0

    def start(self) -> None:
        self.daemon = self.site.start(*DAEMON_ARGS, db=self.db)
        self.starts += 1

    def kill(self) -> None:
        assert self.daemon is not None
        self.daemon.proc.send_signal(signal.SIGKILL)
        self.daemon.proc.wait(30)
        self.daemon._fh.close()

    def stop(self) -> int:
        assert self.daemon is not None
        return self.daemon.stop(timeout=120)

    def unsealed(self) -> int:
        """Secret files not finished yet: no sealed form, or the original still beside it (a
        seal whose original could not be removed during a fault is finished by the retry)."""
        return sum(not sealed_of(p).exists() or p.exists() for p in self.secret)


class Burst:
    def __init__(self, shares: list[Share], rng: random.Random, docx: bytes) -> None:
        self.shares, self.rng, self.docx, self.n = shares, rng, docx, 0

    def wave(self, size: int) -> None:
        for _ in range(size):
            share = self.shares[self.n % len(self.shares)]
            folder = share.site.share / f"科室{self.n % 7}"
            folder.mkdir(exist_ok=True)
            kind = self.rng.random()
            if kind < 0.55:
                path = secret_text(folder / f"随访{self.n:05d}.txt", self.n)
                share.secret[path] = f"高血压随访记录 {self.n}"
            elif kind < 0.60:
                path = folder / f"病历{self.n:05d}.docx"
                path.write_bytes(self.docx)  # a copy: as much work as a new record
                share.secret[path] = "身份证号"
            else:
                path = leaflet(folder / f"宣传{self.n:05d}.txt")
                share.public[path] = path.read_bytes()
            self.n += 1


class Fault(NamedTuple):
    wave: int  # injected after this wave is written
    kind: str
    delay: float  # seconds after the wave
    hold: float  # seconds before it is cleared


def schedule(rng: random.Random, waves: int, faults: int, available: list[str]) -> list[Fault]:
    """(wave after which, fault, delay s, hold s), in order; each fault at least once when
    there are enough draws, the rest at random."""
    kinds = list(available)
    rng.shuffle(kinds)
    kinds = (kinds + [rng.choice(available) for _ in range(faults)])[:faults]
    rng.shuffle(kinds)
    slots = sorted(rng.sample(range(waves), min(faults, waves)))
    while len(slots) < faults:
        slots.append(rng.randrange(waves))
    slots.sort()
    return [
        Fault(w, k, round(rng.uniform(0.0, 1.5), 2), round(rng.uniform(2.0, 8.0), 1))
        for w, k in zip(slots, kinds, strict=True)
    ]


def inject(kind: str, hold: float, disk: Path, shares: list[Share], rng: random.Random) -> str:
    """Inject ``kind``, hold it ``hold`` seconds, clear it. Returns what was done."""
    if kind == "disk-full":
        filler = fill(disk)
        time.sleep(hold)
        filler.unlink()
        return "tmpfs filled to the last byte"
    if kind == "read-only":
        # the kernel refuses while a file on it is open for writing (a seal in progress): the
        # remount is tried again until it is between two writes
        deadline = time.monotonic() + 60
        while run(["mount", "-o", "remount,ro", str(disk)], check=False).returncode != 0:
            if time.monotonic() > deadline:
                raise RuntimeError(f"could not remount {disk} read-only for 60 s")
            time.sleep(0.01)
        try:
            time.sleep(hold)
        finally:
            run(["mount", "-o", "remount,rw", str(disk)])
        return "tmpfs remounted read-only"
    if kind == "sqlite-lock":
        share = shares[0]
        holder = sqlite3.connect(share.site.home / "baomi.db", isolation_level=None, timeout=30)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            time.sleep(hold)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return f"SQLite store of {share.name} locked"
    if kind == "kill-9":
        share = rng.choice(shares)
        share.kill()
        time.sleep(hold)
        share.start()
        return f"daemon of {share.name} killed and started"
    if kind == "root-renamed":
        share = rng.choice(shares)
        root = share.site.share
        moved = root.with_name(root.name + ".moved")
        root.rename(moved)
        root.mkdir()
        time.sleep(hold)
        for entry in moved.iterdir():
            entry.rename(root / entry.name)
        moved.rmdir()
        return f"root of {share.name} renamed away and recreated"
    if kind == "pg-stop":
        pg("stop")
        try:
            time.sleep(hold)
        finally:
            pg("start")
        return "own PostgreSQL cluster stopped and started"
    raise ValueError(kind)


def opener(site: Site) -> Callable[[Site, Path], bytes]:
    """Open sealed files with the committee key, derived from its passphrase once (a thousand
    derivations would make the check the longest part of the run)."""
    from labelers.keys import load_private_key
    from labelers.seal import open_file

    key = load_private_key(site.key, PASSPHRASE)

    def open_one(_site: Site, sealed: Path) -> bytes:
        out = sealed.with_name(sealed.name + ".opened")
        open_file(sealed, out, key)
        try:
            return out.read_bytes()
        finally:
            out.unlink()

    return open_one


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, help="replay a run (default: a new random seed)")
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--faults", type=int, default=10)
    ap.add_argument("--short", action="store_true", help="~100 files, 3 faults (CI)")
    ap.add_argument("--settle-timeout", type=float, default=300.0)
    ap.add_argument("--work", type=Path, help="keep the shares and logs here")
    args = ap.parse_args(argv)
    if os.geteuid() != 0:
        say("faults.py: 需要 root 权限 / needs root: it mounts a tmpfs and remounts it read-only")
        return 2
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    files, faults = (100, 3) if args.short else (args.files, args.faults)
    work = args.work or Path(tempfile.mkdtemp(prefix="baomi-faults-"))
    work.mkdir(parents=True, exist_ok=True)
    disk = work / "disk"
    disk.mkdir()
    run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(disk)])
    try:
        return _run(work, disk, seed, files, faults, args.settle_timeout)
    finally:
        if args.work is not None:  # the shares as the check saw them, for a failure's post-mortem
            run(["cp", "-a", str(disk), str(work / "disk-after")], check=False)
        run(["mount", "-o", "remount,rw", str(disk)], check=False)
        run(["umount", "-l", str(disk)], check=False)
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def _run(work: Path, disk: Path, seed: int, files: int, faults: int, settle_timeout: float) -> int:
    rng = random.Random(seed)
    shares = []
    for name in ("sqlite", "postgresql"):
        site = Site(work, name=name)
        site.share = disk / name
        site.share.mkdir()
        db = None
        if name == "postgresql":
            db = own_postgresql(f"faults_{os.getpid()}")
            if db is None:
                say("postgresql: pg_ctlcluster is not installed; this run has no pg-stop fault")
                continue
        shares.append(Share(name, site, db))
    available = [k for k in FAULTS if k != "pg-stop" or len(shares) == 2]
    waves = max(faults, files // 100)
    plan = schedule(rng, waves, faults, available)
    say(f"seed {seed}: {files} files in {waves} waves into {[s.name for s in shares]}")
    for f in plan:
        say(f"  after wave {f.wave}: {f.kind} (in {f.delay} s, held {f.hold} s)")
    docx = secret_docx(work / "record.docx").read_bytes()
    for share in shares:
        share.start()
    burst = Burst(shares, rng, docx)
    sizes = [files // waves + (1 if i < files % waves else 0) for i in range(waves)]
    try:
        for w, size in enumerate(sizes):
            burst.wave(size)
            for f in (f for f in plan if f.wave == w):
                time.sleep(f.delay)
                t = time.monotonic()
                what = inject(f.kind, f.hold, disk, shares, rng)
                say(f"wave {w}: {what} for {time.monotonic() - t:.1f} s, cleared")
        say(f"all {burst.n} files written, every fault cleared; waiting for the seals")
        deadline = time.monotonic() + settle_timeout
        while any(s.unsealed() for s in shares) and time.monotonic() < deadline:
            time.sleep(0.5)
    finally:
        codes = {s.name: s.stop() for s in shares if s.daemon is not None}
    failed = False
    for share in shares:
        s = survey(
            share.site, share.secret, db=share.db, public=share.public, opener=opener(share.site)
        )
        problems = s.problems(all_sealed=True)
        if codes.get(share.name) != 0:
            problems.append(f"the daemon exited {codes.get(share.name)} on SIGTERM")
        say(
            f"{share.name}: secret {s.originals}, sealed {s.sealed}, plaintext left {s.plaintext}, "
            f"lost {len(s.lost)}, unrecorded seals {len(s.unrecorded)}, bad seals "
            f"{len(s.bad_seal)}, public {s.public} (sealed {len(s.public_sealed)}), temp files "
            f"{len(s.temps)}, audit {'ok' if s.audit is None else 'FAILED'}, daemon starts "
            f"{share.starts}"
        )
        for p in problems:
            say(f"  PROBLEM: {p}")
        failed = failed or bool(problems)
    for share in shares:
        if share.db is not None:
            name = share.db.rsplit("/", 1)[1]
            run(["su", "postgres", "-c", f'psql -p {PG_PORT} -c "DROP DATABASE IF EXISTS {name}"'])
    say(f"seed {seed}: {'invariant held' if not failed else 'INVARIANT BROKEN'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
