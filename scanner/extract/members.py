"""Reading the files inside a file: archive members and mail attachments.

A member is spooled to a private temporary folder under a name with its own extension and read by
the extractor of its type, so every format reads the same inside a zip as on the share. Its
segments carry ``member``, the path inside the outermost file (``["附件.zip", "名单.xlsx"]``).

The zip-bomb guards apply to the whole tree, not to each level: one :class:`Unpacking` per
outermost file counts the bytes unpacked and the members opened, at every depth. A member that
cannot be read becomes an empty segment with :class:`Unread` (a record line saying why), and the
rest of the file is still read.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from abc import abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from .interface import (
    DEFAULT_LIMITS,
    ExtractionError,
    Extractor,
    FileSkipped,
    Limits,
    MiB,
    Segment,
    Unread,
)

log = logging.getLogger(__name__)

_COPY_CHUNK = MiB


def bomb_reason(zh: str, en: str) -> str:
    return f"疑似压缩炸弹：{zh}，未扫描 / looks like a zip bomb: {en}; not scanned"


TOO_DEEP = (
    "压缩包嵌套层数过多，未打开 / archive nested too deep, not opened (limit: max_archive_depth)"
)
MEMBER_PROTECTED = "此成员设置了密码，无法读取 / this member is password-protected; not read"


@dataclass(slots=True)
class Unpacking:
    """What one outermost file may still unpack, shared by every level inside it."""

    limits: Limits
    workdir: Path
    bytes_left: int
    members_left: int
    depth: int = 0
    spooled: int = 0

    def charge(self, size: int) -> str | None:
        """Count a member about to be unpacked; the reason to refuse it, or None."""
        if self.members_left <= 0:
            limit = self.limits.max_zip_members
            return bomb_reason(f"成员总数超过 {limit}", f"more than {limit} members in all")
        if size > self.bytes_left:
            limit = self.limits.max_unzipped_bytes // MiB
            return bomb_reason(
                f"解压总量超过 {limit} MiB", f"unpacks to more than {limit} MiB in all"
            )
        self.members_left -= 1
        self.bytes_left -= size
        return None


@contextmanager
def unpacking(limits: Limits) -> Iterator[Unpacking]:
    workdir = Path(tempfile.mkdtemp(prefix="baomi-members-"))
    try:
        yield Unpacking(limits, workdir, limits.max_unzipped_bytes, limits.max_zip_members)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def unread(member: list[str], status: str, reason: str) -> Segment:
    return Segment("", {"member": list(member)}, unread=Unread(status, reason))


def with_member(segment: Segment, member: list[str]) -> Segment:
    """``segment`` located inside ``member`` (already-nested paths are kept behind it)."""
    inner = segment.location.get("member", [])
    location = {"member": [*member, *inner]}
    location.update((k, v) for k, v in segment.location.items() if k != "member")
    return Segment(segment.text, location, segment.field, segment.unread, segment.confidence)


def safe_name(name: str) -> str:
    """The last part of a member's name, for showing and for its extension."""
    return PurePosixPath(name.replace("\\", "/")).name or name


class ContainerExtractor(Extractor):
    """A format that holds other files (an archive, a mail)."""

    def extract(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Segment]:
        with unpacking(limits) as state:
            state.depth = 1
            yield from self.contents(path, state, [])

    @abstractmethod
    def contents(self, path: Path, state: Unpacking, member: list[str]) -> Iterator[Segment]:
        """Segments of the file at ``path``, itself at ``member`` inside the outermost file;
        members are read with :func:`member_segments`."""


def _spool(stream: IO[bytes], target: Path, size: int) -> None:
    """Copy at most ``size`` bytes; a member longer than it says is refused, not truncated."""
    left = size
    with target.open("wb") as out:
        while left > 0:
            chunk = stream.read(min(_COPY_CHUNK, left))
            if not chunk:
                break
            out.write(chunk)
            left -= len(chunk)
    if stream.read(1):
        raise ExtractionError(
            bomb_reason("成员实际大小超过声明", "a member is larger than it declares")
        )


def member_segments(
    state: Unpacking, member: list[str], stream: IO[bytes], size: int
) -> Iterator[Segment]:
    """Read one member (``size`` bytes from ``stream``) by its type; never raises for it."""
    from . import extractor_for, failure_reason, unreadable_reason

    name = safe_name(member[-1])
    extension = os.path.splitext(name)[1].lower()
    extractor = extractor_for(Path(name))
    if extractor is None:
        reason = unreadable_reason(extension)
        if reason is not None:
            yield unread(member, "skipped", reason)
        return  # a program or media file inside an archive holds no document text
    if size == 0:
        return
    limits = state.limits
    if size > limits.max_file_bytes:
        from . import too_large_reason

        yield unread(member, "skipped", too_large_reason(size, limits.max_file_bytes))
        return
    refused = state.charge(size)
    if refused is not None:
        yield unread(member, "skipped", refused)
        return
    if isinstance(extractor, ContainerExtractor) and state.depth >= limits.max_archive_depth:
        yield unread(member, "skipped", TOO_DEEP)
        return
    state.spooled += 1
    target = state.workdir / f"{state.spooled}{extension}"
    try:
        _spool(stream, target, size)
        if isinstance(extractor, ContainerExtractor):
            state.depth += 1
            try:
                yield from extractor.contents(target, state, member)
            finally:
                state.depth -= 1
        else:
            for segment in extractor.extract(target, limits):
                yield with_member(segment, member)
    except FileSkipped as skipped:
        yield unread(member, "skipped", skipped.reason)
    except ExtractionError as error:
        yield unread(member, "error", error.reason)
    except Exception as error:
        log.debug("reading member %s failed", name, exc_info=True)
        yield unread(member, "error", failure_reason(error, extractor.format))
    finally:
        target.unlink(missing_ok=True)
