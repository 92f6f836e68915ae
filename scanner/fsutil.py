"""The one secure, crash-safe write, fsync of a folder, file owner — one copy, used by every writer.

baomi runs as a privileged service on shares that many people can write to. Anyone on the share
can plant an entry under a name baomi is about to use (a symlink to a file elsewhere, a file of
their own) or swap a document for a link between the moment baomi looks at it and the moment it
opens it. So every write here keeps to these rules:

* a folder is opened once (``Folder``) and every name in it is resolved relative to that
  descriptor (``dir_fd``): renaming the folder or a parent away and putting a link in its place
  cannot redirect a later step;
* a new file is created with ``O_CREAT | O_EXCL | O_NOFOLLOW`` under a random name: an entry
  planted under any name makes the create fail instead of being followed, and the name cannot be
  guessed in advance;
* a file that already exists (a document) is opened once with ``O_NOFOLLOW`` and everything after
  is done on that descriptor: ``fstat``, read, mode and owner; before it is replaced or removed
  its identity (``st_dev``, ``st_ino``) is compared with the one opened;
* modes are set with ``fchmod`` on the descriptor (never wider than asked), owners with
  ``fchown``; the final ``rename`` happens within the folder's descriptor, then the folder is
  fsynced;
* on any error every temporary file made so far is removed.

Intermediate files (a labeled plaintext copy, a sealed file in the making) live in a
:class:`WorkDir`: a private folder (mode 0700, owned by baomi's account, locked with ``flock``
while in use) made inside the target folder. Share writers cannot enter it, so nothing in it can be
read or swapped by them; a crash leaves it behind, and :func:`remove_stale_workdirs` removes it
later — only when it is provably baomi's (our account owns it, its name is ours, and no live
process holds its lock).

This module imports nothing from the rest of baomi (an import-linter contract keeps it so), so
the labelers and the store may use it too.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import io
import logging
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple, Self, TextIO, cast

log = logging.getLogger(__name__)

_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)

TEMP_SUFFIX = ".baomi.tmp"
#: the names baomi gives its temporary files and private folders; nothing else is ever removed
#: as a leftover
_TEMP_NAME = re.compile(rb"^\.baomi-[0-9a-f]{16}(?:\.[a-z]+)?\.baomi\.tmp$")
#: where Linux shows an open descriptor as a path that resolves through the descriptor itself
_PROC_FD = Path("/proc/self/fd")
_CHUNK = 1024 * 1024
#: the largest file read whole into memory by :meth:`Original.snapshot`: a larger one is read
#: from the disk by each step as before (a worker's memory is capped; see scanner.limits)
SNAPSHOT_LIMIT = 64 * 1024 * 1024
_HAS_MEMFD = hasattr(os, "memfd_create") and _PROC_FD.is_dir()

Identity = tuple[int, int]


class UnsafeFile(OSError):
    """A name baomi was about to use is not what it should be (a link, another file, a folder
    someone else owns). The message says so for a person."""


def identity(info: os.stat_result) -> Identity:
    return (info.st_dev, info.st_ino)


class Version(NamedTuple):
    """One version of one file, as ``stat`` shows it: equal versions, the same file unwritten
    since. A writer can set the size and the mtime back (``os.utime``), not the ctime (the
    kernel sets it on every write, ``utime`` and rename), the device or the inode."""

    size: int
    mtime_ns: int
    ctime_ns: int
    dev: int
    ino: int


def version_of(info: os.stat_result) -> Version:
    return Version(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_dev, info.st_ino)


def _name(name: str | bytes) -> str | bytes:
    """One path component; anything with a slash (or empty, ``.``, ``..``) is refused."""
    sep = b"/" if isinstance(name, bytes) else "/"
    if not name or sep in name or name in (".", "..", b".", b".."):  # type: ignore[operator]
        raise ValueError(f"not a single file name: {name!r}")
    return name


def random_name(kind: str = "") -> str:
    """A fresh temporary name: ``.baomi-<16 hex>[.kind].baomi.tmp`` (the walkers skip it)."""
    tail = f".{kind}" if kind else ""
    return f".baomi-{secrets.token_hex(8)}{tail}{TEMP_SUFFIX}"


def is_temp_name(name: str | bytes) -> bool:
    raw = os.fsencode(name)
    return _TEMP_NAME.match(raw) is not None


# -- folders ---------------------------------------------------------------------------------


def fsync_dir(folder: Path | int) -> None:
    """Make a rename or unlink in ``folder`` durable (POSIX: the directory entry is data).

    Filesystems that cannot sync a folder (``EINVAL``/``ENOTSUP``/``EBADF`` on some network
    mounts) are accepted; any other error (``EIO``: the disk lost the entry) is raised.
    """
    if isinstance(folder, int):
        _fsync_fd(folder)
        return
    fd = os.open(folder, os.O_RDONLY | _O_DIRECTORY | _O_CLOEXEC)
    try:
        _fsync_fd(fd)
    finally:
        os.close(fd)


def _fsync_fd(fd: int) -> None:
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise


class _Held:
    """Something held by one descriptor ``fd``, closed once (by ``close`` or the ``with``)."""

    fd: int

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class Folder(_Held):
    """A folder held by one descriptor; every name below is looked up relative to it."""

    def __init__(self, fd: int, path: Path) -> None:
        self.fd = fd
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> Folder:
        """Open ``path`` as a folder (the path is resolved now, once)."""
        fd = os.open(path, os.O_RDONLY | _O_DIRECTORY | _O_CLOEXEC)
        return cls(fd, Path(path))

    def fsync(self) -> None:
        _fsync_fd(self.fd)

    def lstat(self, name: str | bytes) -> os.stat_result:
        return os.stat(_name(name), dir_fd=self.fd, follow_symlinks=False)

    def exists(self, name: str | bytes) -> bool:
        try:
            self.lstat(name)
        except FileNotFoundError:
            return False
        return True

    def proc_path(self, name: str) -> Path:
        """A path to ``name`` that resolves through this folder's descriptor on Linux (so a
        renamed or swapped folder cannot redirect a library that wants a path), else the plain
        path."""
        _name(name)
        if _PROC_FD.is_dir():
            return _PROC_FD / str(self.fd) / name
        return self.path / name

    def open_original(self, name: str | bytes, expect: Identity | None = None) -> Original:
        """Open an existing document for reading, never through a link.

        Refused (:class:`UnsafeFile`) when ``name`` is a symlink, not a regular file, or not the
        file ``expect`` (``st_dev``, ``st_ino``) names — the file seen by the scan.
        """
        flags = os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_CLOEXEC
        try:
            fd = os.open(_name(name), flags, dir_fd=self.fd)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UnsafeFile(
                    errno.ELOOP,
                    "文件已被换成链接，不予处理 / the file was replaced by a symbolic link; "
                    "baomi does not follow it",
                    os.fsdecode(name),
                ) from None
            raise
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise UnsafeFile(
                    errno.EINVAL,
                    "不是普通文件，不予处理 / not a regular file; baomi leaves it alone",
                    os.fsdecode(name),
                )
            if expect is not None and identity(info) != expect:
                raise UnsafeFile(
                    errno.ESTALE,
                    "扫描后文件被换成了另一个文件，下次运行时再处理 / the file was replaced "
                    "by another one after it was scanned; it will be done next run",
                    os.fsdecode(name),
                )
            # the non-blocking flag was only for refusing a FIFO without hanging
            fl = fcntl.fcntl(fd, fcntl.F_GETFL)
            fcntl.fcntl(fd, fcntl.F_SETFL, fl & ~_O_NONBLOCK)
        except BaseException:
            os.close(fd)
            raise
        return Original(self, os.fsdecode(name), fd, info)

    def create_temp(self, kind: str = "", mode: int = 0o600) -> TempFile:
        """A new empty file under a random name here (``O_CREAT|O_EXCL|O_NOFOLLOW``, ``mode``)."""
        for _ in range(16):
            name = random_name(kind)
            try:
                fd = os.open(
                    name,
                    os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC,
                    mode,
                    dir_fd=self.fd,
                )
            except FileExistsError:
                continue  # someone planted this name: take another, never use theirs
            try:
                os.fchmod(fd, mode)  # the umask may have removed bits the caller asked for
            except BaseException:
                os.close(fd)
                os.unlink(name, dir_fd=self.fd)
                raise
            return TempFile(self, name, fd)
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(self.path))

    def replace(self, src: str, dst: str | bytes, src_folder: Folder | None = None) -> None:
        """Rename ``src`` (in ``src_folder``, default here) over ``dst`` here, then fsync."""
        origin = src_folder or self
        os.rename(_name(src), _name(dst), src_dir_fd=origin.fd, dst_dir_fd=self.fd)
        self.fsync()
        if origin is not self:
            origin.fsync()

    def link_new(self, src: str, dst: str | bytes, src_folder: Folder | None = None) -> None:
        """Give the file ``src`` (in ``src_folder``) the new name ``dst`` here without ever
        replacing an entry (``FileExistsError`` if ``dst`` exists), then drop ``src``."""
        origin = src_folder or self
        try:
            os.link(
                _name(src),
                _name(dst),
                src_dir_fd=origin.fd,
                dst_dir_fd=self.fd,
                follow_symlinks=False,
            )
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
                raise
            # no hard links here (some network filesystems): check, then rename
            if self.exists(dst):
                raise FileExistsError(errno.EEXIST, "exists", os.fsdecode(dst)) from None
            os.rename(src, dst, src_dir_fd=origin.fd, dst_dir_fd=self.fd)
        else:
            os.unlink(src, dir_fd=origin.fd)
        self.fsync()
        if origin is not self:
            origin.fsync()

    def unlink_if_same(self, name: str | bytes, expect: Identity, work: WorkDir) -> bool:
        """Remove ``name`` only if it is still the file ``expect`` names.

        The entry is first moved into ``work`` (one atomic rename), then checked there where
        nobody else can touch it; a different file is put back (or, if its name was taken
        meanwhile, kept beside it under a new name) and False is returned.
        """
        parked = random_name("parked")
        try:
            os.rename(_name(name), parked, src_dir_fd=self.fd, dst_dir_fd=work.fd)
        except FileNotFoundError:
            return False
        if identity(os.stat(parked, dir_fd=work.fd, follow_symlinks=False)) == expect:
            os.unlink(parked, dir_fd=work.fd)
            self.fsync()
            return True
        try:
            self.link_new(parked, name, src_folder=work)
        except FileExistsError:
            self.link_new(parked, f"{os.fsdecode(name)}.{secrets.token_hex(4)}.kept", work)
        return False


class TempFile:
    """A file being written under a random name in a folder; removed unless :meth:`commit`."""

    def __init__(self, folder: Folder, name: str, fd: int) -> None:
        self.folder = folder
        self.name = name
        self.fd = fd

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]

    def file(self) -> BinaryIO:
        """A buffered writer over the descriptor (closing it leaves the descriptor open)."""
        return cast(BinaryIO, os.fdopen(os.dup(self.fd), "wb"))

    def sync(self) -> None:
        os.fsync(self.fd)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def discard(self) -> None:
        self.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.name, dir_fd=self.folder.fd)

    def commit(self, dst: str | bytes, *, overwrite: bool = True) -> None:
        """Flush, then give the file its final name in the same folder, then fsync the folder."""
        os.fsync(self.fd)
        self.close()
        if overwrite:
            self.folder.replace(self.name, dst)
        else:
            self.folder.link_new(self.name, dst)


class Original(_Held):
    """An existing document opened once, without following links."""

    def __init__(self, folder: Folder, name: str, fd: int, info: os.stat_result) -> None:
        self.folder = folder
        self.name = name
        self.fd = fd
        self.info = info

    @property
    def identity(self) -> Identity:
        return identity(self.info)

    def proc_path(self) -> Path | None:
        """A path that reopens exactly this file (Linux), or None where there is none."""
        if _PROC_FD.is_dir():
            return _PROC_FD / str(self.fd)
        return None

    def sha256(self) -> str:
        return sha256_fd(self.fd)

    def snapshot(self, limit: int = SNAPSHOT_LIMIT) -> Snapshot | None:
        """Read this file once, whole, into memory (:class:`Snapshot`), hashing it on the way;
        None where that is not done (no ``memfd`` here, or larger than ``limit``) — the caller
        then reads the original as before.

        Raises :class:`FileChanged` when the file was written while it was read (its size or
        mtime moved, or it did not hold the bytes its size said): the bytes would be of no
        version of it."""
        if not _HAS_MEMFD or self.info.st_size > limit:
            return None
        return Snapshot.read(self.fd, self.info, os.fsdecode(self.name))

    def unchanged(self) -> bool:
        """Still the same name for the same, unmodified file?"""
        try:
            now = self.folder.lstat(self.name)
        except FileNotFoundError:
            return False
        return version_of(now) == version_of(self.info)


class FileChanged(OSError):
    """A file was written while baomi read it."""


class Snapshot(_Held):
    """The bytes of one version of a document, read from the disk once and held in an
    anonymous memory file (``memfd``): its SHA-256, the ``fstat`` of the file it was read from,
    and a path (:meth:`path`) through which the extractors and labelers, which want a path,
    read the same bytes again without touching the share. Nobody else can reach it: it has no
    name in any folder, and it is gone when closed (or when the process dies)."""

    def __init__(self, fd: int, info: os.stat_result, sha256: str) -> None:
        self.fd = fd
        self.info = info
        self.sha256 = sha256

    @classmethod
    def read(cls, src: int, info: os.stat_result, name: str = "") -> Snapshot:
        """Copy the file behind ``src`` (opened and checked by the caller; ``info`` its
        ``fstat`` then) into a new memory file with ``pread``, hashing it on the way."""
        fd = os.memfd_create("baomi-snapshot", getattr(os, "MFD_CLOEXEC", 0))
        try:
            digest = hashlib.sha256()
            offset = 0
            while True:
                block = os.pread(src, _CHUNK, offset)
                if not block:
                    break
                digest.update(block)
                view = memoryview(block)
                while view:
                    view = view[os.write(fd, view) :]
                offset += len(block)
            now = os.fstat(src)
            if offset != info.st_size or version_of(now) != version_of(info):
                raise FileChanged(errno.EAGAIN, "the file changed while it was read", name)
        except BaseException:
            os.close(fd)
            raise
        return cls(fd, info, digest.hexdigest())

    @property
    def identity(self) -> Identity:
        return identity(self.info)

    def same_file(self, info: os.stat_result) -> bool:
        """Is ``info`` the file this was read from, unmodified since (device, inode, size,
        mtime, ctime)?"""
        return version_of(info) == version_of(self.info)

    def path(self) -> Path:
        """A path that opens these bytes (read-only use; each open starts at offset 0)."""
        if self.fd < 0:
            raise ValueError("snapshot closed")
        return _PROC_FD / str(self.fd)


def sha256_fd(fd: int) -> str:
    """SHA-256 of the whole file behind ``fd`` (read with ``pread``: the offset is kept)."""
    digest = hashlib.sha256()
    offset = 0
    while True:
        block = os.pread(fd, _CHUNK, offset)
        if not block:
            return digest.hexdigest()
        digest.update(block)
        offset += len(block)


def keep_owner(fd: int, original: os.stat_result) -> None:
    """Give the file behind ``fd`` the original's permission bits (never more: set-id and sticky
    bits are dropped) and, when this process may, its owner and group."""
    if original.st_uid != os.geteuid() or original.st_gid != os.getegid():
        with contextlib.suppress(PermissionError):
            os.fchown(fd, original.st_uid, original.st_gid)
    os.fchmod(fd, stat.S_IMODE(original.st_mode) & 0o777)


def keep_owner_of(original: os.stat_result, path: Path | str) -> None:
    """:func:`keep_owner` for a file of ours named ``path`` (opened without following links)."""
    fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_CLOEXEC)
    try:
        keep_owner(fd, original)
    finally:
        os.close(fd)


# -- private work folders ----------------------------------------------------------------------


class WorkDir(Folder):
    """A private folder (0700, ours, flocked) inside ``parent`` for intermediate files."""

    def __init__(self, fd: int, path: Path, parent: Folder, name: str) -> None:
        super().__init__(fd, path)
        self.parent = parent
        self.name = name

    @classmethod
    def make(cls, parent: Folder) -> WorkDir:
        for _ in range(16):
            name = random_name("work")
            try:
                os.mkdir(name, 0o700, dir_fd=parent.fd)
            except FileExistsError:
                continue
            break
        else:
            raise FileExistsError(errno.EEXIST, "no free temporary name", str(parent.path))
        try:
            fd = os.open(
                name, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW | _O_CLOEXEC, dir_fd=parent.fd
            )
        except OSError:
            with contextlib.suppress(OSError):
                os.rmdir(name, dir_fd=parent.fd)
            raise
        info = os.fstat(fd)
        if info.st_uid != os.geteuid() or stat.S_IMODE(info.st_mode) & 0o077:
            # someone swapped our fresh folder for theirs between mkdir and open
            os.close(fd)
            raise UnsafeFile(
                errno.EPERM,
                "临时文件夹被他人替换 / baomi's temporary folder was replaced by someone else",
                str(parent.path / name),
            )
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return cls(fd, parent.path / name, parent, name)

    def remove(self) -> None:
        """Remove every entry (all made by us) and the folder itself."""
        if self.fd < 0:
            return
        try:
            _empty(self.fd)
        finally:
            # closed even when emptying fails (a read-only or full disk): a descriptor kept
            # would hold the lock, and no later sweep could ever remove the folder
            self.close()
        with contextlib.suppress(FileNotFoundError):
            os.rmdir(self.name, dir_fd=self.parent.fd)
        with contextlib.suppress(OSError):
            self.parent.fsync()

    def settle(self, name: str, original: os.stat_result) -> str:
        """Give the finished file ``name`` here the original's mode and owner (on its
        descriptor) and flush it to the device; returns its SHA-256."""
        fd = os.open(name, os.O_RDONLY | _O_NOFOLLOW | _O_CLOEXEC, dir_fd=self.fd)
        try:
            keep_owner(fd, original)
            os.fsync(fd)
            return sha256_fd(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> WorkDir:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.remove()


def _empty(fd: int) -> None:
    for entry in os.listdir(fd):
        try:
            info = os.stat(entry, dir_fd=fd, follow_symlinks=False)
        except FileNotFoundError:
            continue
        if stat.S_ISDIR(info.st_mode):
            sub = os.open(entry, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW | _O_CLOEXEC, dir_fd=fd)
            try:
                _empty(sub)
            finally:
                os.close(sub)
            os.rmdir(entry, dir_fd=fd)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry, dir_fd=fd)


def remove_stale_workdirs(folder: Folder) -> list[str]:
    """Remove baomi's own leftovers in ``folder``: entries named like :func:`random_name`,
    owned by this account, and (for work folders) not locked by a live process. Anything else
    — even under such a name — is left alone. Returns the names removed."""
    removed: list[str] = []
    try:
        names = [n for n in os.listdir(folder.fd) if is_temp_name(n)]
    except OSError:
        return removed
    for name in names:
        try:
            info = folder.lstat(name)
        except OSError:
            continue
        if info.st_uid != os.geteuid():
            continue
        try:
            if stat.S_ISDIR(info.st_mode):
                fd = os.open(
                    name, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW | _O_CLOEXEC, dir_fd=folder.fd
                )
                try:
                    if identity(os.fstat(fd)) != identity(info):
                        continue
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except BlockingIOError:
                        continue  # a live run is using it
                    _empty(fd)
                finally:
                    os.close(fd)
                os.rmdir(name, dir_fd=folder.fd)
            elif stat.S_ISREG(info.st_mode):
                os.unlink(name, dir_fd=folder.fd)
            else:
                continue
        except OSError as exc:
            log.warning("could not remove leftover %r: %s", name, exc.strerror)
            continue
        removed.append(name)
    if removed:
        with contextlib.suppress(OSError):
            folder.fsync()
    return removed


# -- whole-file writes ------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_writer(
    path: Path | str,
    *,
    mode: int = 0o600,
    overwrite: bool = True,
    owner_of: os.stat_result | None = None,
) -> Iterator[IO[bytes]]:
    """Write ``path`` so that readers see the old file (or none) or the whole new one.

    The bytes go to a random temporary name in the same folder (``O_EXCL|O_NOFOLLOW``, ``mode``
    exactly), are fsynced, and are renamed to ``path`` — or, with ``overwrite=False``, linked to
    it, which fails with ``FileExistsError`` if ``path`` exists (race-free "never overwrite").
    ``owner_of`` copies that file's mode and owner instead. The temporary file is removed on any
    error; a link planted at ``path`` is replaced, never followed.
    """
    path = Path(path)
    with Folder.open(path.parent) as folder:
        temp = folder.create_temp(mode=mode)
        try:
            with temp.file() as out:
                yield out
                out.flush()
            if owner_of is not None:
                keep_owner(temp.fd, owner_of)
            temp.commit(path.name, overwrite=overwrite)
        except BaseException:
            temp.discard()
            raise


@contextlib.contextmanager
def atomic_text_writer(
    path: Path | str, *, encoding: str = "utf-8", newline: str | None = None, mode: int = 0o600
) -> Iterator[TextIO]:
    """:func:`atomic_writer` as text: what a command writes to a name its user gave (a report,
    an export) replaces that name whole at the end — a link planted there is replaced, never
    written through, and an interrupted run leaves the old file."""
    with atomic_writer(path, mode=mode) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
        try:
            yield text
            text.flush()
        finally:
            text.detach()  # the binary file is atomic_writer's to close


def write_atomic(
    path: Path | str,
    data: bytes,
    *,
    mode: int = 0o600,
    overwrite: bool = True,
) -> None:
    """:func:`atomic_writer` for bytes already in memory."""
    with atomic_writer(path, mode=mode, overwrite=overwrite) as out:
        out.write(data)


def open_new(path: Path | str, mode: int = 0o600) -> IO[bytes]:
    """Create ``path`` for writing; an existing entry — a file or a link — is refused
    (``FileExistsError``), never followed or truncated."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC, mode)
    return os.fdopen(fd, "wb")


