"""Sealed files (``NAME.baomi``): a header anyone can read, content only the recipients can open.

Layout (byte by byte, with test vectors, in docs/sealing.md)::

    magic (10) | version u16 BE | json length u32 BE | header JSON | header MAC (32) | chunks...

* Header JSON: chunk size, the integrator's ``meta`` (label, categories, expiry, original name …),
  a random payload salt, and one stanza per recipient. Readable without keys, so it never
  carries anything derived from the plaintext.
* Recipients: X25519 ephemeral-static ECDH → HKDF-SHA256 → AES-256-GCM wrapping a random 32-byte
  file key. Sealing needs public keys only: a file server can seal, never open.
  (cryptography 48's HPKE would do the same job, but its ``Suite.encrypt`` draws the ephemeral
  key itself, so no published test vector could be recomputed, and it takes no AAD. Three
  well-known primitives, spelled out in the doc, are easier to check and to re-implement.)
* Header MAC: HMAC-SHA256 under a key derived from the file key, over every header byte before
  it. A changed label, chunk size or recipient list is caught before any content is released.
* Payload: the STREAM construction of age/Tink. payload key = HKDF(file key, salt, "baomi/v1
  payload"); chunk *i* is AES-256-GCM with nonce = 11-byte big-endian *i* ‖ last-chunk flag, AAD =
  SHA-256 of the exact header bytes. Truncation at a chunk boundary, reordering, duplication,
  appended bytes and edits all fail authentication; memory use is one chunk whatever the size.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import io
import json
import os
import secrets
import struct
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from labelers.keys import PrivateKey, PublicKey
from scanner import fsutil
from scanner.names import safe_basename

SUFFIX = ".baomi"
DEFAULT_CHUNK_SIZE = 64 * 1024
FORMAT_VERSION = 1

# PNG's trick: a byte with the high bit set catches 7-bit transfers, CR LF and the lone LF catch
# line-ending conversion, 0x1A stops `type` on Windows — a mangled copy is "not sealed", not junk.
MAGIC = b"\x89BAOMI\r\n\x1a\n"
_PREFIX = struct.Struct(">10sHI")  # magic, version, JSON length
PREFIX_LEN = _PREFIX.size  # 16
MAC_LEN = 32
TAG_LEN = 16
FILE_KEY_LEN = 32
SALT_LEN = 16
MIN_CHUNK_SIZE = 64
# Bounds what a hostile header can make a reader allocate: one chunk, one JSON header.
MAX_CHUNK_SIZE = 16 * 1024 * 1024
MAX_HEADER_JSON = 1024 * 1024
MAX_RECIPIENTS = 256

WRAP_INFO = b"baomi/v1 X25519 wrap"
HEADER_MAC_INFO = b"baomi/v1 header mac"
PAYLOAD_INFO = b"baomi/v1 payload"
# Each wrap key is used once (a fresh ephemeral key per stanza), so a fixed nonce is safe.
_WRAP_NONCE = bytes(12)
_LAST = b"\x01"
_NOT_LAST = b"\x00"
_MAX_COUNTER = 2**88 - 1

Rng = Callable[[int], bytes]


# -- errors --------------------------------------------------------------------------------------
class SealError(Exception):
    """Base of every sealing/opening failure; the message says what to do."""


class NotSealed(SealError):
    """The file does not start with the baomi magic bytes."""


class UnsupportedVersion(SealError):
    """Sealed by a newer (or unknown) format version."""


class HeaderTampered(SealError):
    """The header is malformed or fails its MAC: label, recipients or chunk size were changed."""


class NotARecipient(SealError):
    """The given private key is not among the file's recipients."""


class Truncated(SealError):
    """The file ends early: inside the header, or at a chunk boundary before the final chunk."""


class ChunkTampered(SealError):
    """A chunk fails authentication: edited, reordered, duplicated, cut inside, or data appended."""


class VerificationFailed(SealError):
    """seal_file re-read what it wrote and it did not decrypt to the source."""


class SourceChanged(SealError):
    """The source file changed while it was being sealed."""


