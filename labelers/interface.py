"""The contract every labeler keeps, and what they share.

A labeler stamps the policy mark (``秘密 保密期限：30年``) into one document format twice over:
where a person sees it (a header, a page stamp, a first line) and where a program reads it
(document properties / metadata). It reads ``src`` and writes the labeled document to ``dst``;
the caller makes the replacement atomic, so a labeler never touches ``src``.

Labeling is idempotent. Two labels are "the same" when mark, level, categories and retention
agree; the time of labeling does not count, so running ``baomi protect`` again tomorrow leaves a
labeled file byte for byte as it is (the retention period runs from the first marking).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Protocol

from scanner import fsutil

#: the keys of a label as a program reads it back (:meth:`Labeler.read`)
LABEL_KEYS = ("text", "level", "categories", "retention_years", "expires", "labeled_at")

# the two mark forms a site may choose (docs/design.md "Labels"); recognised even after the site's
# template changed, so that an old banner is replaced instead of doubled
_LEVELS = "绝密|机密|秘密"
_KNOWN_FORMS = (
    rf"(?:{_LEVELS})\s*保密期限\s*[:：]\s*\d+\s*年",
    rf"(?:{_LEVELS})\s*★\s*\d+\s*年",
)
_KNOWN_MARK = re.compile("|".join(f"(?:{form})" for form in _KNOWN_FORMS))


class LabelError(Exception):
    """The document cannot be labeled; the message says why, for a person (Chinese / English)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def expiry_date(start: date, years: int) -> date:
    """``start`` plus ``years`` calendar years; 29 February becomes 28 February."""
    if years < 0:
        raise ValueError("retention years must not be negative")
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 Feb into a common year
        return start.replace(year=start.year + years, day=28)


@dataclass(frozen=True, slots=True)
class LabelSpec:
    """The label to apply."""

    text: str  # the mark, from the rules/labels.yaml template, e.g. "秘密 保密期限：30年"
    level: str  # "秘密"
    categories: tuple[str, ...]  # policy category ids: medical financial personnel operations other
    retention_years: int
    labeled_at: datetime  # timezone-aware
    expires: date  # expiry_date(labeled_at.date(), retention_years)

    def __post_init__(self) -> None:
        if not self.text.strip() or "\n" in self.text or "\r" in self.text:
            raise ValueError("the mark must be one non-empty line")
        if self.labeled_at.tzinfo is None or self.labeled_at.utcoffset() is None:
            raise ValueError("labeled_at must be timezone-aware")

    @classmethod
    def make(
        cls,
        text: str,
        level: str,
        categories: tuple[str, ...] | list[str],
        retention_years: int,
        labeled_at: datetime,
    ) -> LabelSpec:
        """Build a spec whose expiry date is computed from the other fields."""
        return cls(
            text,
            level,
            tuple(categories),
            retention_years,
            labeled_at,
            expiry_date(labeled_at.date(), retention_years),
        )

    def same_label(self, found: Mapping[str, Any] | None) -> bool:
        """True when ``found`` (a :meth:`Labeler.read` result) carries this label.

        The time of labeling is left out on purpose: see the module docstring.
        """
        if not found:
            return False
        return (
            found.get("text") == self.text
            and found.get("level") == self.level
            and list(found.get("categories") or ()) == list(self.categories)
            and found.get("retention_years") == self.retention_years
        )


@dataclass(frozen=True, slots=True)
class LabelOutcome:
    """What a labeler did: how the mark is carried, and whether the content changed."""

    method: str  # "header" | "stamp" | "banner" | "sidecar"
    changed: bool
    detail: str = ""


class Labeler(Protocol):
    """One document format (or a few that share a method)."""

    formats: tuple[str, ...]

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        """Write ``src`` labeled with ``spec`` to ``dst`` (never ``src`` itself)."""
        ...

    def read(self, path: Path) -> dict[str, Any] | None:
        """The label a program reads back (keys :data:`LABEL_KEYS`), or None if unlabeled."""
        ...

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        """Write ``src`` without its mark to ``dst`` (declassification, 解密): the visible mark
        and the ``baomi.*`` properties go, everything else stays; :meth:`read` of ``dst`` is
        None. ``changed`` is False when ``src`` carried no mark."""
        ...


# ---------------------------------------------------------------------------------------------
# shared by the labelers


