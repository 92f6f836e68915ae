"""``baomi watch`` (the file-server daemon) and ``baomi status`` (what it is doing).

Only click is imported here; the daemon, the scanner and the store are imported inside the
commands, so ``baomi --help`` stays quick. docs/watch.md explains how the daemon decides.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import click

from scanner.cli.common import (
    CONTEXT_SETTINGS,
    EXIT_INCOMPLETE,
    EXIT_OK,
    UsageError,
    load_recipients,
    load_rules_or_fail,
    open_store,
    root_obj,
)
from scanner.cli.ocroptions import ocr_limits, ocr_options
from scanner.cli.options import (
    FINDINGS_BELOW_DO_NOT_COUNT,
    max_file_size_option,
    min_score_option,
    recipient_option,
    site_option,
)
from scanner.limits import DEFAULT_FILE_MEMORY_MIB

EXIT_NOT_RUNNING = EXIT_INCOMPLETE  # `status`: no daemon is running


def _backoff(value: str) -> tuple[float, ...]:
    try:
        out = tuple(float(v) for v in value.split(",") if v.strip())
    except ValueError:
        out = ()
    if not out or any(v < 0 for v in out):
        raise UsageError(
            f"--retry-backoff 应为逗号分隔的秒数，如 30,300,1800 / --retry-backoff "
            f"takes seconds separated by commas, e.g. 30,300,1800 (got {value!r})"
        )
    return out


def _state_dir(state_dir: Path | None) -> Path:
    if state_dir is not None:
        return state_dir
    from scanner.store import StoreError, data_dir

    try:
        return data_dir() / "watch"
    except StoreError as exc:
        raise UsageError(str(exc)) from exc


def _roots(paths: tuple[Path, ...]) -> list[Path]:
    """The watched folders, absolute and without repeats; a missing one is a UsageError."""
    roots: list[Path] = []
    for p in paths:
        root = Path(os.path.normpath(os.path.abspath(p)))
        if not root.is_dir():
            raise UsageError(f"不是文件夹或不存在 / not a folder (or it does not exist): {p}")
        if root not in roots:
            roots.append(root)
    return roots


def _policy(
    config_data: dict[str, Any], roots: list[Path], config_path: Any, sealing_keys: bool
) -> Any:
    """The daemon's policy from the config file; a policy that seals needs --recipient."""
    from scanner.workflows.policy import PolicyError, load_policy

    try:
        policy = load_policy(config_data, roots, where=str(config_path or "config"))
    except PolicyError as exc:
        raise UsageError(str(exc)) from exc
    seals = any(a == "seal" for sh in policy.shares for a in sh.actions.values())
    if seals and not sealing_keys:
        raise UsageError(
            "策略要求封存：请用 --recipient 指定公钥（如 keys/committee.pub）/ the "
            "policy seals documents: give --recipient keys/committee.pub"
        )
    return policy


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@recipient_option("Needed when the policy seals anything (the default).")
@click.option(
    "--polling",
    is_flag=True,
    help="Poll instead of inotify: for SMB/NFS mounts, where other machines' writes "
    "raise no events.",
)
@click.option(
    "--poll-interval",
    type=click.FloatRange(0.1),
    default=5.0,
    show_default=True,
    metavar="SECONDS",
    help="With --polling: how often each tree is listed.",
)
@click.option(
    "--debounce",
    type=click.FloatRange(0.0),
    default=1.0,
    show_default=True,
    metavar="SECONDS",
    help="Polling, or no close seen and writers not visible: quiet time after a file's last event.",
)
@click.option(
    "--settle",
    type=click.FloatRange(0.0),
    default=2.0,
    show_default=True,
    metavar="SECONDS",
    help="Polling, or no close seen and writers not visible: a file is complete when its size "
    "and modification time stay the same this long (after --debounce).",
)
@click.option(
    "--close-settle",
    type=click.FloatRange(0.0),
    default=0.3,
    show_default=True,
    metavar="SECONDS",
    help="After a close-after-write or a move in (inotify): a file is complete when it stays "
    "unchanged this long and no process holds it open for writing.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes.",
)
@click.option(
    "--queue-size",
    type=click.IntRange(1),
    default=10_000,
    show_default=True,
    help="Files waiting for a worker; when it is full, the walk and the event settler wait "
    "for room (nothing is dropped).",
)
@click.option(
    "--file-timeout",
    type=click.FloatRange(0.1),
    default=300.0,
    show_default=True,
    metavar="SECONDS",
    help="A file taking longer is abandoned, recorded and retried.",
)
@click.option(
    "--file-memory",
    type=click.IntRange(64),
    default=DEFAULT_FILE_MEMORY_MIB,
    show_default=True,
    metavar="MiB",
    help="Memory one file may take in a worker; a file that needs more is recorded as an "
    "error and retried on the slow schedule.",
)
@click.option(
    "--retry-backoff",
    default="30,300,1800",
    show_default=True,
    metavar="S,S,…",
    help="Waits before each retry of a failed file; after the last, --retry-slow.",
)
@click.option(
    "--retry-slow",
    type=click.FloatRange(1.0),
    default=3600.0,
    show_default=True,
    metavar="SECONDS",
    help="After the --retry-backoff waits, a failed file is retried this often for as long "
    "as it exists; it is never given up.",
)
@click.option(
    "--reconcile-every",
    type=click.FloatRange(1.0),
    default=900.0,
    show_default=True,
    metavar="SECONDS",
    help="How often the whole tree is walked for missed files.",
)
@click.option(
    "--state-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Index, status and PID file. Default: the data folder's watch/.",
)
@click.option(
    "--backup-to",
    type=click.Path(file_okay=False, path_type=Path),
    help="Copy each sealed file to this folder (a backup disk or share), POLICY §5.",
)
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Log lines on stderr; json: one object per line.",
)
@click.option(
    "--once",
    is_flag=True,
    help="Walk the trees once, process everything found, exit (for cron and tests).",
)
@min_score_option(FINDINGS_BELOW_DO_NOT_COUNT)
@max_file_size_option()
@ocr_options
@site_option("recorded with every file, claim and audit event", "[watch] site")
def watch(
    paths: tuple[Path, ...],
    recipients: tuple[Path, ...],
    polling: bool,
    poll_interval: float,
    debounce: float,
    settle: float,
    close_settle: float,
    jobs: int,
    queue_size: int,
    file_timeout: float,
    file_memory: int,
    retry_backoff: str,
    retry_slow: float,
    reconcile_every: float,
    state_dir: Path | None,
    backup_to: Path | None,
    log_format: str,
    once: bool,
    min_score: float,
    max_file_size: int,
    site: str | None,
) -> int:
    """Watch shared folders; label and seal each new or changed document as the policy says.

    A document is handled once it is complete (closed after writing, or moved in, then
    unchanged for --close-settle seconds with no process holding it open for writing;
    polling: unchanged for --settle seconds); Office lock and temporary files are ignored. A walk at
    start-up and every --reconcile-every seconds catches what happened while it was down.
    The policy ([policy] and [[share]] in the --config file) picks detect, label or seal per
    category; the default seals every secret document.

    \b
    Examples:
      baomi watch /srv/share --recipient keys/committee.pub
      baomi watch /mnt/smb/财务科 --polling --recipient keys/committee.pub --jobs 2
      baomi --db postgresql://baomi@db/baomi watch /srv/share -r keys/committee.pub
      baomi watch /srv/share -r keys/committee.pub --once     # one pass, then exit

    \b
    Signals: TERM/INT finish the files in hand and exit 0; HUP reloads the config file,
    rule packs and policy. `baomi status` shows what it is doing.
    Exit codes: 0 stopped cleanly; 2 usage/config error, another daemon already
    watches this folder, or the store vanished or was replaced while it ran (sealing
    stopped); 3 (--once) some files are not done yet (failed, secret documents still
    plaintext, or the pass did not finish).
    """
    from scanner.startup import import_presidio

    import_presidio()  # without compiling the patterns of recognizers it never uses
    from scanner.store import Store, StoreError, data_dir
    from scanner.watch import AlreadyRunning, WatchError
    from scanner.watch.daemon import Daemon, WatchSettings
    from scanner.watch.logs import configure

    roots = _roots(paths)
    public_keys = load_recipients(recipients)
    ctx = click.get_current_context()
    config_data: dict[str, Any] = ctx.find_root().meta.get("baomi.config_data", {}) or {}
    config_path = ctx.find_root().meta.get("baomi.config")
    policy = _policy(config_data, roots, config_path, sealing_keys=bool(public_keys))
    rules_dir = root_obj().get("rules_dir")
    rules = load_rules_or_fail()
    db_url = root_obj().get("db_url") or None
    try:
        locks_dir = data_dir() / "locks"
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    quiet = bool(root_obj().get("quiet"))
    configure(log_format, logging.WARNING if quiet else logging.INFO)
    # One check of the store before any work: a bad --db is a usage error, not a failed file;
    # and a config change since this host's last recorded run gets its audit event.
    with open_store(note_settings=True):
        pass

    def store_factory() -> Any:
        return Store.open(db_url, site=site)

    settings = WatchSettings(
        roots=roots,
        state_dir=_state_dir(state_dir),
        locks_dir=locks_dir,
        recipients=public_keys,
        db_url=db_url,
        rules_dir=rules_dir,
        config_path=Path(config_path) if config_path else None,
        config_data=config_data,
        polling=polling,
        poll_interval=poll_interval,
        debounce=debounce,
        settle=settle,
        close_settle=close_settle,
        jobs=jobs,
        queue_size=queue_size,
        file_timeout=file_timeout,
        file_memory_mib=file_memory,
        reconcile_every=reconcile_every,
        backup_to=backup_to,
        once=once,
        backoff=_backoff(retry_backoff),
        retry_slow=retry_slow,
        min_score=min_score,
        max_file_mib=max_file_size,
        ocr=ocr_limits(),
        site=site,
    )
    try:
        daemon = Daemon(settings, rules=rules, policy=policy, store_factory=store_factory)
        return daemon.run()
    except AlreadyRunning as exc:
        raise UsageError(str(exc)) from exc
    except (WatchError, StoreError) as exc:
        raise UsageError(str(exc)) from exc


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--state-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="The daemon's state folder (its --state-dir). Default: the data folder's watch/.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def status(state_dir: Path | None, fmt: str) -> int:
    """Show what `baomi watch` is doing: running or not, queue, files processed, errors,
    last reconciliation.

    \b
    Exit codes: 0 the daemon is running; 3 it is not running (the last status it wrote is
    shown when there is one).
    """
    from scanner.watch.locks import PID_FILE, read_pid
    from scanner.watch.status import read_status

    folder = _state_dir(state_dir)
    data = read_status(folder)
    pid = read_pid(folder / PID_FILE)
    running = pid is not None and _lock_held(folder / PID_FILE)
    in_store = _not_protected_in_store()
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "running": running,
                    "pid": pid if running else None,
                    "state_dir": str(folder),
                    "status": data,
                    "not_protected": in_store,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK if running else EXIT_NOT_RUNNING
    if data is None:
        click.echo(
            f"未运行，且从未在此运行过 / not running, and no status in {folder} "
            f"(start it: baomi watch /srv/share --recipient keys/committee.pub)"
        )
        return EXIT_NOT_RUNNING
    state = f"运行中 running (PID {pid})" if running else "未运行 not running"
    here = data.get("not_protected") or {}
    rec = data.get("last_reconciliation") or {}
    processed = data.get("processed") or {}
    rows = [
        ("状态 state", state),
        ("主机 host", data.get("host")),
        ("启动 started", data.get("started")),
        ("更新 updated", data.get("updated")),
        ("监视 roots", ", ".join(data.get("roots") or [])),
        ("观察方式 observer", data.get("observer")),
        (
            "队列 queue",
            f"{data.get('queue_length', 0)} queued, {data.get('in_flight', 0)} in "
            f"flight, {data.get('pending', 0)} settling, "
            f"{data.get('retrying', 0)} to retry",
        ),
        (
            "已处理 processed",
            f"{data.get('processed_total', 0)}  "
            + ", ".join(f"{k} {v}" for k, v in processed.items()),
        ),
        ("未变跳过 unchanged", data.get("unchanged_skips", 0)),
        ("错误 errors", data.get("errors", 0)),
        (
            "未保护 not protected",
            _not_protected(in_store)
            if in_store.get("source") == "store"
            else f"{_not_protected(here)} ({in_store['error']})",
        ),
        (
            "上次核对 reconciled",
            f"{rec.get('time')} ({rec.get('seconds')} s, "
            f"{rec.get('files_seen')} files seen, "
            f"{rec.get('enqueued')} queued)"
            if rec.get("time")
            else "—",
        ),
    ]
    if in_store.get("source") == "store" and _count(here) > _count(in_store):
        # failed before their claim (unreadable, timed out, the store away): only this
        # daemon knows them
        rows.append(("本机未保护 this daemon", _not_protected(here)))
    if data.get("last_error"):
        err = data["last_error"]
        rows.append(("最近错误 last error", f"{err.get('path')}: {err.get('error')}"))
    if data.get("alarm"):
        rows.insert(1, ("警报 ALARM", data["alarm"]))
    for key, value in rows:
        click.echo(f"{key:<22} {value}")
    return EXIT_OK if running else EXIT_NOT_RUNNING