def write_new(path: Path | str, fill: Callable[[IO[bytes]], Any], mode: int = 0o600) -> None:
    """Create ``path`` with :func:`open_new`, let ``fill`` write it, fsync; on any error the
    partial file is removed (so no half-written plaintext stays behind)."""
    out = open_new(path, mode)
    try:
        with out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        raise


# -- the state folder ---------------------------------------------------------------------------


#: What baomi itself makes in its data and state folders: the store (scanner/store/paths.py) and
#: SQLite's companions, the fingerprint key, the audit head and key files
#: (scanner/store/identity.py), the daemon's index, status, PID file and folders
#: (scanner/watch/), and fsutil's own temporary names. Only these are ever narrowed.
_STATE_NAME = re.compile(
    r"^(?:"
    r"(?:baomi\.db|index\.sqlite)(?:-wal|-shm|-journal)?"
    r"|fingerprint\.key|audit\.head|audit-[0-9A-Za-z_-]{1,64}\.(?:head|key)"
    r"|status\.json|watch\.pid|watch|locks"
    r")$"
)


def is_state_name(name: str | bytes) -> bool:
    """Is ``name`` one that baomi gives a file or folder of its own in its state folders?"""
    raw = os.fsdecode(name)
    return _STATE_NAME.match(raw) is not None or is_temp_name(raw)


