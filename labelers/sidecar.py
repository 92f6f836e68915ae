"""CSV: the file stays as it is; the label goes to a JSON file beside it.

A banner line would become a bogus first record for every program that reads the CSV, so the
mark lives in ``NAME.csv.label.json`` (:func:`sidecar_path`): mark, level, categories,
retention, expiry, time of labeling, the file's name and the SHA-256 of the content it belongs
to. A sidecar whose hash no longer matches the file describes an older version: :meth:`read`
then says "unlabeled", and labeling writes a fresh one.

The caller gives ``dst`` (a temporary path) and moves it into place; the sidecar is written at
``sidecar_path(dst)`` and moves with it (``LabelOutcome.detail`` names it).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import IO, Any

from scanner import fsutil

from .interface import (
    LabelError,
    LabelOutcome,
    LabelSpec,
    check_paths,
    from_properties,
    write_output,
)

SUFFIX = ".label.json"
SIDECAR_VERSION = 1
_FIELDS = ("mark", "level", "categories", "retention_years", "expires", "labeled_at")


def sidecar_path(path: Path) -> Path:
    """Where the label of ``path`` lives: ``工资.csv`` -> ``工资.csv.label.json``."""
    return path.with_name(path.name + SUFFIX)


def _copy_hashing(src: Path, dst: Path) -> str:
    digest = hashlib.sha256()

    def fill(out: IO[bytes]) -> None:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
            out.write(chunk)

    with src.open("rb") as source:
        write_output(dst, fill)
    return digest.hexdigest()


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _load(path: Path) -> dict[str, Any]:
    """The sidecar's JSON; raises :class:`LabelError` when it is not one."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        record = None
    if not isinstance(record, dict) or not isinstance(record.get("mark"), str):
        raise LabelError(f"{path.name}：标识文件已损坏 / {path.name}: the label file is damaged")
    return record


def _as_label(record: dict[str, Any]) -> dict[str, Any] | None:
    categories = record.get("categories")
    props = {
        "baomi.mark": record.get("mark", ""),
        "baomi.level": str(record.get("level") or ""),
        "baomi.categories": ",".join(categories) if isinstance(categories, list) else "",
        "baomi.retention_years": str(record.get("retention_years", "")),
        "baomi.expires": str(record.get("expires") or ""),
        "baomi.labeled_at": str(record.get("labeled_at") or ""),
    }
    return from_properties(props)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``path`` so that readers see the old file or the whole new one, never a part."""
    fsutil.write_atomic(path, data)


class SidecarLabeler:
    """The label in ``NAME.label.json`` beside a file whose format takes no mark (csv)."""

    formats: tuple[str, ...] = ("csv",)

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        check_paths(src, dst)
        sha256 = _copy_hashing(src, dst)
        target = sidecar_path(dst)
        try:
            previous = _load(sidecar_path(src)) if sidecar_path(src).exists() else None
        except LabelError:
            previous = None  # a damaged sidecar is replaced by a good one
        if (
            previous is not None
            and previous.get("sha256") == sha256
            and spec.same_label(_as_label(previous))
        ):
            # the same label for the same content: the sidecar moves with the file unchanged
            write_atomically(target, sidecar_path(src).read_bytes())
            return LabelOutcome("sidecar", False, str(target))
        record = {
            "version": SIDECAR_VERSION,
            "mark": spec.text,
            "level": spec.level,
            "categories": list(spec.categories),
            "retention_years": spec.retention_years,
            "expires": spec.expires.isoformat(),
            "labeled_at": spec.labeled_at.isoformat(),
            "file": src.name,
            "sha256": sha256,
        }
        text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        write_atomically(target, text.encode("utf-8"))
        return LabelOutcome("sidecar", True, str(target))

    def read(self, path: Path) -> dict[str, Any] | None:
        """The label of ``path`` from its sidecar; None when there is none or it is stale."""
        car = sidecar_path(path)
        if not car.exists():
            return None
        record = _load(car)
        if record.get("sha256") != _hash(path):
            return None
        return _as_label(record)

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        """``dst`` is a byte-for-byte copy; the label files of ``src`` and ``dst`` are deleted
        (the CSV itself never carried a mark)."""
        check_paths(src, dst)
        _copy_hashing(src, dst)
        changed = False
        for car in (sidecar_path(src), sidecar_path(dst)):
            if car.exists():
                car.unlink()
                changed = True
        return LabelOutcome("sidecar", changed, "label file deleted" if changed else "no mark")