def _not_protected_in_store() -> dict[str, Any]:
    """What the committee's report lists as not yet protected (the store's failed claims, every
    daemon's), so ``status`` and ``report`` give one answer; the daemon's own view (its index)
    stays in ``status.not_protected`` and is shown when the store cannot be read."""
    from scanner.store import Store, StoreError, data_dir
    from scanner.watch.status import not_protected_in_store

    url = root_obj().get("db_url") or None
    try:
        if url is None and not (data_dir() / "baomi.db").is_file():
            # opening it would create an empty store as a side effect of looking
            return {"source": None, "error": "此主机没有记录库 / no store on this host"}
        with Store.open(url) as store:
            # a centre's server (BAOMI_SITE) shows its own, as `report --site` does
            return not_protected_in_store(store.unprotected_claims(site=store.site))
    except StoreError as exc:
        return {"source": None, "error": f"无法读取记录库 / cannot read the store: {exc}"}


def _count(np: dict[str, Any]) -> int:
    return int(np.get("secret") or 0) + int(np.get("unknown") or 0)


def _not_protected(np: dict[str, Any]) -> str:
    secret, unknown = int(np.get("secret") or 0), int(np.get("unknown") or 0)
    if not secret and not unknown:
        return "0"
    age = int(np.get("oldest_age_seconds") or 0)
    return (
        f"尚未保护的涉密文件 / secret documents not yet protected: {secret}"
        + (f" (+{unknown} 内容未知 / content not yet known)" if unknown else "")
        + f"; 最久 oldest {_age(age)} (since {np.get('oldest_since')}): "
        f"{np.get('oldest_reason')}"
    )


def _age(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 172800:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


def _lock_held(path: Path) -> bool:
    """Does a live process hold the daemon's lock on its PID file? (Not just "is that PID
    alive": PIDs are reused after a reboot.)"""
    import fcntl

    try:
        fh = open(path, encoding="ascii")  # noqa: SIM115
    except OSError:
        return False
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        fh.close()
    return False
