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

Importing ``presidio_analyzer`` defines its predefined recognizers (credit cards, URLs, South
African phone numbers …), and each ``Pattern`` they define is checked at once by compiling it with
the ``regex`` module: 173 compiles, ~0.12 s CPU of the ~0.8 s import, for recognizers baomi never
registers (scanner.detect.engine builds its own registry). :func:`import_presidio` imports the
package with that check deferred for those constants only — the patterns are compiled, and so
checked, by ``PatternRecognizer`` if a site ever uses one — and puts the check back before it
returns, so a ``Pattern`` anyone makes afterwards (a site's own recognizer) is checked as before.

The same heap costs again when the process ends: the interpreter's finalisation clears every
module's namespace and so deallocates, one reference at a time, what Presidio, spaCy, pydantic and
the scanner built (~70-100 ms CPU of a one-file scan, measured with ``benchmarks/bench_scale.py
--only startup``). A command that asks for it (:func:`leave_quickly`: ``scan``) ends through
:func:`exit_process` instead: the exit handlers run as at any exit (``logging.shutdown``,
multiprocessing's, ``weakref.finalize`` objects marked to run at exit), the standard streams are
flushed, then ``os._exit`` — what multiprocessing's own children do. Nothing of a scan waits for a
destructor: its output file, store and workers are closed by their ``with`` blocks before the
command returns.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
from collections.abc import Iterator, Sequence
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType
from typing import Any, NoReturn

#: set by :func:`leave_quickly`: this process may end without tearing down its modules
_quick = False


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


def leave_quickly() -> None:
    """Let :func:`exit_process` end this process without the interpreter's finalisation."""
    global _quick
    _quick = True


def exit_process(code: int) -> NoReturn:
    """End the process with ``code``; at once after the exit handlers and a flush of the
    standard streams when :func:`leave_quickly` was called, else as ``sys.exit`` does."""
    if not _quick:
        sys.exit(code)
    try:
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None and not stream.closed:
                    stream.flush()
            except (OSError, ValueError):
                pass  # the reader left (`baomi scan | head`): nothing more can reach it
        os._exit(code)


#: the module whose ``Pattern`` checks each regex as it is made, and the check's mangled name
_PATTERN_MODULE = "presidio_analyzer.pattern"
_CHECK = "_Pattern__validate_regex"


def _unchecked(pattern: str) -> None:
    """Stands in for ``Pattern``'s check while Presidio's own constants are defined."""


class _DeferPatternCheck(MetaPathFinder, Loader):
    """Finds ``presidio_analyzer.pattern`` as the path finder does, runs it, then swaps its
    ``Pattern`` check for :func:`_unchecked` until :meth:`restore`."""

    def __init__(self) -> None:
        self.loader: Any = None
        self.pattern_class: Any = None
        self.check: Any = None

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != _PATTERN_MODULE:
            return None
        spec = PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        self.loader = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        made: ModuleType | None = self.loader.create_module(spec)
        return made

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        pattern_class = getattr(module, "Pattern", None)
        check = pattern_class.__dict__.get(_CHECK) if pattern_class is not None else None
        if isinstance(check, staticmethod):
            self.pattern_class, self.check = pattern_class, check
            setattr(pattern_class, _CHECK, staticmethod(_unchecked))

    def restore(self) -> None:
        if self.pattern_class is not None:
            setattr(self.pattern_class, _CHECK, self.check)
            self.pattern_class = self.check = None


def import_presidio() -> None:
    """Import ``presidio_analyzer`` (if not yet imported) without compiling its predefined
    recognizers' patterns; ``Pattern`` checks every regex made after this returns."""
    if "presidio_analyzer" in sys.modules:
        return
    hook = _DeferPatternCheck()
    sys.meta_path.insert(0, hook)
    try:
        import presidio_analyzer  # noqa: F401
    finally:
        sys.meta_path.remove(hook)
        hook.restore()
