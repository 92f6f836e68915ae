"""``baomi protect``: label and seal the documents that hold work secrets, crash-safely.

For each document found under the given paths the scanner decides its categories; a document
with none is left exactly as it is. A secret document ``NAME`` then goes through these steps:

0. the folder is opened once and the original once, without following links
   (:mod:`scanner.fsutil`); every later step works on those descriptors, in a private work
   folder (``.baomi-<random>.work.baomi.tmp``, mode 0700) that share writers cannot enter;
1. its labeler writes a labeled copy into the work folder; the original is only read (once:
   into a snapshot in memory, hashed on the way — :class:`scanner.fsutil.Snapshot`);
2. the labeled copy is sealed in the work folder, flushed to disk and verified:
   decrypted again with the file key still in memory and compared with the labeled bytes (a
   file server holds only public keys, so this is the only way it can check its own work);
3. the store records the intent in one transaction: the original's path, identity, size and
   SHA-256, and the sealed file's name and SHA-256; the file is linked to
   ``NAME.baomi`` — atomic, and never over an existing entry — and the folder is synced;
4. the store records the registration, the label and the seal (with their audit events);
5. the labeled copy is removed, then the original (only if it is still the file opened).

So at every instant the original exists until a complete, verified ``NAME.baomi`` exists, and a
temporary file exists only while its original does. After a crash (power cut, ``kill -9``) the
next run finds ``NAME`` beside a ``NAME.baomi`` and finishes steps 4–5 only with proof that the
one was made from the other: the store's intent must name both and agree with the bytes of each.
A ``NAME.baomi`` without that proof (forged with the public key, say) deletes nothing: both are
kept, reported and audited as suspicious. Nothing is sealed twice and nothing is lost; the work
folder a crash left behind is removed by the next run in that folder. ``--label-only``
replaces the original by its labeled copy with one
atomic rename instead.

:func:`crash_point` lets the tests kill the process between any two of these steps.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import signal
import socket
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from scanner import fsutil
from scanner.errors import BaomiError
from scanner.fsutil import (
    FileChanged,
    Folder,
    Original,
    Snapshot,
    UnsafeFile,
    Version,
    WorkDir,
    version_of,
)
from scanner.interrupts import whole_record
from scanner.names import escape_name, escape_surrogates, json_safe
from scanner.store.errors import StoreError
from scanner.workflows.actions import ACTIONS

if TYPE_CHECKING:  # the scanner (presidio, ~1 s to import) is needed only when a file is scanned
    from scanner.detect.rulepacks import RuleSet
    from scanner.pipeline import FileResult
    from scanner.store import IntentWrite, RecordWrite, Store
    from scanner.walk import Candidate

STATUS_OK = "ok"  # scanner.pipeline.STATUS_OK, without importing the engine

log = logging.getLogger(__name__)

SEALED_SUFFIX = ".baomi"
SEALING = "sealed"  # the sealed file's name inside the work folder

# What happened to a file (the "action" of a record).
SEALED = "sealed"
COMPLETED = "completed"  # an interrupted earlier run had sealed it; this run finished the job
LABELED = "labeled"
UNCHANGED = "unchanged"  # --label-only: the file already carried this label
NOT_SECRET = "not-secret"
DETECTED = "recorded"  # policy "detect": registered in the store, file unchanged
WOULD_SEAL = "would-seal"
WOULD_LABEL = "would-label"
FAILED = "error"
SKIPPED = "skipped"
SUSPICIOUS = "suspicious"  # a NAME.baomi claims NAME without the store's proof: both kept

ACTION_WORDS = {
    SEALED: "已封存 sealed",
    COMPLETED: "已完成 completed",
    LABELED: "已标注 labeled",
    UNCHANGED: "已有标志 already labeled",
    NOT_SECRET: "非秘密 not secret",
    DETECTED: "已登记 recorded",
    WOULD_SEAL: "将封存 would seal",
    WOULD_LABEL: "将标注 would label",
    FAILED: "出错 error",
    SKIPPED: "跳过 skipped",
    SUSPICIOUS: "可疑 suspicious",
}

_CRASH_AT = os.environ.get("BAOMI_TEST_CRASH_AT", "")


def crash_point(name: str) -> None:
    """Test hook: ``BAOMI_TEST_CRASH_AT=<step>`` kills this process with SIGKILL at that step,
    as a power cut would, so the tests can prove every step boundary is safe."""
    if _CRASH_AT and name == _CRASH_AT:
        os.kill(os.getpid(), signal.SIGKILL)


CRASH_POINTS = (
    "labeled",
    "sealed-tmp",
    "renamed",
    "recorded",
    "label-tmp-removed",
    "original-removed",
)


class ProtectError(BaomiError):
    """A file could not be protected; the message says why, for a person. The original is
    untouched when this is raised."""


@dataclass(slots=True)
class ProtectRecord:
    path: str
    action: str
    error: str | None = None
    format: str | None = None
    categories: list[str] = field(default_factory=list)
    label: str | None = None
    sealed: str | None = None
    findings: int = 0
    method: str | None = None
    existing_mark: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": escape_name(self.path),
            "action": self.action,
            "status": "error"
            if self.action in (FAILED, SUSPICIOUS)
            else "skipped"
            if self.action == SKIPPED
            else "ok",
            "error": self.error,
            "format": self.format,
            "categories": list(self.categories),
            "label": self.label,
            "sealed": self.sealed,
            "findings": self.findings,
        }
        if self.existing_mark is not None:
            out["existing_mark"] = self.existing_mark
        return out


@dataclass(frozen=True, slots=True)
class KnownDigest:
    """The SHA-256 a caller already read a file for (the daemon's worker hashes before it
    claims), with the identity, size, mtime and ctime of the file it read: used for the seal's
    intent instead of reading the original once more, when the original opened is still that
    file (the ctime: a writer can put the size and mtime back, not the ctime)."""

    version: Version
    sha256: str

    @classmethod
    def of(cls, info: os.stat_result, sha256: str) -> KnownDigest:
        return cls(version_of(info), sha256)

    def sha256_of(self, orig: Original) -> str:
        return self.sha256 if version_of(orig.info) == self.version else orig.sha256()


class SealWriter(Protocol):
    """Where a seal's intent and a file's records are written. ``protect`` writes them to its
    store itself (:class:`DirectWriter`); the daemon's workers hand them to the daemon's one
    writer, which commits several files' writes together (``scanner.watch.writer``). Either
    way each call returns once its write is committed — the sealed file is linked only after
    its intent, the original removed only after its record."""

    def record_intent(self, write: IntentWrite) -> int: ...
    def record_protection(self, write: RecordWrite) -> int | None: ...
    def finish_intent(self, intent_id: int) -> None: ...


class DirectWriter:
    """Each write in a transaction of its own, on this process's store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record_intent(self, write: IntentWrite) -> int:
        return self.store.intents.record(
            write.original,
            write.sealed,
            device=write.device,
            inode=write.inode,
            size=write.size,
            sha256=write.sha256,
            sealed_sha256=write.sealed_sha256,
        )

    def record_protection(self, write: RecordWrite) -> int | None:
        return self.store.record_protection(
            write.result,
            scanned_path=Path(write.scanned_path),
            owner=write.owner,
            label=write.label,
            seal=write.seal,
            share=write.share,
        )

    def finish_intent(self, intent_id: int) -> None:
        self.store.intents.finish(intent_id)


