"""Finding the documents under the paths given to ``baomi scan`` / ``protect``.

The walk is deterministic (sorted names, depth first) so that two scans of the same tree list
files in the same order, and it never follows a symbolic link: a link may point outside the
folders the operator chose (another department's share, ``/``), or back up the tree into a loop.
Each link is reported instead, so nothing is skipped silently. Files that are not documents
(executables, images, baomi's own sealed ``.baomi`` files) are only counted.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .extract import LEGACY_EXTENSIONS, SUPPORTED_EXTENSIONS

DOCUMENT_EXTENSIONS = SUPPORTED_EXTENSIONS | LEGACY_EXTENSIONS

LINK_INSIDE = (
    "符号链接，目标在扫描范围内，已按原路径扫描 / "
    "symbolic link; its target is scanned at its real path"
)
LINK_OUTSIDE = (
    "符号链接指向扫描范围之外，未跟随 / symbolic link to outside the scanned folders, not followed"
)
LINK_BROKEN = "符号链接已失效（目标不存在） / broken symbolic link (its target does not exist)"
MISSING = "路径不存在 / no such file or folder"
DIR_UNREADABLE = (
    "无法读取文件夹（没有权限），其中的文件未扫描 / "
    "cannot read this folder (permission denied); its files were not scanned"
)
DIR_REPEATED = (
    "文件夹已扫描过（路径重复或挂载循环），未再次扫描 / "
    "folder already scanned (repeated path or mount loop); not scanned again"
)


@dataclass(slots=True)
class Candidate:
    """A file to extract (``status`` None), or one the walk already decided about.

    ``status`` is "skipped" or "error", with a bilingual ``reason``, as in the scan's output.
    """

    path: Path
    status: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class WalkStats:
    """What the walk saw but did not yield, for a summary ("ignored 12 non-document files")."""

    ignored: int = 0
    directories: int = 0
    ignored_examples: list[Path] = field(default_factory=list)


def is_work_file(name: str) -> bool:
    """Office lock files and baomi's own temporary files: transient, never documents."""
    return (
        name.startswith("~$")
        or (name.startswith(".~lock.") and name.endswith("#"))
        or name.endswith(".baomi.tmp")
    )


def is_document(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in DOCUMENT_EXTENSIONS and not is_work_file(name)


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return DIR_UNREADABLE
    detail = os.strerror(error.errno) if error.errno else type(error).__name__
    return f"无法读取文件夹（{detail}），其中的文件未扫描 / cannot read this folder: {detail}"


class _Walk:
    """One walk over the given roots; holds what must be shared across them."""

    def __init__(self, roots: Sequence[Path], stats: WalkStats) -> None:
        self.roots = roots
        self.stats = stats
        self.visited: set[tuple[int, int]] = set()
        # real paths of the roots, for "is this link's target inside the scan?"; a root that is
        # itself a link is not followed, so its target is not inside
        self.real_roots = [Path(os.path.realpath(root)) for root in roots if not root.is_symlink()]

    def _inside(self, target: Path) -> bool:
        return any(target == root or target.is_relative_to(root) for root in self.real_roots)

    def _ignore(self, path: Path) -> None:
        self.stats.ignored += 1
        if len(self.stats.ignored_examples) < 5:
            self.stats.ignored_examples.append(path)

    def link(self, path: Path, explicit: bool) -> Candidate | None:
        """Report a link, unless it is a link to a non-document found in a folder."""
        try:
            target = Path(os.path.realpath(path, strict=True))
            target_info = target.stat()
        except (OSError, RuntimeError):
            if explicit or is_document(path.name):
                return Candidate(path, "skipped", LINK_BROKEN)
            self._ignore(path)
            return None
        relevant = (
            explicit
            or stat.S_ISDIR(target_info.st_mode)
            or is_document(path.name)
            or is_document(target.name)
        )
        if not relevant:
            self._ignore(path)
            return None
        reason = LINK_INSIDE if self._inside(target) else LINK_OUTSIDE
        return Candidate(path, "skipped", reason)

    def directory(self, path: Path, info: os.stat_result) -> Iterator[Candidate]:
        key = (info.st_dev, info.st_ino)
        if key in self.visited:
            yield Candidate(path, "skipped", DIR_REPEATED)
            return
        self.visited.add(key)
        self.stats.directories += 1
        try:
            with os.scandir(path) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            yield Candidate(path, "error", _os_reason(error))
            return
        for entry in entries:
            child = Path(entry.path)
            try:
                if is_work_file(entry.name):
                    # an Office lock, baomi's temporary file or private work folder
                    self._ignore(child)
                    continue
                if entry.is_symlink():
                    candidate = self.link(child, explicit=False)
                    if candidate is not None:
                        yield candidate
                elif entry.is_dir(follow_symlinks=False):
                    yield from self.directory(child, entry.stat(follow_symlinks=False))
                elif is_document(entry.name):
                    yield Candidate(child)
                else:
                    self._ignore(child)
            except FileNotFoundError:
                continue  # deleted while we were looking: nothing left to scan

    def root(self, path: Path) -> Iterator[Candidate]:
        try:
            info = path.lstat()
        except FileNotFoundError:
            yield Candidate(path, "error", MISSING)
            return
        except OSError as error:
            yield Candidate(path, "error", _os_reason(error))
            return
        if stat.S_ISLNK(info.st_mode):
            candidate = self.link(path, explicit=True)
            if candidate is not None:
                yield candidate
        elif stat.S_ISDIR(info.st_mode):
            yield from self.directory(path, info)
        else:
            # named explicitly: always yielded; extract() says why if it cannot be read
            yield Candidate(path)


def walk(paths: Sequence[Path], stats: WalkStats | None = None) -> Iterator[Candidate]:
    """Yield the documents under ``paths`` in a stable order, and every decision not to read one.

    Pass a :class:`WalkStats` to learn how many non-documents were ignored; it is complete once
    the iterator is exhausted.
    """
    state = _Walk([Path(p) for p in paths], stats if stats is not None else WalkStats())
    for path in state.roots:
        yield from state.root(path)