def properties(spec: LabelSpec) -> dict[str, str]:
    """The label as text properties ``baomi.*`` (OOXML custom properties, PDF info, XMP)."""
    return {
        "baomi.mark": spec.text,
        "baomi.level": spec.level,
        "baomi.categories": ",".join(spec.categories),
        "baomi.retention_years": str(spec.retention_years),
        "baomi.expires": spec.expires.isoformat(),
        "baomi.labeled_at": spec.labeled_at.isoformat(),
    }


def from_properties(props: Mapping[str, str]) -> dict[str, Any] | None:
    """Parse :func:`properties` back; None unless the mark is there. Bad values become None."""
    text = props.get("baomi.mark")
    if not text:
        return None
    years: int | None
    try:
        years = int(props.get("baomi.retention_years", ""))
    except ValueError:
        years = None
    expires: date | None
    try:
        expires = date.fromisoformat(props.get("baomi.expires", ""))
    except ValueError:
        expires = None
    labeled_at: datetime | None
    try:
        labeled_at = datetime.fromisoformat(props.get("baomi.labeled_at", ""))
    except ValueError:
        labeled_at = None
    categories = [c for c in props.get("baomi.categories", "").split(",") if c]
    return {
        "text": text,
        "level": props.get("baomi.level") or None,
        "categories": categories,
        "retention_years": years,
        "expires": expires,
        "labeled_at": labeled_at,
    }


def mark_pattern(spec: LabelSpec, old_text: str | None = None) -> re.Pattern[str]:
    """A whole-string pattern for this mark with any retention, and for the known mark forms.

    It recognises a mark written earlier with another retention period (or under the other
    template form), so that relabeling replaces it. ``old_text`` is the exact earlier mark when
    the document's properties remember it.
    """
    number = str(spec.retention_years)
    pieces = [re.escape(part) for part in spec.text.split(number)]
    alternatives = [r"\d+".join(pieces), *_KNOWN_FORMS]
    if old_text:
        alternatives.append(re.escape(old_text))
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def removal_pattern(old_text: str | None) -> re.Pattern[str]:
    """A whole-string pattern for the marks :meth:`Labeler.unlabel` removes: the two documented
    forms, and ``old_text`` (the exact mark the document's properties remember, which may
    follow a site's own template)."""
    alternatives = list(_KNOWN_FORMS)
    if old_text:
        alternatives.append(re.escape(old_text))
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def is_known_mark(text: str) -> bool:
    """True when ``text`` is a whole mark in one of the two documented forms."""
    return _KNOWN_MARK.fullmatch(text.strip()) is not None


def parse_mark(text: str) -> tuple[str | None, int | None]:
    """The level word and the number of years in a mark (``秘密 保密期限：30年`` -> 秘密, 30)."""
    level = re.search(_LEVELS, text)
    years = re.search(r"(\d+)\s*年", text)
    return (level.group(0) if level else None, int(years.group(1)) if years else None)


def check_paths(src: Path, dst: Path) -> None:
    """Refuse ``dst == src``: the caller replaces the original atomically, a labeler never does."""
    if Path(os.path.abspath(dst)) == Path(os.path.abspath(src)) or (
        dst.exists() and os.path.samefile(src, dst)
    ):
        raise ValueError("dst must differ from src (the caller replaces the original)")
    if not src.is_file():
        raise LabelError(f"找不到文件：{src.name} / file not found: {src.name}")


def write_output(dst: Path, fill: Callable[[IO[bytes]], object]) -> None:
    """Write ``dst`` through ``fill``: into a fresh 0600 file under a random name beside it
    (the labeled copy is plaintext), flushed, then renamed over ``dst`` — an entry planted at
    ``dst`` (a link) is replaced, never followed. A failure half-way (a full disk) leaves no
    partial file."""
    with fsutil.atomic_writer(dst) as out:
        fill(out)


def write_bytes(dst: Path, data: bytes) -> None:
    """Write ``dst`` completely and flush it to disk before returning."""
    write_output(dst, lambda out: out.write(data))


def copy_file(src: Path, dst: Path) -> None:
    """Copy ``src`` to ``dst`` byte for byte, flushed to disk (the unchanged-label case)."""
    with src.open("rb") as source:
        write_output(dst, lambda out: shutil.copyfileobj(source, out, 1024 * 1024))