def sealed_names(path: Path) -> Iterator[Path]:
    """``NAME.baomi``, then ``NAME (2).baomi``… for a new document that took an old name."""
    yield path.with_name(path.name + SEALED_SUFFIX)
    stem, dot, ext = path.name.rpartition(".")
    if not dot:
        stem, ext = path.name, ""
    n = 2
    while True:
        name = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        yield path.with_name(name + SEALED_SUFFIX)
        n += 1


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _source(orig: Original, work: WorkDir, name: str, snap: Snapshot | None = None) -> Path:
    """A path under ``name`` that opens exactly the original already opened: a link in the
    private work folder to the descriptor (Linux) — or to the snapshot of its bytes, which
    then are not read from the share again. Labelers want a path and a file name; this gives
    them both without a second lookup in the share."""
    target = snap.path() if snap is not None else orig.proc_path()
    if target is None:
        return orig.folder.path / name  # no /proc: the path, checked before and after
    with contextlib.suppress(FileExistsError):
        os.mkdir("in", 0o700, dir_fd=work.fd)
    os.symlink(target, f"in/{name}", dir_fd=work.fd)
    return work.proc_path("in") / name


CHANGED = (
    "文件在处理过程中被修改，下次运行时再处理 / the file changed while it was being "
    "protected; it is left as it is and will be done next run"
)


