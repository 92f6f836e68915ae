"""``--format json``: the JSON Lines objects wrapped in ``{"files": [...], "summary": {...}}``."""

from __future__ import annotations

import json
from typing import Any

from scanner.names import has_surrogates, json_safe
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
        text = json.dumps(doc, ensure_ascii=False, indent=2)
        if has_surrogates(text):  # rare: walk every string only when a name needs escaping
            text = json.dumps(json_safe(doc), ensure_ascii=False, indent=2)
        self.stream.write(text)
        self.stream.write("\n")
        self.stream.flush()
