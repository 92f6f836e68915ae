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
import os
import re
import socket
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from scanner import __version__
from scanner.detect.masking import mask_free_text
from scanner.errors import BaomiError

if TYPE_CHECKING:
    from scanner.store import FormatCount, PendingClaim, Store, UnreadableCount, UnreadableFile

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
UNREADABLE_LISTED = 300  # files listed by name; the counts cover them all
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
    department: str
    categories: list[str]
    state: str
    expires: date | None
    first_seen: datetime
    closed: str | None = None  # "declassified" / "destroyed": no longer a secret file to guard
    site: str | None = None  # the centre that recorded it (a county's store)


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


@dataclass
class ReportData:
    title: str
    site: str
    period: Period
    generated_at: datetime
    version: str
    store: str
    category_names: dict[str, str]
    registered: int
    files: list[FileRow]  # secret files (categories not empty), not declassified or destroyed
    scans_in_period: int
    new_in_period: int
    trend: list[tuple[str, int, int]]  # month, registrations, seals
    expiring: list[FileRow]
    expired: list[FileRow]
    requests: list[dict[str, Any]]
    openings: list[dict[str, Any]]
    overdue: list[dict[str, Any]]
    transfers: list[dict[str, Any]]
    declassifications: list[dict[str, Any]]
    destructions: list[dict[str, Any]]
    audit: AuditStatus
    closed: list[FileRow] = field(default_factory=list)
    pending: list[PendingRow] = field(default_factory=list)
    blind: BlindSpots = field(default_factory=lambda: BlindSpots([], []))
    formats: list[FormatCount] = field(default_factory=list)
    today: date = field(default_factory=lambda: datetime.now(UTC).date())
    #: (host, path, mark) of files carrying a state-secret mark (机密, 绝密)
    state_secret: list[tuple[str, str, str]] = field(default_factory=list)
    # a county's store: the site ids found, and the one this report is limited to (if any)
    site_ids: list[str] = field(default_factory=list)
    only_site: str | None = None
    registered_by_site: dict[str, int] = field(default_factory=dict)

    def by_site(self) -> list[tuple[str, int, dict[str, int], int]]:
        """(site, registered, secret files by state, not yet protected) per centre, the most
        unprotected first; files recorded without a site under "—"."""
        states: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATES, 0))
        for f in self.files:
            states[f.site or NO_SITE][f.state] += 1
        pending = Counter(p.site or NO_SITE for p in self.pending)
        names = set(states) | set(pending) | set(self.registered_by_site)
        rows = [(s, self.registered_by_site.get(s, 0), states[s], pending.get(s, 0)) for s in names]
        return sorted(rows, key=lambda r: (-r[2][UNPROTECTED] - r[3], r[0]))

    def pending_secret(self) -> list[PendingRow]:
        """Not yet protected and known to be secret (the summary's number)."""
        return [p for p in self.pending if p.categories]

    def oldest_pending_days(self) -> int | None:
        days = [d for p in self.pending if (d := p.days(self.today)) is not None]
        return max(days) if days else None

    # -- derived numbers, one place so HTML and PDF say the same ---------------------------------
    def by_category(self) -> dict[str, dict[str, int]]:
        """category -> state -> files; a file with two categories counts under both."""
        out: dict[str, dict[str, int]] = {}
        for f in self.files:
            for c in f.categories:
                out.setdefault(c, dict.fromkeys(STATES, 0))[f.state] += 1
        return dict(sorted(out.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))

    def by_state(self) -> dict[str, int]:
        counts = Counter(f.state for f in self.files)
        return {s: counts.get(s, 0) for s in STATES}

    def violations(self) -> list[FileRow]:
        return [f for f in self.files if f.state != SEALED]

    def by_group(self, key: str) -> list[tuple[str, dict[str, int]]]:
        """("share" | "department") -> rows of state counts, worst (most unprotected) first."""
        groups: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATES, 0))
        for f in self.files:
            name = f.share if key == "share" else f"{f.share} / {f.department}"
            groups[name][f.state] += 1
        return sorted(
            groups.items(), key=lambda kv: (-kv[1][UNPROTECTED], -kv[1][LABELED_ONLY], kv[0])
        )

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
    """Everything the report shows, read in one pass over the store."""
    today = today or datetime.now(UTC).date()
    all_files, registered = _files(store)
    # A county's store: every centre, or the one named, when records carry site ids; a name
    # no record carries is only the header's, as before sites existed.
    site_ids = store.sites()
    only = site if site in site_ids else None
    registered_by_site: dict[str, int] = {}
    if site_ids:
        where = store.file_sites()
        for f in all_files:
            f.site = where.get(f.id)
        registered_by_site = dict(Counter(f.site or NO_SITE for f in all_files))
        if only is not None:
            all_files = [f for f in all_files if f.site == only]
            registered = len(all_files)
    closed_paths = store.closed_unregistered()
    secret, closed = [], []
    for f in all_files:
        f.closed = f.closed or closed_paths.get(f.path)
        if f.closed:
            closed.append(f)
        elif f.categories:
            secret.append(f)
    new_in_period = sum(
        1 for f in all_files if period.start <= f.first_seen < period.end and f.categories
    )
    trend = _trend(store, period)
    scans = store.audit_kinds_between(period.start, period.end)
    requests = _requests(store, period)
    opened = _openings(store, period)
    overdue = _overdue(store, today)
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
    horizon = today + timedelta(days=EXPIRING_DAYS)
    expiring = sorted(
        (f for f in secret if f.expires and today <= f.expires <= horizon),
        key=lambda f: (f.expires, f.path),
    )
    expired = sorted(
        (f for f in secret if f.expires and f.expires < today), key=lambda f: (f.expires, f.path)
    )
    pending = _pending(store, secret, only)
    blind = BlindSpots(store.unreadable_counts(), store.unreadable_files(limit=UNREADABLE_LISTED))
    formats = store.files_by_format()
    result = store.audit.verify()
    audit = AuditStatus(
        result.ok,
        result.checked,
        str(result.head) if result.head else None,
        result.first_bad,
        result.reason,
        scans,
    )
    return ReportData(
        title=title or "保密工作检查报告",
        site=site
        or (f"全部站点 All sites ({len(site_ids)})" if site_ids else socket.gethostname()),
        period=period,
        generated_at=datetime.now(UTC),
        version=__version__,
        store=store.url_for_display,
        category_names=category_names or {},
        registered=registered,
        files=secret,
        scans_in_period=scans.get("scan", 0),
        new_in_period=new_in_period,
        trend=trend,
        expiring=expiring,
        expired=expired,
        requests=requests,
        openings=opened,
        overdue=overdue,
        transfers=moved,
        declassifications=declass,
        destructions=destroyed,
        audit=audit,
        closed=closed,
        pending=pending,
        blind=blind,
        formats=formats,
        today=today,
        state_secret=store.state_secret_marks(),
        site_ids=site_ids,
        only_site=only,
        registered_by_site={only: registered} if only else registered_by_site,
    )


