"""The report's numbers, read from the store (``Store``'s report reads and the registry).

Two kinds of numbers (docs/report.md):
- the state of the store now: registered files, secret files by category, how each is protected
  (sealed, labeled only, neither), what expires soon or has expired;
- what happened in the period: registrations and seals per month, access requests, openings,
  transfers, declassifications, destructions, audit events.

The lifecycle tables (access_requests, approvals, transfers, declassifications, destructions) are
filled by other commands and may be empty: the report then says 无 / none.

Nothing here holds a raw secret value: the store has only masked values and counts; free text
typed by people (purposes, reasons, notes) goes through ``scrub_text`` in case someone typed an
ID or phone number into it.
"""

from __future__ import annotations

import json
import re
import socket
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from scanner import __version__
from scanner.detect.masking import mask_free_text
from scanner.errors import BaomiError

if TYPE_CHECKING:
    from scanner.store import FormatCount, PendingClaim, Store, UnreadableCount, UnreadableFile
    from scanner.store.registry_report import RegistryFile, RegistryGroup

SEALED, LABELED_ONLY, UNPROTECTED = "sealed", "labeled", "unprotected"
STATES = (SEALED, LABELED_ONLY, UNPROTECTED)
CLOSED_STATES = (
    "declassified",
    "destroyed",
)  # scanner.workflows.lifecycle.STATES beyond these three
STATE_NAMES = {
    SEALED: "已加密 sealed",
    LABELED_ONLY: "仅标志未加密 labeled only",
    UNPROTECTED: "未标志未加密 unprotected",
}
EXPIRING_DAYS = 90
LISTED = 300  # rows of a list the report prints; the counts cover them all
UNREADABLE_LISTED = LISTED
# A registered secret file with neither label nor seal and no failed claim: nothing tried to
# protect it (``scan --record`` only detects; a share's policy may say "detect").
DETECT_ONLY = (
    "已登记，未标志未加密（仅检测：scan --record 或策略为 detect）/ registered, neither "
    "labeled nor sealed (detect only: scan --record or a detect policy)"
)
NO_SHARE = "（无共享 / no share）"
NO_SITE = "—"  # recorded without a site id
ROOT_FOLDER = "（根目录 / top level）"

# Runs of 6+ digits (ID, phone, card, record numbers) in free text people typed; letters are left
# alone so a file name or a request number stays readable.


class ReportError(BaomiError):
    """A report that cannot be made as asked (bad period, unreadable store)."""


def scrub_text(text: str | None) -> str:
    """Free text for the report: long digit runs masked (keep 2 leading, 2 trailing digits).
    Text recorded since the store masks it on the way in is unchanged by this; older rows are
    masked here."""
    return mask_free_text(text)


@dataclass(frozen=True)
class Period:
    since: date
    until: date  # inclusive

    def __post_init__(self) -> None:
        if self.until < self.since:
            raise ReportError(
                f"报告期有误：结束日期 {self.until} 早于开始日期 {self.since} / the "
                f"period ends ({self.until}) before it starts ({self.since})"
            )

    @property
    def start(self) -> datetime:
        return datetime.combine(self.since, time.min, tzinfo=UTC)

    @property
    def end(self) -> datetime:  # exclusive
        return datetime.combine(self.until + timedelta(days=1), time.min, tzinfo=UTC)

    def months(self) -> list[str]:
        out, y, m = [], self.since.year, self.since.month
        while (y, m) <= (self.until.year, self.until.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


@dataclass
class FileRow:
    id: int
    host: str
    path: str
    share: str
    categories: list[str]
    state: str
    expires: date | None
    first_seen: datetime
    site: str | None = None  # the centre that recorded it (a county's store)


T = TypeVar("T")


@dataclass
class Listed(Generic[T]):
    """A list the report prints: its first ``LISTED`` rows and how many there are in all (the
    store is never read whole for it)."""

    rows: list[T]
    total: int


@dataclass
class PendingRow:
    """A document not yet protected: a daemon's failed claim, or a registered secret file
    nothing labeled or sealed."""

    where: str  # share:relpath for a claim, the path for a registered file
    host: str
    categories: list[str] | None  # None: the daemon could not tell (the file was not read)
    since: datetime | None  # first failure, or first seen
    reason: str
    source: str  # "daemon" | "registered"
    site: str | None = None

    def days(self, today: date) -> int | None:
        return None if self.since is None else max(0, (today - self.since.date()).days)


@dataclass
class BlindSpots:
    """Files no scan could read: counts over all of them, the first ``UNREADABLE_LISTED`` by
    name."""

    counts: list[UnreadableCount]
    listed: list[UnreadableFile]

    @property
    def total(self) -> int:
        return sum(c.files for c in self.counts)

    def by_class(self) -> dict[str, int]:
        out: Counter[str] = Counter()
        for c in self.counts:
            out[c.reason_class] += c.files
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))

    def by_format(self) -> dict[str, int]:
        out: Counter[str] = Counter()
        for c in self.counts:
            out[c.format or ""] += c.files
        return dict(out)


