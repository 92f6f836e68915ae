"""``baomi protect``: label and seal the documents that hold work secrets, crash-safely.

For each document found under the given paths the scanner decides its categories; a document
with none is left exactly as it is. A secret document ``NAME`` then goes through these steps:

1. its labeler writes a labeled copy to a hidden temporary file beside it
   (``.NAME.label.baomi.tmp``); the original is only read;
2. the labeled copy is sealed into ``.NAME.seal.baomi.tmp``, flushed to disk and verified:
   decrypted again with the file key still in memory and compared with the labeled bytes (a
   file server holds only public keys, so this is the only way it can check its own work);
3. that file is renamed to ``NAME.baomi`` — a rename within one folder is atomic — and the
   folder is synced;
4. the store records the registration, the label and the seal (with their audit events);
5. the labeled copy is removed, then the original.

So at every instant the original exists until a complete, verified ``NAME.baomi`` exists, and a
temporary file exists only while its original does. After a crash (power cut, ``kill -9``) the
next run finds ``NAME`` beside a ``NAME.baomi`` that was made from it — the header names the
original's name, size and modification time — and only finishes steps 4–5: nothing is sealed
twice and nothing is lost. ``--label-only`` replaces the original by its labeled copy with one
atomic rename instead.

:func:`crash_point` lets the tests kill the process between any two of these steps.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import stat
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from scanner.errors import BaomiError
from scanner.interrupts import whole_record
from scanner.store.errors import StoreError
from scanner.workflows.actions import ACTIONS

if TYPE_CHECKING:  # the scanner (presidio, ~1 s to import) is needed only when a file is scanned
    from scanner.detect.rulepacks import RuleSet
    from scanner.pipeline import FileResult
    from scanner.walk import Candidate

STATUS_OK = "ok"  # scanner.pipeline.STATUS_OK, without importing the engine

log = logging.getLogger(__name__)

SEALED_SUFFIX = ".baomi"
LABEL_TMP = ".label.baomi.tmp"
SEAL_TMP = ".seal.baomi.tmp"

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "action": self.action,
            "status": "error"
            if self.action == FAILED
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


def tmp_paths(path: Path) -> tuple[Path, Path]:
    """The labeled copy and the sealed file in the making, hidden beside ``path``."""
    return (path.with_name(f".{path.name}{LABEL_TMP}"), path.with_name(f".{path.name}{SEAL_TMP}"))


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


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (POSIX: the directory entry is data)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_ownership(src_info: os.stat_result, dst: Path) -> None:
    """The sealed or labeled file keeps the original's permissions (and owner, when we may)."""
    os.chmod(dst, stat.S_IMODE(src_info.st_mode))
    if hasattr(os, "chown") and (src_info.st_uid != os.getuid() or src_info.st_gid != os.getgid()):
        with contextlib.suppress(PermissionError):
            os.chown(dst, src_info.st_uid, src_info.st_gid)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def same_source(meta: dict[str, Any], path: Path, info: os.stat_result) -> bool:
    """Was this sealed file made from the document now at ``path``?"""
    return (
        meta.get("original_name") == path.name
        and meta.get("original_size") == info.st_size
        and meta.get("original_mtime_ns") == info.st_mtime_ns
    )


