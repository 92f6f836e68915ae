"""Backups of sealed files to a different place (docs/policy.md §5: back up regularly, elsewhere).

Only sealed files (``NAME.baomi``) are ever copied, so the backup site never holds plaintext
and needs no key. A copy is written to a temporary file beside its final place, flushed,
read back and compared (SHA-256) with what was read from the source, and only then renamed
over the final name, so an older good copy is never replaced by a bad one; the folder is
synced after the rename. The store records each copy (``backups`` table, with an audit event).

``verify_backups`` checks, for every seal the store knows, that its newest backup exists, has
the recorded size and SHA-256, is newer than the seal and still parses as a sealed file. It
reads headers and bytes of the sealed copies only; nothing is ever decrypted.

The backup target is a directory: a mounted backup disk or a network share mounted on this
server. URL targets (sftp://, s3://) are not supported: they would bring a network client
library into a program that otherwise talks to nothing but its database.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from labelers.seal import SUFFIX, SealError, read_header
from scanner import fsutil
from scanner.errors import BaomiError

__all__ = ["BackupError", "BackupItem", "BackupReport", "backup_sealed", "verify_backups"]

log = logging.getLogger(__name__)

_CHUNK = 1024 * 1024

if TYPE_CHECKING:
    from scanner.store import Store
    from scanner.store.backups import BackupRow, SealWithBackups


class BackupError(BaomiError):
    """A backup that cannot be made; the message says what to fix."""


@dataclass(frozen=True)
class BackupItem:
    """One sealed file's backup state; ``reason`` says what is wrong (None when ok)."""

    sealed_path: str
    host: str
    share: str | None
    backup_path: str | None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "sealed_path": self.sealed_path,
            "host": self.host,
            "share": self.share,
            "backup_path": self.backup_path,
            "reason": self.reason,
        }


@dataclass
class BackupReport:
    ok: list[BackupItem] = field(default_factory=list)
    missing: list[BackupItem] = field(default_factory=list)
    damaged: list[BackupItem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.missing and not self.damaged

    def summary(self) -> str:
        total = len(self.ok) + len(self.missing) + len(self.damaged)
        return (
            f"{total} sealed files: {len(self.ok)} backed up, {len(self.missing)} missing, "
            f"{len(self.damaged)} damaged"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "intact": self.intact,
            "counts": {
                "ok": len(self.ok),
                "missing": len(self.missing),
                "damaged": len(self.damaged),
            },
            "ok": [i.to_dict() for i in self.ok],
            "missing": [i.to_dict() for i in self.missing],
            "damaged": [i.to_dict() for i in self.damaged],
        }


# -- making a backup ---------------------------------------------------------------------------


def backup_sealed(store: Store, sealed: Path, backup_root: Path, share: str, relpath: str) -> Path:
    """Copy the sealed file ``sealed`` to ``backup_root/<share>/<relpath>.baomi``, verified,
    and record it in ``store``. ``relpath``: the document's path inside its share (with or
    without the ``.baomi`` suffix). Returns the backup's path. An identical copy already
    there is kept; a different (older) one is replaced atomically."""
    sealed = Path(os.path.abspath(sealed))
    dst = _destination(backup_root, share, relpath)
    try:
        read_header(sealed)
    except SealError as exc:
        raise BackupError(
            f"只备份封存文件 / only sealed files are backed up, and {sealed} is "
            f"not one ({exc}): the backup site never receives plaintext"
        ) from None
    with contextlib.suppress(OSError):
        if dst.exists() and os.path.samefile(dst, sealed):
            raise BackupError(
                f"备份位置就是原文件 / the backup {dst} is the sealed file "
                f"itself: back up to a different disk or server"
            )
    try:
        dst.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            f"无法创建备份文件夹 / cannot create the backup folder {dst.parent}: {exc.strerror}"
        ) from None
    source_sha, size = _sha256(sealed, "读取封存文件 / reading the sealed file")
    existing = _existing_sha(dst)
    if existing != source_sha:
        _copy_verified(sealed, dst, source_sha)
    elif store.backup_recorded(sealed_path=sealed, backup_path=dst, sha256=source_sha):
        return dst  # identical copy, already on record: nothing to do
    store.record_backup(
        sealed_path=sealed, backup_path=dst, sha256=source_sha, size=size, share=share
    )
    return dst


