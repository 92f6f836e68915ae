"""The OCR cache: what a picture said, kept so that the same bytes are never read twice, and
kept encrypted so that the cache is no plaintext copy of the secrets it read.

A scanned referral letter's OCR text *is* the patient's identity number and diagnosis. Written
to disk as it is, the cache would be a second, unprotected copy of every secret on the share —
one that sealing the original does not remove. So (docs/security.md#the-ocr-cache):

* the folder is the data folder's ``ocr-cache/`` (0700), its key ``ocr-cache/key`` (32 random
  bytes, 0600, made once with ``O_EXCL``);
* an entry's name is HMAC-SHA256(key, image digest): the name does not tell which picture it
  belongs to, so the cache cannot be used to check whether a given document was ever scanned;
* an entry's content (the lines, as JSON) is sealed with AES-256-GCM under that key, the name as
  associated data (an entry copied to another name does not open);
* every file is written through :mod:`scanner.fsutil` (random temp name, ``O_EXCL|O_NOFOLLOW``,
  fsync, rename); an entry that fails to open is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import secrets
import stat
from functools import lru_cache
from pathlib import Path

from scanner import fsutil

log = logging.getLogger(__name__)

KEY_NAME = "key"
KEY_BYTES = 32
NONCE_BYTES = 12
#: an entry larger than this is not read (a page of text is a few KB)
MAX_ENTRY_BYTES = 4 * 1024 * 1024


def _read_small(folder: fsutil.Folder, name: str, limit: int) -> bytes | None:
    """A regular file of ours in ``folder``, not followed if it is a link; None if absent."""
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder.fd)
    except (FileNotFoundError, OSError):
        return None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        return fh.read(limit + 1)


class OcrCache:
    """Encrypted OCR results in ``folder`` (see the module's notes)."""

    def __init__(self, folder: Path) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.folder = fsutil.private_dir(folder)
        key = self._key()
        self._aead = AESGCM(key)
        self._name_key = hashlib.sha256(b"baomi ocr cache names\0" + key).digest()

    def _key(self) -> bytes:
        with fsutil.Folder.open(self.folder) as folder:
            key = _read_small(folder, KEY_NAME, KEY_BYTES)
        if key is None:
            with contextlib.suppress(FileExistsError):  # another worker made it first
                fsutil.write_atomic(
                    self.folder / KEY_NAME, secrets.token_bytes(KEY_BYTES), overwrite=False
                )
            with fsutil.Folder.open(self.folder) as folder:
                key = _read_small(folder, KEY_NAME, KEY_BYTES)
        if key is None or len(key) != KEY_BYTES:
            raise ValueError("the OCR cache key is not a key")
        return key

    def _entry(self, digest: str) -> str:
        return hmac.new(self._name_key, digest.encode("ascii"), hashlib.sha256).hexdigest()

    def get(self, digest: str) -> bytes | None:
        name = self._entry(digest)
        with fsutil.Folder.open(self.folder) as folder:
            sealed = _read_small(folder, name, MAX_ENTRY_BYTES)
        if sealed is None or len(sealed) <= NONCE_BYTES:
            return None
        try:
            return self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], name.encode())
        except Exception:  # a damaged or foreign entry is a miss; it is replaced on the next put
            log.debug("OCR cache entry %s unreadable", name, exc_info=True)
            return None

    def put(self, digest: str, plain: bytes) -> None:
        name = self._entry(digest)
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = nonce + self._aead.encrypt(nonce, plain, name.encode())
        try:
            fsutil.write_atomic(self.folder / name, sealed)
        except OSError:  # a full disk loses a cache entry, not the scan
            log.debug("OCR cache entry %s not written", name, exc_info=True)


@lru_cache(maxsize=4)
def _cache_at(folder: str) -> OcrCache | None:
    try:
        return OcrCache(Path(folder))
    except (OSError, ValueError) as error:
        log.warning(
            "OCR 缓存不可用，图片将每次重新识别 / OCR cache unavailable (%s); images are read anew",
            type(error).__name__,
        )
        return None


def open_cache(folder: str | None) -> OcrCache | None:
    """The cache in ``folder`` (once per process), or None when there is none or it is unusable."""
    return None if folder is None else _cache_at(folder)
