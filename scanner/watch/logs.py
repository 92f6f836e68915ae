"""Structured log lines for the daemon: ``--log-format text`` for people, ``json`` for
journald/ELK (one object per line: ts, level, event, path, action, categories, error, seconds).

Only names, actions, counts and bilingual error messages are logged, never a document's
content or a finding's value: a log file is read by more people than the store.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from scanner.names import json_safe

LOGGER = "baomi.watch"
_EXTRA = "baomi_fields"

log = logging.getLogger(LOGGER)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields: dict[str, Any] = getattr(record, _EXTRA, {}) or {}
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "event": fields.get("event") or record.getMessage(),
        }
        for key, value in fields.items():
            if key != "event" and value is not None:
                out[key] = value
        if record.exc_info and record.exc_info[1] is not None:
            out.setdefault("error", f"{type(record.exc_info[1]).__name__}: {record.exc_info[1]}")
        return json.dumps(json_safe(out), ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields: dict[str, Any] = getattr(record, _EXTRA, {}) or {}
        head = fields.get("event") or record.getMessage()
        parts = [f"baomi watch: {record.levelname.lower()}: {head}"]
        for key, value in fields.items():
            if key == "event" or value is None:
                continue
            if key == "seconds":
                value = f"{float(value):.2f}"
            elif isinstance(value, (list, tuple)):
                value = ",".join(str(v) for v in value)
            parts.append(f"{key}={value}")
        return " ".join(parts)


def configure(fmt: str = "text", level: int = logging.INFO, stream: TextIO | None = None) -> None:
    """Send the daemon's log lines to stderr (systemd puts them in the journal)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    log.handlers[:] = [handler]
    log.setLevel(level)
    log.propagate = False


def emit(event: str, level: int = logging.INFO, **fields: Any) -> None:
    """One log line: ``event`` is a short name (file.done, reconcile.done, …); ``fields``
    are the known keys (path, action, categories, error, seconds) and counts."""
    if log.isEnabledFor(level):
        log.log(level, event, extra={_EXTRA: {"event": event, **fields}})
