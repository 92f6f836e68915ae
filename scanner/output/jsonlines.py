"""``--format jsonl``: one JSON object per file, one per line, flushed as each file is done."""

from __future__ import annotations

import json

from scanner.names import json_safe
from scanner.output.interface import Summary, Writer
from scanner.pipeline import FileResult


class JsonLinesWriter(Writer):
    def write(self, result: FileResult) -> None:
        self.stream.write(
            json.dumps(json_safe(result.to_dict(self.reveal)), ensure_ascii=False) + "\n"
        )
        self.stream.flush()

    def finish(self, summary: Summary) -> None:
        self.stream.flush()