def same_source(meta: dict[str, Any], path: Path, info: os.stat_result) -> bool:
    """Was this sealed file made from the document now at ``path``?"""
    return (
        meta.get("original_name") == path.name
        and meta.get("original_size") == info.st_size
        and meta.get("original_mtime_ns") == info.st_mtime_ns
    )


@dataclass(slots=True)
class Staged:
    """A seal paused with its sealed file complete in the private work folder: the folder,
    the original and the work folder still open (and locked) in this process."""

    protector: Protector
    rec: ProtectRecord
    steps: Iterator[None]

    def finish(self) -> ProtectRecord:
        done = self.protector._advance(self.rec, self.steps)
        assert isinstance(done, ProtectRecord)
        return done


class Protector:
    """Labels and seals one scanned document at a time; reused by ``protect`` and the daemon."""

    def __init__(
        self,
        *,
        rules: RuleSet,
        recipients: Sequence[Any] = (),
        store: Store | None = None,
        label_only: bool = False,
        dry_run: bool = False,
        chunk_size: int | None = None,
        writer: SealWriter | None = None,
    ) -> None:
        if not label_only and not dry_run and not recipients:
            raise ProtectError(
                "需要至少一个接收方公钥 / at least one --recipient public key is needed"
            )
        self.rules = rules
        self.recipients = list(recipients)
        self.store = store
        # the intents and records of seals and labels (the daemon's workers: its writer)
        self.writer: SealWriter | None = writer or (DirectWriter(store) if store else None)
        self.label_only = label_only
        self.dry_run = dry_run
        self.chunk_size = chunk_size
        self.host = socket.gethostname()
        self._swept: set[str] = set()
        # the store failed (disk full, locked, server away): the run stops after that file
        self.store_failed: str | None = None

    # -- the finish-an-interrupted-run path ---------------------------------------------------
    def _sweep(self, folder: Folder) -> None:
        """Remove the work folders a crashed run left in ``folder`` (once per folder)."""
        key = str(folder.path)
        if key in self._swept:
            return
        self._swept.add(key)
        if not self.dry_run:
            for name in fsutil.remove_stale_workdirs(folder):
                log.info("removed a leftover of an interrupted run: %r", name)

    def finish_interrupted(self, path: Path) -> ProtectRecord | None:
        """If an earlier run sealed ``path`` and died before removing it, finish that run —
        only with the store's proof (:mod:`scanner.store.intents`); a sealed file that claims
        ``path`` without it is reported as suspicious and both files are kept."""
        try:
            folder = Folder.open(path.parent)
        except OSError:
            return None
        with folder:
            self._sweep(folder)
            try:
                orig = folder.open_original(path.name)
            except (OSError, ValueError):
                return None  # gone, a link, not a file: protect() reports it
            with orig:
                return self._finish(folder, orig, path)

    def _finish(self, folder: Folder, orig: Original, path: Path) -> ProtectRecord | None:
        from labelers.seal import SealError, read_header

        for sealed in sealed_names(path):
            if not folder.exists(sealed.name):
                return None
            try:
                with folder.open_original(sealed.name) as candidate:
                    with os.fdopen(os.dup(candidate.fd), "rb") as fh:
                        header = read_header(fh)
                    sealed_sha = candidate.sha256()
            except (SealError, OSError):
                continue
            if not same_source(header.meta, path, orig.info):
                continue
            rec = ProtectRecord(
                str(path),
                COMPLETED,
                sealed=str(sealed),
                label=_label_text(header.meta),
                categories=list(header.meta.get("categories", [])),
            )
            if self.dry_run:
                rec.action = WOULD_SEAL
                return rec
            info = orig.info
            proof = None
            if self.store is not None:
                proof = self.store.intents.matching(
                    path,
                    sealed,
                    device=info.st_dev,
                    inode=info.st_ino,
                    size=info.st_size,
                    sha256=orig.sha256(),
                    sealed_sha256=sealed_sha,
                )
            if proof is None:
                return self._suspicious(path, sealed, rec)
            assert self.store is not None  # a proof comes only from the store
            if not self.store.seal_recorded(sealed):
                self.store.record_seal(
                    None,
                    **self._seal_record(
                        path,
                        sealed,
                        header.meta,
                        folder.lstat(sealed.name).st_size,
                        header.chunk_size,
                    ),
                )
            with WorkDir.make(folder) as work:
                if not folder.unlink_if_same(path.name, orig.identity, work):
                    rec.action = FAILED
                    rec.error = CHANGED
                    return rec
            self.store.intents.finish(proof.id)
            return rec
        return None

    def _suspicious(self, path: Path, sealed: Path, rec: ProtectRecord) -> ProtectRecord:
        rec.action = SUSPICIOUS
        rec.error = (
            f"{sealed.name} 自称由本文件封存，但存储中没有相应的封存记录（可能是伪造的），"
            f"两个文件都保留，请保密员核查 / {sealed.name} claims to be the sealed form of this "
            f"file, but the store holds no record that baomi made it (it may be forged); both "
            f"files are kept — ask the security officer to check them"
        )
        log.warning("suspicious sealed file beside %s: %s", path, sealed.name)
        if self.store is not None:
            self.store.record_event(
                "suspicious-seal",
                os.path.abspath(path),
                {"sealed_path": os.path.abspath(sealed), "kept": True},
            )
        return rec

    # -- one scanned document -------------------------------------------------------------------
    def protect(
        self,
        result: FileResult,
        action: str | None = None,
        share: str | None = None,
        known: KnownDigest | None = None,
        snapshot: Snapshot | None = None,
    ) -> ProtectRecord:
        """:meth:`protect_staged` run to the end: one scanned document protected."""
        done = self.protect_staged(result, action, share, known, snapshot)
        assert isinstance(done, ProtectRecord)
        return done

    def protect_staged(
        self,
        result: FileResult,
        action: str | None = None,
        share: str | None = None,
        known: KnownDigest | None = None,
        snapshot: Snapshot | None = None,
        *,
        stage: bool = False,
    ) -> ProtectRecord | Staged:
        """Apply ``action`` to one scanned document: ``"seal"`` (label and seal), ``"label"``
        (label in place) or ``"detect"`` (register it in the store, change nothing). None
        means what this protector was made for (``label_only`` or sealing). The daemon
        passes the action its policy gives the document's categories, and the name of the
        share the file is in (recorded with its registration); and the :class:`Snapshot` its
        worker already read the file into (hashed and scanned from), used instead of reading
        the original again while the original opened here is that same, unmodified file.

        ``stage``: a seal stops when its sealed file is complete in the work folder and is
        returned as a :class:`Staged` (nothing outside the work folder has changed yet), whose
        :meth:`Staged.finish` does the rest — records the intent, links ``NAME.baomi``,
        records the seal, removes the original — in that order, as without it."""
        if action is None:
            action = "label" if self.label_only else "seal"
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; expected one of {ACTIONS}")
        path = Path(result.path)
        rec = ProtectRecord(
            str(path),
            NOT_SECRET,
            format=result.format,
            categories=list(result.categories),
            findings=len(result.findings),
            label=result.label.text if result.label else None,
            existing_mark=result.existing_mark.to_dict() if result.existing_mark else None,
        )
        if result.status != STATUS_OK:
            rec.action = FAILED if result.status == "error" else SKIPPED
            rec.error = result.error
            return rec
        if not result.categories or result.label is None:
            return rec
        if self.dry_run:
            rec.action = {"seal": WOULD_SEAL, "label": WOULD_LABEL, "detect": DETECTED}[action]
            return rec
        return self._advance(
            rec, self._steps(result, action, path, rec, share, known, snapshot), stage
        )

    def _steps(
        self,
        result: FileResult,
        action: str,
        path: Path,
        rec: ProtectRecord,
        share: str | None,
        known: KnownDigest | None,
        snapshot: Snapshot | None,
    ) -> Iterator[None]:
        if action == "detect":
            if self.store is not None:
                self.store.register_scan(
                    result, scanned_path=path, owner=_owner(path.stat()), share=share
                )
            rec.action = DETECTED
        elif action == "label":
            self._label_in_place(result, path, rec, share, snapshot)
        else:
            if not self.recipients:
                raise ProtectError(
                    "需要至少一个接收方公钥才能封存 / sealing needs at least "
                    "one recipient public key (--recipient)"
                )
            yield from self._seal(result, path, rec, share, known, snapshot)

    def _advance(
        self, rec: ProtectRecord, steps: Iterator[None], stage: bool = False
    ) -> ProtectRecord | Staged:
        """Run ``steps`` to the end (or, with ``stage``, to their pause: a :class:`Staged`),
        each failure made the record's error; the original is untouched when one is raised
        before the seal's link, and finished by the next run after it (finish_interrupted)."""
        path = Path(rec.path)
        try:
            for _ in steps:
                if stage:
                    return Staged(self, rec, steps)
        except ProtectError as exc:
            rec.action = FAILED
            rec.error = str(exc)
        except UnsafeFile as exc:
            rec.action = FAILED
            rec.error = exc.strerror
        except FileChanged:
            rec.action = FAILED
            rec.error = CHANGED
        except StoreError as exc:
            # A seal already renamed into place stays with its original beside it; the next
            # run's finish_interrupted records it and removes the original.
            rec.action = FAILED
            rec.error = f"记录库写入失败，已停止 / the store failed; stopping: {exc}"
            self.store_failed = str(exc)
        except FileNotFoundError as exc:
            if os.path.lexists(path):
                # the original is still there: what vanished was baomi's own work file (on a
                # full disk a labeler's output is never made); a skip would leave it plaintext
                rec.action = FAILED
                rec.error = f"写入失败 / could not write: {exc.strerror or type(exc).__name__}"
            else:
                rec.action = SKIPPED
                rec.error = (
                    "文件在处理过程中被删除或移走 / the file was removed or moved while it "
                    "was processed"
                )
        except PermissionError as exc:
            rec.action = FAILED
            rec.error = (
                "没有权限写入该文件或其所在文件夹 / permission denied writing the file "
                f"or its folder ({exc.filename or path.parent})"
            )
        except OSError as exc:
            rec.action = FAILED
            rec.error = f"写入失败 / could not write: {exc.strerror or type(exc).__name__}"
        return rec

    def _spec(self, result: FileResult) -> Any:
        from labelers.interface import LabelSpec, expiry_date

        assert result.label is not None
        now = datetime.now(UTC).replace(microsecond=0)
        years = result.label.retention_years
        return LabelSpec(
            text=result.label.text,
            level=self.rules.labels.level,
            categories=tuple(result.categories),
            retention_years=years,
            labeled_at=now,
            expires=expiry_date(now.date(), years),
        )

    def _label_copy(self, result: FileResult, src: Path, dest: Path, rec: ProtectRecord) -> Any:
        from labelers.interface import LabelError
        from labelers.registry import labeler_for

        labeler = labeler_for(result.format or "")
        if labeler is None:
            raise ProtectError(
                f"不支持为 {result.format} 格式加标志 / cannot label {result.format} files"
            )
        spec = self._spec(result)
        try:
            outcome = labeler.label(src, dest, spec)
        except LabelError as exc:
            raise ProtectError(str(exc)) from exc
        rec.method = outcome.method
        return spec, outcome

    @contextlib.contextmanager
    def _workspace(
        self, path: Path, given: Snapshot | None = None
    ) -> Iterator[tuple[Folder, Original, WorkDir, Path, Path, Snapshot | None]]:
        """The folder and the original, each opened once; the original's bytes read once
        (:meth:`Original.snapshot`), or ``given``: the snapshot the scan read — then the file
        opened must be the one it was read from, unmodified since, else :class:`FileChanged`
        (the bytes scanned are the bytes labeled and sealed); a private work folder beside
        them (removed with everything in it however the block ends); the path the labelers
        read the original from (the snapshot's bytes when there is one) and the path of the
        labeled copy."""
        from labelers.registry import sidecar_path

        with Folder.open(path.parent) as folder, contextlib.ExitStack() as stack:
            self._sweep(folder)
            orig = stack.enter_context(folder.open_original(path.name))
            if given is not None and not given.same_file(orig.info):
                # scanned from other bytes than the file now holds: never labeled and sealed
                # from a version nobody scanned; left as it is, done next run
                raise FileChanged(errno.EAGAIN, "changed since it was scanned", path.name)
            snap = given
            if snap is None:
                snap = orig.snapshot()
                if snap is not None:
                    stack.enter_context(snap)
            work = stack.enter_context(WorkDir.make(folder))
            src = _source(orig, work, path.name, snap)
            car = sidecar_path(path).name
            if src.name == path.name and folder.exists(car):
                # the label file beside the original is read through its own descriptor too
                with contextlib.suppress(OSError):
                    label_file = stack.enter_context(folder.open_original(car))
                    _source(label_file, work, car)
            yield folder, orig, work, src, work.proc_path(path.name), snap

    def _label_in_place(
        self,
        result: FileResult,
        path: Path,
        rec: ProtectRecord,
        share: str | None = None,
        snapshot: Snapshot | None = None,
    ) -> None:
        from labelers.registry import sidecar_path

        with self._workspace(path, snapshot) as (folder, orig, work, src, labeled, _snap):
            info = orig.info
            spec, outcome = self._label_copy(result, src, labeled, rec)
            crash_point("labeled")
            car = sidecar_path(labeled).name
            if outcome.method == "sidecar":
                # the document itself is not changed; only its label file is (re)written
                if outcome.changed or not folder.exists(sidecar_path(path).name):
                    work.settle(car, info)
                    folder.replace(car, sidecar_path(path).name, src_folder=work)
                    rec.action = LABELED
                else:
                    rec.action = UNCHANGED
            elif not outcome.changed:
                rec.action = UNCHANGED
            else:
                if not orig.unchanged():
                    raise ProtectError(CHANGED)
                work.settle(path.name, info)
                folder.replace(path.name, path.name, src_folder=work)
                rec.action = LABELED
        if self.writer is not None and rec.action == LABELED:
            from scanner.store.batch import RecordWrite

            self.writer.record_protection(
                RecordWrite(
                    result,
                    str(path),
                    _owner(info),
                    label=_label_record(spec, outcome.method),
                    share=share,
                )
            )

    def _seal(
        self,
        result: FileResult,
        path: Path,
        rec: ProtectRecord,
        share: str | None = None,
        known: KnownDigest | None = None,
        snapshot: Snapshot | None = None,
    ) -> Iterator[None]:
        """The seal's steps; pauses once (``yield``) when the sealed file is complete and
        verified in the work folder, before anything outside it changes: the daemon's worker
        hands the rest (intent, link, record, removal) to its tail thread there
        (:meth:`Protector.protect_staged`) and scans its next file meanwhile."""
        from labelers.registry import sidecar_path
        from labelers.seal import DEFAULT_CHUNK_SIZE, SealError, seal_file
        from scanner.store.batch import IntentWrite, RecordWrite

        with self._workspace(path, snapshot) as (folder, orig, work, src, labeled, snap):
            info = orig.info
            sealed = next(p for p in sealed_names(path) if not folder.exists(p.name))
            spec, outcome = self._label_copy(result, src, labeled, rec)
            # In a sealed file the header carries the label; a sidecar would only repeat it.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(sidecar_path(labeled).name, dir_fd=work.fd)
            crash_point("labeled")
            # the digest of the very bytes labeled and sealed, read once with them
            orig_sha = (
                snap.sha256
                if snap is not None
                else known.sha256_of(orig)
                if known is not None
                else orig.sha256()
            )
            meta = {
                "label": {
                    "text": spec.text,
                    "level": spec.level,
                    "retention_years": spec.retention_years,
                },
                "categories": list(spec.categories),
                "sealed_at": spec.labeled_at.isoformat(),
                "expires": spec.expires.isoformat(),
                "original_name": escape_name(path.name),
                "original_size": info.st_size,
                "original_mtime_ns": info.st_mtime_ns,
                "format": result.format,
                "label_method": outcome.method,
                "host": self.host,
            }
            try:
                res = seal_file(
                    labeled,
                    work.proc_path(SEALING),
                    self.recipients,
                    meta,
                    chunk_size=self.chunk_size or DEFAULT_CHUNK_SIZE,
                    verify=True,
                )
            except SealError as exc:
                raise ProtectError(f"封存失败 / sealing failed: {exc}") from exc
            crash_point("sealed-tmp")
            yield
            if not orig.unchanged():
                raise ProtectError(CHANGED)
            digest = work.settle(SEALING, info)
            intent = None
            if self.writer is not None:
                intent = self.writer.record_intent(
                    IntentWrite(
                        str(path),
                        str(sealed),
                        device=info.st_dev,
                        inode=info.st_ino,
                        size=info.st_size,
                        sha256=orig_sha,
                        sealed_sha256=digest,
                    )
                )
            try:
                folder.link_new(SEALING, sealed.name, src_folder=work)
            except FileExistsError:
                raise ProtectError(
                    f"{sealed.name} 刚被他人创建，下次运行时再处理 / {sealed.name} was just "
                    f"created by someone else; this file will be done next run"
                ) from None
            crash_point("renamed")
            if self.writer is not None:
                self.writer.record_protection(
                    RecordWrite(
                        result,
                        str(path),
                        _owner(info),
                        label=_label_record(spec, outcome.method),
                        seal=self._seal_record(
                            path, sealed, meta, res.sealed_size, res.header.chunk_size
                        ),
                        share=share,
                    )
                )
            crash_point("recorded")
            os.unlink(path.name, dir_fd=work.fd)
            crash_point("label-tmp-removed")
            if not folder.unlink_if_same(path.name, orig.identity, work):
                raise ProtectError(
                    f"已封存为 {sealed.name}，但原文件随后被换成了另一个文件，新文件保留 / "
                    f"sealed into {sealed.name}, but the original was then replaced by another "
                    f"file, which is kept"
                )
            if intent is not None and self.writer is not None:
                self.writer.finish_intent(intent)
            crash_point("original-removed")
        rec.action = SEALED
        rec.sealed = str(sealed)

    def _seal_record(
        self, path: Path, sealed: Path, meta: dict[str, Any], sealed_size: int, chunk_size: int
    ) -> dict[str, Any]:
        from datetime import date

        expires = meta.get("expires")
        return {
            "original_path": path,
            "sealed_path": sealed,
            "recipients": [{"name": r.name, "fingerprint": r.fingerprint} for r in self.recipients],
            "sealed_size": sealed_size,
            "chunk_size": chunk_size,
            "expires": date.fromisoformat(expires) if expires else None,
        }


