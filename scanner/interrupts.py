"""Ctrl-C and whole records.

The scan and protect commands stop after the file in hand on the first Ctrl-C and at once on a
second; a record being written when a signal arrives must still come out whole, or a script
reading the JSON Lines would choke on the last line.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def whole_record() -> Iterator[None]:
    """Hold SIGINT while one record is written, so that even a second Ctrl-C (which stops at
    once) lands between records and never leaves half a JSON line behind."""
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    except (AttributeError, ValueError, OSError):  # no POSIX signal masks here
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
