"""Key files for sealing: X25519 key pairs, public keys to hand out, passphrase-locked private keys.

A file server holds only public keys (``NAME.pub``) and can seal but never open; the committee's
private key (``NAME.key``) stays with the people allowed to open, encrypted under a passphrase.
Both files are UTF-8 text a person recognises by their first line, followed by one JSON object:

* public:  ``{"kind": "baomi-public-key", "version": 1, "name", "created", "fingerprint",
  "x25519": base64(32 bytes)}`` — the fingerprint is recomputed on load, so a key damaged in a
  mail or typed by hand is refused rather than used;
* private: the same fields plus ``"kdf"`` (scrypt n/r/p/salt), ``"cipher"`` (AES-256-GCM nonce)
  and ``"encrypted_key"``; the AAD is the canonical JSON of every other field, so the name, the
  public key and the KDF parameters cannot be changed without the passphrase check failing.

The byte-exact description with test vectors is in docs/sealing.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from scanner import fsutil
from scanner.errors import BaomiError

KEY_FORMAT_VERSION = 1
PUBLIC_KIND = "baomi-public-key"
PRIVATE_KIND = "baomi-private-key"
PUBLIC_SUFFIX = ".pub"
PRIVATE_SUFFIX = ".key"
FINGERPRINT_TAG = b"baomi/v1 key fingerprint\x00"

DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# 2**10 keeps tests fast; below that a passphrase is barely stretched. 2**20 (1 GiB at r=8) bounds
# the memory a hostile key file can make us spend before the passphrase check.
MIN_SCRYPT_N = 2**10
MAX_SCRYPT_N = 2**20
_SALT_LEN = 16
_NONCE_LEN = 12
_RAW_LEN = 32
_MAX_KEY_FILE = 64 * 1024
# A name ends up in a comment line and in error messages: one line, no quotes, not too long.
_NAME_RE = re.compile(r'^[^\x00-\x1f\x7f"\\]{1,64}$')


class KeyFileError(BaomiError):
    """A key file is missing, damaged, of the wrong kind or not a baomi key at all."""


class WrongPassphrase(KeyFileError):
    """The passphrase does not unlock this private key file (or the file was altered)."""


def _fingerprint(raw: bytes) -> str:
    return hashlib.sha256(FINGERPRINT_TAG + raw).hexdigest()[:16]


@dataclass(frozen=True)
class PublicKey:
    name: str
    raw: bytes
    created: str

    def __post_init__(self) -> None:
        if len(self.raw) != _RAW_LEN:
            raise KeyFileError(
                f"公钥长度应为 32 字节，实为 {len(self.raw)} / "
                f"a public key is 32 bytes, got {len(self.raw)}"
            )

    @property
    def fingerprint(self) -> str:
        """Short stable id: the first 16 hex digits of SHA-256 over a domain tag and the key."""
        return _fingerprint(self.raw)

    def x25519(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.raw)


@dataclass(frozen=True)
class PrivateKey:
    name: str
    public: PublicKey
    # The key object, not its bytes: nothing in baomi needs the raw private key except the
    # encryption into a key file, and a repr or a log line must never show it.
    x25519: X25519PrivateKey = field(repr=False, compare=False)

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    @classmethod
    def from_raw(cls, name: str, raw: bytes, created: str) -> PrivateKey:
        """A key from its 32 private bytes: for test vectors and for loading a key file."""
        if len(raw) != _RAW_LEN:
            raise KeyFileError("私钥长度应为 32 字节 / a private key is 32 bytes")
        sk = X25519PrivateKey.from_private_bytes(raw)
        pub = sk.public_key().public_bytes_raw()
        return cls(name=name, public=PublicKey(name=name, raw=pub, created=created), x25519=sk)


def _check_name(name: str) -> str:
    # the name becomes part of file names (transfer copies NAME.<recipient>.baomi): a slash or
    # a leading dot in a key file someone handed over must not choose a folder or hide a file
    if (
        not isinstance(name, str)
        or not _NAME_RE.match(name)
        or name != name.strip()
        or "/" in name
        or name.startswith(".")
    ):
        raise KeyFileError(
            f"密钥名称无效：{name!r}（1–64 个字符，不含斜杠、引号、反斜杠、换行，不以点开头）/ "
            f"invalid key name {name!r}: 1-64 characters, no slash, quotes, backslashes or "
            f"line breaks, not starting with a dot"
        )
    return name


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def generate_keypair(name: str) -> PrivateKey:
    """A new X25519 key pair named ``name`` (e.g. "committee", "保密委员会")."""
    _check_name(name)
    sk = X25519PrivateKey.generate()
    return PrivateKey.from_raw(name, sk.private_bytes_raw(), _now())


# -- encoding ------------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, what: str, length: int | None, path: Path) -> bytes:
    try:
        data = base64.b64decode(str(value).encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise KeyFileError(
            f"密钥文件 {path} 已损坏：字段 {what} 不是 base64 / "
            f"key file {path} is damaged: field {what} is not base64"
        ) from None
    if length is not None and len(data) != length:
        raise KeyFileError(
            f"密钥文件 {path} 已损坏：字段 {what} 长度不对 / "
            f"key file {path} is damaged: field {what} has the wrong length"
        )
    return data


def canonical_json(obj: Mapping[str, Any]) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes the private key's AAD is computed over."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _render(first_lines: list[str], obj: Mapping[str, Any]) -> bytes:
    body = json.dumps(obj, indent=2, ensure_ascii=False)
    return ("\n".join(first_lines) + "\n" + body + "\n").encode("utf-8")


def _public_obj(key: PublicKey) -> dict[str, Any]:
    return {
        "kind": PUBLIC_KIND,
        "version": KEY_FORMAT_VERSION,
        "name": key.name,
        "created": key.created,
        "fingerprint": key.fingerprint,
        "x25519": _b64(key.raw),
    }


def public_key_text(key: PublicKey) -> bytes:
    """The exact bytes of a public key file."""
    _check_name(key.name)
    return _render(
        [
            f'# baomi public key "{key.name}" — may be shared; files sealed to it open only '
            f"with its private key",
            f'# baomi 公钥 "{key.name}" — 可公开分发；用它加密的文件只能用对应私钥打开',
        ],
        _public_obj(key),
    )


def _normalise_passphrase(passphrase: str) -> bytes:
    # NFC: the same passphrase typed through two input methods must give the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_normalise_passphrase(passphrase))


def private_key_text(
    key: PrivateKey,
    passphrase: str,
    *,
    scrypt_n: int = DEFAULT_SCRYPT_N,
    _salt: bytes | None = None,
    _nonce: bytes | None = None,
) -> bytes:
    """The exact bytes of a private key file (``_salt``/``_nonce`` only for test vectors)."""
    _check_name(key.name)
    if not passphrase:
        raise KeyFileError("口令不能为空 / the passphrase must not be empty")
    if scrypt_n < MIN_SCRYPT_N or scrypt_n > MAX_SCRYPT_N or scrypt_n & (scrypt_n - 1):
        raise KeyFileError(
            f"scrypt n 须为 2 的幂，介于 {MIN_SCRYPT_N} 与 {MAX_SCRYPT_N} 之间 / "
            f"scrypt n must be a power of two between {MIN_SCRYPT_N} and {MAX_SCRYPT_N}"
        )
    salt = _salt if _salt is not None else secrets.token_bytes(_SALT_LEN)
    nonce = _nonce if _nonce is not None else secrets.token_bytes(_NONCE_LEN)
    obj: dict[str, Any] = {
        "kind": PRIVATE_KIND,
        "version": KEY_FORMAT_VERSION,
        "name": key.name,
        "created": key.public.created,
        "fingerprint": key.fingerprint,
        "public": _b64(key.public.raw),
        "kdf": {"name": "scrypt", "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "cipher": {"name": "AES-256-GCM", "nonce": _b64(nonce)},
    }
    kek = _scrypt(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(kek).encrypt(nonce, key.x25519.private_bytes_raw(), canonical_json(obj))
    obj["encrypted_key"] = _b64(sealed)
    return _render(
        [
            f'# baomi private key "{key.name}" — keep secret; protected by a passphrase',
            f'# baomi 私钥 "{key.name}" — 请妥善保管，勿外传；受口令保护',
        ],
        obj,
    )


# -- writing -------------------------------------------------------------------------------------
def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to ``path`` atomically, never replacing an existing file: a temporary file
    made with exactly ``mode`` (a private key is never readable by others, not even for an
    instant), fsynced, then linked to ``path`` — which fails if ``path`` exists. A crash leaves
    no key file or a complete one (:func:`scanner.fsutil.write_atomic`)."""
    path = Path(path)
    exists = KeyFileError(
        f"{path} 已存在，不会覆盖（先移走旧密钥）/ "
        f"{path} already exists; baomi will not overwrite a key file (move the old one first)"
    )
    if path.exists() or path.is_symlink():
        raise exists
    try:
        fsutil.write_atomic(path, data, mode=mode, overwrite=False)
    except FileExistsError:
        raise exists from None
    except FileNotFoundError:
        raise KeyFileError(
            f"目录不存在：{path.parent} / folder does not exist: {path.parent}"
        ) from None
    except OSError as exc:
        raise KeyFileError(
            f"无法写入 {path}：{exc.strerror} / cannot write {path}: {exc.strerror}"
        ) from None