def private_dir(path: Path) -> Path:
    """Make ``path`` (and parents) if missing; then hold it and every file of baomi's directly
    in it to 0700/0600 whatever the umask. Entries that are ours but wider are narrowed, with a
    loud warning; entries owned by another account are reported, not touched; files a person
    put there are left as they are."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    for problem in tighten(path):
        log.warning("%s", problem)
    return path


def tighten(path: Path, ours: Callable[[str | bytes], bool] = is_state_name) -> list[str]:
    """Narrow the folder to 0700 and the entries in it that baomi makes (``ours``: by name) to
    0600/0700, where this account owns them; returns a message per entry that was wider than
    that, for stderr and the log. Anything else in the folder — a file a person put there — is
    not baomi's to change and is left exactly as it is."""
    problems: list[str] = []
    folder = Folder.open(path)
    try:
        entries: list[tuple[str | None, os.stat_result]] = [(None, os.fstat(folder.fd))]
        for entry in os.listdir(folder.fd):
            if not ours(entry):
                continue
            with contextlib.suppress(FileNotFoundError):
                entries.append((entry, folder.lstat(entry)))
        for name, info in entries:
            if stat.S_ISLNK(info.st_mode):
                continue
            want = 0o700 if stat.S_ISDIR(info.st_mode) else 0o600
            current = stat.S_IMODE(info.st_mode)
            if not current & 0o077:
                continue
            shown = str(path if name is None else path / name)
            if info.st_uid != os.geteuid():
                problems.append(
                    f"状态文件夹中 {shown} 可被他人读取（{current:o}），且不属于本账户 / "
                    f"{shown} in the state folder is readable by others (mode {current:o}) "
                    f"and owned by another account: fix it by hand"
                )
                continue
            if name is None:
                os.fchmod(folder.fd, want)
            else:
                fd = os.open(
                    name, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_CLOEXEC, dir_fd=folder.fd
                )
                try:
                    os.fchmod(fd, current & want)
                finally:
                    os.close(fd)
            problems.append(
                f"状态文件夹中 {shown} 曾可被他人读取（{current:o}），已改为 {current & want:o} / "
                f"{shown} in the state folder was readable by others (mode {current:o}); "
                f"narrowed to {current & want:o}"
            )
    finally:
        folder.close()
    return problems