@dataclass
class AuditStatus:
    ok: bool
    checked: int
    head: str | None
    first_bad: int | None
    reason: str
    events_in_period: dict[str, int]


StateCounts = dict[str, int]  # sealed / labeled / unprotected -> files


@dataclass
class ReportData:
    """What the report shows: counts computed by the store, and one page of each list."""

    title: str
    site: str
    period: Period
    generated_at: datetime
    version: str
    store: str
    category_names: dict[str, str]
    registered: int
    secret: int  # secret files (categories not empty), not declassified or destroyed
    states: StateCounts  # the secret files by state
    categories: dict[str, StateCounts]  # a file with two categories counts under both
    shares: list[tuple[str, StateCounts]]  # worst (most unprotected) first
    departments: list[tuple[str, StateCounts]]
    unsealed: Listed[FileRow]  # secret files not sealed, in the order registered
    scans_in_period: int
    new_in_period: int
    trend: list[tuple[str, int, int]]  # month, registrations, seals
    expiring: Listed[FileRow]
    expired: Listed[FileRow]
    requests: list[dict[str, Any]]
    openings: list[dict[str, Any]]
    overdue: list[dict[str, Any]]
    transfers: list[dict[str, Any]]
    declassifications: list[dict[str, Any]]
    destructions: list[dict[str, Any]]
    audit: AuditStatus
    closed: int = 0  # registered files declassified or destroyed
    pending: Listed[PendingRow] = field(default_factory=lambda: Listed([], 0))
    pending_secret: int = 0  # of them known to be secret
    pending_reasons: dict[str, int] = field(default_factory=dict)  # most first
    oldest_pending_days: int | None = None
    blind: BlindSpots = field(default_factory=lambda: BlindSpots([], []))
    formats: list[FormatCount] = field(default_factory=list)
    today: date = field(default_factory=lambda: datetime.now(UTC).date())
    #: (host, path, mark) of files carrying a state-secret mark (机密, 绝密)
    state_secret: Listed[tuple[str, str, str]] = field(default_factory=lambda: Listed([], 0))
    # a county's store: the site ids found, and the one this report is limited to (if any)
    site_ids: list[str] = field(default_factory=list)
    only_site: str | None = None
    #: (site, registered, secret files by state, not yet protected), the most unprotected first
    sites: list[tuple[str, int, StateCounts, int]] = field(default_factory=list)

    def category_name(self, cid: str) -> str:
        return self.category_names.get(cid, cid)


