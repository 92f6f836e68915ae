"""Key files: round trips, 0600 from creation, no overwrite, never the raw private key on disk,
and a clear KeyFileError for every kind of bad file."""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import unicodedata
from pathlib import Path

import pytest

from labelers.keys import (
    KeyFileError,
    PrivateKey,
    PublicKey,
    WrongPassphrase,
    generate_keypair,
    load_private_key,
    load_public_key,
    read_key_file_info,
    write_private_key,
    write_public_key,
)

N = 2**10  # fast scrypt for tests; the default (2**17) is exercised once below
PASS = "正确的口令 correct horse"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[PrivateKey, Path, Path]:
    key = generate_keypair("保密委员会")
    pub, priv = tmp_path / "committee.pub", tmp_path / "committee.key"
    write_public_key(pub, key.public)
    write_private_key(priv, key, PASS, scrypt_n=N)
    return key, pub, priv


def _raw_private(key: PrivateKey) -> bytes:
    return key.x25519.private_bytes_raw()


def test_round_trip(pair: tuple[PrivateKey, Path, Path]) -> None:
    key, pub, priv = pair
    assert load_public_key(pub) == key.public
    loaded = load_private_key(priv, PASS)
    assert loaded.public == key.public
    assert loaded.name == "保密委员会"
    assert _raw_private(loaded) == _raw_private(key)


def test_fingerprint_is_short_stable_and_key_dependent() -> None:
    a, b = generate_keypair("a"), generate_keypair("b")
    assert re.fullmatch(r"[0-9a-f]{16}", a.fingerprint)
    assert a.fingerprint == a.public.fingerprint
    assert a.fingerprint != b.fingerprint
    same = PublicKey(name="renamed", raw=a.public.raw, created="2000-01-01T00:00:00Z")
    assert same.fingerprint == a.fingerprint  # depends on the key only


def test_files_are_recognisable_text(pair: tuple[PrivateKey, Path, Path]) -> None:
    key, pub, priv = pair
    first = priv.read_text(encoding="utf-8").splitlines()[0]
    assert first == '# baomi private key "保密委员会" — keep secret; protected by a passphrase'
    text = pub.read_text(encoding="utf-8")
    assert text.startswith('# baomi public key "保密委员会"')
    assert base64.b64encode(key.public.raw).decode() in text
    assert key.fingerprint in text and key.public.created in text


@pytest.mark.parametrize("umask", [0o022, 0o000, 0o077])
def test_private_key_is_0600_and_public_0644_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    key = generate_keypair("k")
    old = os.umask(umask)
    try:
        write_private_key(tmp_path / "k.key", key, PASS, scrypt_n=N)
        write_public_key(tmp_path / "k.pub", key.public)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "k.key").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "k.pub").stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.key", "k.pub"]  # no temp files left


def test_private_key_file_never_holds_the_raw_key(pair: tuple[PrivateKey, Path, Path]) -> None:
    key, _, priv = pair
    data = priv.read_bytes()
    raw = _raw_private(key)
    for form in (raw, raw.hex().encode(), base64.b64encode(raw), base64.b64encode(raw)[:40]):
        assert form not in data
    assert "x25519=" not in repr(key) and raw.hex() not in repr(key)


def test_refuses_to_overwrite(pair: tuple[PrivateKey, Path, Path]) -> None:
    key, pub, priv = pair
    other = generate_keypair("other")
    before_pub, before_priv = pub.read_bytes(), priv.read_bytes()
    with pytest.raises(KeyFileError, match="already exists"):
        write_public_key(pub, other.public)
    with pytest.raises(KeyFileError, match="already exists"):
        write_private_key(priv, other, PASS, scrypt_n=N)
    assert pub.read_bytes() == before_pub and priv.read_bytes() == before_priv
    assert len(list(pub.parent.iterdir())) == 2


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="does not exist"):
        write_public_key(tmp_path / "nope" / "k.pub", generate_keypair("k").public)


def test_wrong_passphrase(pair: tuple[PrivateKey, Path, Path]) -> None:
    _, _, priv = pair
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        load_private_key(priv, PASS + "x")
    with pytest.raises(WrongPassphrase):
        load_private_key(priv, "")


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    key = generate_keypair("k")
    composed = "café-密码"
    write_private_key(tmp_path / "k.key", key, composed, scrypt_n=N)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert load_private_key(tmp_path / "k.key", decomposed).public == key.public


def test_empty_passphrase_and_bad_scrypt_n_refused(tmp_path: Path) -> None:
    key = generate_keypair("k")
    with pytest.raises(KeyFileError, match="empty"):
        write_private_key(tmp_path / "a.key", key, "", scrypt_n=N)
    for n in (2**4, 1000, 2**21):
        with pytest.raises(KeyFileError, match="power of two"):
            write_private_key(tmp_path / "a.key", key, PASS, scrypt_n=n)
    assert not list(tmp_path.iterdir())