def _destination(backup_root: Path, share: str, relpath: str) -> Path:
    root = Path(backup_root)
    # Never create the root: an unmounted backup disk would otherwise be "backed up" to the
    # empty mount point on the server's own disk.
    if not root.is_dir():
        raise BackupError(
            f"备份位置不存在 / the backup folder {root} does not exist or is "
            f"not a folder: mount the backup disk or share there first"
        )
    if not share or share in (".", "..") or "/" in share or "\\" in share or "\0" in share:
        raise BackupError(f"共享名不可用于备份 / share name {share!r} cannot name a backup folder")
    rel = PurePosixPath(relpath)
    if rel.is_absolute() or not rel.parts or ".." in rel.parts or "\0" in relpath:
        raise BackupError(
            f"路径应相对于共享 / relpath {relpath!r} must be a path inside the "
            f"share, such as 2024/工资表.xlsx"
        )
    name = rel.name if rel.name.endswith(SUFFIX) else rel.name + SUFFIX
    return root.joinpath(share, *rel.parent.parts, name)


def _copy_verified(src: Path, dst: Path, source_sha: str) -> None:
    try:
        with fsutil.Folder.open(dst.parent) as folder:
            temp = folder.create_temp()
            try:
                digest = hashlib.sha256()
                with temp.file() as out, open(src, "rb") as fin:
                    while chunk := fin.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                    out.flush()
                temp.sync()
                if digest.hexdigest() != source_sha:
                    raise BackupError(
                        f"封存文件在复制时被改动 / the sealed file {src} changed while "
                        f"it was copied: run the backup again"
                    )
                # Read back before the rename, so a bad copy never replaces an older good one.
                # (The page cache may answer the read; the fsync above is what reaches the disk.)
                fd = os.open(temp.name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=folder.fd)
                try:
                    copied = fsutil.sha256_fd(fd)
                finally:
                    os.close(fd)
                if copied != source_sha:
                    raise BackupError(
                        f"备份回读不一致 / the copy of {dst} does not read back as "
                        f"written (SHA-256 differs): check the backup disk"
                    )
                temp.commit(dst.name)
            except BaseException:
                temp.discard()
                raise
    except OSError as exc:
        raise BackupError(
            f"无法写入备份 / cannot write the backup {dst}: {exc.strerror or exc}"
        ) from None


def _existing_sha(path: Path) -> str | None:
    try:
        return _sha256(path, "")[0]
    except BackupError:
        return None


def _sha256(path: Path, what: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise BackupError(f"{what} {path}: {exc.strerror}") from None
    return digest.hexdigest(), size


# -- verifying ---------------------------------------------------------------------------------


def verify_backups(store: Store, *, host: str | None = None) -> BackupReport:
    """Check every registered seal (of ``host``, or of all hosts) against its newest backup."""
    report = BackupReport()
    for seal in store.seals_with_backups(host=host):
        backups = seal["backups"]
        newest = backups[0] if backups else None

        def item(
            reason: str | None, seal: SealWithBackups = seal, newest: BackupRow | None = newest
        ) -> BackupItem:
            return BackupItem(
                seal["sealed_path"],
                seal["host"],
                newest["share"] if newest else None,
                newest["backup_path"] if newest else None,
                reason,
            )

        if newest is None:
            report.missing.append(item("没有备份记录 / never backed up"))
            continue
        if newest["backed_up_at"] < seal["sealed_at"]:
            report.missing.append(
                item("备份早于最近一次封存 / the backup is older than the newest seal of this file")
            )
            continue
        problem, gone = _check_copy(newest)
        if problem is None:
            report.ok.append(item(None))
        elif gone:
            report.missing.append(item(problem))
        else:
            report.damaged.append(item(problem))
    return report


def _check_copy(backup: BackupRow) -> tuple[str | None, bool]:
    """What is wrong with a backup copy (None when nothing), and whether it is gone."""
    path = Path(backup["backup_path"])
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "备份文件不存在 / the backup file is gone", True
    except OSError as exc:
        return f"无法读取备份 / cannot read the backup: {exc.strerror}", True
    if size != backup["size"]:
        return (
            f"大小不符 / size {size} bytes, recorded {backup['size']} (truncated or replaced)"
        ), False
    try:
        sha, _ = _sha256(path, "读取备份 / reading the backup")
    except BackupError as exc:
        return str(exc), False
    if sha != backup["sha256"]:
        return "内容已变 / SHA-256 differs from the one recorded (damaged or replaced)", False
    try:
        read_header(path)
    except SealError as exc:
        return f"不是有效的封存文件 / not a readable sealed file: {exc}", False
    return None, False
