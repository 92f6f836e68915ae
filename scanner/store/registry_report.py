"""The registry as the report counts it, in SQL: a county's store holds a million files, and the
report must neither read them all into the process nor take minutes (issue 13, docs/scaling.md).

Every registered file gets its protection state from its newest label, seal, declassification
and destruction (the newest row of each by id), decided by the same rules as
``scanner.workflows.lifecycle.registry`` (the ledger's): a test compares the two file by file.
The counts come back grouped (a few hundred rows however many files there are); the lists the
report prints are one page each, with their totals.

Text order is code-point order on both dialects (``COLLATE "C"`` on PostgreSQL, SQLite's own
binary order): the same order Python sorts in, whatever collation the database was made with.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Subquery,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import KeyedColumnElement

from scanner.store.base import StoreBase
from scanner.store.claims import RETRY_OUTCOMES
from scanner.store.tables import claims as claims_t
from scanner.store.tables import declassifications as declass_t
from scanner.store.tables import destructions as destr_t
from scanner.store.tables import files as files_t
from scanner.store.tables import labels as labels_t
from scanner.store.tables import seals as seals_t

CLOSED = ("declassified", "destroyed")


@dataclass(frozen=True, slots=True)
class RegistryGroup:
    """Registered files of one site, share, folder, category set and state, counted."""

    site: str | None
    share: str | None
    department: str  # the top folder below the share's common root; "" for files at the root
    categories: tuple[str, ...]
    state: str  # sealed | labeled | unprotected | declassified | destroyed
    closed: bool  # declassified or destroyed (by its own record, or by a record of its path)
    files: int
    new_in_period: int  # of them, first seen in the period asked for
    expiring: int  # of them, expiring between ``today`` and the horizon
    expired: int  # of them, expired before ``today``
    waiting: int  # of them, open, secret, unprotected and named by no daemon's claim
    waiting_since: datetime | None  # the first seen of those


@dataclass(frozen=True, slots=True)
class RegistryFile:
    """One registered file as the report lists it."""

    id: int
    host: str
    path: str
    share: str | None
    categories: tuple[str, ...]
    state: str
    expires: date | None
    first_seen: datetime
    site: str | None


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One row of the registration ledger (登记台账)."""

    file_id: int
    path: str  # where the file is now: the sealed file's path when it is sealed
    host: str
    share: str | None
    owner: str | None
    categories: list[str]
    first_seen: datetime
    last_scanned: datetime
    label: str | None
    retention_years: int | None
    expires: date | None
    state: str


@dataclass(frozen=True, slots=True)
class RegistryLists:
    """The first page of each list the report prints, in its order."""

    unsealed: list[RegistryFile]  # open secret files labelled only or neither, as registered
    expiring: list[RegistryFile]  # expiring from today to the horizon, soonest first
    expired: list[RegistryFile]  # expired before today, soonest first
    waiting: list[RegistryFile]  # neither labelled nor sealed, named by no claim; oldest first


