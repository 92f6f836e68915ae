"""``--format jsonl``: one JSON object per file, one per line, flushed as each file is done."""

from __future__ import annotations

import json

from scanner.names import has_surrogates, json_safe
from scanner.output.interface import Summary, Writer
from scanner.pipeline import FileResult


def render_line(result: FileResult, reveal: bool) -> str:
    """The record of one file as one line (without its newline)."""
    record = result.to_dict(reveal)
    line = json.dumps(record, ensure_ascii=False)
    # Almost no record holds an undecodable name: escape only those (json_safe walks every
    # string of the record, as long as the detection of a dense file).
    if has_surrogates(line):
        line = json.dumps(json_safe(record), ensure_ascii=False)
    return line


class JsonLinesWriter(Writer):
    def write(self, result: FileResult) -> None:
        # A worker may have rendered the record already (scanner.runner, ScanSettings.render).
        line = result.rendered if result.rendered is not None else render_line(result, self.reveal)
        # two writes, not ``line + "\n"``: a dense file's line is tens of MB, and the sum would
        # be one more copy of it at the parent's peak
        self.stream.write(line)
        self.stream.write("\n")
        self.stream.flush()

    def finish(self, summary: Summary) -> None:
        self.stream.flush()