@pytest.mark.slow  # the real scrypt cost (n=2**17), twice
def test_default_scrypt_parameters(tmp_path: Path) -> None:
    key = generate_keypair("k")
    write_private_key(tmp_path / "k.key", key, PASS)
    obj = json.loads(_body(tmp_path / "k.key"))
    assert obj["kdf"]["n"] == 2**17 and obj["kdf"]["r"] == 8 and obj["kdf"]["p"] == 1
    assert load_private_key(tmp_path / "k.key", PASS).public == key.public


@pytest.mark.parametrize("name", ["", " lead", 'quo"te', "back\\slash", "new\nline", "x" * 65])
def test_bad_names_refused(name: str) -> None:
    with pytest.raises(KeyFileError, match="invalid key name"):
        generate_keypair(name)


def test_public_loader_refuses_private_file_and_vice_versa(
    pair: tuple[PrivateKey, Path, Path],
) -> None:
    _, pub, priv = pair
    with pytest.raises(KeyFileError, match=r"private key.*\.pub"):
        load_public_key(priv)
    with pytest.raises(KeyFileError, match=r"public key.*\.key"):
        load_private_key(pub, PASS)


def test_key_file_info_needs_no_passphrase(pair: tuple[PrivateKey, Path, Path]) -> None:
    key, pub, priv = pair
    expected = {"name": "保密委员会", "fingerprint": key.fingerprint, "created": key.public.created}
    assert read_key_file_info(pub) == {"kind": "public", **expected}
    assert read_key_file_info(priv) == {"kind": "private", **expected}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", key.public.created)


# -- damaged files ------------------------------------------------------------------------------
def _body(path: Path) -> str:
    return "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )


def _edit(path: Path, change) -> None:
    obj = json.loads(_body(path))
    change(obj)
    path.write_text(json.dumps(obj), encoding="utf-8")


def _flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[3] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_public_key_damaged_in_transit_is_refused(pair: tuple[PrivateKey, Path, Path]) -> None:
    _, pub, _ = pair
    _edit(pub, lambda o: o.update(x25519=_flip_b64(o["x25519"])))
    with pytest.raises(KeyFileError, match="fingerprint does not match"):
        load_public_key(pub)
    with pytest.raises(KeyFileError, match="fingerprint does not match"):
        read_key_file_info(pub)


@pytest.mark.parametrize(
    "change",
    [
        lambda o: o.update(name="someone else"),
        lambda o: o.update(created="2001-01-01T00:00:00Z"),
        lambda o: o["kdf"].update(n=2**11),
        lambda o: o["kdf"].update(salt=_flip_b64(o["kdf"]["salt"])),
        lambda o: o["cipher"].update(nonce=_flip_b64(o["cipher"]["nonce"])),
        lambda o: o.update(encrypted_key=_flip_b64(o["encrypted_key"])),
    ],
    ids=["name", "created", "kdf-n", "salt", "nonce", "ciphertext"],
)
def test_private_key_fields_are_bound(pair: tuple[PrivateKey, Path, Path], change) -> None:
    _, _, priv = pair
    _edit(priv, change)
    with pytest.raises(WrongPassphrase, match="or the file was altered"):
        load_private_key(priv, PASS)


def test_private_key_with_swapped_public_key_is_refused(
    pair: tuple[PrivateKey, Path, Path],
) -> None:
    _, _, priv = pair
    other = generate_keypair("other").public
    _edit(
        priv,
        lambda o: o.update(
            public=base64.b64encode(other.raw).decode(), fingerprint=other.fingerprint
        ),
    )
    with pytest.raises(WrongPassphrase):  # the public key is part of the AAD
        load_private_key(priv, PASS)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda o: o["kdf"].update(n=1000), "bad parameters"),
        (lambda o: o["kdf"].update(n=2**30), "bad parameters"),
        (lambda o: o["kdf"].update(name="pbkdf2"), "bad parameters"),
        (lambda o: o.pop("kdf"), "bad parameters"),
        (lambda o: o["kdf"].update(salt="***"), "not base64"),
        (lambda o: o.update(encrypted_key="AAAA"), "wrong length"),
        (lambda o: o.update(version=2), "upgrade baomi"),
        (lambda o: o.update(kind="ssh-key"), "not a baomi key file"),
        (lambda o: o.pop("name"), "no name"),
    ],
)
def test_corrupt_private_key_files(pair: tuple[PrivateKey, Path, Path], change, message) -> None:
    _, _, priv = pair
    _edit(priv, change)
    with pytest.raises(KeyFileError, match=message) as info:
        load_private_key(priv, PASS)
    assert not isinstance(info.value, WrongPassphrase)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "damaged or not a baomi key"),
        (b"\xff\xfe\x00garbage", "not a baomi key file"),
        (b"-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n", "damaged or not a baomi key"),
        (b"[1, 2, 3]", "not a baomi key file"),
        (b"{" + b" " * 70_000 + b"}", "not a baomi key file"),
    ],
)
def test_not_key_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.pub"
    path.write_bytes(content)
    for load in (load_public_key, lambda p: load_private_key(p, PASS), read_key_file_info):
        with pytest.raises(KeyFileError, match=message):
            load(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="not found"):
        load_public_key(tmp_path / "nope.pub")
    with pytest.raises(KeyFileError, match="is a folder"):
        load_private_key(tmp_path, PASS)
