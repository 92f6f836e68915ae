"""Output formats of ``baomi scan``: one writer per format, chosen from an enum.

``table`` is for people at a terminal; ``json`` and ``jsonl`` are the contract scripts rely on
(docs/design.md). No writer prints a raw value unless ``reveal`` is set.
"""

from __future__ import annotations

import enum
from typing import TextIO

from scanner.output.interface import Summary, Writer


class OutputFormat(enum.Enum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


def writer_for(fmt: OutputFormat, stream: TextIO, reveal: bool, show_all: bool = False) -> Writer:
    if fmt is OutputFormat.TABLE:
        from scanner.output.table import TableWriter

        return TableWriter(stream, reveal=reveal, show_all=show_all)
    if fmt is OutputFormat.JSON:
        from scanner.output.jsondoc import JsonWriter

        return JsonWriter(stream, reveal=reveal)
    if fmt is OutputFormat.JSONL:
        from scanner.output.jsonlines import JsonLinesWriter

        return JsonLinesWriter(stream, reveal=reveal)
    raise AssertionError(f"unhandled output format {fmt}")  # the enum is exhaustive


__all__ = ["OutputFormat", "Summary", "Writer", "writer_for"]