def _label_record(spec: Any, method: str) -> dict[str, Any]:
    return {
        "text": spec.text,
        "categories": list(spec.categories),
        "retention_years": spec.retention_years,
        "expires": spec.expires,
        "method": method,
    }


def _label_text(meta: dict[str, Any]) -> str | None:
    label = meta.get("label")
    return label.get("text") if isinstance(label, dict) else None


def _owner(info: os.stat_result) -> str | None:
    try:
        import pwd

        return pwd.getpwuid(info.st_uid).pw_name
    except (ImportError, KeyError):
        return str(info.st_uid)


def actor() -> str:
    """The person at the keyboard, as the operating system knows them: the same name the
    audit trail gives events written without an explicit actor."""
    from scanner.store.audit import os_user

    return os_user()


# -- the command ----------------------------------------------------------------------------------


@dataclass(slots=True)
class ProtectSummary:
    files: int = 0
    actions: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, rec: ProtectRecord) -> None:
        self.files += 1
        self.actions[rec.action] += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "seconds": round(self.seconds, 2),
            **{a: self.actions.get(a, 0) for a in ACTION_WORDS},
        }


def _write_table_line(out: TextIO, rec: ProtectRecord, verbose: bool) -> None:
    if rec.action == NOT_SECRET and not verbose:
        return
    word = ACTION_WORDS.get(rec.action, rec.action)
    line = f"{word:<18} {escape_name(rec.path)}"
    if rec.sealed:
        line += f" → {escape_name(Path(rec.sealed).name)}"
    if rec.label and rec.action != NOT_SECRET:
        line += f"  [{' '.join(rec.categories)}] {rec.label}"
    if rec.error:
        line += f"  — {escape_surrogates(rec.error)}"
    print(line, file=out, flush=True)


