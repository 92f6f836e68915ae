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

``jieba.posseg`` (the part-of-speech tagger the name checks use) parses ``dict.txt`` a second time
when it is imported, for each word's tag (~0.25 s in every process that imports it). :func:`posseg`
imports it with that table from a second cache in the same folder, under the same rules
(``jieba-tags.marshal``: own folder, no link, this account's, not writable by others, the same
``dict.txt``/jieba/Python), ~0.1 s less per process.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import logging
import marshal
import os
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scanner import fsutil

log = logging.getLogger(__name__)

#: the caches' names, with the first characters of what they were built from (:func:`_key`):
#: two installations of one account (a venv and the system's, the daemon's Python and the
#: clerk's) each keep their own instead of rebuilding the other's at every start
CACHE_NAME = "jieba-dict-{}.marshal"
TAGS_NAME = "jieba-tags-{}.marshal"
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


def posseg() -> Any:
    """``jieba.posseg``, on the tokenizer of :func:`ready`, its word-tag table from baomi's
    cache when it is imported here first (else as jieba parsed it)."""
    import jieba

    tokenizer = ready()
    with _LOCK:
        module: Any = sys.modules.get("jieba.posseg")
        if module is not None:
            return module
        source = tokenizer.get_dict_file()
        try:
            key = _key(source, "tags")
        finally:
            source.close()
        folder = _folder()
        path = folder / TAGS_NAME.format(key[:16]) if folder else None
        tags = _read(path, key, _is_tag_table) if path else None
        if tags is None:
            module = importlib.import_module("jieba.posseg")
            if path is not None:
                _write(path, (key, module.dt.word_tag_tab))
            return module
        # Importing jieba.posseg builds its tagger on jieba's tokenizer, which parses the tags
        # from the tokenizer's dictionary file: an empty one here, the cached table after.
        tokenizer.get_dict_file = io.BytesIO
        try:
            module = importlib.import_module("jieba.posseg")
        finally:
            del tokenizer.get_dict_file
        module.dt.word_tag_tab = tags[0]
        assert module.dt.tokenizer is jieba.dt
        return module


def _is_tag_table(payload: tuple[Any, ...]) -> bool:
    return len(payload) == 1 and isinstance(payload[0], dict)


def _is_dictionary(payload: tuple[Any, ...]) -> bool:
    return len(payload) == 2 and isinstance(payload[0], dict) and isinstance(payload[1], int)


def _load_or_build(tokenizer: Any) -> tuple[dict[str, int], int]:
    source = tokenizer.get_dict_file()
    try:
        return _from_cache_or(tokenizer, source)
    finally:
        source.close()


def _folder() -> Path | None:
    try:
        return fsutil.private_dir(cache_folder())
    except OSError as exc:
        log.info("jieba: no cache folder (%s); building its tables in memory", exc)
        return None


def _write(path: Path, payload: tuple[Any, ...]) -> None:
    try:
        fsutil.write_atomic(path, marshal.dumps(payload))
    except OSError as exc:
        log.info("jieba: cache not written (%s)", exc)


def _from_cache_or(tokenizer: Any, source: Any) -> tuple[dict[str, int], int]:
    key = _key(source)
    folder = _folder()
    if folder is None:
        return _build(tokenizer, source)
    path = folder / CACHE_NAME.format(key[:16])
    cached = _read(path, key, _is_dictionary)
    if cached is not None:
        return cached[0], cached[1]
    built = _build(tokenizer, source)
    _write(path, (key, *built))
    return built


def _build(tokenizer: Any, source: Any) -> tuple[dict[str, int], int]:
    freq, total = tokenizer.gen_pfdict(source)
    return freq, total


def cache_paths() -> tuple[Path, Path]:
    """Where this installation keeps jieba's dictionary and its word tags."""
    import jieba

    source = jieba.dt.get_dict_file()
    try:
        keys = _key(source), _key(source, "tags")
    finally:
        source.close()
    folder = cache_folder()
    return folder / CACHE_NAME.format(keys[0][:16]), folder / TAGS_NAME.format(keys[1][:16])


def _key(source: Any, table: str = "") -> str:
    """What the cache must have been built from: this dict.txt, this jieba, this marshal (and
    which ``table`` of it: the tags' key is never the dictionary's)."""
    import jieba

    name = getattr(source, "name", "")
    info = os.stat(name) if isinstance(name, str) and name else None
    parts = [
        *([table] if table else []),
        str(getattr(jieba, "__version__", "")),
        name if isinstance(name, str) else "",
        str(info.st_size if info else ""),
        str(info.st_mtime_ns if info else ""),
        str(marshal.version),
        sys.version.split()[0],
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _read(path: Path, key: str, valid: Callable[[tuple[Any, ...]], bool]) -> tuple[Any, ...] | None:
    """The cached table (what follows the key), or None: missing, a link, not a plain file of
    this account, open to others' writing, built from something else, or not what marshal
    wrote (``valid`` says what it must hold)."""
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
        loaded = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(loaded, tuple) or not loaded or loaded[0] != key:
        return None
    payload = loaded[1:]
    return payload if valid(payload) else None