class Protector:
    """Labels and seals one scanned document at a time; reused by ``protect`` and the daemon."""

    def __init__(
        self,
        *,
        rules: RuleSet,
        recipients: Sequence[Any] = (),
        store: Any = None,
        label_only: bool = False,
        dry_run: bool = False,
        chunk_size: int | None = None,
    ) -> None:
        if not label_only and not dry_run and not recipients:
            raise ProtectError(
                "需要至少一个接收方公钥 / at least one --recipient public key is needed"
            )
        self.rules = rules
        self.recipients = list(recipients)
        self.store = store
        self.label_only = label_only
        self.dry_run = dry_run
        self.chunk_size = chunk_size
        self.host = socket.gethostname()
        # the store failed (disk full, locked, server away): the run stops after that file
        self.store_failed: str | None = None

    # -- the finish-an-interrupted-run path ---------------------------------------------------
    def finish_interrupted(self, path: Path) -> ProtectRecord | None:
        """If an earlier run sealed ``path`` and died before removing it, finish that run."""
        from labelers.seal import SealError, read_header

        try:
            info = path.stat()
        except OSError:
            return None
        for sealed in sealed_names(path):
            if not sealed.exists():
                return None
            try:
                header = read_header(sealed)
            except (SealError, OSError):
                continue
            if not same_source(header.meta, path, info):
                continue
            if self.dry_run:
                return ProtectRecord(
                    str(path),
                    WOULD_SEAL,
                    sealed=str(sealed),
                    label=_label_text(header.meta),
                    categories=list(header.meta.get("categories", [])),
                )
            if self.store is not None and not self.store.seal_recorded(sealed):
                self.store.record_seal(
                    None,
                    **self._seal_record(
                        path, sealed, header.meta, sealed.stat().st_size, header.chunk_size
                    ),
                )
            label_tmp, seal_tmp = tmp_paths(path)
            _unlink(label_tmp)
            _unlink(seal_tmp)
            path.unlink()
            fsync_dir(path.parent)
            return ProtectRecord(
                str(path),
                COMPLETED,
                sealed=str(sealed),
                label=_label_text(header.meta),
                categories=list(header.meta.get("categories", [])),
            )
        return None

    # -- one scanned document -------------------------------------------------------------------
    def protect(
        self, result: FileResult, action: str | None = None, share: str | None = None
    ) -> ProtectRecord:
        """Apply ``action`` to one scanned document: ``"seal"`` (label and seal), ``"label"``
        (label in place) or ``"detect"`` (register it in the store, change nothing). None
        means what this protector was made for (``label_only`` or sealing). The daemon
        passes the action its policy gives the document's categories, and the name of the
        share the file is in (recorded with its registration)."""
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
        try:
            if action == "detect":
                if self.store is not None:
                    self.store.register_scan(
                        result, scanned_path=path, owner=_owner(path.stat()), share=share
                    )
                rec.action = DETECTED
            elif action == "label":
                self._label_in_place(result, path, rec, share)
            else:
                if not self.recipients:
                    raise ProtectError(
                        "需要至少一个接收方公钥才能封存 / sealing needs at least "
                        "one recipient public key (--recipient)"
                    )
                self._seal(result, path, rec, share)
        except ProtectError as exc:
            rec.action = FAILED
            rec.error = str(exc)
        except StoreError as exc:
            # A seal already renamed into place stays with its original beside it; the next
            # run's finish_interrupted records it and removes the original.
            rec.action = FAILED
            rec.error = f"记录库写入失败，已停止 / the store failed; stopping: {exc}"
            self.store_failed = str(exc)
        except FileNotFoundError:
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

    def _label_copy(self, result: FileResult, path: Path, dest: Path, rec: ProtectRecord) -> Any:
        from labelers.interface import LabelError
        from labelers.registry import labeler_for, sidecar_path

        labeler = labeler_for(result.format or "")
        if labeler is None:
            raise ProtectError(
                f"不支持为 {result.format} 格式加标志 / cannot label {result.format} files"
            )
        spec = self._spec(result)
        try:
            outcome = labeler.label(path, dest, spec)
        except LabelError as exc:
            _unlink(dest)
            _unlink(sidecar_path(dest))
            raise ProtectError(str(exc)) from exc
        rec.method = outcome.method
        return spec, outcome

    def _label_in_place(
        self, result: FileResult, path: Path, rec: ProtectRecord, share: str | None = None
    ) -> None:
        from labelers.registry import sidecar_path

        info = path.stat()
        label_tmp, _ = tmp_paths(path)
        spec, outcome = self._label_copy(result, path, label_tmp, rec)
        crash_point("labeled")
        tmp_sidecar = sidecar_path(label_tmp)
        if outcome.method == "sidecar":
            # the document itself is not changed; only its label file is (re)written
            _unlink(label_tmp)
            if outcome.changed or not sidecar_path(path).exists():
                os.replace(tmp_sidecar, sidecar_path(path))
                fsync_dir(path.parent)
                rec.action = LABELED
            else:
                _unlink(tmp_sidecar)
                rec.action = UNCHANGED
        elif not outcome.changed:
            _unlink(label_tmp)
            rec.action = UNCHANGED
        else:
            self._check_unchanged(path, info, label_tmp)
            copy_ownership(info, label_tmp)
            os.replace(label_tmp, path)
            fsync_dir(path.parent)
            rec.action = LABELED
        if self.store is not None and rec.action == LABELED:
            self.store.record_protection(
                result,
                scanned_path=path,
                owner=_owner(info),
                label=_label_record(spec, outcome.method),
                share=share,
            )

    def _check_unchanged(self, path: Path, before: os.stat_result, *temps: Path) -> None:
        after = path.stat()
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
            for t in temps:
                _unlink(t)
            raise ProtectError(
                "文件在处理过程中被修改，下次运行时再处理 / the file changed "
                "while it was being protected; it is left as it is and will be "
                "done next run"
            )

    def _seal(
        self, result: FileResult, path: Path, rec: ProtectRecord, share: str | None = None
    ) -> None:
        from labelers.registry import sidecar_path
        from labelers.seal import DEFAULT_CHUNK_SIZE, SealError, seal_file

        info = path.stat()
        sealed = next(p for p in sealed_names(path) if not p.exists())
        label_tmp, seal_tmp = tmp_paths(path)
        spec, outcome = self._label_copy(result, path, label_tmp, rec)
        # In a sealed file the header carries the label; a sidecar would only repeat it.
        _unlink(sidecar_path(label_tmp))
        crash_point("labeled")
        meta = {
            "label": {
                "text": spec.text,
                "level": spec.level,
                "retention_years": spec.retention_years,
            },
            "categories": list(spec.categories),
            "sealed_at": spec.labeled_at.isoformat(),
            "expires": spec.expires.isoformat(),
            "original_name": path.name,
            "original_size": info.st_size,
            "original_mtime_ns": info.st_mtime_ns,
            "format": result.format,
            "label_method": outcome.method,
            "host": self.host,
        }
        try:
            res = seal_file(
                label_tmp,
                seal_tmp,
                self.recipients,
                meta,
                chunk_size=self.chunk_size or DEFAULT_CHUNK_SIZE,
                verify=True,
            )
        except SealError as exc:
            _unlink(seal_tmp)
            _unlink(label_tmp)
            raise ProtectError(f"封存失败 / sealing failed: {exc}") from exc
        crash_point("sealed-tmp")
        self._check_unchanged(path, info, seal_tmp, label_tmp)
        copy_ownership(info, seal_tmp)
        os.replace(seal_tmp, sealed)
        fsync_dir(path.parent)
        crash_point("renamed")
        if self.store is not None:
            self.store.record_protection(
                result,
                scanned_path=path,
                owner=_owner(info),
                label=_label_record(spec, outcome.method),
                seal=self._seal_record(path, sealed, meta, res.sealed_size, res.header.chunk_size),
                share=share,
            )
        crash_point("recorded")
        _unlink(label_tmp)
        crash_point("label-tmp-removed")
        path.unlink()
        fsync_dir(path.parent)
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
    line = f"{word:<18} {rec.path}"
    if rec.sealed:
        line += f" → {Path(rec.sealed).name}"
    if rec.label and rec.action != NOT_SECRET:
        line += f"  [{' '.join(rec.categories)}] {rec.label}"
    if rec.error:
        line += f"  — {rec.error}"
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
    (in order). Returns the summary; ``stop.requested`` ends the run after the current file."""
    started = time.perf_counter()
    summary = ProtectSummary()
    todo: list[Candidate] = []

    def emit(rec: ProtectRecord) -> None:
        summary.add(rec)
        with whole_record():
            if fmt == "jsonl":
                out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
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
    for result in scan(todo if not protector.store_failed else []):
        emit(protector.protect(result))
        if (stop is not None and stop.requested) or protector.store_failed:
            break
    summary.seconds = time.perf_counter() - started
    if fmt == "table":
        print(_summary_text(summary, protector.dry_run), file=out, flush=True)
    return summary