def _summary_text(s: ProtectSummary, dry_run: bool) -> str:
    a = s.actions
    parts = [f"{s.files} 个文件 files"]
    for key in (
        SEALED,
        COMPLETED,
        LABELED,
        UNCHANGED,
        DETECTED,
        WOULD_SEAL,
        WOULD_LABEL,
        NOT_SECRET,
        FAILED,
        SKIPPED,
    ):
        if a.get(key):
            parts.append(f"{ACTION_WORDS[key]} {a[key]}")
    head = "演练（未修改任何文件） / dry run, nothing changed: " if dry_run else ""
    return head + "; ".join(parts) + f" ({s.seconds:.1f} s)"


def run_protect(
    *,
    candidates: Iterable[Candidate],
    protector: Protector,
    scan: Any,
    fmt: str,
    out: TextIO,
    verbose: bool,
    progress: Any = None,
    stop: Any = None,
) -> ProtectSummary:
    """Protect every candidate, writing one record each; ``scan`` maps candidates to results
    (in order), each with the :class:`Snapshot` it was scanned from or None (the run closes
    each snapshot after its file). Returns the summary; ``stop.requested`` ends the run after
    the current file."""
    started = time.perf_counter()
    summary = ProtectSummary()
    todo: list[Candidate] = []

    def emit(rec: ProtectRecord) -> None:
        summary.add(rec)
        with whole_record():
            if fmt == "jsonl":
                out.write(json.dumps(json_safe(rec.to_dict()), ensure_ascii=False) + "\n")
                out.flush()
            else:
                _write_table_line(out, rec, verbose)
        if progress is not None:
            progress(rec)

    for cand in candidates:
        if cand.status is None:
            try:
                done = protector.finish_interrupted(cand.path)
            except StoreError as exc:
                protector.store_failed = str(exc)
                done = ProtectRecord(
                    str(cand.path),
                    FAILED,
                    error=f"记录库写入失败，已停止 / the store failed; stopping: {exc}",
                )
            if done is not None:
                emit(done)
                if protector.store_failed:
                    break
                continue
        todo.append(cand)
    results = iter(scan(todo if not protector.store_failed else []))
    try:
        for result, snap in results:
            with snap if snap is not None else contextlib.nullcontext():
                rec = protector.protect(result, snapshot=snap)
            emit(rec)
            if (stop is not None and stop.requested) or protector.store_failed:
                break
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # the scan's snapshots not handed out yet are closed with it
    summary.seconds = time.perf_counter() - started
    if fmt == "table":
        print(_summary_text(summary, protector.dry_run), file=out, flush=True)
    return summary