def gather(
    store: Store,
    period: Period,
    *,
    site: str | None = None,
    title: str | None = None,
    today: date | None = None,
    category_names: dict[str, str] | None = None,
) -> ReportData:
    """Everything the report shows: counts the store computes, one page of each list."""
    today = today or datetime.now(UTC).date()
    horizon = today + timedelta(days=EXPIRING_DAYS)
    # A county's store: every centre, or the one named, when records carry site ids; a name
    # no record carries is only the header's, as before sites existed.
    site_ids = store.sites()
    only = site if site in site_ids else None
    groups = store.registry_groups(
        site=only, start=period.start, end=period.end, today=today, horizon=horizon
    )
    counts = _Counts(groups, bool(site_ids))
    lists = store.registry_lists(site=only, limit=LISTED, today=today, horizon=horizon)
    waiting = [_row(f, bool(site_ids)) for f in lists.waiting]
    pending = _pending(store, only, waiting, counts, today)
    trend = _trend(store, period)
    scans = store.audit_kinds_between(period.start, period.end)
    moved = _simple(
        store.transfers_between(period.start, period.end), ("approved_by",), ("method",)
    )
    declass = _simple(
        store.declassifications_between(period.start, period.end), ("approved_by",), ("note",)
    )
    destroyed = _simple(
        store.destructions_between(period.start, period.end),
        ("approved_by", "people"),
        ("reason",),
    )
    blind = BlindSpots(store.unreadable_counts(), store.unreadable_files(limit=UNREADABLE_LISTED))
    result = store.audit.verify()
    audit = AuditStatus(
        result.ok,
        result.checked,
        str(result.head) if result.head else None,
        result.first_bad,
        result.reason,
        scans,
    )
    marks, marked = store.state_secret_marks(site=only, limit=LISTED)

    def page(rows: list[RegistryFile], total: int) -> Listed[FileRow]:
        return Listed([_row(f, bool(site_ids)) for f in rows], total)

    states = counts.states
    return ReportData(
        title=title or "保密工作检查报告",
        site=site
        or (f"全部站点 All sites ({len(site_ids)})" if site_ids else socket.gethostname()),
        period=period,
        generated_at=datetime.now(UTC),
        version=__version__,
        store=store.url_for_display,
        category_names=category_names or {},
        registered=counts.registered,
        secret=sum(states.values()),
        states=states,
        categories=counts.categories,
        shares=counts.shares,
        departments=counts.departments,
        unsealed=page(lists.unsealed, states[LABELED_ONLY] + states[UNPROTECTED]),
        scans_in_period=scans.get("scan", 0),
        new_in_period=counts.new_in_period,
        trend=trend,
        expiring=page(lists.expiring, counts.expiring),
        expired=page(lists.expired, counts.expired),
        requests=_requests(store, period),
        openings=_openings(store, period),
        overdue=_overdue(store, today),
        transfers=moved,
        declassifications=declass,
        destructions=destroyed,
        audit=audit,
        closed=counts.closed,
        pending=pending.listed,
        pending_secret=pending.secret,
        pending_reasons=pending.reasons,
        oldest_pending_days=pending.oldest_days,
        blind=blind,
        formats=store.files_by_format(),
        today=today,
        state_secret=Listed(marks, marked),
        site_ids=site_ids,
        only_site=only,
        sites=counts.by_site(pending.by_site, only),
    )