class RegistryReport(StoreBase):
    """The report's registry reads; ``site`` limits them to one centre's files."""

    def registry_groups(
        self, *, site: str | None, start: datetime, end: datetime, today: date, horizon: date
    ) -> list[RegistryGroup]:
        """Every registered file (of ``site``, if given) counted by site, share, department,
        categories and state, in one pass."""
        with self._report_read(hash_groups=True) as conn:
            roots = self._share_roots(conn)
            reg = self._registry(site, roots).subquery("reg")
            secret_open = and_(reg.c.categories != "[]", reg.c.closed == 0)
            waiting = _waiting(reg)
            keys = (reg.c.site, reg.c.share, reg.c.department, reg.c.categories, reg.c.state)
            query = select(
                *keys,
                reg.c.closed,
                func.count(),
                _count_if(and_(reg.c.first_seen >= start, reg.c.first_seen < end)),
                _count_if(and_(secret_open, reg.c.expires >= today, reg.c.expires <= horizon)),
                _count_if(and_(secret_open, reg.c.expires < today)),
                _count_if(waiting),
                func.min(case((waiting, reg.c.first_seen))),
            ).group_by(*keys, reg.c.closed)
            rows = conn.execute(query).all()
        return [
            RegistryGroup(
                site=r[0],
                share=r[1],
                department=r[2] or "",
                categories=tuple(json.loads(r[3])),
                state=r[4],
                closed=bool(r[5]),
                files=int(r[6]),
                new_in_period=int(r[7] or 0),
                expiring=int(r[8] or 0),
                expired=int(r[9] or 0),
                waiting=int(r[10] or 0),
                waiting_since=None if r[11] is None else _aware(r[11]),
            )
            for r in rows
        ]

    def registry_lists(
        self, *, site: str | None, limit: int, today: date, horizon: date
    ) -> RegistryLists:
        """The first ``limit`` files of each list (of ``site``, if given), in one statement:
        the registry is joined once and each list is a top-N of it."""
        reg = self._registry(site, None).cte("reg")
        path = self._text_order(reg.c.path)
        lists: dict[str, tuple[ColumnElement[bool], tuple[Any, ...]]] = {
            "unsealed": (reg.c.state != "sealed", (reg.c.id,)),
            "expiring": (
                and_(reg.c.expires >= today, reg.c.expires <= horizon),
                (reg.c.expires, path, reg.c.id),
            ),
            "expired": (reg.c.expires < today, (reg.c.expires, path, reg.c.id)),
            "waiting": (_waiting(reg), (reg.c.first_seen, path, reg.c.id)),
        }
        parts = [
            select(literal(name).label("list"), *_listing(reg))
            .where(reg.c.categories != "[]", reg.c.closed == 0, wanted)
            .order_by(*order)
            .limit(max(0, limit))
            .subquery(name)
            for name, (wanted, order) in lists.items()
        ]
        query = union_all(*(select(part) for part in parts))
        found: dict[str, list[RegistryFile]] = {name: [] for name in lists}
        with self._report_read() as conn:
            for r in conn.execute(query):
                found[r[0]].append(_file(r[1:]))
        # a union keeps no order: each list sorted again as the statement chose it
        found["unsealed"].sort(key=lambda f: f.id)
        for name in ("expiring", "expired"):
            found[name].sort(key=lambda f: (f.expires or date.min, f.path, f.id))
        found["waiting"].sort(key=lambda f: (f.first_seen, f.path, f.id))
        return RegistryLists(**found)

    def registry_states(self) -> dict[int, str]:
        """file id → state, as the report decides it (for comparing with the ledger's)."""
        reg = self._registry(None, None).subquery("reg")
        with self._report_read() as conn:
            return {r[0]: r[1] for r in conn.execute(select(reg.c.id, reg.c.state))}

    def ledger_rows(self, *, batch: int = 2000) -> Iterator[LedgerRow]:
        """Every registered secret file — all but those registered once, found clean since and
        never marked — by host and path as it is now (the sealed file's for a sealed one), in
        code-point order. Streamed: ``batch`` rows in memory at a time, whatever the registry's
        size (the connection stays open until the iteration ends)."""
        reg = self._registry(None, None, detail=True).subquery("reg")
        query = (
            select(reg)
            .where(or_(reg.c.categories != "[]", reg.c.state != "unprotected"))
            .order_by(reg.c.host, self._text_order(reg.c.shown_path), reg.c.id)
        )
        with self._report_read() as conn:
            result = conn.execution_options(yield_per=batch).execute(query)
            for r in result:
                yield LedgerRow(
                    file_id=r.id,
                    path=r.shown_path,
                    host=r.host,
                    share=r.share,
                    owner=r.owner,
                    categories=json.loads(r.categories),
                    first_seen=r.first_seen,
                    last_scanned=r.last_scanned,
                    label=r.label,
                    retention_years=r.retention_years,
                    expires=r.expires,
                    state=r.state,
                )

    # -- the registry as one SELECT -----------------------------------------------------------

    def _registry(
        self, site: str | None, roots: dict[str, int] | None, *, detail: bool = False
    ) -> Select[Any]:
        """One row per registered file: its newest label and seal, state, expiry, whether it
        is closed, and (with ``roots``) its department. ``detail``: instead of what only the
        report counts (closed by a path's record, named by a claim), what the ledger lists —
        owner, last scan, the label's text and retention, the path of the file as it is now."""
        f = files_t.c
        newest = _newest_joined if self.engine.dialect.name == "sqlite" else _newest_grouped
        lab = newest(
            labels_t,
            labels_t.c.labelled_at,
            labels_t.c.expires,
            *((labels_t.c.text, labels_t.c.retention_years) if detail else ()),
        )
        seal = newest(
            seals_t,
            seals_t.c.sealed_at,
            seals_t.c.expires,
            *((seals_t.c.sealed_path,) if detail else ()),
        )
        dec = newest(declass_t, declass_t.c.declassified_at)
        des = newest(destr_t, destr_t.c.destroyed_at)
        labelled, sealed = lab.c.labelled_at, seal.c.sealed_at

        def after_marks(ts: KeyedColumnElement[Any]) -> ColumnElement[bool]:
            return and_(
                ts.is_not(None),
                or_(labelled.is_(None), ts >= labelled),
                or_(sealed.is_(None), ts >= sealed),
            )

        state = case(
            (after_marks(des.c.destroyed_at), "destroyed"),
            (after_marks(dec.c.declassified_at), "declassified"),
            (and_(sealed.is_not(None), or_(labelled.is_(None), sealed >= labelled)), "sealed"),
            (labelled.is_not(None), "labeled"),
            else_="unprotected",
        )
        expires = case((labelled.is_not(None), lab.c.expires), else_=seal.c.expires)
        joined: Any = files_t
        for newest_row in (lab, seal, dec, des):
            joined = joined.outerjoin(newest_row, _joins_newest(newest_row))
        if detail:
            shown = case((state == "sealed", seal.c.sealed_path), else_=f.path)
            return select(
                f.id,
                f.host,
                shown.label("shown_path"),
                f.share,
                f.owner,
                f.categories,
                f.first_seen,
                f.last_scanned,
                lab.c.text.label("label"),
                lab.c.retention_years,
                expires.label("expires"),
                state.label("state"),
            ).select_from(joined)
        # a declassification or destruction recorded by path alone closes every file of
        # that path
        by_path = or_(
            *(
                exists(select(literal(1)).where(t.c.file_id.is_(None), t.c.path == f.path))
                for t in (declass_t.alias(), destr_t.alias())
            )
        )
        closed = case((or_(state.in_(CLOSED), by_path), 1), else_=0)
        columns: list[Any] = [
            f.id,
            f.host,
            f.path,
            f.share,
            f.site,
            f.categories,
            f.first_seen,
            state.label("state"),
            closed.label("closed"),
            expires.label("expires"),
        ]
        if roots is not None:
            columns.append(self._department(roots).label("department"))
        # named by a daemon's retrying claim (of the same centre, for one centre's report): the
        # same share, the path ending in the claim's relative path; listed with the claim
        c = claims_t.c
        named = select(literal(1)).where(
            c.outcome.in_(RETRY_OUTCOMES),
            c.share == f.share,
            f.share != "",
            func.length(f.path) > func.length(c.relpath),
            func.substr(f.path, func.length(f.path) - func.length(c.relpath))
            == literal("/") + c.relpath,
        )
        if site is not None:
            named = named.where(c.site == site)
        # asked only of the files it could matter for (a CASE evaluates lazily)
        candidate = and_(state == "unprotected", f.categories != "[]")
        columns.append(case((candidate, case((exists(named), 1), else_=0)), else_=0).label("named"))
        query = select(*columns).select_from(joined)
        return query if site is None else query.where(f.site == site)

    def _share_roots(self, conn: Any) -> dict[str, int]:
        """Share (or host, for files outside a share) → the length of the prefix the files'
        departments are read after: the deepest folder all its registered files have in common.

        The common folder of a set of paths is the common folder of its first and last in
        code-point order: every path between two that both begin with ``root/`` begins with it
        too. So two strings per share are read, not every path."""
        group = _group()
        path = self._text_order(files_t.c.path)
        rows = conn.execute(select(group, func.min(path), func.max(path)).group_by(group)).all()
        out = {}
        for name, first, last in rows:
            try:
                root = os.path.commonpath([os.path.dirname(first), os.path.dirname(last)])
            except ValueError:  # relative and absolute paths mixed: no common root
                root = ""
            out[name] = len(root if not root or root.endswith("/") else root + "/")
        return out

    def _department(self, roots: dict[str, int]) -> ColumnElement[str]:
        """The first folder of a file's path after its share's root; "" for a file in it."""
        if not roots:
            return literal("")
        skip = case(roots, value=_group(), else_=0)
        rest = func.substr(files_t.c.path, skip + 1)
        find = func.instr if self.engine.dialect.name == "sqlite" else func.strpos
        slash = find(rest, "/")
        return case((slash > 0, func.substr(rest, 1, slash - 1)), else_="")

    def _text_order(self, column: Any) -> Any:
        return column if self.engine.dialect.name == "sqlite" else column.collate("C")

    @contextlib.contextmanager
    def _report_read(self, *, hash_groups: bool = False) -> Iterator[Connection]:
        """A read for the report. PostgreSQL compiles big expressions to machine code (JIT)
        when a plan looks costly: on the registry at 1 M files compiling took 10 of the grouped
        statement's 24 s, and without it the statement took 13 s, so not for these.

        ``hash_groups``: the grouped pass makes a few hundred groups, but PostgreSQL cannot
        estimate how many distinct values computed keys (state, folder) take and plans to sort
        every file to group them; told not to sort, it hashes them (at 1 M files 10.7 s
        against 15.8 s, three runs each)."""
        with self._read("读登记 / reading registrations") as conn:
            if self.engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SET LOCAL jit = off")
                if hash_groups:
                    conn.exec_driver_sql("SET LOCAL enable_sort = off")
            yield conn


