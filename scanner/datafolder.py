"""baomi's data folder, found and made private without importing the store.

A scan that does not ``--record`` must not pay for SQLAlchemy (about a third of a second at
start-up) only to learn where the OCR cache lives; :mod:`scanner.store.paths` builds on this.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from scanner import fsutil

log = logging.getLogger("scanner.store")


def data_folder_path() -> Path:
    """Where the data folder is: $BAOMI_HOME, else $XDG_DATA_HOME/baomi, else
    ~/.local/share/baomi."""
    if os.environ.get("BAOMI_HOME"):
        return Path(os.environ["BAOMI_HOME"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "baomi"


def data_folder() -> Path:
    """The data folder, made 0700 if missing; OSError when it cannot be made."""
    folder = data_folder_path()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # the store, the fingerprint key and the audit head: 0700/0600 whatever the umask
    for problem in fsutil.tighten(folder):
        log.warning("%s", problem)
    return folder
