"""The log's format: tracebacks without their exceptions' messages.

``-vv`` logs a traceback when a reader gives up on a file (``log.debug(..., exc_info=True)``).
The frames are baomi's and its libraries' code; the message is whatever the library put there,
and libraries quote the data they choked on — openpyxl's ``could not convert string to float:
'<the cell>'`` carries a spreadsheet cell, names and e-mail addresses included. A log is read by
more people than the store, so a traceback names each exception's type and where it was raised,
never its message; and a library's own log message is cut at its first quoted piece
(:func:`without_quoted`). Checked by tests/test_no_leak.py. A leaf: imports nothing of baomi.
"""

from __future__ import annotations

import logging
import re
import traceback

WITHHELD = "(message not logged: it may quote a document)"


def traceback_without_messages(exc: BaseException) -> str:
    """``traceback.format_exception`` of ``exc`` and its causes, each message replaced."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        else:
            current = None if current.__suppress_context__ else current.__context__
    parts: list[str] = []
    for i, error in enumerate(reversed(chain)):
        if i:
            parts.append("\nThen, while handling it:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(error.__traceback__))
        kind = type(error)
        parts.append(f"{kind.__module__}.{kind.__qualname__}: {WITHHELD}\n")
    return "".join(parts).rstrip("\n")


_QUOTE = re.compile(r"""b?['"]""")


def without_quoted(message: str) -> str:
    """A library's log message up to its first quoted piece: pypdf quotes the file's bytes
    around a damaged object (``Invalid Elementary Object starting with b'B' @878: b'...(ID
    4502...) Tj'``), which is the text of an uncompressed page."""
    head = _QUOTE.split(message, maxsplit=1)[0]
    return message if head == message else f"{head.rstrip()} {WITHHELD}"


class Formatter(logging.Formatter):
    """``logging.Formatter`` whose tracebacks carry no exception message."""

    def formatException(self, ei: logging._SysExcInfoType) -> str:  # noqa: N802 - logging's name
        exc = ei[1]
        if exc is None:
            return ""
        return traceback_without_messages(exc)
