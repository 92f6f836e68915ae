"""Start-up without the cyclic garbage collector's passes over a heap that only grows.

Importing Presidio (spaCy, pydantic, its recognizers) and building the scanner allocate some
200,000 long-lived objects and almost no garbage. CPython's collector runs every few hundred
allocations and, as the heap grows, walks all of it again; at exit it walks it once more. Measured
on a one-file scan (benchmarks/profiles.md): ~0.1 s of collections while the modules load and
~0.3 s for the one at exit, a third of a bare ``import presidio_analyzer``.

:func:`startup_heap` pauses the collector while start-up allocates, then moves everything built
into the collector's permanent generation (:func:`gc.freeze`): later passes, the one at exit and
those of forked workers (which would otherwise touch, and so copy, every inherited page) skip it.
Reference counting still frees what start-up drops; only the few cycles it leaves behind stay
until the process ends — the trade the Python documentation describes for ``gc.freeze``.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def startup_heap() -> Iterator[None]:
    """Pause the cyclic collector for the block, then freeze what it built.

    Nested or repeated use is harmless: the collector is turned back on only if it was on when
    the block began, and freezing again moves only the objects made since.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