# -- readers -------------------------------------------------------------------------------------


def _files(store: Store) -> tuple[list[FileRow], int]:
    """Every registered file with its state, as scanner.workflows.lifecycle.registry decides it (the
    ledger uses the same, so report and ledger never disagree about a file)."""
    from scanner.workflows.lifecycle import registry

    entries = registry(store)
    departments = _departments([(e["share"] or e["host"], e["path"]) for e in entries])
    out = []
    for e in entries:
        closed = e["state"] if e["state"] in CLOSED_STATES else None
        state = (
            e["state"]
            if closed is None
            else (SEALED if e["sealed_path"] else LABELED_ONLY if e["label"] else UNPROTECTED)
        )
        out.append(
            FileRow(
                id=e["file_id"],
                host=e["host"],
                path=e["path"],
                share=e["share"] or NO_SHARE,
                department=departments[(e["share"] or e["host"], e["path"])],
                categories=list(e["categories"]),
                state=state,
                expires=e["expires"],
                first_seen=e["first_seen"],
                closed=closed,
            )
        )
    return out, len(entries)


def _pending(store: Store, secret: list[FileRow], site: str | None = None) -> list[PendingRow]:
    """The daemon's failed claims still to do (one per file) and the registered secret files
    nothing protected, longest waiting first. A registered file a claim also names (the same
    share, its path ending in the claim's relative path) is listed once, with the claim's
    reason."""
    claims: list[PendingClaim] = store.unprotected_claims(site=site)
    out = [
        PendingRow(
            where=f"{c.share}:{c.relpath}",
            host=c.host,
            categories=list(c.categories) if c.categories else None,
            since=c.first_failed or c.last_attempt,
            reason=scrub_text(c.reason)
            or f"处理失败，等待重试 / failed, to be retried ({c.outcome})",
            source="daemon",
            site=c.site,
        )
        for c in claims
    ]
    named = {(c.share, c.relpath) for c in claims}
    for f in secret:
        if f.state != UNPROTECTED:
            continue
        parts = f.path.split("/")
        if any((f.share, "/".join(parts[i:])) in named for i in range(1, len(parts))):
            continue
        out.append(
            PendingRow(
                f.path, f.host, f.categories, f.first_seen, DETECT_ONLY, "registered", f.site
            )
        )
    oldest = datetime.max.replace(tzinfo=UTC)
    return sorted(out, key=lambda p: (p.since or oldest, p.where))


def _departments(items: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The "department" of a file: its top-level folder below the common root of its share.

    Shares are mounted at different places on different servers and files outside a share
    have no root at all, so the root is taken as the deepest folder all of a share's (or host's)
    registered files have in common.
    """
    by_group: dict[str, list[str]] = defaultdict(list)
    for group, path in items:
        by_group[group].append(path)
    out: dict[tuple[str, str], str] = {}
    for group, paths in by_group.items():
        folders = [os.path.dirname(p) for p in paths]
        try:
            root = os.path.commonpath(folders) if folders else ""
        except ValueError:  # relative and absolute paths mixed: no common root
            root = ""
        for p in paths:
            rel = os.path.relpath(os.path.dirname(p), root) if root else os.path.dirname(p)
            top = rel.split(os.sep)[0] if rel not in (".", "") else ""
            out[(group, p)] = top or ROOT_FOLDER
    return out


def _month(ts: datetime) -> str:
    return f"{ts.year:04d}-{ts.month:02d}"


def _trend(store: Store, period: Period) -> list[tuple[str, int, int]]:
    regs = Counter(_month(ts) for ts in store.registrations_between(period.start, period.end))
    seal_counts = Counter(_month(ts) for ts in store.seals_between(period.start, period.end))
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
