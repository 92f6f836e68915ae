"""``--format json``: the JSON Lines objects wrapped in ``{"files": [...], "summary": {...}}``."""

from __future__ import annotations

import json
from typing import Any

from scanner.names import json_safe
from scanner.output.interface import Summary, Writer
from scanner.pipeline import FileResult


class JsonWriter(Writer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.files: list[dict[str, Any]] = []

    def write(self, result: FileResult) -> None:
        self.files.append(result.to_dict(self.reveal))

    def finish(self, summary: Summary) -> None:
        doc = {"files": self.files, "summary": summary.to_dict()}
        json.dump(json_safe(doc), self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
        self.stream.flush()
