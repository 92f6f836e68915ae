"""How much time and memory one file may take: the per-file limits of ``scan``, ``protect`` and
the daemon, and the reasons recorded when a file hits them.

One mechanism for all three: the file is read and searched in a worker process; the parent kills
the worker when the wall-clock limit passes, and the worker itself runs under an address-space
limit (``RLIMIT_AS``), so an allocation past it fails with MemoryError instead of taking the
machine. Light on purpose (no detection imports): the commands read the defaults for ``--help``.
"""

from __future__ import annotations

import contextlib
import os

MiB = 1024 * 1024

DEFAULT_FILE_TIMEOUT = 120.0
DEFAULT_FILE_MEMORY_MIB = 1024


def timeout_reason(seconds: float) -> str:
    return (
        f"处理超时（{seconds:g} 秒），未完成扫描；可用 --file-timeout 调高上限 / "
        f"timed out after {seconds:g} s, not scanned; raise the limit with --file-timeout"
    )


def memory_reason(mib: int) -> str:
    return (
        f"内存超限（{mib} MiB），未完成扫描；可用 --file-memory 调高上限 / "
        f"memory limit exceeded ({mib} MiB), not scanned; raise the limit with --file-memory"
    )


def died_reason(exitcode: int | None) -> str:
    how = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"code {exitcode}"
    return f"工作进程意外退出（{how}），未完成扫描 / the worker process died ({how}), not scanned"


def _address_space() -> int | None:
    """This process's current virtual size in bytes (Linux), or None where unknown."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def limit_memory(mib: int) -> None:
    """Let this process grow by at most ``mib`` MiB from now (``RLIMIT_AS``).

    Counted from the current size, not from zero: the worker already holds the rules, spaCy and
    jieba's dictionary (~400 MB of address space), which a file must not be charged for. Past
    the limit an allocation fails with MemoryError, which the worker turns into a record.
    """
    try:
        import resource
    except ImportError:  # not on POSIX: the wall-clock limit still holds
        return
    current = _address_space()
    if current is None:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = current + mib * MiB
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
