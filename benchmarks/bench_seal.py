"""Sealing and opening speed next to plain AES-256-GCM, and memory while sealing a large file.

The limit for any authenticated-encryption format is the cipher itself: plain AES-256-GCM over
the same bytes in the same chunk size, with nothing else (no header, no hashing, no chunk
look-ahead). baomi's ``seal_stream`` / ``open_stream`` are timed over the same random bytes held
in memory, both writing to a sink that discards, so the ratio ``baomi/plain`` says what the
format's bookkeeping (SHA-256 of the plaintext while sealing, read-ahead, nonce building) costs.

Memory: a fresh child process seals a file on disk with ``seal_file(verify=True)`` (so the sealed
file is written, fsynced and read back) and opens it with ``open_file``; peak RSS growth
(VmHWM) is reported. Constant memory means it stays at a few chunks, whatever the size.

Run: ``python benchmarks/bench_seal.py [--size-mib 256] [--rss-mib 512] [--repeat 3] [--quick]``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from labelers.keys import generate_keypair  # noqa: E402
from labelers.seal import DEFAULT_CHUNK_SIZE, open_file, open_stream, seal_file, seal_stream  # noqa: E402

MIB = 1024 * 1024
META = {"label": "秘密", "categories": ["medical"], "retention_years": 10}


class Sink:
    """A writable that keeps only a count: the benchmark measures encryption, not memcpy."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: Any) -> int:
        n = len(data)
        self.size += n
        return n


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def plain_encrypt(data: bytes, chunk: int, key: bytes, sink: Any) -> None:
    aead = AESGCM(key)
    aad = bytes(32)
    view = memoryview(data)
    for i, start in enumerate(range(0, len(data), chunk)):
        sink.write(aead.encrypt(i.to_bytes(12, "big"), view[start : start + chunk], aad))


def plain_encrypt_hashed(data: bytes, chunk: int, key: bytes, sink: Any) -> None:
    """Plain AES-GCM plus SHA-256 of the plaintext: the floor for an API that returns the hash."""
    sha = hashlib.sha256()
    aead = AESGCM(key)
    aad = bytes(32)
    view = memoryview(data)
    for i, start in enumerate(range(0, len(data), chunk)):
        piece = view[start : start + chunk]
        sha.update(piece)
        sink.write(aead.encrypt(i.to_bytes(12, "big"), piece, aad))


def plain_decrypt(chunks: list[bytes], key: bytes, sink: Sink) -> None:
    aead = AESGCM(key)
    aad = bytes(32)
    for i, ct in enumerate(chunks):
        sink.write(aead.decrypt(i.to_bytes(12, "big"), ct, aad))


def throughput(
    size_mib: int, chunk: int, repeat: int
) -> list[tuple[str, float, float, float | None]]:
    data = os.urandom(size_mib * MIB)
    key = generate_keypair("bench")
    sealed = io.BytesIO()
    seal_stream(io.BytesIO(data), sealed, [key.public], META, chunk_size=chunk)
    sealed_bytes = sealed.getvalue()
    del sealed
    aes_key = os.urandom(32)
    plain_chunks: list[bytes] = []
    plain_encrypt(data, chunk, aes_key, type("Keep", (), {"write": plain_chunks.append})())

    def seal() -> None:
        seal_stream(io.BytesIO(data), Sink(), [key.public], META, chunk_size=chunk)

    def open_() -> None:
        sink = Sink()
        open_stream(io.BytesIO(sealed_bytes), sink, key)
        assert sink.size == len(data)

    t_seal = best_of(seal, repeat)
    t_plain_enc = best_of(lambda: plain_encrypt(data, chunk, aes_key, Sink()), repeat)
    t_hashed = best_of(lambda: plain_encrypt_hashed(data, chunk, aes_key, Sink()), repeat)
    t_open = best_of(open_, repeat)
    t_plain_dec = best_of(lambda: plain_decrypt(plain_chunks, aes_key, Sink()), repeat)
    return [
        ("seal", size_mib / t_seal, size_mib / t_plain_enc, size_mib / t_hashed),
        ("open", size_mib / t_open, size_mib / t_plain_dec, None),
    ]


def peak_rss_kib() -> int:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a
    child started by a big parent would report the parent's peak and hide any growth."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rss_child(path: str) -> None:
    """Runs in a fresh process: peak RSS growth (KiB) of seal_file + open_file on ``path``."""
    key = generate_keypair("bench")
    src = Path(path)
    base = peak_rss_kib()
    started = time.perf_counter()
    seal_file(src, src.with_suffix(".baomi"), [key.public], META, verify=True)
    seal_s = time.perf_counter() - started
    after_seal = peak_rss_kib()
    open_file(src.with_suffix(".baomi"), src.with_suffix(".back"), key)
    after_open = peak_rss_kib()
    print(after_seal - base, after_open - base, f"{seal_s:.3f}", after_open)


def rss_growth(size_mib: int) -> tuple[float, float, float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-seal-") as tmp:
        src = Path(tmp) / "big.bin"
        block = os.urandom(MIB)
        with open(src, "wb") as fh:
            for _ in range(size_mib):
                fh.write(block)
        proc = subprocess.run(
            [sys.executable, __file__, "--rss-child", str(src)],
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
    seal_kib, open_kib, seal_s, peak_kib = proc.stdout.split()
    return int(seal_kib) / 1024, int(open_kib) / 1024, float(seal_s), int(peak_kib) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=256, help="bytes timed in memory")
    parser.add_argument("--rss-mib", type=int, default=512, help="file sealed for the RSS figure")
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    parser.add_argument("--quick", action="store_true", help="CI sizes: 16 MiB, 32 MiB, 1 run")
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss_child:
        rss_child(args.rss_child)
        return 0
    if args.quick:
        args.size_mib, args.rss_mib, args.repeat = 16, 32, 1

    rows = throughput(args.size_mib, args.chunk_size, args.repeat)
    print(
        f"{args.size_mib} MiB of random bytes in memory, chunk {args.chunk_size} B, "
        f"best of {args.repeat}"
    )
    print(
        f"{'operation':<10}{'baomi MiB/s':>14}{'plain AES-GCM MiB/s':>22}{'baomi/plain':>14}"
        f"{'AES-GCM+SHA-256 MiB/s':>24}"
    )
    for op, ours, plain, hashed in rows:
        extra = f"{hashed:>24.1f}" if hashed else f"{'-':>24}"
        print(f"{op:<10}{ours:>14.1f}{plain:>22.1f}{ours / plain:>13.2f}x{extra}")
    print(
        "(sealing returns the plaintext's SHA-256, which seal_file's verification compares; "
        "SHA-256 is slower than AES-GCM here, so the last column is the floor for sealing)"
    )
    for op, ours, plain, _ in rows:
        print(
            f"{op}: baomi {ours:.1f} MiB/s, plain-aesgcm {plain:.1f} MiB/s, "
            f"ratio {ours / plain:.2f}x"
        )
    seal_mib, open_mib, seal_s, peak_mib = rss_growth(args.rss_mib)
    print(
        f"rss: sealing a {args.rss_mib} MiB file (write, fsync, read back, verify) grew peak RSS "
        f"by {seal_mib:.1f} MiB, opening it by {open_mib:.1f} MiB; process peak "
        f"{peak_mib:.1f} MiB (seal_file {args.rss_mib / seal_s:.0f} MiB/s on disk)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
