"""Where baomi keeps its data by default: the data folder, the SQLite file, the fingerprint key
and the audit head file (each may be moved by an environment variable)."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from scanner import fsutil
from scanner.store.errors import StoreError

log = logging.getLogger("scanner.store")


def data_dir() -> Path:
    """baomi's data folder ($BAOMI_HOME, else $XDG_DATA_HOME/baomi, else ~/.local/share/baomi)."""
    if os.environ.get("BAOMI_HOME"):
        folder = Path(os.environ["BAOMI_HOME"])
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(base) / "baomi"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # the store, the fingerprint key and the audit head: 0700/0600 whatever the umask
        for problem in fsutil.tighten(folder):
            log.warning("%s", problem)
    except OSError as exc:
        raise StoreError(
            f"无法创建数据文件夹 / cannot create the data folder {folder}: "
            f"{exc.strerror}; set BAOMI_HOME to a writable folder"
        ) from None
    return folder


def default_db_url() -> str:
    db = data_dir() / "baomi.db"
    # made here 0600: SQLite would make it with the umask's mode (its journals copy the file's)
    with contextlib.suppress(OSError):
        os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    return f"sqlite:///{db}"


def fingerprint_key_path() -> Path:
    """$BAOMI_FINGERPRINT_KEY, else data_dir()/fingerprint.key."""
    env = os.environ.get("BAOMI_FINGERPRINT_KEY")
    return Path(env) if env else data_dir() / "fingerprint.key"


def head_file_path() -> Path:
    """$BAOMI_AUDIT_HEAD, else data_dir()/audit.head."""
    env = os.environ.get("BAOMI_AUDIT_HEAD")
    return Path(env) if env else data_dir() / "audit.head"
