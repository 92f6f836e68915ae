"""``baomi expiring``, ``declassify``, ``destroy`` and ``ledger``: the end of a secret file's life.

Only click is imported here; the store, the labelers and the keys are imported inside the
commands, so ``baomi --help`` stays quick.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from scanner.cli.common import (
    CONTEXT_SETTINGS,
    EXIT_OK,
    UsageError,
    open_store,
    private_key,
    root_obj,
)

_APPROVED_HELP = (
    'An approval as "ROLE:NAME" (repeat for each role, e.g. '
    '--approved-by "保密委员会主任:王芳" --approved-by "分管领导:李娜").'
)


def _approvers(values: tuple[str, ...]) -> list[tuple[str, str]]:
    from scanner.workflows.lifecycle import LifecycleError, parse_approver

    try:
        return [parse_approver(v) for v in values]
    except LifecycleError as exc:
        raise UsageError(str(exc)) from None


def _rules_dir() -> Path | None:
    rules = root_obj().get("rules_dir")
    return Path(rules) if rules else None


# -- expiring ---------------------------------------------------------------------------------


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--within",
    default="90d",
    show_default=True,
    help="How far ahead: 90d (days), 12w (weeks), 6m (months), 1y (years).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for people, json for scripts.",
)
def expiring(within: str, fmt: str) -> int:
    """List labeled and sealed files whose retention period (保密期限) ends soon, or has ended.

    \b
      baomi expiring --within 90d
    Each one is then declassified (baomi declassify) or its label renewed (baomi protect).
    """
    from scanner.workflows.lifecycle import LifecycleError, parse_duration, today

    try:
        window = parse_duration(within)
        day = today()
    except LifecycleError as exc:
        raise UsageError(str(exc)) from None
    from scanner.workflows.lifecycle import expiring as find_expiring

    with open_store() as store:
        rows = find_expiring(store, window, today=day)
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps({**r, "expires": r["expires"].isoformat()}, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        click.echo(f"{within} 内没有到期的保密文件 / nothing expires within {within}")
        return EXIT_OK
    click.echo("到期日 expires   剩余天数 days  状态 state  标识 label  路径 path")
    for r in rows:
        left = f"{r['days_left']}" if r["days_left"] >= 0 else f"已过期{-r['days_left']}天"
        click.echo(
            f"{r['expires'].isoformat()}  {left:>8}  {r['state']:<8}  "
            f"{r['label'] or ''}  {r['path']}"
        )
    click.echo(f"共 {len(rows)} 个 / {len(rows)} file(s)", err=True)
    return EXIT_OK


# -- declassify -------------------------------------------------------------------------------


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--reason",
    required=True,
    type=click.Choice(["published", "not-needed", "expired"]),
    help="published (已公开), not-needed (无需继续保密), expired (保密期限已满).",
)
@click.option(
    "--approved-by",
    "approved_by",
    multiple=True,
    required=True,
    metavar="ROLE:NAME",
    help=_APPROVED_HELP,
)
@click.option("--note", default=None, help="The committee's decision number or a remark.")
@click.option(
    "--unseal",
    is_flag=True,
    help="For a sealed NAME.baomi: open it and write the plain, unmarked document.",
)
@click.option(
    "-k",
    "--key",
    "key_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your private key (NAME.key), with --unseal.",
)
@click.option(
    "-o",
    "--out",
    "out_path",
    type=click.Path(path_type=Path),
    help="With --unseal: where to write the document (default: its original name "
    "beside the sealed file). Never overwrites.",
)
def declassify(
    file: Path,
    reason: str,
    approved_by: tuple[str, ...],
    note: str | None,
    unseal: bool,
    key_path: Path | None,
    out_path: Path | None,
) -> int:
    """Declassify a file (解密, POLICY §8): record the decision and remove the mark.

    \b
      baomi declassify 工资.docx --reason not-needed \\
          --approved-by "保密委员会主任:王芳" --approved-by "分管领导:李娜"
      baomi declassify 病历.docx.baomi --reason expired --unseal --key committee.key ...

    A labeled document loses its mark in place. A sealed file is opened with your key, its mark
    removed, the plain document written beside it, and only then the sealed file removed.
    """
    from scanner.workflows.lifecycle import LifecycleError
    from scanner.workflows.lifecycle import declassify as do_declassify

    approvers = _approvers(approved_by)
    key = None
    if unseal:
        if key_path is None:
            raise UsageError(
                "--unseal 需要私钥 --key NAME.key / --unseal needs your private key: --key NAME.key"
            )
        key = _load_key(key_path)
    with open_store() as store:
        try:
            done = do_declassify(
                store,
                file,
                reason,
                approvers,
                note=note,
                unseal=unseal,
                key=key,
                out=out_path,
                rules_dir=_rules_dir(),
            )
        except LifecycleError as exc:
            raise UsageError(str(exc)) from None
    if done.action == "unsealed":
        click.echo(
            f"已解密 declassified: {file} → {done.out_path}（已去除标识，封存文件已删除 / "
            "mark removed, sealed file removed）"
        )
    elif done.action == "unmarked":
        click.echo(f"已解密 declassified: {file}（已去除标识 / mark removed）")
    else:
        click.echo(
            f"已记录解密 declassification recorded: {file}（文件上没有标识 / the file "
            "carried no mark）"
        )
    return EXIT_OK


def _load_key(key_path: Path) -> Any:
    return private_key(key_path)


# -- destroy ----------------------------------------------------------------------------------


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--method",
    type=click.Choice(["erase"]),
    default="erase",
    show_default=True,
    help="erase: overwrite the bytes, then remove the file (电子擦除).",
)
@click.option(
    "--approved-by",
    "approved_by",
    multiple=True,
    required=True,
    metavar="ROLE:NAME",
    help=_APPROVED_HELP,
)
@click.option("--reason", required=True, help="Why it is destroyed (recorded).")
@click.option(
    "--person",
    "people",
    multiple=True,
    metavar="NAME",
    help="Someone else present (监销人); repeat.",
)
@click.option(
    "--keep-years",
    type=click.IntRange(1, 200),
    default=10,
    show_default=True,
    help="How long the destruction record is kept (config: [destroy] keep-years).",
)
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
def destroy(
    file: Path,
    method: str,
    approved_by: tuple[str, ...],
    reason: str,
    people: tuple[str, ...],
    keep_years: int,
    yes: bool,
) -> int:
    """Destroy a file (销毁, POLICY §8): overwrite it, remove it, write the destruction record.

    \b
      baomi destroy 旧名单.xlsx.baomi --reason "保密期限届满，无保存价值" \\
          --approved-by "科室负责人:张伟" --approved-by "分管领导:李娜" \\
          --approved-by "保密委员会主任:王芳" --yes

    Backup copies of a sealed file (baomi watch --backup-to) are destroyed with it. Overwriting
    cannot guarantee that old blocks are gone on SSDs, copy-on-write filesystems, snapshots
    or backups: see docs/lifecycle.md. Sealing is the real protection.
    """
    from scanner.workflows.lifecycle import LifecycleError
    from scanner.workflows.lifecycle import destroy as do_destroy

    approvers = _approvers(approved_by)
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError(
                "销毁不可撤销：请在终端中确认，或加 --yes / destruction cannot be "
                "undone: confirm at a terminal, or add --yes"
            )
        click.confirm(
            f"销毁 {file}？此操作不可撤销 / destroy {file}? This cannot be undone", abort=True
        )
    with open_store() as store:
        try:
            done = do_destroy(
                store,
                file,
                reason=reason,
                approved_by=approvers,
                method=method,
                people=list(people),
                keep_years=keep_years,
                rules_dir=_rules_dir(),
            )
        except LifecycleError as exc:
            raise UsageError(str(exc)) from None
        except OSError as exc:
            raise UsageError(f"无法销毁 / cannot destroy {file}: {exc.strerror}") from None
    click.echo(
        f"已销毁 destroyed: {file}（{done.size} 字节 bytes，记录 record #{done.record_id}，"
        f"保存至 kept until {done.keep_until.isoformat()}）"
    )
    for copy in done.backups:
        click.echo(f"  备份副本已销毁 backup copy destroyed: {copy}")
    for copy in done.backups_missing:
        click.echo(
            f"  备份副本未找到，请人工核实销毁 / backup copy on record not found, check "
            f"and destroy it by hand: {copy}",
            err=True,
        )
    click.echo(
        "注意：SSD、写时复制文件系统、快照和备份中可能仍有旧数据，见 docs/lifecycle.md / "
        "note: SSDs, copy-on-write filesystems, snapshots and backups may keep old "
        "blocks; see docs/lifecycle.md",
        err=True,
    )
    return EXIT_OK


# -- ledger -----------------------------------------------------------------------------------


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "xlsx"]),
    default=None,
    help="csv (UTF-8 with BOM, opens in Excel) or xlsx. Default: from --out's suffix.",
)
def ledger(out_path: Path, fmt: str | None) -> int:
    """Export the registration ledger (登记台账): every registered secret file with category,
    label, location, first seen and protection state.

    \b
      baomi ledger --out 登记台账.xlsx
    """
    from scanner.names import escape_name
    from scanner.workflows.lifecycle import (
        XLSX_MAX_ROWS,
        LedgerTooLong,
        write_ledger_csv,
        write_ledger_xlsx,
    )
    from scanner.workflows.lifecycle import ledger as rows_of

    fmt = fmt or ("xlsx" if out_path.suffix.lower() == ".xlsx" else "csv")
    # the rows stream from the store into the file: the store stays open while it is written
    with open_store() as store:
        try:
            if fmt == "xlsx":
                count = write_ledger_xlsx(lambda: rows_of(store), out_path)
            else:
                count = write_ledger_csv(rows_of(store), out_path)
        except LedgerTooLong:
            raise UsageError(
                f"登记文件超过 xlsx 一张表的 {XLSX_MAX_ROWS:,} 行，请用 --format csv / more "
                f"registered files than an xlsx sheet holds ({XLSX_MAX_ROWS:,} rows): use "
                "--format csv"
            ) from None
        except OSError as exc:
            name = escape_name(out_path)
            raise UsageError(f"无法写入 / cannot write {name}: {exc.strerror or exc}") from None
    click.echo(f"已导出 {count} 个登记文件 / wrote {count} registered file(s) to {out_path}")
    return EXIT_OK
