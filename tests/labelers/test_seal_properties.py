"""Properties of the sealed format, over random contents, chunk sizes and meta (hypothesis).

Round trip: whatever is sealed opens to the same bytes and the same meta. Damage: any single
byte changed, any truncation, chunks reordered, duplicated or dropped, any header edit is
refused with one of the format's own exceptions (``SealError`` and its kinds, by where the
damage is), and whatever reached the output before the refusal is a prefix of the true
plaintext, never other bytes. Real keys, real AES-GCM; streams in memory (the file functions
are covered by test_seal.py)."""

from __future__ import annotations

import io
import json
import struct
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labelers.keys import PrivateKey, generate_keypair
from labelers.seal import (
    MAC_LEN,
    MAGIC,
    MIN_CHUNK_SIZE,
    PREFIX_LEN,
    TAG_LEN,
    ChunkTampered,
    HeaderTampered,
    NotARecipient,
    NotSealed,
    SealError,
    Truncated,
    UnsupportedVersion,
    open_stream,
    read_header,
    seal_stream,
)

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KEY = generate_keypair("委员会")
OTHER = generate_keypair("档案室")

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
metas = st.dictionaries(st.text(max_size=12), json_values, max_size=5)
contents = st.binary(max_size=2000)
chunk_sizes = st.integers(min_value=MIN_CHUNK_SIZE, max_value=700)


def seal(data: bytes, meta: dict[str, Any], chunk_size: int) -> bytes:
    out = io.BytesIO()
    seal_stream(io.BytesIO(data), out, [KEY.public, OTHER.public], meta, chunk_size=chunk_size)
    return out.getvalue()


def refused(sealed: bytes, plaintext: bytes, key: PrivateKey = KEY) -> SealError:
    """Open ``sealed``: it must raise a SealError, having written only a prefix of ``plaintext``."""
    out = io.BytesIO()
    with pytest.raises(SealError) as caught:
        open_stream(io.BytesIO(sealed), out, key)
    assert plaintext.startswith(out.getvalue())
    return caught.value


def layout(sealed: bytes, chunk_size: int) -> tuple[int, list[tuple[int, int]]]:
    """The header length and the (start, end) of every chunk."""
    json_len = struct.unpack(">I", sealed[12:16])[0]
    header = PREFIX_LEN + json_len + MAC_LEN
    full = chunk_size + TAG_LEN
    chunks = [(s, min(s + full, len(sealed))) for s in range(header, len(sealed), full)]
    return header, chunks


@PROPERTY
@given(data=contents, meta=metas, chunk_size=chunk_sizes)
def test_round_trip(data: bytes, meta: dict[str, Any], chunk_size: int) -> None:
    sealed = seal(data, meta, chunk_size)
    for key in (KEY, OTHER):
        out = io.BytesIO()
        header = open_stream(io.BytesIO(sealed), out, key)
        assert out.getvalue() == data
        assert header.meta == meta
        assert header.chunk_size == chunk_size
    assert read_header(io.BytesIO(sealed)).meta == meta
    assert data[:64] not in sealed or len(data) < 16


@PROPERTY
@given(
    data=contents,
    meta=metas,
    chunk_size=chunk_sizes,
    where=st.floats(min_value=0, max_value=1, exclude_max=True),
    xor=st.integers(min_value=1, max_value=255),
)
def test_any_single_byte_change_is_refused(
    data: bytes, meta: dict[str, Any], chunk_size: int, where: float, xor: int
) -> None:
    sealed = bytearray(seal(data, meta, chunk_size))
    at = int(where * len(sealed))
    sealed[at] ^= xor
    error = refused(bytes(sealed), data)
    header, _ = layout(seal(data, meta, chunk_size), chunk_size)
    if at < len(MAGIC):
        assert isinstance(error, NotSealed)
    elif at < 12:
        assert isinstance(error, UnsupportedVersion)
    elif at < 16:
        assert isinstance(error, HeaderTampered | Truncated)
    elif at < header:
        # a stanza's fingerprint edited away from every key reads as "not a recipient"
        assert isinstance(error, HeaderTampered | NotARecipient)
    else:
        assert isinstance(error, ChunkTampered)


@PROPERTY
@given(
    data=contents,
    chunk_size=chunk_sizes,
    where=st.floats(min_value=0, max_value=1, exclude_max=True),
)
def test_any_truncation_is_refused(data: bytes, chunk_size: int, where: float) -> None:
    sealed = seal(data, {"label": "机密"}, chunk_size)
    cut = int(where * len(sealed))
    error = refused(sealed[:cut], data)
    header, chunks = layout(sealed, chunk_size)
    if cut == 0:
        assert isinstance(error, NotSealed)
    elif cut < header or cut in {start for start, _ in chunks}:
        assert isinstance(error, Truncated)
    else:
        assert isinstance(error, Truncated | ChunkTampered)