def _group() -> ColumnElement[str]:
    """What a file's department is counted under: its share, or its host outside a share."""
    return func.coalesce(func.nullif(files_t.c.share, ""), files_t.c.host)


def _newest_grouped(table: Any, *columns: Any) -> Subquery:
    """Per file, the given columns of its newest row (highest id) of ``table``: one grouped
    pass, hash-joined to the files (PostgreSQL)."""
    last = (
        select(table.c.file_id, func.max(table.c.id).label("id"))
        .where(table.c.file_id.is_not(None))
        .group_by(table.c.file_id)
        .subquery()
    )
    return select(table.c.file_id, *columns).join(last, last.c.id == table.c.id).subquery()


def _newest_joined(table: Any, *columns: Any) -> Any:
    """The same for SQLite, whose planner scans a grouped subquery once per file: the table
    itself, joined on file id and on being the file's highest id (two index look-ups)."""
    return table


def _joins_newest(newest: Any) -> ColumnElement[bool]:
    """How a file meets its newest row of a table: by file id, and (the table itself, on
    SQLite) by being the highest id of that file."""
    on = newest.c.file_id == files_t.c.id
    if isinstance(newest, Subquery):
        return on
    other = newest.alias()
    highest = select(func.max(other.c.id)).where(other.c.file_id == files_t.c.id).scalar_subquery()
    return and_(on, newest.c.id == highest)


def _listing(reg: Any) -> tuple[Any, ...]:
    return (
        reg.c.id,
        reg.c.host,
        reg.c.path,
        reg.c.share,
        reg.c.categories,
        reg.c.state,
        reg.c.expires,
        reg.c.first_seen,
        reg.c.site,
    )


def _waiting(reg: Any) -> ColumnElement[bool]:
    """Open, secret, neither labelled nor sealed, and named by no retrying claim."""
    return and_(
        reg.c.categories != "[]",
        reg.c.closed == 0,
        reg.c.state == "unprotected",
        reg.c.named == 0,
    )


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _aware(value: datetime) -> datetime:
    """Aggregates (min) bypass the column type's result processing on SQLite: text or naive."""
    from scanner.store.tables import UtcDateTime

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return UtcDateTime().process_result_value(value, None) or value


def _file(r: Sequence[Any]) -> RegistryFile:
    return RegistryFile(
        id=r[0],
        host=r[1],
        path=r[2],
        share=r[3],
        categories=tuple(json.loads(r[4])),
        state=r[5],
        expires=r[6],
        first_seen=r[7],
        site=r[8],
    )
