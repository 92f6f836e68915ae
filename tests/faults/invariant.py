"""The one invariant every fault must keep, and the helpers that inject faults, shared by
tests/faults/ and scripts/faults.py (a plain module: no pytest fixtures, so a script can use it).

Invariant: every original present in plaintext or as a complete sealed file that opens to the
labeled content; the store accounts for every sealed file; `baomi audit verify` passes; no temp
file left; once the fault clears, every secret is sealed.
"""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labelers.seal import read_header


def fill(folder: Path) -> Path:
    """Fill the filesystem of ``folder`` to the last byte (a file that is not a document)."""
    filler = folder / "filler.fill"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (65536, 4096, 512, 1):  # unbuffered: down to the last byte
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def sealed_of(path: Path) -> Path:
    return path.with_name(path.name + ".baomi")


def temps(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp")]


def readable(data: bytes) -> str:
    """The text a marker is looked for in: an Office file (a zip) by its XML parts, since the
    words of a docx are inside its compressed document.xml."""
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "".join(
                z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml")
            )
    return data.decode("utf-8", "replace")


def recorded_seals(db: Path | str) -> set[str]:
    """Every ``sealed_path`` in the store: an SQLite file, or a store URL."""
    from sqlalchemy import create_engine, text

    url = db if isinstance(db, str) else f"sqlite:///{db}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {r[0] for r in conn.execute(text("SELECT sealed_path FROM seals"))}
    finally:
        engine.dispose()


@dataclass
class Survey:
    """What the invariant found, as counts and the first few offending paths."""

    originals: int = 0
    sealed: int = 0
    plaintext: int = 0
    public: int = 0
    lost: list[str] = field(default_factory=list)  # neither plaintext nor a sealed file
    bad_seal: list[str] = field(default_factory=list)  # no label, or does not open to it
    both: list[str] = field(default_factory=list)  # sealed and still plaintext
    unrecorded: list[str] = field(default_factory=list)  # a sealed file not in the store
    public_sealed: list[str] = field(default_factory=list)
    temps: list[str] = field(default_factory=list)
    audit: str | None = None  # `baomi audit verify`'s output when it failed

    def problems(self, *, all_sealed: bool, temps_allowed: bool = False) -> list[str]:
        out = [
            f"{what}: {len(paths)} ({', '.join(paths[:5])})"
            for what, paths in (
                ("lost (neither plaintext nor sealed)", self.lost),
                ("sealed file that does not open to the labeled content", self.bad_seal),
                ("sealed and still plaintext", self.both),
                ("sealed but not in the store", self.unrecorded),
                ("public document sealed", self.public_sealed),
                ("temp files left", [] if temps_allowed else self.temps),
            )
            if paths
        ]
        if all_sealed and self.plaintext:
            out.append(
                f"secret documents still plaintext after the fault cleared: {self.plaintext}"
            )
        if self.audit is not None:
            out.append(f"baomi audit verify failed: {self.audit[-1500:]}")
        return out


def survey(
    site: Any,
    originals: dict[Path, str],
    *,
    db: Path | str | None = None,
    public: dict[Path, bytes] | None = None,
    opener: Any = None,
) -> Survey:
    """Look at ``site`` (tests.watch.conftest.Site: share, home, env, key) after a fault.

    ``originals``: each secret document and a marker its content holds; ``public``: documents
    that must stay as they are; ``db``: the store (default the site's SQLite file);
    ``opener(site, sealed) -> bytes`` opens a sealed file (default tests.watch.conftest.opened).
    """
    if opener is None:
        from tests.watch.conftest import opened as opener
    from tests.watch.conftest import baomi_argv

    s = Survey(originals=len(originals), public=len(public or {}))
    for path, marker in originals.items():
        sealed = sealed_of(path)
        if sealed.exists():
            s.sealed += 1
            try:
                header = read_header(sealed)
                ok = bool(header.meta.get("label", {}).get("text")) and marker in readable(
                    opener(site, sealed)
                )
            except Exception as exc:  # a seal that cannot be read is the finding itself
                ok = False
                s.bad_seal.append(f"{sealed} ({type(exc).__name__})")
            else:
                if not ok:
                    s.bad_seal.append(str(sealed))
            if path.exists():
                s.both.append(str(path))
        elif path.exists() and marker in readable(path.read_bytes()):
            s.plaintext += 1
        else:
            s.lost.append(str(path))
    for path, data in (public or {}).items():
        if sealed_of(path).exists():
            s.public_sealed.append(str(path))
        elif not path.exists() or path.read_bytes() != data:
            s.lost.append(str(path))
    on_disk = {str(p) for p in site.share.rglob("*.baomi")}
    recorded = recorded_seals(db if db is not None else site.home / "baomi.db")
    s.unrecorded = sorted(on_disk - recorded)
    s.temps = [str(p) for p in temps(site.share)]
    head = [*baomi_argv(), *(["--db", db] if isinstance(db, str) else [])]
    r = subprocess.run(
        [*head, "audit", "verify"], env=site.env, capture_output=True, text=True, timeout=300
    )
    if r.returncode != 0:
        s.audit = r.stdout + r.stderr
    return s


def check_invariant(
    site: Any,
    originals: dict[Path, str],
    *,
    all_sealed: bool,
    db: Path | str | None = None,
    temps_during_fault: bool = False,
) -> None:
    """Assert the invariant (see the module's docstring); with ``all_sealed``, every secret
    is sealed.

    ``temps_during_fault``: while a disk is still full, a failed label copy may leave its temp
    file; once the fault clears the retry replaces and removes it, and that check is never
    skipped.
    """
    problems = survey(site, originals, db=db).problems(
        all_sealed=all_sealed, temps_allowed=temps_during_fault
    )
    assert not problems, "\n".join(problems)