class _Counts:
    """The store's grouped counts, summed the ways the report shows them."""

    def __init__(self, groups: list[RegistryGroup], with_sites: bool) -> None:
        self.registered = sum(g.files for g in groups)
        self.closed = sum(g.files for g in groups if g.closed)
        self.new_in_period = sum(g.new_in_period for g in groups if g.categories)
        secret = [g for g in groups if g.categories and not g.closed]
        self.expiring = sum(g.expiring for g in secret)
        self.expired = sum(g.expired for g in secret)
        self.waiting = sum(g.waiting for g in secret)
        self.waiting_by_site = Counter[str]()
        for g in secret:
            if g.waiting:
                self.waiting_by_site[(g.site if with_sites else None) or NO_SITE] += g.waiting
        firsts = [g.waiting_since for g in secret if g.waiting_since is not None]
        self.waiting_since = min(firsts) if firsts else None
        # by site only in a county's store (a row "—" of every file would be noise elsewhere)
        self.registered_by_site = Counter[str]()
        for g in groups if with_sites else ():
            self.registered_by_site[g.site or NO_SITE] += g.files
        self.states = dict.fromkeys(STATES, 0)
        cats: dict[str, StateCounts] = {}
        shares: dict[str, StateCounts] = defaultdict(lambda: dict.fromkeys(STATES, 0))
        depts: dict[str, StateCounts] = defaultdict(lambda: dict.fromkeys(STATES, 0))
        self.site_states: dict[str, StateCounts] = defaultdict(lambda: dict.fromkeys(STATES, 0))
        for g in secret:
            self.states[g.state] += g.files
            for c in g.categories:
                cats.setdefault(c, dict.fromkeys(STATES, 0))[g.state] += g.files
            share = g.share or NO_SHARE
            shares[share][g.state] += g.files
            depts[f"{share} / {g.department or ROOT_FOLDER}"][g.state] += g.files
            self.site_states[(g.site if with_sites else None) or NO_SITE][g.state] += g.files
        self.categories = dict(sorted(cats.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))
        self.shares = _worst_first(shares)
        self.departments = _worst_first(depts)

    def by_site(
        self, pending: Counter[str], only: str | None
    ) -> list[tuple[str, int, StateCounts, int]]:
        """(site, registered, secret files by state, not yet protected) per centre, the most
        unprotected first; files recorded without a site under "—"."""
        registered = {only: self.registered} if only else dict(self.registered_by_site)
        names = set(self.site_states) | set(pending) | set(registered)
        rows = [
            (
                s,
                registered.get(s, 0),
                self.site_states.get(s, dict.fromkeys(STATES, 0)),
                pending.get(s, 0),
            )
            for s in names
        ]
        return sorted(rows, key=lambda r: (-r[2][UNPROTECTED] - r[3], r[0]))


def _worst_first(groups: dict[str, StateCounts]) -> list[tuple[str, StateCounts]]:
    return sorted(groups.items(), key=lambda kv: (-kv[1][UNPROTECTED], -kv[1][LABELED_ONLY], kv[0]))


def _row(f: RegistryFile, with_sites: bool) -> FileRow:
    return FileRow(
        id=f.id,
        host=f.host,
        path=f.path,
        share=f.share or NO_SHARE,
        categories=list(f.categories),
        state=f.state,
        expires=f.expires,
        first_seen=f.first_seen,
        site=f.site if with_sites else None,
    )


# -- readers -------------------------------------------------------------------------------------


def claim_row(c: PendingClaim) -> PendingRow:
    """A daemon's failed claim as a line of the not-yet-protected list."""
    return PendingRow(
        where=f"{c.share}:{c.relpath}",
        host=c.host,
        categories=list(c.categories) if c.categories else None,
        since=c.first_failed or c.last_attempt,
        reason=scrub_text(c.reason) or f"处理失败，等待重试 / failed, to be retried ({c.outcome})",
        source="daemon",
        site=c.site,
    )


@dataclass
class _Pending:
    listed: Listed[PendingRow]
    secret: int
    reasons: dict[str, int]
    oldest_days: int | None
    by_site: Counter[str]


def _pending(
    store: Store, site: str | None, waiting: list[FileRow], counts: _Counts, today: date
) -> _Pending:
    """The daemon's failed claims still to do (one per file) and the registered secret files
    nothing protected, longest waiting first. A registered file a claim also names (the same
    share, its path ending in the claim's relative path) is listed once, with the claim's
    reason. The claims are few (failures being retried); the registered files are counted by
    the store, and ``waiting`` is the first page of them."""
    claims = [claim_row(c) for c in store.unprotected_claims(site=site)]
    registered = [
        PendingRow(f.path, f.host, f.categories, f.first_seen, DETECT_ONLY, "registered", f.site)
        for f in waiting
    ]
    oldest = datetime.max.replace(tzinfo=UTC)
    # claims before registered files at a tie, each in its own order, as one list sorted stably
    ranked = sorted(
        enumerate(claims + registered), key=lambda ip: (ip[1].since or oldest, ip[1].where, ip[0])
    )
    reasons = Counter(p.reason for p in claims)
    if counts.waiting:
        reasons[DETECT_ONLY] += counts.waiting
    by_site = Counter((p.site or NO_SITE) for p in claims) + counts.waiting_by_site
    since = [p.since for p in claims if p.since is not None]
    if counts.waiting_since is not None:
        since.append(counts.waiting_since)
    return _Pending(
        Listed([p for _, p in ranked[:LISTED]], len(claims) + counts.waiting),
        sum(1 for p in claims if p.categories) + counts.waiting,
        dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        max(0, (today - min(since).date()).days) if since else None,
        by_site,
    )


