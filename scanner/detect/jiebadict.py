"""jieba's dictionary, loaded from baomi's own cache — never from ``/tmp/jieba.cache``.

jieba builds a prefix dictionary from its ``dict.txt`` (about a second) and keeps it in
``tempfile.gettempdir()/jieba.cache``, which it loads at every start with ``marshal`` and no
check at all for its default dictionary. On a file server ``/tmp`` is shared and the name is
fixed, so anyone with a shell there can put that file in place first (after a reboot empties
``/tmp``, say): a crafted stream that empties the dictionary blinds the name checks that use it
(a missed name is a leak), and ``marshal`` is not safe against malformed data — a damaged stream
can crash the interpreter, so the daemon would die at every start.

baomi therefore initialises jieba's tokenizer itself (:func:`ready`): from a cache in its own
folder (``$XDG_CACHE_HOME/baomi`` or ``~/.cache/baomi``, 0700, written through
:mod:`scanner.fsutil`; one per account, shared by every run of it, whatever ``BAOMI_HOME`` says),
opened without following a link and used only when it is a regular file of this account that no
one else may write, and only for the ``dict.txt`` (size, time, jieba and Python version) it was
built from. Anything else is rebuilt from ``dict.txt``; when the folder cannot be made the
dictionary is built in memory each time (slower, never less safe).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import stat
import sys
import threading
from pathlib import Path
from typing import Any

from scanner import fsutil

log = logging.getLogger(__name__)

CACHE_NAME = "jieba-dict.marshal"
_LOCK = threading.Lock()


def cache_folder() -> Path:
    """``$XDG_CACHE_HOME/baomi``, else ``~/.cache/baomi``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "baomi"


def ready() -> Any:
    """jieba's default tokenizer, initialised from baomi's cache (built there if need be)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.dt
    with _LOCK:
        if not tokenizer.initialized:
            tokenizer.FREQ, tokenizer.total = _load_or_build(tokenizer)
            tokenizer.initialized = True
    return tokenizer


def _load_or_build(tokenizer: Any) -> tuple[dict[str, int], int]:
    source = tokenizer.get_dict_file()
    try:
        return _from_cache_or(tokenizer, source)
    finally:
        source.close()


def _from_cache_or(tokenizer: Any, source: Any) -> tuple[dict[str, int], int]:
    key = _key(source)
    try:
        folder = fsutil.private_dir(cache_folder())
    except OSError as exc:
        log.info("jieba: no cache folder (%s); building its dictionary in memory", exc)
        return _build(tokenizer, source)
    cached = _read(folder / CACHE_NAME, key)
    if cached is not None:
        return cached
    built = _build(tokenizer, source)
    try:
        fsutil.write_atomic(folder / CACHE_NAME, marshal.dumps((key, *built)))
    except OSError as exc:
        log.info("jieba: cache not written (%s)", exc)
    return built


def _build(tokenizer: Any, source: Any) -> tuple[dict[str, int], int]:
    freq, total = tokenizer.gen_pfdict(source)
    return freq, total


def _key(source: Any) -> str:
    """What the cache must have been built from: this dict.txt, this jieba, this marshal."""
    import jieba

    name = getattr(source, "name", "")
    info = os.stat(name) if isinstance(name, str) and name else None
    parts = [
        str(getattr(jieba, "__version__", "")),
        name if isinstance(name, str) else "",
        str(info.st_size if info else ""),
        str(info.st_mtime_ns if info else ""),
        str(marshal.version),
        sys.version.split()[0],
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _read(path: Path, key: str) -> tuple[dict[str, int], int] | None:
    """The cached dictionary, or None: missing, a link, not a plain file of this account, open
    to others' writing, built from something else, or not what marshal wrote."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_uid != os.geteuid()
            or info.st_mode & 0o022
            or info.st_size > 256 * 1024 * 1024
        ):
            log.warning("jieba: cache %s is not baomi's own file; rebuilding it", path)
            return None
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read()
    finally:
        os.close(fd)
    try:
        stored_key, freq, total = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if stored_key != key or not isinstance(freq, dict) or not isinstance(total, int):
        return None
    return freq, total
