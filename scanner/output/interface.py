"""What every output writer does, and the run summary they share."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TextIO

from scanner.pipeline import STATUS_ERROR, STATUS_OK, STATUS_SKIPPED, FileResult


@dataclass(slots=True)
class Summary:
    files: int = 0
    ok: int = 0
    errors: int = 0
    skipped: int = 0
    ignored: int = 0
    with_findings: int = 0
    secret_files: int = 0
    public_files: int = 0
    findings: int = 0
    chars: int = 0
    seconds: float = 0.0
    by_category: Counter[str] = field(default_factory=Counter)
    by_entity: Counter[str] = field(default_factory=Counter)

    def add(self, r: FileResult) -> None:
        self.files += 1
        if r.status == STATUS_OK:
            self.ok += 1
        elif r.status == STATUS_ERROR:
            self.errors += 1
        elif r.status == STATUS_SKIPPED:
            self.skipped += 1
        counts = r.counts_by_entity()
        if counts:
            self.with_findings += 1
        if r.categories:
            self.secret_files += 1
        if r.public:
            self.public_files += 1
        self.findings += sum(counts.values())
        self.chars += r.chars
        self.by_category.update(r.categories)
        self.by_entity.update(counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "ok": self.ok,
            "errors": self.errors,
            "skipped": self.skipped,
            "ignored_non_documents": self.ignored,
            "files_with_findings": self.with_findings,
            "secret_files": self.secret_files,
            "public_files": self.public_files,
            "findings": self.findings,
            "by_category": dict(sorted(self.by_category.items())),
            "by_entity": dict(sorted(self.by_entity.items())),
            "characters": self.chars,
            "seconds": round(self.seconds, 3),
        }


class Writer(ABC):
    def __init__(self, stream: TextIO, reveal: bool = False) -> None:
        self.stream = stream
        self.reveal = reveal

    @abstractmethod
    def write(self, result: FileResult) -> None:
        """Called once per file, in walk order, as soon as the file is done."""

    @abstractmethod
    def finish(self, summary: Summary) -> None:
        """Called once at the end (also after an interruption, with what was done)."""