def _label(src: object) -> str:
    name = getattr(src, "name", None)
    return str(name) if isinstance(name, str | os.PathLike) else "(stream)"


# -- public data ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RecipientInfo:
    name: str
    fingerprint: str


@dataclass(frozen=True)
class SealHeader:
    version: int
    chunk_size: int
    meta: dict[str, Any]
    recipients: tuple[RecipientInfo, ...]
    header_length: int

    def safe_original_name(self, fallback: str) -> str:
        """The header's original name as a safe base name to create a file under.

        Anyone with the public key can write a header, so its name may be ``.bash_profile``,
        ``../../x`` or hold terminal escapes; ``fallback`` when nothing usable is left.
        """
        return safe_basename(self.meta.get("original_name"), fallback)


@dataclass(frozen=True)
class SealResult:
    header: SealHeader
    plaintext_size: int
    sealed_size: int
    plaintext_sha256: str


@dataclass(frozen=True)
class _Stanza:
    name: str
    fingerprint: str
    epk: bytes
    wrapped: bytes


@dataclass(frozen=True)
class _Parsed:
    header: SealHeader
    raw: bytes  # every header byte, MAC included
    salt: bytes
    stanzas: tuple[_Stanza, ...]

    @property
    def body(self) -> bytes:
        return self.raw[:-MAC_LEN]

    @property
    def mac(self) -> bytes:
        return self.raw[-MAC_LEN:]

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.raw).digest()