def _trend(store: Store, period: Period) -> list[tuple[str, int, int]]:
    regs = store.registrations_by_month(period.start, period.end)
    seal_counts = store.seals_by_month(period.start, period.end)
    return [(m, regs.get(m, 0), seal_counts.get(m, 0)) for m in period.months()]


def _requests(store: Store, period: Period) -> list[dict[str, Any]]:
    out = []
    for r in store.requests_created_between(period.start, period.end):
        steps = [
            f"{a.role} {a.approver} {'同意' if a.decision == 'approve' else '不同意'}"
            for a in r.approvals
        ]
        out.append(
            {
                "id": r.id,
                "kind": r.kind,
                "path": r.sealed_path,
                "purpose": scrub_text(r.purpose),
                "requester": r.requester,
                "created_at": r.created_at,
                "until": r.until,
                "status": r.status,
                "returned_at": r.returned_at,
                "approvals": "；".join(steps) or "无",
            }
        )
    return out


def _openings(store: Store, period: Period) -> list[dict[str, Any]]:
    return [
        {
            "actor": r["actor"],
            "path": r["sealed_path"],
            "reason": scrub_text(r["reason"]),
            "request_id": r["request_id"] or "",
            "host": r["host"],
            "opened_at": r["opened_at"],
        }
        for r in store.openings_between(period.start, period.end)
    ]


def _overdue(store: Store, today: date) -> list[dict[str, Any]]:
    """Borrowed copies past their return date: a borrow request, opened, not returned.

    Not limited to the period: a copy overdue now is overdue whenever it was borrowed.
    """
    rows = store.unreturned_borrows(today)
    if not rows:
        return []
    opened: dict[str, datetime] = {}
    for request_id, opened_at in store.request_citations():
        opened.setdefault(_request_key(request_id), opened_at)
    out = []
    for r in rows:
        first = opened.get(str(r.id))
        if first is None:
            continue  # never opened: no copy is out
        out.append(
            {
                "id": r.id,
                "path": r.sealed_path,
                "requester": r.requester,
                "purpose": scrub_text(r.purpose),
                "until": r.until,
                "opened_at": first,
                "days": (today - r.until).days,
            }
        )
    return out


def _request_key(value: str) -> str:
    """An opening's request id as the access request's number ("12", "#12", "REQ-12" → "12")."""
    digits = re.findall(r"\d+", value or "")
    return str(int(digits[-1])) if digits else value


def _simple(
    rows: Iterable[Mapping[str, Any]], lists: tuple[str, ...], texts: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Records as the report shows them: JSON lists of people as one line, typed text scrubbed."""
    out = []
    for r in rows:
        d = dict(r)
        for key in lists:
            d[key] = _people(d.get(key))
        for key in texts:
            d[key] = scrub_text(d.get(key))
        out.append(d)
    return out


def _people(raw: str | None) -> str:
    """A JSON list of names or {"role", "name"} objects, as one line."""
    if not raw:
        return "无"
    try:
        items = json.loads(raw)
    except ValueError:
        return scrub_text(raw)
    if not isinstance(items, list):
        items = [items]
    shown = []
    for it in items:
        if isinstance(it, dict):
            shown.append(
                " ".join(str(it[k]) for k in ("role", "name") if it.get(k))
                or json.dumps(it, ensure_ascii=False)
            )
        else:
            shown.append(str(it))
    return scrub_text("；".join(shown)) or "无"
