"""Keyed fingerprints of secret values: HMAC-SHA256 over the normalised value with a site key
kept in a file outside the store, so low-entropy values (ID numbers, phone numbers) cannot be
guessed from the store alone, and equal values in different files still match."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import unicodedata
from pathlib import Path

from sqlalchemy import insert, select

from scanner.fsutil import write_atomic
from scanner.store.base import StoreBase
from scanner.store.errors import StoreError
from scanner.store.paths import fingerprint_key_path
from scanner.store.tables import settings as settings_t

log = logging.getLogger(__name__)

KEY_BYTES = 32
FINGERPRINT_HEX = 32  # 128 bits of the HMAC: no collisions among a site's values
_KEY_ID_SETTING = "fingerprint_key_id"
# Number-like entities compare without separators and case: 1101-05… equals 110105….
_NUMBER_LIKE = {
    "CN_RESIDENT_ID",
    "CN_PHONE",
    "CN_BANK_CARD",
    "CN_USCC",
    "CN_MEDICAL_RECORD_NO",
    "CN_PASSPORT",
}


class Fingerprints(StoreBase):
    def fingerprint(self, entity_type: str, value: str) -> str:
        """Keyed fingerprint of a value: equal values (after normalising) give equal hex."""
        key = self._site_key()
        msg = f"{entity_type}\0{normalise(entity_type, value)}".encode()
        return hmac.new(key, msg, hashlib.sha256).hexdigest()[:FINGERPRINT_HEX]

    def _site_key(self) -> bytes:
        if self._key is None:
            path = fingerprint_key_path()
            key = load_or_create_key(path)
            self._check_key_id(key, path)
            self._key = key
        return self._key

    def _check_key_id(self, key: bytes, path: Path) -> None:
        """Refuse a key other than the one the store's fingerprints were made with.

        Servers sharing a store must share the key file; one that made its own would write
        fingerprints that never match the others'.
        """
        key_id = hmac.new(key, b"baomi fingerprint key id", hashlib.sha256).hexdigest()[:16]
        with self._errors("读设置 / reading settings"), self.engine.connect() as conn:
            stored = conn.execute(
                select(settings_t.c.value).where(settings_t.c.name == _KEY_ID_SETTING)
            ).scalar_one_or_none()
        if stored is None:
            with self.transaction() as conn:
                stored = conn.execute(
                    select(settings_t.c.value).where(settings_t.c.name == _KEY_ID_SETTING)
                ).scalar_one_or_none()
                if stored is None:
                    conn.execute(insert(settings_t).values(name=_KEY_ID_SETTING, value=key_id))
                    self.audit.append("key", str(path), {"fingerprint_key_id": key_id}, conn=conn)
                    stored = key_id
        if stored != key_id:
            raise StoreError(
                f"指纹密钥与数据库不一致 / the fingerprint key {path} (id {key_id}) is not the "
                f"one this store was made with (id {stored}): copy the key file from the "
                f"server that first used the store (see docs/store.md)"
            )


def normalise(entity_type: str, value: str) -> str:
    """The form two spellings of one value share: full-width digits, spaces, dashes, case, and
    invisible format characters (a zero-width space inside a name or number)."""
    v = "".join(unicodedata.normalize("NFKC", value).split())
    v = "".join(ch for ch in v if unicodedata.category(ch) != "Cf")
    if entity_type in _NUMBER_LIKE:
        v = "".join(ch for ch in v if ch.isalnum()).upper()
        if entity_type == "CN_PHONE" and len(v) == 13 and v.startswith("861"):
            v = v[2:]  # +86 138… is 138…
        return v
    return v.casefold()


def load_or_create_key(path: Path) -> bytes:
    """The site key in ``path``; made (32 random bytes, mode 0600) on first use."""
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = _create_key(path)
    except OSError as exc:
        raise StoreError(
            f"无法读取指纹密钥 / cannot read the fingerprint key {path}: {exc.strerror}"
        ) from None
    if len(key) != KEY_BYTES:
        raise StoreError(
            f"指纹密钥文件已损坏 / the fingerprint key {path} is damaged "
            f"({len(key)} bytes, expected {KEY_BYTES}); restore it from a backup"
        )
    mode = path.stat().st_mode
    if mode & 0o077:
        log.warning(
            "指纹密钥可被他人读取 / the fingerprint key %s is readable by others "
            "(mode %o): chmod 600 it",
            path,
            mode & 0o777,
        )
    return key


def _create_key(path: Path) -> bytes:
    if not path.parent.is_dir():
        raise StoreError(
            f"指纹密钥的文件夹不存在 / the folder for the fingerprint key does not "
            f"exist: {path.parent}"
        )
    key = os.urandom(KEY_BYTES)
    try:
        try:
            # linked, never renamed over: if another process made the key first, theirs wins
            write_atomic(path, key, mode=0o600, overwrite=False)
        except FileExistsError:
            key = path.read_bytes()
    except OSError as exc:
        raise StoreError(
            f"无法创建指纹密钥 / cannot create the fingerprint key {path}: {exc.strerror}"
        ) from None
    return key