# -- primitives ----------------------------------------------------------------------------------
def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _wrap_key(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    return _hkdf(shared, epk + recipient, WRAP_INFO)


def _header_mac(file_key: bytes, body: bytes) -> bytes:
    return hmac.new(_hkdf(file_key, b"", HEADER_MAC_INFO), body, hashlib.sha256).digest()


def _payload_aead(file_key: bytes, salt: bytes) -> AESGCM:
    return AESGCM(_hkdf(file_key, salt, PAYLOAD_INFO))


def _nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:  # 2**88 chunks: unreachable, but a nonce must never repeat
        raise SealError("文件过大 / file too large for one seal")
    return counter.to_bytes(11, "big") + (_LAST if last else _NOT_LAST)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not a string")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError(str(exc)) from None


def _read_exact(src: BinaryIO, n: int) -> bytes:
    """Up to ``n`` bytes; fewer only at end of file (raw streams may return short reads)."""
    data = src.read(n)
    if data is None:
        data = b""
    if len(data) == n or not data:
        return data
    parts = [data]
    got = len(data)
    while got < n:
        more = src.read(n - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


# -- header --------------------------------------------------------------------------------------
def _header_json(
    chunk_size: int, meta: Mapping[str, Any], salt: bytes, stanzas: Sequence[_Stanza]
) -> bytes:
    obj = {
        "chunk_size": chunk_size,
        "meta": dict(meta),
        "recipients": [
            {
                "name": s.name,
                "fingerprint": s.fingerprint,
                "epk": _b64(s.epk),
                "wrapped": _b64(s.wrapped),
            }
            for s in stanzas
        ],
        "salt": _b64(salt),
    }
    try:
        return json.dumps(
            obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise SealError(
            f"标签元数据无法写入文件头（须为 JSON 数据）/ meta cannot go into the header "
            f"(it must be JSON data): {exc}"
        ) from None


def _parse_header(src: BinaryIO) -> _Parsed:
    where = _label(src)
    prefix = _read_exact(src, PREFIX_LEN)
    if len(prefix) < len(MAGIC) or prefix[: len(MAGIC)] != MAGIC:
        if MAGIC.startswith(prefix) and prefix:
            raise Truncated(f"{where} 在文件头内被截断 / {where} is cut short inside its header")
        raise NotSealed(f"{where} 不是 baomi 加密文件 / {where} is not a baomi sealed file")
    if len(prefix) < PREFIX_LEN:
        raise Truncated(f"{where} 在文件头内被截断 / {where} is cut short inside its header")
    _, version, json_len = _PREFIX.unpack(prefix)
    if version != FORMAT_VERSION:
        raise UnsupportedVersion(
            f"{where} 使用格式版本 {version}，本程序只认识版本 {FORMAT_VERSION}：请升级 baomi / "
            f"{where} uses format version {version}; this baomi reads version {FORMAT_VERSION} "
            f"— upgrade baomi"
        )
    tampered = HeaderTampered(
        f"{where} 的文件头已损坏或被改动 / the header of {where} is damaged or was altered"
    )
    if json_len == 0 or json_len > MAX_HEADER_JSON:
        raise tampered
    rest = _read_exact(src, json_len + MAC_LEN)
    if len(rest) < json_len + MAC_LEN:
        raise Truncated(f"{where} 在文件头内被截断 / {where} is cut short inside its header")
    raw = prefix + rest
    try:
        obj = json.loads(rest[:json_len].decode("utf-8"))
        chunk_size = obj["chunk_size"]
        meta = obj["meta"]
        salt = _unb64(obj["salt"])
        stanzas = tuple(
            _Stanza(
                name=r["name"],
                fingerprint=r["fingerprint"],
                epk=_unb64(r["epk"]),
                wrapped=_unb64(r["wrapped"]),
            )
            for r in obj["recipients"]
        )
    # RecursionError: JSON nested past the interpreter's limit, which anyone can forge
    except (
        UnicodeDecodeError,
        json.JSONDecodeError,
        KeyError,
        TypeError,
        ValueError,
        RecursionError,
    ):
        raise tampered from None
    if (
        type(chunk_size) is not int
        or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE
        or not isinstance(meta, dict)
        or len(salt) != SALT_LEN
        or not 1 <= len(stanzas) <= MAX_RECIPIENTS
        or any(
            not isinstance(s.name, str)
            or not isinstance(s.fingerprint, str)
            or len(s.epk) != 32
            or len(s.wrapped) != FILE_KEY_LEN + TAG_LEN
            for s in stanzas
        )
    ):
        raise tampered
    header = SealHeader(
        version=version,
        chunk_size=chunk_size,
        meta=meta,
        recipients=tuple(RecipientInfo(s.name, s.fingerprint) for s in stanzas),
        header_length=len(raw),
    )
    return _Parsed(header=header, raw=raw, salt=salt, stanzas=stanzas)


def read_header(src: BinaryIO | Path) -> SealHeader:
    """The header, without any key. Its content is not authenticated until the file is opened."""
    if isinstance(src, str | os.PathLike):
        try:
            fh = open(src, "rb")  # noqa: SIM115 - closed by the with below
        except OSError as exc:
            raise SealError(
                f"无法读取 {src}：{exc.strerror} / cannot read {src}: {exc.strerror}"
            ) from None
        with fh:
            return _parse_header(fh).header
    return _parse_header(src).header


def is_sealed(path: Path) -> bool:
    """Cheap check: does ``path`` start with the baomi magic bytes?"""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


# -- sealing -------------------------------------------------------------------------------------
def _unique(recipients: Sequence[PublicKey]) -> list[PublicKey]:
    seen: set[bytes] = set()
    out = []
    for r in recipients:
        if not isinstance(r, PublicKey):
            raise SealError(
                f"收件人必须是公钥，而不是 {type(r).__name__} / "
                f"recipients must be public keys, not {type(r).__name__}"
            )
        if r.raw not in seen:
            seen.add(r.raw)
            out.append(r)
    if not out:
        raise SealError("至少需要一个收件人公钥 / at least one recipient public key is needed")
    if len(out) > MAX_RECIPIENTS:
        raise SealError(
            f"收件人过多（最多 {MAX_RECIPIENTS}）/ too many recipients (at most {MAX_RECIPIENTS})"
        )
    return out


def _build_header(
    recipients: Sequence[PublicKey], meta: Mapping[str, Any], chunk_size: int, rng: Rng
) -> tuple[_Parsed, bytes]:
    """The header bytes and the file key, drawing randomness from ``rng`` in a documented order:
    file key (32), payload salt (16), then one ephemeral private key (32) per recipient."""
    if type(chunk_size) is not int or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise SealError(
            f"chunk_size 须在 {MIN_CHUNK_SIZE}–{MAX_CHUNK_SIZE} 之间 / "
            f"chunk_size must be between {MIN_CHUNK_SIZE} and {MAX_CHUNK_SIZE}"
        )
    keys = _unique(recipients)
    file_key = rng(FILE_KEY_LEN)
    salt = rng(SALT_LEN)
    stanzas = []
    for pub in keys:
        eph = X25519PrivateKey.from_private_bytes(rng(32))
        epk = eph.public_key().public_bytes_raw()
        try:
            shared = eph.exchange(X25519PublicKey.from_public_bytes(pub.raw))
        except ValueError:
            raise SealError(
                f"公钥 {pub.name}（{pub.fingerprint}）无效，不能用来加密 / "
                f"public key {pub.name} ({pub.fingerprint}) is invalid and cannot be sealed to"
            ) from None
        wrapped = AESGCM(_wrap_key(shared, epk, pub.raw)).encrypt(_WRAP_NONCE, file_key, None)
        stanzas.append(_Stanza(pub.name, pub.fingerprint, epk, wrapped))
    js = _header_json(chunk_size, meta, salt, stanzas)
    if len(js) > MAX_HEADER_JSON:
        raise SealError("标签元数据过大 / meta is too large for the header (limit 1 MiB)")
    body = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(js)) + js
    raw = body + _header_mac(file_key, body)
    parsed = _parse_header(io.BytesIO(raw))
    return parsed, file_key


def _chunks(src: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """(chunk, is_last) with one chunk of look-ahead, so the last chunk is known when written.
    A non-empty plaintext that fills its last chunk exactly gets no extra empty chunk."""
    current = _read_exact(src, size)
    while True:
        if len(current) < size:
            yield current, True
            return
        nxt = _read_exact(src, size)
        if not nxt:
            yield current, True
            return
        yield current, False
        current = nxt


def seal_stream(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: Sequence[PublicKey],
    meta: Mapping[str, Any],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    _rng: Rng = secrets.token_bytes,
) -> SealResult:
    """Seal everything ``src`` yields into ``dst``. ``_rng`` is for test vectors only."""
    result, _ = _seal(src, dst, recipients, meta, chunk_size, _rng)
    return result


def _seal(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: Sequence[PublicKey],
    meta: Mapping[str, Any],
    chunk_size: int,
    rng: Rng,
) -> tuple[SealResult, bytes]:
    parsed, file_key = _build_header(recipients, meta, chunk_size, rng)
    aead = _payload_aead(file_key, parsed.salt)
    aad = parsed.digest
    dst.write(parsed.raw)
    sha = hashlib.sha256()
    size = 0
    sealed = len(parsed.raw)
    for counter, (chunk, last) in enumerate(_chunks(src, chunk_size)):
        sha.update(chunk)
        size += len(chunk)
        ct = aead.encrypt(_nonce(counter, last), chunk, aad)
        dst.write(ct)
        sealed += len(ct)
    result = SealResult(parsed.header, size, sealed, sha.hexdigest())
    return result, file_key


def seal_file(
    src: Path,
    dst: Path,
    recipients: Sequence[PublicKey],
    meta: Mapping[str, Any],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    verify: bool = True,
    _rng: Rng = secrets.token_bytes,
    _after_write: Callable[[Path], None] | None = None,
) -> SealResult:
    """Seal ``src`` into ``dst`` (created or truncated, never renamed), flushed and fsynced.

    With ``verify`` the sealed file is read back from disk and decrypted with the file key still
    in memory — the server has no private key — and must give the source's SHA-256 again.
    ``_after_write`` is a test hook called between the write and the check.
    """
    src, dst = Path(src), Path(dst)
    try:
        fin = open(src, "rb")  # noqa: SIM115 - closed below; fstat before and after needs the fd
    except OSError as exc:
        raise SealError(
            f"无法读取 {src}：{exc.strerror} / cannot read {src}: {exc.strerror}"
        ) from None
    with fin:
        before = os.fstat(fin.fileno())
        try:
            with open(dst, "wb") as fout:
                result, file_key = _seal(fin, fout, recipients, meta, chunk_size, _rng)
                fout.flush()
                os.fsync(fout.fileno())
        except OSError as exc:
            raise SealError(
                f"无法写入 {dst}：{exc.strerror} / cannot write {dst}: {exc.strerror}"
            ) from None
        after = os.fstat(fin.fileno())
    if (before.st_size, before.st_mtime_ns) != (
        after.st_size,
        after.st_mtime_ns,
    ) or result.plaintext_size != after.st_size:
        raise SourceChanged(
            f"加密期间 {src} 被修改，请稍后重试 / {src} changed while it was being sealed; "
            f"try again when nobody is editing it"
        )
    if _after_write is not None:
        _after_write(dst)
    if verify:
        _verify(dst, result, file_key)
    return result


def _verify(dst: Path, result: SealResult, file_key: bytes) -> None:
    fail = VerificationFailed(
        f"写入的加密文件 {dst} 回读校验失败（磁盘或存储出错？），原文件未动 / "
        f"the sealed file {dst} did not read back correctly (disk or storage fault?); "
        f"the original was left alone"
    )
    with open(dst, "rb") as fh:
        with contextlib.suppress(AttributeError, OSError):
            # Drop the just-written pages from the cache so the check reads what the disk holds.
            os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        try:
            parsed = _parse_header(fh)
        except SealError:
            raise fail from None
        if parsed.header != result.header or not hmac.compare_digest(
            parsed.mac, _header_mac(file_key, parsed.body)
        ):
            raise fail
        sha = hashlib.sha256()
        try:
            size = _open_payload(
                fh, sha.update, parsed, _payload_aead(file_key, parsed.salt), str(dst)
            )
        except SealError:
            raise fail from None
    if size != result.plaintext_size or sha.hexdigest() != result.plaintext_sha256:
        raise fail


# -- opening -------------------------------------------------------------------------------------
def _unwrap(parsed: _Parsed, key: PrivateKey, where: str) -> bytes:
    """The file key, or the right exception. Stanzas with our fingerprint are tried first; the
    rest are tried too, so an edited fingerprint still reports tampering, not "not a recipient"."""
    mine = [s for s in parsed.stanzas if s.fingerprint == key.fingerprint]
    others = [s for s in parsed.stanzas if s.fingerprint != key.fingerprint]
    pub = key.public.raw
    for stanza in mine + others:
        try:
            shared = key.x25519.exchange(X25519PublicKey.from_public_bytes(stanza.epk))
            file_key = AESGCM(_wrap_key(shared, stanza.epk, pub)).decrypt(
                _WRAP_NONCE, stanza.wrapped, None
            )
        except (InvalidTag, ValueError):
            continue
        if not hmac.compare_digest(parsed.mac, _header_mac(file_key, parsed.body)):
            raise HeaderTampered(
                f"{where} 的文件头被改动过（标签、收件人或分块大小），不予打开 / "
                f"the header of {where} was altered (label, recipients or chunk size); "
                f"not opened"
            )
        return file_key
    if mine:
        raise HeaderTampered(
            f"{where} 中写给密钥 {key.name}（{key.fingerprint}）的收件人条目已损坏 / "
            f"the recipient entry for key {key.name} ({key.fingerprint}) in {where} is damaged"
        )
    listed = ", ".join(f"{r.name} ({r.fingerprint})" for r in parsed.header.recipients)
    raise NotARecipient(
        f"密钥 {key.name}（{key.fingerprint}）不在 {where} 的收件人中：{listed} / "
        f"this key {key.name} ({key.fingerprint}) is not among the recipients of {where}: "
        f"{listed}"
    )


def _open_payload(
    src: BinaryIO, write: Callable[[bytes], object], parsed: _Parsed, aead: AESGCM, where: str
) -> int:
    """Decrypt every chunk into ``write``; returns the plaintext size. Each chunk written has
    been authenticated, but only a clean return means the whole file was."""
    aad = parsed.digest
    full = parsed.header.chunk_size + TAG_LEN
    counter = 0
    size = 0
    offset = parsed.header.header_length
    current = _read_exact(src, full)
    while True:
        nxt = _read_exact(src, full) if len(current) == full else b""
        last = not nxt
        if len(current) < TAG_LEN:
            raise Truncated(
                f"{where} 被截断（第 {counter + 1} 块不完整）/ {where} is cut short "
                f"(chunk {counter + 1} is incomplete at byte {offset})"
            )
        try:
            pt = aead.decrypt(_nonce(counter, last), current, aad)
        except InvalidTag:
            raise _chunk_failure(aead, aad, current, counter, last, where, offset) from None
        if last and not pt and counter > 0:
            # Never written by seal: a non-empty plaintext has no empty final chunk.
            raise ChunkTampered(f"{where} 末尾多出一个空块 / {where} ends in a stray empty chunk")
        write(pt)
        size += len(pt)
        if last:
            return size
        offset += len(current)
        counter += 1
        current = nxt


def _chunk_failure(
    aead: AESGCM, aad: bytes, data: bytes, counter: int, last: bool, where: str, offset: int
) -> SealError:
    """Tell a clerk which of the failures it is, where the bytes allow telling it."""
    try:
        aead.decrypt(_nonce(counter, not last), data, aad)
    except InvalidTag:
        return ChunkTampered(
            f"{where} 第 {counter + 1} 块（字节 {offset} 起）校验失败：被改动、调换或截断，"
            f"请取备份 / chunk {counter + 1} of {where} (from byte {offset}) fails "
            f"authentication: altered, reordered or cut short — use a backup copy"
        )
    if last:
        return Truncated(
            f"{where} 在第 {counter + 1} 块之后被截断，缺少结尾 / {where} is cut short after "
            f"chunk {counter + 1}: its end is missing — use a backup copy"
        )
    return ChunkTampered(
        f"{where} 在结尾之后还有多余数据（字节 {offset + len(data)} 起）/ {where} has data "
        f"appended after its end (from byte {offset + len(data)})"
    )


def open_stream(src: BinaryIO, dst: BinaryIO, key: PrivateKey) -> SealHeader:
    """Decrypt ``src`` into ``dst`` chunk by chunk; raises unless header and every chunk
    authenticate. On an exception ``dst`` may hold a prefix: use :func:`open_file` for files."""
    where = _label(src)
    parsed = _parse_header(src)
    file_key = _unwrap(parsed, key, where)
    _open_payload(src, dst.write, parsed, _payload_aead(file_key, parsed.salt), where)
    return parsed.header


def open_file(src: Path, dst: Path, key: PrivateKey, *, overwrite: bool = False) -> SealHeader:
    """Open ``src`` into ``dst``: plaintext goes to a 0600 temporary file beside ``dst`` and is
    moved into place only after the last chunk authenticated, so a failure leaves nothing.
    An existing ``dst`` is refused unless ``overwrite``."""
    src, dst = Path(src), Path(dst)
    if not overwrite and (dst.exists() or dst.is_symlink()):
        raise SealError(
            f"{dst} 已存在，不会覆盖 / {dst} already exists; baomi will not overwrite it"
        )
    try:
        fin = open(src, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise SealError(
            f"无法读取 {src}：{exc.strerror} / cannot read {src}: {exc.strerror}"
        ) from None
    with fin:
        cannot = f"无法写入 {dst.parent} / cannot write in {dst.parent}"
        try:
            folder = fsutil.Folder.open(dst.parent)
        except OSError as exc:
            raise SealError(f"{cannot}: {exc.strerror}") from None
        with folder:
            try:
                temp = folder.create_temp("opening", 0o600)
            except OSError as exc:
                raise SealError(f"{cannot}: {exc.strerror}") from None
            try:
                with temp.file() as fout:
                    header = open_stream(fin, fout, key)
                    fout.flush()
                temp.commit(dst.name, overwrite=overwrite)
            except FileExistsError:
                temp.discard()
                raise SealError(
                    f"{dst} 已存在，不会覆盖 / {dst} already exists; baomi will not overwrite it"
                ) from None
            except BaseException:
                temp.discard()  # plaintext of a chunk that did not authenticate: never kept
                raise
    return header