def write_public_key(path: Path, key: PublicKey) -> None:
    """Write ``key`` as a public key file (mode 0644); refuses to overwrite an existing file."""
    _write_new(Path(path), public_key_text(key), 0o644)


def write_private_key(
    path: Path, key: PrivateKey, passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N
) -> None:
    """Write ``key`` encrypted under ``passphrase`` (mode 0600 from creation); never overwrites."""
    _write_new(Path(path), private_key_text(key, passphrase, scrypt_n=scrypt_n), 0o600)


# -- reading -------------------------------------------------------------------------------------
def _read_obj(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(_MAX_KEY_FILE + 1)
    except FileNotFoundError:
        raise KeyFileError(f"找不到密钥文件 {path} / key file not found: {path}") from None
    except IsADirectoryError:
        raise KeyFileError(
            f"{path} 是目录，不是密钥文件 / {path} is a folder, not a key file"
        ) from None
    except OSError as exc:
        raise KeyFileError(
            f"无法读取密钥文件 {path}：{exc.strerror} / cannot read key file {path}: {exc.strerror}"
        ) from None
    not_a_key = KeyFileError(f"{path} 不是 baomi 密钥文件 / {path} is not a baomi key file")
    if len(data) > _MAX_KEY_FILE:
        raise not_a_key
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise not_a_key from None
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    try:
        obj = json.loads(body)
    except json.JSONDecodeError:
        raise KeyFileError(
            f"密钥文件 {path} 已损坏或不是 baomi 密钥 / "
            f"{path} is damaged or not a baomi key file (its JSON does not parse)"
        ) from None
    if not isinstance(obj, dict) or obj.get("kind") not in (PUBLIC_KIND, PRIVATE_KIND):
        raise not_a_key
    if obj.get("version") != KEY_FORMAT_VERSION:
        raise KeyFileError(
            f"密钥文件 {path} 的格式版本 {obj.get('version')!r} 不受支持，请升级 baomi / "
            f"key file {path} has format version {obj.get('version')!r}; upgrade baomi"
        )
    for fld in ("name", "created", "fingerprint"):
        if not isinstance(obj.get(fld), str):
            raise KeyFileError(
                f"密钥文件 {path} 已损坏：缺少 {fld} / key file {path} is damaged: no {fld}"
            )
    try:
        _check_name(obj["name"])
    except KeyFileError as exc:
        raise KeyFileError(f"{path}: {exc}") from None
    return obj


def _public_from_obj(obj: Mapping[str, Any], field_name: str, path: Path) -> PublicKey:
    raw = _unb64(obj.get(field_name), field_name, _RAW_LEN, path)
    key = PublicKey(name=obj["name"], raw=raw, created=obj["created"])
    if key.fingerprint != obj["fingerprint"]:
        raise KeyFileError(
            f"密钥文件 {path} 已损坏：指纹与密钥不符（传递中被改动？）/ "
            f"key file {path} is damaged: its fingerprint does not match the key "
            f"(altered in transit?)"
        )
    return key


def load_public_key(path: Path) -> PublicKey:
    """The public key in ``path``; a private key file is refused with a hint to give the .pub."""
    obj = _read_obj(path)
    if obj["kind"] == PRIVATE_KIND:
        raise KeyFileError(
            f"{path} 是私钥文件，加密只需公钥：请给出 .pub 文件 / "
            f"{path} is a private key; sealing needs only the public key: give the .pub file"
        )
    return _public_from_obj(obj, "x25519", Path(path))


def _check_private_mode(path: Path) -> None:
    """A private key others can read (or replace) is refused: its passphrase is then the only
    thing between anyone on the machine and every sealed file."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise KeyFileError(
            f"无法读取密钥文件 {path}：{exc.strerror} / cannot read key file {path}: {exc.strerror}"
        ) from None
    if stat.S_IMODE(mode) & 0o077:
        raise KeyFileError(
            f"私钥文件 {path} 可被其他用户访问（权限 {stat.S_IMODE(mode):o}），拒绝使用；"
            f"请运行 chmod 600 {path} 并考虑更换密钥 / the private key file {path} is open to "
            f"other users (mode {stat.S_IMODE(mode):o}); refused — run chmod 600 {path} and "
            f"consider replacing the key"
        )


def load_private_key(path: Path, passphrase: str) -> PrivateKey:
    """Decrypt the private key in ``path``; :class:`WrongPassphrase` if ``passphrase`` is wrong."""
    path = Path(path)
    obj = _read_obj(path)
    if obj["kind"] == PUBLIC_KIND:
        raise KeyFileError(
            f"{path} 是公钥文件，打开加密文件需要私钥（.key）/ "
            f"{path} is a public key; opening a sealed file needs the private key (.key)"
        )
    _check_private_mode(path)
    public = _public_from_obj(obj, "public", path)
    kdf, cipher = obj.get("kdf"), obj.get("cipher")
    damaged = KeyFileError(
        f"私钥文件 {path} 已损坏：参数无效 / private key file {path} is damaged: bad parameters"
    )
    if not isinstance(kdf, dict) or not isinstance(cipher, dict):
        raise damaged
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (type(n) is int and type(r) is int and type(p) is int):
        raise damaged
    if (
        kdf.get("name") != "scrypt"
        or cipher.get("name") != "AES-256-GCM"
        or not MIN_SCRYPT_N <= n <= MAX_SCRYPT_N
        or n & (n - 1)
        or not 1 <= r <= 32
        or not 1 <= p <= 16
    ):
        raise damaged
    salt = _unb64(kdf.get("salt"), "kdf.salt", _SALT_LEN, path)
    nonce = _unb64(cipher.get("nonce"), "cipher.nonce", _NONCE_LEN, path)
    sealed = _unb64(obj.get("encrypted_key"), "encrypted_key", _RAW_LEN + 16, path)
    aad_obj = {k: v for k, v in obj.items() if k != "encrypted_key"}
    if not passphrase:
        raise WrongPassphrase("口令为空 / the passphrase is empty")
    kek = _scrypt(passphrase, salt, n, r, p)
    try:
        raw = AESGCM(kek).decrypt(nonce, sealed, canonical_json(aad_obj))
    except InvalidTag:
        raise WrongPassphrase(
            f"口令不对，无法解开私钥 {path}（或文件被改动过）/ "
            f"wrong passphrase for private key {path} (or the file was altered)"
        ) from None
    key = PrivateKey.from_raw(public.name, raw, public.created)
    if key.public.raw != public.raw:
        raise KeyFileError(
            f"私钥文件 {path} 已损坏：私钥与公钥不配对 / "
            f"private key file {path} is damaged: private and public key do not match"
        )
    return key


def read_key_file_info(path: Path) -> dict[str, str]:
    """kind ("public"/"private"), name, fingerprint, created — no passphrase needed."""
    path = Path(path)
    obj = _read_obj(path)
    kind = "private" if obj["kind"] == PRIVATE_KIND else "public"
    key = _public_from_obj(obj, "public" if kind == "private" else "x25519", path)
    return {
        "kind": kind,
        "name": key.name,
        "fingerprint": key.fingerprint,
        "created": key.created,
    }
