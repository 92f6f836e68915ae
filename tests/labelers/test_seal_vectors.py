"""Test vectors of docs/sealing.md, recomputed from the primitives as the doc describes them.

``build_vectors()`` does not call labelers.seal: it follows the doc step by step with the
cryptography library's X25519, HKDF, HMAC and AES-GCM, so the doc, the JSON file and the
implementation must all agree. After a deliberate format change, regenerate with
``python tests/labelers/test_seal_vectors.py --write`` and paste the new values into the doc.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import re
import struct
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

HERE = Path(__file__).resolve().parent
VECTORS = HERE / "seal_vectors.json"
DOC = HERE.parents[1] / "docs" / "sealing.md"

# Inputs. The two X25519 keys are those of RFC 7748 §6.1, so the shared secret can be checked
# against the RFC too.
RECIPIENT_PRIVATE = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"
EPHEMERAL_PRIVATE = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"
RFC7748_SHARED = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
FILE_KEY = bytes(range(0x00, 0x20)).hex()
PAYLOAD_SALT = bytes(range(0xA0, 0xB0)).hex()
NAME = "committee"
CREATED = "2025-01-01T00:00:00Z"
META = {"label": "秘密", "original_name": "病历.txt"}
CHUNK_SIZE = 64
PLAINTEXT = "保密 baomi 测试向量：这段文字跨过第 64 字节，分成两块。\n"
PASSPHRASE = "correct horse 保密"
SCRYPT_N = 2**10
KEY_SALT = bytes(range(0x20, 0x30)).hex()
KEY_NONCE = bytes(range(0x30, 0x3C)).hex()


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _cjson(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def build_vectors() -> dict[str, Any]:
    sk = X25519PrivateKey.from_private_bytes(bytes.fromhex(RECIPIENT_PRIVATE))
    pk = sk.public_key().public_bytes_raw()
    fingerprint = hashlib.sha256(b"baomi/v1 key fingerprint\x00" + pk).hexdigest()[:16]
    esk = X25519PrivateKey.from_private_bytes(bytes.fromhex(EPHEMERAL_PRIVATE))
    epk = esk.public_key().public_bytes_raw()
    shared = esk.exchange(sk.public_key())
    assert shared.hex() == RFC7748_SHARED
    file_key = bytes.fromhex(FILE_KEY)
    wrap_key = _hkdf(shared, epk + pk, b"baomi/v1 X25519 wrap")
    wrapped = AESGCM(wrap_key).encrypt(bytes(12), file_key, None)
    salt = bytes.fromhex(PAYLOAD_SALT)
    header_json = _cjson(
        {
            "chunk_size": CHUNK_SIZE,
            "meta": META,
            "recipients": [
                {
                    "epk": _b64(epk),
                    "fingerprint": fingerprint,
                    "name": NAME,
                    "wrapped": _b64(wrapped),
                }
            ],
            "salt": _b64(salt),
        }
    )
    body = b"\x89BAOMI\r\n\x1a\n" + struct.pack(">HI", 1, len(header_json)) + header_json
    mac_key = _hkdf(file_key, b"", b"baomi/v1 header mac")
    mac = hmac.new(mac_key, body, hashlib.sha256).digest()
    header = body + mac
    header_sha256 = hashlib.sha256(header).digest()
    payload_key = _hkdf(file_key, salt, b"baomi/v1 payload")
    plain = PLAINTEXT.encode()
    pieces = [plain[i : i + CHUNK_SIZE] for i in range(0, len(plain), CHUNK_SIZE)] or [b""]
    chunks = []
    for i, piece in enumerate(pieces):
        nonce = i.to_bytes(11, "big") + (b"\x01" if i == len(pieces) - 1 else b"\x00")
        ct = AESGCM(payload_key).encrypt(nonce, piece, header_sha256)
        chunks.append({"nonce": nonce.hex(), "plaintext": piece.hex(), "ciphertext": ct.hex()})
    sealed = header + b"".join(bytes.fromhex(c["ciphertext"]) for c in chunks)

    key_salt, key_nonce = bytes.fromhex(KEY_SALT), bytes.fromhex(KEY_NONCE)
    key_obj: dict[str, Any] = {
        "kind": "baomi-private-key",
        "version": 1,
        "name": NAME,
        "created": CREATED,
        "fingerprint": fingerprint,
        "public": _b64(pk),
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": 8, "p": 1, "salt": _b64(key_salt)},
        "cipher": {"name": "AES-256-GCM", "nonce": _b64(key_nonce)},
    }
    aad = _cjson(key_obj)
    kek = Scrypt(salt=key_salt, length=32, n=SCRYPT_N, r=8, p=1).derive(PASSPHRASE.encode())
    encrypted_key = AESGCM(kek).encrypt(key_nonce, sk.private_bytes_raw(), aad)
    key_obj["encrypted_key"] = _b64(encrypted_key)
    private_file = (
        f'# baomi private key "{NAME}" — keep secret; protected by a passphrase\n'
        f'# baomi 私钥 "{NAME}" — 请妥善保管，勿外传；受口令保护\n'
        + json.dumps(key_obj, indent=2, ensure_ascii=False)
        + "\n"
    )
    pub_obj = {
        "kind": "baomi-public-key",
        "version": 1,
        "name": NAME,
        "created": CREATED,
        "fingerprint": fingerprint,
        "x25519": _b64(pk),
    }
    public_file = (
        f'# baomi public key "{NAME}" — may be shared; files sealed to it open only with its '
        f"private key\n"
        f'# baomi 公钥 "{NAME}" — 可公开分发；用它加密的文件只能用对应私钥打开\n'
        + json.dumps(pub_obj, indent=2, ensure_ascii=False)
        + "\n"
    )
    return {
        "inputs": {
            "recipient_private_key": RECIPIENT_PRIVATE,
            "ephemeral_private_key": EPHEMERAL_PRIVATE,
            "file_key": FILE_KEY,
            "payload_salt": PAYLOAD_SALT,
            "name": NAME,
            "created": CREATED,
            "meta": META,
            "chunk_size": CHUNK_SIZE,
            "plaintext_utf8": PLAINTEXT,
            "passphrase": PASSPHRASE,
            "scrypt_n": SCRYPT_N,
            "key_file_salt": KEY_SALT,
            "key_file_nonce": KEY_NONCE,
        },
        "recipient_public_key": pk.hex(),
        "fingerprint": fingerprint,
        "ephemeral_public_key": epk.hex(),
        "shared_secret": shared.hex(),
        "wrap_key": wrap_key.hex(),
        "wrapped_file_key": wrapped.hex(),
        "header_json_utf8": header_json.decode(),
        "header_mac_key": mac_key.hex(),
        "header_mac": mac.hex(),
        "header_length": len(header),
        "header_sha256": header_sha256.hex(),
        "payload_key": payload_key.hex(),
        "chunks": chunks,
        "sealed_file": sealed.hex(),
        "key_encryption_key": kek.hex(),
        "encrypted_private_key": encrypted_key.hex(),
        "private_key_file": private_file,
        "public_key_file": public_file,
    }


def _stored() -> dict[str, Any]:
    return json.loads(VECTORS.read_text(encoding="utf-8"))


def test_recomputed_vectors_equal_the_stored_file() -> None:
    assert build_vectors() == _stored()


def test_implementation_produces_the_vector() -> None:
    from labelers.keys import PrivateKey
    from labelers.seal import open_stream, seal_stream

    v = _stored()
    key = PrivateKey.from_raw(NAME, bytes.fromhex(RECIPIENT_PRIVATE), CREATED)
    stream = io.BytesIO(
        bytes.fromhex(FILE_KEY) + bytes.fromhex(PAYLOAD_SALT) + bytes.fromhex(EPHEMERAL_PRIVATE)
    )

    def rng(n: int) -> bytes:
        out = stream.read(n)
        assert len(out) == n
        return out

    out = io.BytesIO()
    result = seal_stream(
        io.BytesIO(PLAINTEXT.encode()), out, [key.public], META, chunk_size=CHUNK_SIZE, _rng=rng
    )
    assert out.getvalue().hex() == v["sealed_file"]
    assert stream.read() == b""  # exactly the documented randomness, in the documented order
    assert result.header.header_length == v["header_length"]
    assert key.fingerprint == v["fingerprint"]
    back = io.BytesIO()
    open_stream(io.BytesIO(bytes.fromhex(v["sealed_file"])), back, key)
    assert back.getvalue().decode() == PLAINTEXT


def test_implementation_produces_the_key_files(tmp_path: Path) -> None:
    from labelers.keys import (
        PrivateKey,
        load_private_key,
        load_public_key,
        private_key_text,
        public_key_text,
    )

    v = _stored()
    key = PrivateKey.from_raw(NAME, bytes.fromhex(RECIPIENT_PRIVATE), CREATED)
    text = private_key_text(
        key,
        PASSPHRASE,
        scrypt_n=SCRYPT_N,
        _salt=bytes.fromhex(KEY_SALT),
        _nonce=bytes.fromhex(KEY_NONCE),
    )
    assert text.decode() == v["private_key_file"]
    assert public_key_text(key.public).decode() == v["public_key_file"]
    (tmp_path / "k.key").write_text(v["private_key_file"], encoding="utf-8")
    (tmp_path / "k.key").chmod(0o600)  # a private key open to others is refused
    (tmp_path / "k.pub").write_text(v["public_key_file"], encoding="utf-8")
    loaded = load_private_key(tmp_path / "k.key", PASSPHRASE)
    assert loaded.x25519.private_bytes_raw().hex() == RECIPIENT_PRIVATE
    assert load_public_key(tmp_path / "k.pub") == key.public


def _flatten(v: Any) -> list[str]:
    if isinstance(v, dict):
        return [x for item in v.values() for x in _flatten(item)]
    if isinstance(v, list):
        return [x for item in v for x in _flatten(item)]
    return [str(v)]


def test_doc_shows_the_same_values() -> None:
    doc = DOC.read_text(encoding="utf-8")
    compact = re.sub(r"\s", "", doc)
    v = _stored()
    missing = [
        key
        for key, value in v.items()
        if key not in ("inputs", "private_key_file", "public_key_file", "header_json_utf8")
        and any(re.sub(r"\s", "", s) not in compact for s in _flatten(value))
    ]
    assert not missing, f"docs/sealing.md lacks the values of {missing}"
    for whole in ("private_key_file", "public_key_file", "header_json_utf8"):
        assert v[whole].strip() in doc, f"docs/sealing.md lacks {whole} verbatim"
    for name, value in v["inputs"].items():
        if isinstance(value, str) and len(value) >= 16:
            assert value.strip() in doc, f"docs/sealing.md lacks input {name}"


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        VECTORS.write_text(
            json.dumps(build_vectors(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"wrote {VECTORS}")
    else:
        print(json.dumps(build_vectors(), indent=2, ensure_ascii=False))
