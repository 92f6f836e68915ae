"""Where baomi keeps its data by default: the data folder, the SQLite file, the fingerprint key
and the audit head file (each may be moved by an environment variable).

The fingerprint key lives in the config folder, not beside the store (docs/security.md F12):
whoever copies the data folder — a backup, a stolen disk image of it — has the masked values
and their fingerprints but not the key that turns a guess into a match."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from scanner import fsutil
from scanner.datafolder import data_folder, data_folder_path
from scanner.store.errors import StoreError

log = logging.getLogger("scanner.store")


def data_dir() -> Path:
    """baomi's data folder ($BAOMI_HOME, else $XDG_DATA_HOME/baomi, else ~/.local/share/baomi)."""
    try:
        return data_folder()
    except OSError as exc:
        raise StoreError(
            f"无法创建数据文件夹 / cannot create the data folder {data_folder_path()}: "
            f"{exc.strerror}; set BAOMI_HOME to a writable folder"
        ) from None


def default_db_url() -> str:
    db = data_dir() / "baomi.db"
    # made here 0600: SQLite would make it with the umask's mode (its journals copy the file's)
    with contextlib.suppress(OSError):
        os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    return f"sqlite:///{db}"


KEY_NAME = "fingerprint.key"
_warned_beside: set[Path] = set()


def _config_folder() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "baomi"


def config_dir() -> Path:
    """baomi's config folder, for keys kept apart from the store ($XDG_CONFIG_HOME/baomi, else
    ~/.config/baomi), made 0700."""
    folder = _config_folder()
    try:
        fsutil.private_dir(folder)
    except OSError as exc:
        raise StoreError(
            f"无法创建配置文件夹 / cannot create the config folder {folder}: {exc.strerror}; "
            f"set XDG_CONFIG_HOME, or BAOMI_FINGERPRINT_KEY to the key's path"
        ) from None
    return folder


def fingerprint_key_path() -> Path:
    """$BAOMI_FINGERPRINT_KEY; else a key already kept beside the store (the default before,
    still used, with a warning that says how to move it); else config_dir()/fingerprint.key."""
    env = os.environ.get("BAOMI_FINGERPRINT_KEY")
    if env:
        return Path(env)
    beside = data_dir() / KEY_NAME
    if not os.path.lexists(beside):
        return config_dir() / KEY_NAME
    if beside not in _warned_beside:
        _warned_beside.add(beside)
        log.warning(
            "指纹密钥与数据库放在同一文件夹 %s：请移到 %s（见 docs/store.md）/ the fingerprint "
            'key sits beside the store in %s; move it to %s (docs/store.md, "Moving the '
            'fingerprint key")',
            beside.parent,
            _config_folder(),
            beside.parent,
            _config_folder(),
        )
    return beside


def head_file_path() -> Path:
    """$BAOMI_AUDIT_HEAD, else data_dir()/audit.head."""
    env = os.environ.get("BAOMI_AUDIT_HEAD")
    return Path(env) if env else data_dir() / "audit.head"