@PROPERTY
@given(
    data=st.binary(min_size=2 * 256 + 1, max_size=2000),
    chunk_size=st.integers(min_value=MIN_CHUNK_SIZE, max_value=256),
    pick=st.randoms(use_true_random=False),
    how=st.sampled_from(["swap", "duplicate", "drop", "move-last"]),
)
def test_chunks_reordered_duplicated_or_dropped_are_refused(
    data: bytes, chunk_size: int, pick: Any, how: str
) -> None:
    sealed = seal(data, {}, chunk_size)
    header, spans = layout(sealed, chunk_size)
    chunks = [sealed[s:e] for s, e in spans]
    assert len(chunks) >= 3
    order = list(range(len(chunks)))
    if how == "swap":
        a, b = pick.sample(order[:-1], 2)
        order[a], order[b] = order[b], order[a]
    elif how == "duplicate":
        order.insert(pick.randrange(len(order)), pick.choice(order[:-1]))
    elif how == "drop":
        order.pop(pick.randrange(len(order)))
    else:
        order.insert(pick.randrange(len(order) - 1), order.pop())
    error = refused(sealed[:header] + b"".join(chunks[i] for i in order), data)
    assert isinstance(error, ChunkTampered | Truncated)


def _rewrite(sealed: bytes, edit: Any) -> bytes:
    """The file with its header JSON edited by ``edit`` and the length field made to match."""
    json_len = struct.unpack(">I", sealed[12:16])[0]
    obj = json.loads(sealed[PREFIX_LEN : PREFIX_LEN + json_len])
    edit(obj)
    body = json.dumps(obj, ensure_ascii=False).encode()
    rest = sealed[PREFIX_LEN + json_len :]
    return sealed[:12] + struct.pack(">I", len(body)) + body + rest


HEADER_EDITS: dict[str, Any] = {
    "label lowered": lambda o: o["meta"].update(label="公开"),
    "meta emptied": lambda o: o.__setitem__("meta", {}),
    "chunk size": lambda o: o.__setitem__("chunk_size", o["chunk_size"] + 1),
    "recipient dropped": lambda o: o["recipients"].pop(),
    "recipients swapped": lambda o: o["recipients"].reverse(),
    "recipient renamed": lambda o: o["recipients"][0].update(name="某人"),
    "salt": lambda o: o.__setitem__("salt", "A" * 22 + "=="),
    "extra field": lambda o: o.__setitem__("note", "x"),
}


@PROPERTY
@given(data=contents, meta=metas, edit=st.sampled_from(sorted(HEADER_EDITS)))
def test_header_edits_are_refused_before_any_content(
    data: bytes, meta: dict[str, Any], edit: str
) -> None:
    sealed = seal(data, {**meta, "label": "机密"}, 128)
    forged = _rewrite(sealed, HEADER_EDITS[edit])
    out = io.BytesIO()
    with pytest.raises(SealError) as caught:
        open_stream(io.BytesIO(forged), out, KEY)
    # the header is checked before any chunk: nothing at all is released
    assert out.getvalue() == b""
    assert isinstance(caught.value, HeaderTampered | NotARecipient)


@PROPERTY
@given(junk=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_header_bytes_are_refused_with_the_formats_own_exception(junk: bytes) -> None:
    sealed = seal(b"content", {"label": "机密"}, 64)
    json_len = struct.unpack(">I", sealed[12:16])[0]
    forged = sealed[:12] + struct.pack(">I", len(junk)) + junk + sealed[PREFIX_LEN + json_len :]
    refused(forged, b"content")
    with pytest.raises(SealError):
        read_header(io.BytesIO(forged))


@pytest.mark.parametrize("shape", ["[" * 100_000, '{"a":' * 100_000], ids=["arrays", "objects"])
def test_deeply_nested_header_json_is_a_damaged_header(shape: str) -> None:
    """A forged header nested past Python's recursion limit: HeaderTampered, not RecursionError."""
    junk = shape.encode()
    forged = MAGIC + struct.pack(">HI", 1, len(junk)) + junk + bytes(MAC_LEN)
    with pytest.raises(HeaderTampered):
        read_header(io.BytesIO(forged))


def test_meta_that_is_not_json_data_is_a_seal_error() -> None:
    for meta in ({"name": "\ud800"}, {"n": float("nan")}, {"b": b"bytes"}):
        with pytest.raises(SealError):
            seal(b"x", meta, 64)
