"""Scan one file with its batches detected by two forked helpers, as a worker does for a large
file when cores are idle (scanner.runner): shared by the tests that compare such a record with
the one a single process makes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from scanner.pipeline import FileResult, Scanner
from scanner.runner import _Helpers


def scan_split(scanner: Scanner, path: Path, reveal: bool | None = None) -> FileResult:
    """``scanner.scan_file(path)`` over two helpers; with ``reveal`` (True/False) the helpers
    also make and render the findings (``Scanner.render_reveal``)."""
    parent_end, child_end = multiprocessing.Pipe()
    helpers = _Helpers(scanner, child_end)
    try:
        scanner.helpers = helpers.take(2)
        scanner.render_reveal = reveal
        return scanner.scan_file(path)
    finally:
        scanner.helpers = ()
        scanner.render_reveal = None
        helpers.close()
        parent_end.close()
