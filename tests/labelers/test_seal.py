"""Sealed files: byte-identical round trips, several recipients, and every way of damaging a
sealed file raising the exception a clerk can act on — on real files, with real keys."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import stat
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from labelers.keys import PrivateKey, generate_keypair
from labelers.seal import (
    DEFAULT_CHUNK_SIZE,
    FORMAT_VERSION,
    MAGIC,
    SUFFIX,
    ChunkTampered,
    HeaderTampered,
    NotARecipient,
    NotSealed,
    RecipientInfo,
    SealError,
    SourceChanged,
    Truncated,
    UnsupportedVersion,
    VerificationFailed,
    is_sealed,
    open_file,
    open_stream,
    read_header,
    seal_file,
    seal_stream,
)

META = {
    "label": "秘密 · 医疗 · 保密期限 10 年",
    "level": "秘密",
    "categories": ["medical", "personal"],
    "retention_years": 10,
    "original_name": "住院病历-张伟.docx",
    "original_size": 0,
}
SMALL = 1024  # chunk size for tamper tests: several chunks from a few KiB


@pytest.fixture(scope="module")
def alice() -> PrivateKey:
    return generate_keypair("committee")


@pytest.fixture(scope="module")
def bob() -> PrivateKey:
    return generate_keypair("院长")


@pytest.fixture(scope="module")
def mallory() -> PrivateKey:
    return generate_keypair("mallory")


def _seal(data: bytes, *keys: PrivateKey, chunk_size: int = SMALL) -> bytes:
    out = io.BytesIO()
    seal_stream(io.BytesIO(data), out, [k.public for k in keys], META, chunk_size=chunk_size)
    return out.getvalue()


def _open(sealed: bytes, key: PrivateKey) -> bytes:
    out = io.BytesIO()
    open_stream(io.BytesIO(sealed), out, key)
    return out.getvalue()


# -- round trips --------------------------------------------------------------------------------
C = DEFAULT_CHUNK_SIZE


@pytest.mark.parametrize("size", [0, 1, C - 1, C, C + 1, 3 * C + 5])
def test_file_round_trip_is_byte_identical(tmp_path: Path, alice: PrivateKey, size: int) -> None:
    plain = os.urandom(size)
    src, sealed, back = tmp_path / "a.docx", tmp_path / "a.docx.baomi.tmp", tmp_path / "back.docx"
    src.write_bytes(plain)
    result = seal_file(src, sealed, [alice.public], {**META, "original_size": size})
    assert result.plaintext_size == size
    assert result.plaintext_sha256 == hashlib.sha256(plain).hexdigest()
    assert result.sealed_size == sealed.stat().st_size
    chunks = max(1, -(-size // C))
    assert result.sealed_size == result.header.header_length + size + 16 * chunks
    header = open_file(sealed, back, alice)
    assert back.read_bytes() == plain
    assert header == result.header == read_header(sealed)
    assert header.meta["original_size"] == size
    assert stat.S_IMODE(back.stat().st_mode) == 0o600  # plaintext of a secret: owner only
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["a.docx", "a.docx.baomi.tmp", "back.docx"]
    )


def test_large_stream_round_trip(alice: PrivateKey) -> None:
    plain = os.urandom(20 * 1024 * 1024 + 7)
    sealed = _seal(plain, alice, chunk_size=C)
    assert _open(sealed, alice) == plain


def test_every_recipient_opens_and_others_are_told_who_can(
    alice: PrivateKey, bob: PrivateKey, mallory: PrivateKey
) -> None:
    plain = os.urandom(5000)
    sealed = _seal(plain, alice, bob)
    assert _open(sealed, alice) == plain
    assert _open(sealed, bob) == plain
    header = read_header(io.BytesIO(sealed))
    assert header.recipients == (
        RecipientInfo("committee", alice.fingerprint),
        RecipientInfo("院长", bob.fingerprint),
    )
    with pytest.raises(NotARecipient) as info:
        _open(sealed, mallory)
    msg = str(info.value)
    assert f"mallory ({mallory.fingerprint}) is not among the recipients" in msg
    assert alice.fingerprint in msg and "院长" in msg


def test_duplicate_recipients_are_listed_once(alice: PrivateKey) -> None:
    out = io.BytesIO()
    result = seal_stream(io.BytesIO(b"x"), out, [alice.public, alice.public], META)
    assert len(result.header.recipients) == 1


def test_header_is_readable_without_keys_and_leaks_no_content(alice: PrivateKey) -> None:
    plain = "姓名：李秀英 身份证号：11010519491231002X 诊断：肺结核".encode() * 50
    out = io.BytesIO()
    result = seal_stream(io.BytesIO(plain), out, [alice.public], META)
    sealed = out.getvalue()
    assert sealed.startswith(MAGIC)
    header = read_header(io.BytesIO(sealed))
    assert header.version == FORMAT_VERSION and header.chunk_size == C
    assert header.meta == META
    assert "李秀英".encode() not in sealed and b"11010519491231002X" not in sealed
    assert result.plaintext_sha256.encode() not in sealed
    assert bytes.fromhex(result.plaintext_sha256) not in sealed
    assert _seal(plain, alice) != _seal(plain, alice)  # fresh file key every time


def test_is_sealed(tmp_path: Path, alice: PrivateKey) -> None:
    sealed = tmp_path / ("x" + SUFFIX)
    sealed.write_bytes(_seal(b"abc", alice))
    plain = tmp_path / "x.txt"
    plain.write_bytes(b"\x89BAOMI but not really")
    assert is_sealed(sealed)
    assert not is_sealed(plain)
    assert not is_sealed(tmp_path / "missing")
    assert not is_sealed(tmp_path)


def test_bad_arguments(alice: PrivateKey) -> None:
    with pytest.raises(SealError, match="at least one recipient"):
        seal_stream(io.BytesIO(b""), io.BytesIO(), [], META)
    with pytest.raises(SealError, match="must be public keys"):
        seal_stream(io.BytesIO(b""), io.BytesIO(), [alice], META)  # type: ignore[list-item]
    with pytest.raises(SealError, match="JSON data"):
        seal_stream(io.BytesIO(b""), io.BytesIO(), [alice.public], {"when": object()})
    with pytest.raises(SealError, match="chunk_size"):
        seal_stream(io.BytesIO(b""), io.BytesIO(), [alice.public], META, chunk_size=10)


# -- tampering ----------------------------------------------------------------------------------
PLAIN = bytes(range(256)) * 12 + b"tail!"  # 3 chunks of 1024 + 5 bytes: four chunks in all


@pytest.fixture(scope="module")
def sealed(alice: PrivateKey, bob: PrivateKey) -> bytes:
    return _seal(PLAIN, alice, bob)


def _layout(data: bytes) -> tuple[int, int, dict]:
    """(JSON start, header length, parsed JSON) of a sealed file."""
    json_len = struct.unpack(">I", data[12:16])[0]
    return 16, 16 + json_len + 32, json.loads(data[16 : 16 + json_len])


def _chunks(data: bytes) -> list[bytes]:
    _, hlen, _ = _layout(data)
    body = data[hlen:]
    step = SMALL + 16
    return [body[i : i + step] for i in range(0, len(body), step)]


def _flip(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 0x01
    return bytes(out)


def _swap_b64(data: bytes, value: str) -> bytes:
    """``data`` with the base64 ``value`` replaced by a valid base64 of one flipped bit."""
    raw = bytearray(base64.b64decode(value))
    raw[len(raw) // 2] ^= 0x01
    new = base64.b64encode(bytes(raw))
    assert data.count(value.encode()) == 1 and len(new) == len(value)
    return data.replace(value.encode(), new)


def _json_offset(data: bytes, needle: str) -> int:
    at = data.find(needle.encode("utf-8"), 16)
    assert at > 0, needle
    return at


def test_sealed_fixture_is_intact(sealed: bytes, alice: PrivateKey) -> None:
    assert len(_chunks(sealed)) == 4
    assert _open(sealed, alice) == PLAIN


@pytest.mark.parametrize(
    "needle",
    ["保密期限 10", '"retention_years":10', '"original_size":0', '"name":"committee'],
)
def test_changed_header_json(sealed: bytes, alice: PrivateKey, needle: str) -> None:
    """One bit flipped in the last character of ``needle``: still valid JSON, so it is the
    header MAC that catches it."""
    at = _json_offset(sealed, needle) + len(needle.encode()) - 1
    damaged = _flip(sealed, at)
    _layout(damaged)  # parses
    with pytest.raises(HeaderTampered, match="label, recipients or chunk size"):
        _open(damaged, alice)


def test_changed_payload_salt(sealed: bytes, alice: PrivateKey) -> None:
    _, _, obj = _layout(sealed)
    with pytest.raises(HeaderTampered, match="label, recipients or chunk size"):
        _open(_swap_b64(sealed, obj["salt"]), alice)


@pytest.mark.parametrize("needle", ["秘密 · 医疗", '"院长"', '"chunk_size"'])
def test_damaged_header_json(sealed: bytes, alice: PrivateKey, needle: str) -> None:
    at = _json_offset(sealed, needle) + len(needle.encode()) - 2
    with pytest.raises(HeaderTampered, match="altered"):
        _open(_flip(sealed, at), alice)


def test_changed_chunk_size(sealed: bytes, alice: PrivateKey) -> None:
    changed = sealed.replace(b'"chunk_size":1024', b'"chunk_size":2048', 1)
    assert changed != sealed
    with pytest.raises(HeaderTampered, match="label, recipients or chunk size"):
        _open(changed, alice)


def test_edited_and_re_serialised_header(sealed: bytes, alice: PrivateKey) -> None:
    """A forger who rewrites the JSON (new length and all) still fails the header MAC."""
    start, hlen, obj = _layout(sealed)
    obj["meta"]["level"] = "内部"
    js = json.dumps(obj, ensure_ascii=False).encode()
    forged = sealed[:12] + struct.pack(">I", len(js)) + js + sealed[hlen - 32 :]
    with pytest.raises(HeaderTampered):
        _open(forged, alice)


def test_changed_other_recipient_entry(sealed: bytes, alice: PrivateKey, bob: PrivateKey) -> None:
    _, _, obj = _layout(sealed)
    damaged = _swap_b64(sealed, obj["recipients"][1]["wrapped"])
    with pytest.raises(HeaderTampered, match="altered"):
        _open(damaged, alice)  # alice's entry is fine, but the header MAC covers bob's
    with pytest.raises(HeaderTampered, match="entry for key 院长"):
        _open(damaged, bob)


def test_changed_own_fingerprint_is_tampering_not_stranger(
    sealed: bytes, alice: PrivateKey
) -> None:
    at = _json_offset(sealed, alice.fingerprint) + 3
    with pytest.raises(HeaderTampered):
        _open(_flip(sealed, at), alice)


def test_changed_ephemeral_key(sealed: bytes, alice: PrivateKey) -> None:
    _, _, obj = _layout(sealed)
    with pytest.raises(HeaderTampered, match="entry for key committee"):
        _open(_swap_b64(sealed, obj["recipients"][0]["epk"]), alice)


def test_changed_header_mac(sealed: bytes, alice: PrivateKey) -> None:
    _, hlen, _ = _layout(sealed)
    with pytest.raises(HeaderTampered, match="altered"):
        _open(_flip(sealed, hlen - 1), alice)


def test_header_from_another_file(alice: PrivateKey, bob: PrivateKey, sealed: bytes) -> None:
    other = _seal(b"another file entirely" * 100, alice, bob)
    _, hlen_other, _ = _layout(other)
    _, hlen, _ = _layout(sealed)
    spliced = other[:hlen_other] + sealed[hlen:]
    with pytest.raises(ChunkTampered, match="chunk 1"):
        _open(spliced, alice)


@pytest.mark.parametrize("chunk", [0, 1, 2, 3])
@pytest.mark.parametrize("where", ["start", "middle", "tag"])
def test_flipped_byte_in_each_chunk(
    sealed: bytes, alice: PrivateKey, chunk: int, where: str
) -> None:
    _, hlen, _ = _layout(sealed)
    size = len(_chunks(sealed)[chunk])
    at = hlen + chunk * (SMALL + 16) + {"start": 0, "middle": size // 2, "tag": size - 1}[where]
    with pytest.raises(ChunkTampered, match=f"chunk {chunk + 1} "):
        _open(_flip(sealed, at), alice)


def test_swapped_chunks(sealed: bytes, alice: PrivateKey) -> None:
    _, hlen, _ = _layout(sealed)
    c = _chunks(sealed)
    with pytest.raises(ChunkTampered, match="chunk 1 "):
        _open(sealed[:hlen] + c[1] + c[0] + c[2] + c[3], alice)
    with pytest.raises(ChunkTampered, match="chunk 2 "):
        _open(sealed[:hlen] + c[0] + c[2] + c[1] + c[3], alice)


def test_duplicated_chunk(sealed: bytes, alice: PrivateKey) -> None:
    _, hlen, _ = _layout(sealed)
    c = _chunks(sealed)
    with pytest.raises(ChunkTampered, match="chunk 2 "):
        _open(sealed[:hlen] + c[0] + c[0] + c[1] + c[2] + c[3], alice)


def test_last_chunk_moved_up(sealed: bytes, alice: PrivateKey) -> None:
    _, hlen, _ = _layout(sealed)
    c = _chunks(sealed)
    with pytest.raises(ChunkTampered):
        _open(sealed[:hlen] + c[0] + c[3], alice)


@pytest.mark.parametrize("extra", [b"\x00", b"x" * 16, b"y" * (SMALL + 16), b"z" * 5000])
def test_appended_data(sealed: bytes, alice: PrivateKey, extra: bytes) -> None:
    with pytest.raises(ChunkTampered):
        _open(sealed + extra, alice)


def test_appended_after_full_last_chunk_is_named(alice: PrivateKey) -> None:
    data = _seal(b"q" * (2 * SMALL), alice)  # last chunk exactly full
    with pytest.raises(ChunkTampered, match="appended after its end"):
        _open(data + b"more", alice)


def test_truncated_at_every_chunk_boundary(sealed: bytes, alice: PrivateKey) -> None:
    _, hlen, _ = _layout(sealed)
    for n in range(0, 4):  # keep the first n chunks: 0 = header only
        cut = sealed[: hlen + n * (SMALL + 16)]
        with pytest.raises(Truncated, match="cut short"):
            _open(cut, alice)


def test_truncated_inside_chunks(sealed: bytes, alice: PrivateKey) -> None:
    """A cut inside a chunk cannot be told from an edit by the bytes alone; either way the
    clerk reads "altered or cut short" (or "cut short" where fewer than a tag's bytes remain)."""
    _, hlen, _ = _layout(sealed)
    for at in (hlen + 5, hlen + SMALL // 2, hlen + SMALL + 16 + 100, len(sealed) - 1):
        with pytest.raises((ChunkTampered, Truncated), match="cut short"):
            _open(sealed[:at], alice)


@pytest.mark.parametrize("keep", [1, 5, 10, 15, 40, -33, -1])
def test_truncated_inside_header(sealed: bytes, alice: PrivateKey, keep: int) -> None:
    _, hlen, _ = _layout(sealed)
    cut = sealed[: keep if keep > 0 else hlen + keep]
    with pytest.raises(Truncated, match="inside its header"):
        read_header(io.BytesIO(cut))
    with pytest.raises(Truncated):
        _open(cut, alice)


def test_empty_and_foreign_files(alice: PrivateKey) -> None:
    for data in (b"", b"PK\x03\x04 a docx", b"%PDF-1.7", b"\x89PNG\r\n\x1a\n"):
        with pytest.raises(NotSealed, match="not a baomi sealed file"):
            read_header(io.BytesIO(data))
        with pytest.raises(NotSealed):
            _open(data, alice)


def test_newer_version(sealed: bytes, alice: PrivateKey) -> None:
    newer = sealed[:10] + struct.pack(">H", FORMAT_VERSION + 1) + sealed[12:]
    with pytest.raises(UnsupportedVersion, match="upgrade baomi"):
        read_header(io.BytesIO(newer))
    with pytest.raises(UnsupportedVersion):
        _open(newer, alice)


@pytest.mark.parametrize(
    "change",
    [
        lambda o: o.update(chunk_size=10**9),
        lambda o: o.update(chunk_size="1024"),
        lambda o: o.pop("salt"),
        lambda o: o.update(recipients=[]),
        lambda o: o["recipients"][0].update(epk="not base64!"),
        lambda o: o["recipients"][0].update(wrapped="AAAA"),
        lambda o: o.update(meta=[1, 2]),
    ],
)
def test_structurally_bad_header(sealed: bytes, change) -> None:
    _, hlen, obj = _layout(sealed)
    change(obj)
    js = json.dumps(obj).encode()
    bad = sealed[:12] + struct.pack(">I", len(js)) + js + sealed[hlen - 32 :]
    with pytest.raises(HeaderTampered, match="damaged or was altered"):
        read_header(io.BytesIO(bad))


@pytest.mark.parametrize("json_len", [0, 2**31])
def test_absurd_header_length(sealed: bytes, json_len: int) -> None:
    bad = sealed[:12] + struct.pack(">I", json_len) + sealed[16:]
    with pytest.raises(HeaderTampered):
        read_header(io.BytesIO(bad))


def test_not_json_header(sealed: bytes) -> None:
    _, hlen, _ = _layout(sealed)
    bad = sealed[:16] + b"\xff" * (hlen - 48) + sealed[hlen - 32 :]
    with pytest.raises(HeaderTampered):
        read_header(io.BytesIO(bad))


# -- files --------------------------------------------------------------------------------------
def test_open_file_leaves_nothing_on_failure(
    tmp_path: Path, sealed: bytes, alice: PrivateKey, mallory: PrivateKey
) -> None:
    src, dst = tmp_path / "x.baomi", tmp_path / "out" / "x.docx"
    dst.parent.mkdir()
    cases = [
        (_flip(sealed, len(sealed) - 1), alice, ChunkTampered),  # last chunk: 3 chunks decrypted
        (sealed[: len(sealed) - 21], alice, Truncated),
        (sealed, mallory, NotARecipient),
    ]
    for data, key, exc in cases:
        src.write_bytes(data)
        with pytest.raises(exc):
            open_file(src, dst, key)
        assert list(dst.parent.iterdir()) == []


def test_open_file_refuses_to_overwrite(tmp_path: Path, sealed: bytes, alice: PrivateKey) -> None:
    src, dst = tmp_path / "x.baomi", tmp_path / "x.docx"
    src.write_bytes(sealed)
    dst.write_bytes(b"do not lose me")
    with pytest.raises(SealError, match="already exists"):
        open_file(src, dst, alice)
    assert dst.read_bytes() == b"do not lose me"
    open_file(src, dst, alice, overwrite=True)
    assert dst.read_bytes() == PLAIN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.baomi", "x.docx"]


def test_open_file_missing_source(tmp_path: Path, alice: PrivateKey) -> None:
    with pytest.raises(SealError, match="cannot read"):
        open_file(tmp_path / "nope.baomi", tmp_path / "x", alice)


def test_read_header_from_path(tmp_path: Path, sealed: bytes) -> None:
    path = tmp_path / "x.baomi"
    path.write_bytes(sealed)
    assert read_header(path).meta == META
    assert read_header(str(path)).chunk_size == SMALL
    with pytest.raises(SealError, match="cannot read"):
        read_header(tmp_path / "missing.baomi")
    with pytest.raises(SealError, match="cannot read"):
        read_header(tmp_path)


def test_seal_file_verify_catches_a_corrupted_write(tmp_path: Path, alice: PrivateKey) -> None:
    src = tmp_path / "a.xlsx"
    src.write_bytes(os.urandom(3 * SMALL + 5))

    def corrupt_last_byte(path: Path) -> None:
        with open(path, "r+b") as fh:
            fh.seek(-1, os.SEEK_END)
            b = fh.read(1)
            fh.seek(-1, os.SEEK_END)
            fh.write(bytes([b[0] ^ 0x40]))

    def corrupt_header(path: Path) -> None:
        data = path.read_bytes().replace("秘密".encode(), "机密".encode(), 1)
        path.write_bytes(data)

    def cut(path: Path) -> None:
        os.truncate(path, path.stat().st_size - SMALL - 16)

    for i, hook in enumerate((corrupt_last_byte, corrupt_header, cut)):
        with pytest.raises(VerificationFailed, match="did not read back correctly"):
            seal_file(
                src,
                tmp_path / f"{i}.baomi",
                [alice.public],
                META,
                chunk_size=SMALL,
                _after_write=hook,
            )
    # The same hook with verify=False passes silently: the check is what catches it.
    seal_file(
        src,
        tmp_path / "nv.baomi",
        [alice.public],
        META,
        chunk_size=SMALL,
        verify=False,
        _after_write=corrupt_last_byte,
    )


def test_seal_file_verify_needs_no_private_key(tmp_path: Path, alice: PrivateKey) -> None:
    """The server has only the public key: verification uses the file key still in memory."""
    src, dst = tmp_path / "a.pdf", tmp_path / ".a.pdf.baomi.part"
    src.write_bytes(b"%PDF-1.7 " + os.urandom(100_000))
    dst.write_bytes(b"stale content of a temp file, longer than nothing")
    result = seal_file(src, dst, [alice.public], META, chunk_size=SMALL)
    assert result.sealed_size == dst.stat().st_size
    assert _open(dst.read_bytes(), alice) == src.read_bytes()


def test_seal_file_notices_a_source_changing_underneath(tmp_path: Path, alice: PrivateKey) -> None:
    src = tmp_path / "being-edited.docx"
    src.write_bytes(b"v1" * 1000)

    def rng_that_lets_a_clerk_save(n: int) -> bytes:
        with open(src, "ab") as fh:  # the clerk saves while the seal is underway
            fh.write(b"more")
        return os.urandom(n)

    with pytest.raises(SourceChanged, match="changed while it was being sealed"):
        seal_file(src, tmp_path / "x.baomi", [alice.public], META, _rng=rng_that_lets_a_clerk_save)


def test_seal_file_missing_source(tmp_path: Path, alice: PrivateKey) -> None:
    with pytest.raises(SealError, match="cannot read"):
        seal_file(tmp_path / "nope", tmp_path / "x.baomi", [alice.public], META)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_sealing_a_large_file_uses_constant_memory(tmp_path: Path) -> None:
    """256 MiB sealed, verified and opened in a fresh process: peak RSS grows by a few MiB."""
    src = tmp_path / "big.bin"
    block = os.urandom(1024 * 1024)
    with open(src, "wb") as fh:
        for _ in range(256):
            fh.write(block)
    script = textwrap.dedent(
        f"""
        import sys
        def peak():  # VmHWM: ru_maxrss would carry pytest's own peak across exec
            with open("/proc/self/status") as fh:
                return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:"))
        from pathlib import Path
        from labelers.keys import generate_keypair
        from labelers.seal import open_file, seal_file
        key = generate_keypair("k")
        base = peak()
        seal_file(Path({str(src)!r}), Path({str(tmp_path / "big.baomi")!r}), [key.public], {{}})
        sealed = peak()
        open_file(Path({str(tmp_path / "big.baomi")!r}), Path({str(tmp_path / "back.bin")!r}), key)
        opened = peak()
        big = bytearray(64 * 1024 * 1024)  # shows the measure can see growth at all
        big[::4096] = b"x" * len(big[::4096])
        print(sealed - base, opened - base, peak() - base)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    ).stdout
    seal_kib, open_kib, control_kib = map(int, out.split())
    assert control_kib > 60 * 1024, "the RSS measure did not see a 64 MiB allocation"
    assert seal_kib < 32 * 1024, f"sealing 256 MiB grew peak RSS by {seal_kib} KiB"
    assert open_kib < 32 * 1024, f"opening 256 MiB grew peak RSS by {open_kib} KiB"
    with open(src, "rb") as a, open(tmp_path / "back.bin", "rb") as b:
        while True:
            x, y = a.read(1 << 20), b.read(1 << 20)
            assert x == y
            if not x:
                break
