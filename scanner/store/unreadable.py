"""Files no scan could read: the committee's blind spots (issue 11).

``scan --record`` and the daemon's workers call :meth:`Unreadable.note_read` for every file they
scanned: a file of a document type that could not be read gets (or refreshes) its row, a file read
since loses it. Bookkeeping like the claims, not audit events: what the trail proves is what was
done to documents, and nothing was done to these.

Never a raw secret value: the reason is the scan's own sentence, made from fixed templates from
the error's type (scanner.extract), with long digit runs masked all the same; the path is escaped
like every path column.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import delete, func, or_, select

from scanner.readfail import reason_class
from scanner.store.base import StoreBase
from scanner.store.helpers import now
from scanner.store.tables import unreadable as unreadable_t

_REASON_CHARS = 500
# A reason is a template's sentence ("Word 97-2003", "limit 1024 MiB"); what could be a value
# (an ID, a phone or card number: seven digits or more in a row) is masked all the same.
_LONG_NUMBER = re.compile(r"\d{7,}[\dXx]?")


def _masked(reason: str) -> str:
    return _LONG_NUMBER.sub(lambda m: m[0][:2] + "*" * (len(m[0]) - 4) + m[0][-2:], reason)


_FORMAT_CHARS = 16


class ReadOutcome(Protocol):
    """What is needed of a scanned file (``scanner.pipeline.FileResult``)."""

    @property
    def status(self) -> str: ...
    @property
    def format(self) -> str | None: ...
    @property
    def error(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class UnreadableFile:
    host: str
    path: str
    share: str | None
    format: str | None
    reason_class: str
    reason: str
    attempts: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class UnreadableCount:
    format: str | None
    reason_class: str
    files: int


def format_of(path: str, given: str | None) -> str | None:
    """The format a scan named, else the file's extension (an unread file often has none)."""
    if given:
        return given[:_FORMAT_CHARS]
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    return ext[:_FORMAT_CHARS] or None


#: between a file's path and the part of it that was not read: "资料.zip › 名单.xls",
#: "扫描件.pdf › 第 3 页 page 3"
PART_SEPARATOR = " › "


def _unread_parts(result: ReadOutcome, path: str) -> list[tuple[str, str | None, str]]:
    """The members and pages a read file left out (``FileResult.unread``), as (a path for the
    part, its format, the reason): each gets a row of its own, like a file."""
    parts = []
    for item in getattr(result, "unread", None) or ():
        where = [str(m) for m in item.get("member") or ()]
        if "page" in item:
            where.append(f"第 {item['page']} 页 page {item['page']}")
        if not where:
            continue
        member = [str(m) for m in item.get("member") or ()]
        # a member's format is its extension; a page's is the file's own
        fmt = format_of(member[-1], None) if member else result.format
        parts.append((PART_SEPARATOR.join([path, *where]), fmt, str(item.get("reason") or "")))
    return parts


class Unreadable(StoreBase):
    """The ``unreadable`` table: one row per file and host that could not be read."""

    def note_read(
        self, result: ReadOutcome, *, scanned_path: Path, share: str | None = None
    ) -> str | None:
        """Record how reading ``scanned_path`` went. Returns the reason class when the file is
        now listed as unreadable, None when it was read (its row, if any, is removed) or when
        its status leaves nothing unread (empty, vanished, a link scanned at its target).

        A file that was read but left parts out (``result.unread``: an archive's or a mail's
        member, a PDF page needing OCR) gets a row per part, at ``PATH › member › …`` or
        ``PATH › 第 N 页 page N``, so the committee sees those blind spots too."""
        path = str(Path(os.path.abspath(scanned_path)))
        if result.status == "ok":
            rows = _unread_parts(result, path)
        else:
            rows = [(path, result.format, result.error or "")]
        rows = [row for row in rows if reason_class(row[2]) is not None]
        # the rows of this file and of its parts that this read no longer gives are removed;
        # the others are refreshed below (their attempts counted)
        mine = or_(
            unreadable_t.c.path == path,
            unreadable_t.c.path.startswith(path + PART_SEPARATOR, autoescape=True),
        )
        stale = delete(unreadable_t).where(
            unreadable_t.c.host == self._host,
            mine,
            unreadable_t.c.path.not_in([row[0] for row in rows]),
        )
        if not rows:
            # nearly always nothing to remove: a read, not a write that queues behind others
            listed = select(unreadable_t.c.id).where(unreadable_t.c.host == self._host, mine)
            with self._read("读无法读取的文件 / reading unreadable files") as c:
                if c.execute(listed.limit(1)).first() is None:
                    return None
        with self._errors("更新无法读取的文件 / updating unreadable files"), self._write() as c:
            c.execute(stale)
        noted = [self._note(part, fmt, reason, share) for part, fmt, reason in rows]
        return noted[0] if result.status != "ok" and noted else None

    def _note(self, path: str, fmt: str | None, error: str, share: str | None) -> str | None:
        """Insert or refresh the row of ``path`` (a file, or a part of one); its reason class."""
        cls = reason_class(error)
        if cls is None:
            return None
        reason = _masked(error or "")[:_REASON_CHARS]
        when = now()
        values = {
            "share": share,
            "format": format_of(path, fmt),
            "reason_class": cls,
            "reason": reason,
            "last_seen": when,
        }
        if self.site is not None:
            values["site"] = self.site
        from sqlalchemy.dialects import postgresql, sqlite

        dialect_insert = (
            postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert
        )
        # one statement: a scan and the daemon on this host may note the same file at once
        ins = dialect_insert(unreadable_t).values(
            host=self._host, path=path, attempts=1, first_seen=when, **values
        )
        upsert = ins.on_conflict_do_update(
            index_elements=["host", "path"],
            set_={**values, "attempts": unreadable_t.c.attempts + 1},
        )
        with self._errors("记录无法读取的文件 / recording an unreadable file"), self._write() as c:
            c.execute(upsert)
        return cls

    def unreadable_counts(self) -> list[UnreadableCount]:
        """Unreadable files counted by format and reason class, most first."""
        fmt, cls = unreadable_t.c.format, unreadable_t.c.reason_class
        query = select(fmt, cls, func.count()).group_by(fmt, cls)
        with self._read("读无法读取的文件 / reading unreadable files") as conn:
            rows = conn.execute(query).all()
        out = [UnreadableCount(f, c, int(n)) for f, c, n in rows]
        return sorted(out, key=lambda r: (-r.files, r.format or "", r.reason_class))

    def unreadable_files(self, *, limit: int = 300, offset: int = 0) -> list[UnreadableFile]:
        """One page of the unreadable files, by reason class then path."""
        query = (
            select(unreadable_t)
            .order_by(unreadable_t.c.reason_class, unreadable_t.c.path, unreadable_t.c.host)
            .limit(max(0, limit))
            .offset(max(0, offset))
        )
        with self._read("读无法读取的文件 / reading unreadable files") as conn:
            return [
                UnreadableFile(
                    host=r.host,
                    path=r.path,
                    share=r.share,
                    format=r.format,
                    reason_class=r.reason_class,
                    reason=r.reason,
                    attempts=int(r.attempts),
                    first_seen=r.first_seen,
                    last_seen=r.last_seen,
                )
                for r in conn.execute(query)
            ]
