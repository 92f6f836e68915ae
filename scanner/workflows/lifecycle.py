"""The end of a secret file's life (docs/policy.md §3 登记, §8 解密与销毁): expiry,
declassification, destruction and the registration ledger.

Every decision is written as a row (``declassifications``, ``destructions``) and an audit event
in one transaction, and the file is changed as the last step inside that transaction: if the
change fails nothing is recorded, and a recorded decision was carried out.

A file's protection state is read from its newest record: ``destroyed`` / ``declassified`` when
that decision is newer than its label and seal, else ``sealed`` / ``labeled``, else
``unprotected`` (registered as holding secrets, never marked).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scanner.detect.masking import mask_free_text
from scanner.errors import BaomiError
from scanner.fsutil import Folder, UnsafeFile, WorkDir, atomic_text_writer, atomic_writer

if TYPE_CHECKING:
    from scanner.store import Store

REASONS = {
    "published": "已公开 / published without harm",
    "not-needed": "无需继续保密 / no longer needs protecting",
    "expired": "保密期限已满 / retention period expired",
}
METHODS = ("erase",)
DEFAULT_ROLES = {
    # POLICY §8: reviewed by the leader in charge, approved by the committee head
    "declassify": ("保密委员会主任", "分管领导"),
    # POLICY §8: a destruction application needs three approvals
    "destroy": ("科室负责人", "分管领导", "保密委员会主任"),
}
DEFAULT_KEEP_YEARS = 10
STATES = ("unprotected", "labeled", "sealed", "declassified", "destroyed")
SEALED_SUFFIX = ".baomi"
TODAY_ENV = "BAOMI_TEST_TODAY"  # a hidden test hook: the date "today" is, YYYY-MM-DD
_CHUNK = 1024 * 1024
_DURATION = re.compile(r"\s*(\d{1,5})\s*([dwmy])\s*", re.IGNORECASE)
_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


class LifecycleError(BaomiError):
    """A declassification, destruction or listing that cannot be done as asked; the message
    says why, in Chinese and English."""


# -- small parts ------------------------------------------------------------------------------


def today() -> date:
    """Today's date (the test suite may set BAOMI_TEST_TODAY=YYYY-MM-DD)."""
    value = os.environ.get(TODAY_ENV)
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise LifecycleError(
                f"{TODAY_ENV} 不是日期 / {TODAY_ENV} is not a date (YYYY-MM-DD): {value!r}"
            ) from None
    return date.today()


_today = today  # the functions below take a ``today`` argument that hides the helper


def parse_duration(text: str) -> timedelta:
    """``90d`` (days), ``12w`` (weeks), ``6m`` (months of 30 days), ``1y`` (365 days)."""
    match = _DURATION.fullmatch(text or "")
    if match is None:
        raise LifecycleError(
            f"无法识别的时长 {text!r}：请写 90d、12w、6m 或 1y / not a duration: "
            f"{text!r}; write 90d (days), 12w (weeks), 6m (months) or 1y (years)"
        )
    return timedelta(days=int(match.group(1)) * _DAYS[match.group(2).lower()])


def parse_approver(text: str) -> tuple[str, str]:
    """``"保密委员会主任:张伟"`` (or a full-width colon) as (role, name)."""
    role, sep, name = (text or "").replace("：", ":").partition(":")
    role, name = role.strip(), name.strip()
    if not sep or not role or not name or len(role) > 64 or len(name) > 255:
        raise LifecycleError(
            f'审批人格式应为 "角色:姓名"，例如 "分管领导:李娜" / approver '
            f'{text!r}: write "ROLE:NAME", e.g. "分管领导:李娜"'
        )
    return role, name


