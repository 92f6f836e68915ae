"""``baomi audit``: verify the hash chain, export its head, read the events.

Registered in ``scanner/cli/__init__.py`` as ``main_group.add_command(audit)``. The store
comes from the global ``--db`` (``BAOMI_DB``). Imports of the store happen inside the commands, so
``baomi --help`` stays fast.

Exit codes of ``audit verify``: 0 intact; 1 the chain is broken (the first bad event is
named); 2 the store cannot be used or bad usage (a message, no traceback); 4 head alarm: the
head kept outside the database is missing, damaged or ahead of the chain; 5 key alarm: the
audit key is missing, damaged or another store's. docs/security.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from scanner.cli.common import CONTEXT_SETTINGS, EXIT_FOUND, EXIT_OK
from scanner.cli.common import UsageError as AuditCliError
from scanner.names import escape_text

EXIT_HEAD_ALARM = 4
EXIT_KEY_ALARM = 5

if TYPE_CHECKING:
    from scanner.store import Store


def _open_store() -> Store:
    from scanner.store import Store, StoreError

    root = click.get_current_context().find_root()
    url = (root.obj or {}).get("db_url")
    try:
        return Store.open(url)
    except StoreError as exc:
        raise AuditCliError(str(exc)) from None


@click.group("audit", context_settings=CONTEXT_SETTINGS)
def audit() -> None:
    """The audit trail: who scanned, labelled, sealed and opened what, hash-chained.

    \b
      baomi audit verify                  check every event (exit 1 if one was tampered with)
      baomi audit head --out /safe/head   keep the newest event's SEQ:HASH somewhere else
      baomi audit log --limit 50          the newest events, for the committee
    """


@audit.command("verify", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--head",
    "head_text",
    metavar="SEQ:HASH",
    help="A head exported earlier (`baomi audit head`): the chain must still hold "
    "this event. Wins over the head file.",
)
@click.option(
    "--head-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the head from this file instead of the store's head file "
    "(BAOMI_AUDIT_HEAD or audit-<storeid>.head in the data folder).",
)
def verify(head_text: str | None, head_file: Path | None) -> int:
    """Walk the whole chain and name the first event that was edited, deleted or moved.

    Cutting off the newest events is found against a head kept outside the database: by
    default the head file this machine writes after every event.

    \b
    Exit codes: 0 intact; 1 tampered (the first bad event is named); 2 cannot check;
    4 head alarm (head file missing, damaged or ahead of the chain); 5 key alarm (the
    audit key is missing or not this store's).
    """
    from scanner.store import StoreError
    from scanner.store.audit import Head, HeadError, read_head_file

    if head_text and head_file:
        raise AuditCliError(
            "--head 与 --head-file 只能选一个 / give --head or --head-file, not both"
        )
    expected, source = None, None
    try:
        if head_text:
            expected, source = Head.parse(head_text), "--head"
        elif head_file:
            expected = read_head_file(head_file)
            if expected is None:
                raise AuditCliError(f"链头文件不存在 / head file not found: {head_file}")
            source = str(head_file)
    except HeadError as exc:
        raise AuditCliError(str(exc)) from None
    with _open_store() as store:
        try:
            if expected is not None:
                result = store.audit.verify(expected, expected_from=source)
            else:
                result = store.audit.verify()
        except StoreError as exc:
            raise AuditCliError(str(exc)) from None
    against = (
        f" (checked against head {result.expected} from {result.expected_from})"
        if result.expected
        else " (no recorded head to check the end against)"
    )
    if result.ok:
        click.echo(f"{result.reason}{against}")
        return EXIT_OK
    if result.key_problem:
        click.echo(f"审计密钥告警 / AUDIT KEY ALARM: {result.reason}")
        return EXIT_KEY_ALARM
    if result.head_problem is not None:
        click.echo(f"审计链头告警 / AUDIT HEAD ALARM ({result.head_problem}): {result.reason}")
        click.echo(
            f"{_events(result.checked)} intact in themselves{against}. Check against the "
            f"committee's paper copy: baomi audit verify --head SEQ:HASH; once settled, "
            f"baomi audit head --reset (recorded in the trail)."
        )
        return EXIT_HEAD_ALARM
    click.echo(f"审计日志已被篡改 / AUDIT TRAIL BROKEN: {result.reason}")
    before = (
        "1 event before it is" if result.checked == 1 else f"{result.checked} events before it are"
    )
    click.echo(f"{before} intact{against}")
    return EXIT_FOUND


def _events(n: int) -> str:
    return "1 event" if n == 1 else f"{n} events"


@audit.command("head", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--reset",
    is_flag=True,
    help="Set this store's head file to the chain's end, after you checked the chain "
    "(it must be intact in itself). Recorded as an audit event with the old head.",
)
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write SEQ:HASH to this file (atomically) instead of printing it.",
)
def head(reset: bool, out: Path | None) -> int:
    """Print the newest event as SEQ:HASH, to keep outside the store (paper, another server).

    Later, `baomi audit verify --head SEQ:HASH` proves no event up to it was removed.
    --reset starts the head file again (a new server on a shared store, or after a head
    alarm was looked into).
    """
    from scanner.store import StoreError
    from scanner.store.audit import write_head_file

    if reset:
        with _open_store() as store:
            try:
                previous, new = store.audit.reset_head()
                where = store.audit.head_path
            except StoreError as exc:
                raise AuditCliError(str(exc)) from None
        click.echo(f"head {new} written to {where} (was: {previous}); recorded as event {new.seq}")
        return EXIT_OK

    with _open_store() as store:
        try:
            current = store.audit.head()
        except StoreError as exc:
            raise AuditCliError(str(exc)) from None
    if current is None:
        click.echo("审计日志为空 / the audit trail has no events yet", err=True)
        return EXIT_OK
    if out is None:
        click.echo(str(current))
        return EXIT_OK
    try:
        write_head_file(out, current, forward_only=False)
    except OSError as exc:
        raise AuditCliError(f"无法写入 / cannot write {out}: {exc.strerror}") from None
    click.echo(f"head {current} written to {out}", err=True)
    return EXIT_OK


@audit.command("log", context_settings=CONTEXT_SETTINGS)
@click.option(
    "-n", "--limit", type=click.IntRange(1), default=None, help="Only the newest N events."
)
@click.option(
    "--since", type=click.IntRange(0), default=0, metavar="SEQ", help="Only events after SEQ."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table for people, jsonl (one event per line) for scripts.",
)
def log(limit: int | None, since: int, fmt: str) -> int:
    """List audit events, oldest first: time, user, machine, kind, subject, details.

    The log shows what is stored; run `baomi audit verify` to know it is untouched.
    """
    from scanner.store import StoreError

    with _open_store() as store:
        try:
            if limit is not None:
                newest = store.audit.head()
                since = max(since, (newest.seq if newest else 0) - limit)
            for ev in store.audit.events(since=since, limit=limit):
                if fmt == "jsonl":
                    click.echo(json.dumps(ev.to_dict(), ensure_ascii=False))
                else:
                    # What the store holds may have been written by anyone: escaped.
                    details = json.dumps(ev.details, ensure_ascii=False, sort_keys=True)
                    click.echo(
                        escape_text(
                            f"{ev.seq:>6}  {ev.ts[:19].replace('T', ' ')}  {ev.actor:<10} "
                            f"{ev.host:<12} {ev.kind:<8} {ev.subject or '-'}  {details}"
                        )
                    )
        except StoreError as exc:
            raise AuditCliError(str(exc)) from None
    return EXIT_OK