def required_roles(kind: str, rules_dir: Path | None = None) -> tuple[str, ...]:
    """The roles that must approve ``kind`` ("declassify" | "destroy"): ``roles.<kind>`` in
    rules/approvals.yaml when it names them, else the policy's default."""
    import yaml

    node: Any = (Path(rules_dir) if rules_dir else resources.files("rules")) / "approvals.yaml"
    try:
        data = yaml.safe_load(node.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        data = None  # the access-request rules are checked where they are used
    roles = data.get("roles") if isinstance(data, dict) else None
    value = roles.get(kind) if isinstance(roles, dict) else None
    if isinstance(value, list) and value and all(isinstance(r, str) and r.strip() for r in value):
        return tuple(r.strip() for r in value)
    return DEFAULT_ROLES[kind]


def check_approvals(
    kind: str, approved_by: Sequence[tuple[str, str]], rules_dir: Path | None = None
) -> list[dict[str, str]]:
    """The approvals as JSON-ready dicts; raises unless every required role approved."""
    given = [{"role": role, "name": name} for role, name in approved_by]
    missing = [r for r in required_roles(kind, rules_dir) if r not in {g["role"] for g in given}]
    if missing:
        what = {"declassify": "解密 declassification", "destroy": "销毁 destruction"}[kind]
        raise LifecycleError(
            f'{what} 还缺审批：{"、".join(missing)}；请用 --approved-by "角色:姓名" 给出 / '
            f"missing approvals for {kind}: {', '.join(missing)}; "
            'give each as --approved-by "ROLE:NAME"'
        )
    return given


def _actor() -> str:
    from scanner.workflows.protect import actor

    return actor()


def _fsync_dir(folder: Path) -> None:
    from scanner.fsutil import fsync_dir

    fsync_dir(folder)


# -- what the store knows about files ----------------------------------------------------------


def _newest(times: Iterable[datetime | None]) -> datetime | None:
    present = [t for t in times if t is not None]
    return max(present) if present else None


def registry(
    store: Store, *, at: tuple[str, str] | None = None, expiring_by: date | None = None
) -> list[dict[str, Any]]:
    """Every registered file with its newest label, seal, declassification and destruction, and
    its protection state (:data:`STATES`); ``at`` and ``expiring_by`` narrow what is read
    (:meth:`~scanner.store.lifecycle.Lifecycle.registered_files`)."""
    out = []
    for f in store.registered_files(at=at, expiring_by=expiring_by):
        marked = _newest([f.labelled_at, f.sealed_at])
        if f.destroyed_at is not None and (marked is None or f.destroyed_at >= marked):
            state = "destroyed"
        elif f.declassified_at is not None and (marked is None or f.declassified_at >= marked):
            state = "declassified"
        elif f.sealed_at is not None and (f.labelled_at is None or f.sealed_at >= f.labelled_at):
            state = "sealed"
        elif f.labelled_at is not None:
            state = "labeled"
        else:
            state = "unprotected"
        expires = f.label_expires if f.labelled_at is not None else f.seal_expires
        out.append(
            {
                "file_id": f.file_id,
                "path": f.path,
                "host": f.host,
                "share": f.share,
                "owner": f.owner,
                "format": f.format,
                "categories": f.categories,
                "first_seen": f.first_seen,
                "last_scanned": f.last_scanned,
                "label": f.label_text,
                "retention_years": f.retention_years,
                "expires": expires,
                "state": state,
                "sealed_path": f.sealed_path,
            }
        )
    return out


def _find(store: Store, path: Path) -> dict[str, Any] | None:
    """The registration ``path`` belongs to: a sealed file by its seal record, a plain one by
    its path on this host."""
    wanted = os.path.abspath(path)
    host = store.host
    for entry in registry(store, at=(host, wanted)):
        if entry["host"] == host and wanted in (entry["path"], entry["sealed_path"]):
            return entry
    return None


# -- expiring ----------------------------------------------------------------------------------


def expiring(store: Store, within: timedelta, today: date | None = None) -> list[dict[str, Any]]:
    """Labeled and sealed files whose retention ends within ``within`` of ``today`` (and those
    already past it), soonest first: path, categories, label, expires, state, days_left."""
    day = today or _today()
    limit = day + within
    found = []
    for e in registry(store, expiring_by=limit):
        if e["state"] not in ("labeled", "sealed") or e["expires"] is None:
            continue
        if e["expires"] <= limit:
            shown = e["sealed_path"] if e["state"] == "sealed" else e["path"]
            found.append(
                {
                    "path": shown,
                    "host": e["host"],
                    "categories": e["categories"],
                    "label": e["label"],
                    "expires": e["expires"],
                    "state": e["state"],
                    "days_left": (e["expires"] - day).days,
                    "file_id": e["file_id"],
                }
            )
    return sorted(found, key=lambda r: (r["expires"], r["path"]))


# -- declassification --------------------------------------------------------------------------


@dataclass
class Declassified:
    """What ``declassify`` did: ``action`` is ``unmarked`` (mark removed in place) or
    ``unsealed`` (opened, unmarked, written to ``out_path``, the sealed file removed)."""

    record_id: int
    action: str
    path: str
    out_path: str | None = None


def _labeler(path: Path) -> Any:
    from labelers.registry import labeler_for

    fmt = path.suffix.lower().lstrip(".")
    labeler = labeler_for(fmt)
    if labeler is None:
        raise LifecycleError(
            f"{path.name}：不支持此格式（{fmt or '无扩展名'}）/ "
            f"{path.name}: baomi cannot remove a mark from this format"
        )
    return labeler


_CHANGED = (
    "{name} 在处理过程中被修改或替换，未作改动 / {name} was changed or replaced while its mark "
    "was being removed; nothing was changed, run the command again"
)


@contextlib.contextmanager
def _beside(folder_path: Path) -> Iterator[tuple[Folder, WorkDir]]:
    """The folder, held by one descriptor, and a private work folder in it (fsutil's: 0700,
    random name, removed with everything in it however the block ends) for the intermediate
    files — an opened plaintext, an unmarked copy — so no name a share writer could plant
    beside the document is ever written to or followed."""
    try:
        with Folder.open(folder_path) as folder, WorkDir.make(folder) as work:
            yield folder, work
    except UnsafeFile as exc:
        raise LifecycleError(f"{exc.filename}: {exc.strerror}") from None


def declassify(
    store: Store,
    path: Path,
    reason: str,
    approved_by: Sequence[tuple[str, str]],
    *,
    note: str | None = None,
    unseal: bool = False,
    key: Any = None,
    out: Path | None = None,
    today: date | None = None,
    rules_dir: Path | None = None,
) -> Declassified:
    """Declassify one file (POLICY §8): record the decision and remove the mark.

    A labeled document loses its mark in place (atomic replace). A sealed ``NAME.baomi`` needs
    ``unseal`` and the private ``key``: the header is authenticated, so it cannot be rewritten
    to say "declassified"; the plain, unmarked document is written next to it (or to ``out``)
    and the sealed file is removed only after that is complete. ``expired`` is refused before
    the retention period ends."""
    from labelers.interface import LabelError

    path = Path(path)
    if reason not in REASONS:
        raise LifecycleError(
            f"解密理由只能是 {'、'.join(REASONS)} / the reason must be one of "
            f"{', '.join(REASONS)}, not {reason!r}"
        )
    given = check_approvals("declassify", approved_by, rules_dir)
    if not path.is_file():
        raise LifecycleError(f"文件不存在 / no such file: {path}")
    entry = _find(store, path)
    sealed = path.name.endswith(SEALED_SUFFIX)
    header = None
    if sealed:
        from labelers.seal import SealError, read_header

        try:
            header = read_header(path)
        except (SealError, OSError) as exc:
            raise LifecycleError(f"{path.name}: {exc}") from None
        if not unseal or key is None:
            raise LifecycleError(
                f"{path.name} 是封存文件：解密需要 --unseal 和私钥 --key"
                f"（封存头经过认证，不能改写）/ {path.name} is sealed: declassifying it "
                "needs --unseal and --key (its header is authenticated and cannot be rewritten)"
            )
    expires = _expiry(entry, path, header)
    day = today or _today()
    if reason == "expired" and (expires is None or expires > day):
        shown = expires.isoformat() if expires else "未知 unknown"
        raise LifecycleError(
            f"保密期限尚未届满（到期日 {shown}），不能以 expired 为由解密 / the "
            f"retention period has not ended (expires {shown}): 'expired' "
            "is not an allowed reason yet"
        )
    try:
        if sealed:
            return _declassify_sealed(store, path, header, key, out, entry, reason, note, given)
        return _declassify_labeled(store, path, entry, reason, note, given)
    except LabelError as exc:
        raise LifecycleError(exc.reason) from None


def _expiry(entry: dict[str, Any] | None, path: Path, header: Any) -> date | None:
    if entry is not None and entry["expires"] is not None:
        return entry["expires"]
    if header is not None:
        with contextlib.suppress(TypeError, ValueError):
            return date.fromisoformat(str(header.meta.get("expires")))
        return None
    with contextlib.suppress(Exception):
        found = _labeler(path).read(path)
        if found and found.get("expires"):
            return found["expires"]
    return None


def _declassification(
    store: Store,
    *,
    path: str,
    entry: dict[str, Any] | None,
    reason: str,
    note: str | None,
    given: list[dict[str, str]],
    action: str,
    out_path: str | None,
) -> contextlib.AbstractContextManager[int]:
    """The store's record of a declassification, kept only if the change to the file (the
    ``with`` block) succeeds."""
    return store.declassification(
        path=path,
        file_id=entry["file_id"] if entry else None,
        reason=reason,
        note=mask_free_text(note) or None,  # typed text: no number kept in the clear
        approved_by=given,
        action=action,
        out_path=out_path,
        actor=_actor(),
    )


def _declassify_labeled(
    store: Store, path: Path, entry: Any, reason: str, note: str | None, given: list[dict[str, str]]
) -> Declassified:
    labeler = _labeler(path)
    with _beside(path.parent) as (folder, work):
        try:
            orig = folder.open_original(path.name)  # a link at the name is refused, not followed
        except UnsafeFile as exc:
            raise LifecycleError(f"{path}: {exc.strerror}") from None
        with orig:
            outcome = labeler.unlabel(path, work.proc_path(path.name))
            work.settle(path.name, orig.info)
            action = "unmarked" if outcome.changed else "recorded"
            with _declassification(
                store,
                path=os.path.abspath(path),
                entry=entry,
                reason=reason,
                note=note,
                given=given,
                action=action,
                out_path=None,
            ) as record_id:
                if not orig.unchanged():
                    raise LifecycleError(_CHANGED.format(name=path.name))
                # last: a failure here rolls the record back
                folder.replace(path.name, path.name, src_folder=work)
    return Declassified(record_id, action, os.path.abspath(path))


def _declassify_sealed(
    store: Store,
    path: Path,
    header: Any,
    key: Any,
    out: Path | None,
    entry: Any,
    reason: str,
    note: str | None,
    given: list[dict[str, str]],
) -> Declassified:
    from labelers.seal import SealError, open_file

    name = Path(str(header.meta.get("original_name") or path.name[: -len(SEALED_SUFFIX)])).name
    if out is None:
        out = path.with_name(name)
    elif out.is_dir():
        out = out / name
    if out.exists():
        raise LifecycleError(f"输出文件已存在，不会覆盖 / {out} exists; choose another --out")
    labeler = _labeler(out)
    with _beside(out.parent) as (folder, work):
        # the opened copy keeps the original's suffix for the labeler; plaintext is 0600 in a
        # folder only baomi's account can enter
        opened = f"opened{out.suffix}"
        try:
            open_file(path, work.proc_path(opened), key)
        except SealError as exc:
            raise LifecycleError(f"{path.name}: {exc}") from None
        labeler.unlabel(work.proc_path(opened), work.proc_path(out.name))
        work.settle(out.name, path.stat())  # the permissions the document had when sealed
        with _declassification(
            store,
            path=os.path.abspath(path),
            entry=entry,
            reason=reason,
            note=note,
            given=given,
            action="unsealed",
            out_path=os.path.abspath(out),
        ) as record_id:
            try:
                # last, and never over an entry that appeared meanwhile: a failure here rolls
                # the record back
                folder.link_new(out.name, out.name, src_folder=work)
            except FileExistsError:
                raise LifecycleError(
                    f"输出文件已存在，不会覆盖 / {out} exists; choose another --out"
                ) from None
    path.unlink()  # only now: the plain document is complete and recorded
    _fsync_dir(path.parent)
    return Declassified(record_id, "unsealed", os.path.abspath(path), os.path.abspath(out))


# -- destruction -------------------------------------------------------------------------------


@dataclass
class Destroyed:
    """What ``destroy`` did: the record, the bytes overwritten, backup copies destroyed too,
    and backup copies on record that could not be found (to be destroyed by hand)."""

    record_id: int
    path: str
    size: int
    keep_until: date
    backups: list[str] = field(default_factory=list)
    backups_missing: list[str] = field(default_factory=list)


def overwrite_and_remove(path: Path) -> int:
    """Overwrite a regular file's bytes (random, then zeros, each pass flushed to the device),
    truncate and unlink it, and make the unlink durable. Returns the size overwritten.

    On SSDs, copy-on-write filesystems, snapshots and backups the old blocks may survive: see
    docs/lifecycle.md. Sealed files are the real protection."""
    info = path.lstat()
    if not stat.S_ISREG(info.st_mode):
        raise LifecycleError(
            f"只能销毁普通文件（不是链接或文件夹）/ only a regular file can be "
            f"destroyed, not a link or folder: {path}"
        )
    size = info.st_size
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        for fill in (os.urandom, lambda n: bytes(n)):
            os.lseek(fd, 0, os.SEEK_SET)
            left = size
            while left > 0:
                n = min(left, _CHUNK)
                left -= os.write(fd, fill(n))
            os.fsync(fd)
        os.ftruncate(fd, 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    _fsync_dir(path.parent)
    return size


def destroy(
    store: Store,
    path: Path,
    *,
    reason: str,
    approved_by: Sequence[tuple[str, str]],
    method: str = "erase",
    people: Sequence[str] = (),
    keep_years: int = DEFAULT_KEEP_YEARS,
    today: date | None = None,
    rules_dir: Path | None = None,
) -> Destroyed:
    """Destroy one file by electronic erasure (POLICY §8) and write the destruction record
    (time, place = host, method, people, kept until today + ``keep_years``). A sealed file's
    backup copies on record (``baomi watch --backup-to``) are destroyed with it; a CSV's label
    file goes too."""
    from labelers.interface import expiry_date
    from labelers.registry import sidecar_path

    path = Path(path)
    if method not in METHODS:
        raise LifecycleError(
            f"销毁方式只能是 {'、'.join(METHODS)}（电子擦除）/ the method must be "
            f"one of {', '.join(METHODS)}, not {method!r}"
        )
    if not reason or len(reason.strip()) < 2:
        raise LifecycleError(
            '必须说明销毁理由：--reason "…" / a reason is required: --reason "why it is destroyed"'
        )
    if not isinstance(keep_years, int) or keep_years < 1:
        raise LifecycleError(
            f"销毁记录至少保存 1 年 / keep-years must be at least 1, not {keep_years!r}"
        )
    given = check_approvals("destroy", approved_by, rules_dir)
    if path.is_symlink() or not path.is_file():
        raise LifecycleError(f"文件不存在或不是普通文件 / no such regular file: {path}")
    entry = _find(store, path)
    absolute = os.path.abspath(path)
    actor = _actor()
    crew = list(dict.fromkeys([actor, *(g["name"] for g in given), *people]))
    copies = store.backup_copies(absolute)
    present = [c for c in copies if Path(c).is_file() and not Path(c).is_symlink()]
    missing = [c for c in copies if c not in present]
    size = path.stat().st_size
    keep_until = expiry_date(today or _today(), keep_years)
    with store.destruction(
        path=absolute,
        file_id=entry["file_id"] if entry else None,
        method=method,
        reason=mask_free_text(reason.strip()),
        approved_by=given,
        people=crew,
        size=size,
        keep_until=keep_until,
        backups=present,
        backups_missing=missing,
        actor=actor,
    ) as record_id:
        # last inside the transaction: a failure rolls the record back
        overwrite_and_remove(path)
    for copy in present:
        overwrite_and_remove(Path(copy))
    car = sidecar_path(path)
    if car.is_file() and not car.is_symlink():
        overwrite_and_remove(car)
    return Destroyed(record_id, absolute, size, keep_until, present, missing)


# -- the registration ledger -------------------------------------------------------------------

LEDGER_COLUMNS = (
    ("path", "路径 path"),
    ("host", "主机 host"),
    ("share", "共享 share"),
    ("categories", "类别 categories"),
    ("label", "标识 label"),
    ("retention_years", "保密期限(年) retention"),
    ("expires", "到期日 expires"),
    ("first_seen", "首次发现 first seen"),
    ("last_scanned", "最近扫描 last scanned"),
    ("state", "保护状态 state"),
    ("owner", "所有者 owner"),
)


def ledger(store: Store) -> Iterator[dict[str, Any]]:
    """Every registered secret file (POLICY §3 登记), one dict per file with the keys of
    :data:`LEDGER_COLUMNS` (and ``file_id``); categories as a list, dates and times as Python
    objects; by host and path (the sealed file's path for a sealed file), streamed from the
    store (:meth:`~scanner.store.registry_report.RegistryReport.ledger_rows`): a county's
    million files are never all in memory. The states are the registry's
    (:func:`registry`; a test compares them file by file)."""
    from scanner.store.registry_report import LedgerRow

    fields = [f.name for f in dataclasses.fields(LedgerRow)]
    for row in store.ledger_rows():
        yield {name: getattr(row, name) for name in fields}


def ledger_cells(row: dict[str, Any]) -> list[str]:
    """A ledger row as text cells (CSV, and what a test compares)."""
    cells = []
    for key, _ in LEDGER_COLUMNS:
        value = row[key]
        if value is None:
            cells.append("")
        elif key == "categories":
            cells.append(",".join(value))
        elif isinstance(value, datetime):
            cells.append(value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"))
        elif isinstance(value, date):
            cells.append(value.isoformat())
        else:
            cells.append(str(value))
    return cells


def write_ledger_csv(rows: Iterable[dict[str, Any]], out: Path) -> int:
    """UTF-8 with BOM, so Excel opens the Chinese correctly; row by row. Returns the rows
    written."""
    import csv

    count = 0
    with atomic_text_writer(out, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([title for _, title in LEDGER_COLUMNS])
        for row in rows:
            writer.writerow(ledger_cells(row))
            count += 1
    return count


# A sheet holds 1,048,576 rows, the header one of them.
XLSX_MAX_ROWS = 1_048_575


class LedgerTooLong(ValueError):
    """More registered files than one xlsx sheet holds."""


def write_ledger_xlsx(rows: Callable[[], Iterable[dict[str, Any]]], out: Path) -> int:
    """One sheet 登记台账: a bold header row, frozen below it, columns sized to their text.

    ``rows`` is asked twice — once to size the columns, once to write — so that neither pass
    holds the ledger: the sheet is written as a stream (openpyxl's write-only mode). Returns
    the rows written; :class:`LedgerTooLong` (nothing written) beyond one sheet's rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    titles = [title for _, title in LEDGER_COLUMNS]
    widths = [_text_width(t) for t in titles]
    for count, row in enumerate(rows(), start=1):
        if count > XLSX_MAX_ROWS:
            raise LedgerTooLong(count)
        for index, text in enumerate(ledger_cells(row)):
            widths[index] = max(widths[index], _text_width(text))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("登记台账")
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, 80)
    sheet.freeze_panes = "A2"
    header = []
    for title in titles:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    written = 0
    for row in rows():
        written += 1
        if written > XLSX_MAX_ROWS:  # files registered between the two passes
            raise LedgerTooLong(written)
        sheet.append(ledger_cells(row))
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{written + 1}"
    with atomic_writer(out) as handle:
        workbook.save(handle)
    return written


def _text_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: a CJK character about two Latin widths."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
