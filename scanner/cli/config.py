"""``baomi config check`` and ``baomi backup verify``: the daemon's configuration and backups.

Only click is imported here; the policy, the store and the sealed-file reader are imported
inside the commands, so ``baomi --help`` stays quick.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

import click

from scanner.cli.common import (
    CONTEXT_SETTINGS,
    EXIT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    open_store,
)

# -- config ------------------------------------------------------------------------------------


@click.group(context_settings=CONTEXT_SETTINGS)
def config() -> None:
    """Check a configuration file before the daemon (`baomi watch`) uses it."""


@config.command("check", context_settings=CONTEXT_SETTINGS)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def config_check(file: Path) -> int:
    """Read FILE (TOML) and check [policy], every [[share]] and the command sections.

    \b
    Prints the shares and what the daemon will do per category, or every problem found:
      baomi config check /etc/baomi/baomi.toml

    \b
    Exit codes: 0 valid; 2 problems found (each one named) or FILE unreadable.
    """
    from scanner.workflows.policy import PolicyError, WatchPolicy, load_policy

    data = _read_toml(file)
    problems: list[str] = []
    policy: WatchPolicy | None = None
    try:
        policy = load_policy(data, _share_paths(data), where=str(file))
    except PolicyError as exc:
        problems.append(str(exc))
    sections_checked = True
    try:
        from scanner.cli import validate_sections
    except ImportError:  # an older cli.py: the command sections are checked when they are used
        sections_checked = False
    else:
        problems.extend(f"{file}: {p}" for p in validate_sections(dict(data)))
    if problems:
        for problem in problems:
            click.echo(f"配置有误 / problem: {problem}", err=True)
        click.echo(
            f"{len(problems)} 个问题 / {len(problems)} problem"
            f"{'' if len(problems) == 1 else 's'} in {file}",
            err=True,
        )
        return EXIT_USAGE
    assert policy is not None
    actions = ", ".join(f"{c}={a}" for c, a in policy.actions.items())
    count = len(policy.shares)
    click.echo(
        f"配置有效 / config OK: {count} share{'' if count == 1 else 's'}, actions: {actions}"
    )
    for share in policy.shares:
        changed = {c: a for c, a in share.actions.items() if policy.actions.get(c) != a}
        extra = (
            f"  overrides: {', '.join(f'{c}={a}' for c, a in changed.items())}" if changed else ""
        )
        click.echo(f"  {share.name}: {share.path}{extra}")
        click.echo(f"    include {list(share.include)}  exclude {list(share.exclude)}")
    if not sections_checked:
        click.echo("(命令设置未检查 / command sections not checked by this version)", err=True)
    return EXIT_OK


def _read_toml(file: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"配置文件不存在 / config file not found: {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise UsageError(f"无法读取配置文件 / cannot read config file {file}: {reason}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"配置文件格式错误 / {file} is not valid TOML: {exc}") from None


def _share_paths(data: dict[str, Any]) -> list[Path]:
    """The configured shares' paths, as the roots to check (malformed entries are left to
    load_policy, which names them)."""
    shares = data.get("share")
    if not isinstance(shares, list):
        return []
    return [
        Path(s["path"])
        for s in shares
        if isinstance(s, dict) and isinstance(s.get("path"), str) and os.path.isabs(s["path"])
    ]


# -- backup ------------------------------------------------------------------------------------


@click.group(context_settings=CONTEXT_SETTINGS)
def backup() -> None:
    """Check the backups of sealed files (docs/policy.md §5: back up regularly, elsewhere).

    \b
    The daemon copies every file it seals to the folder given with `baomi watch --backup-to`
    (a mounted backup disk or share); only sealed files ever go there.
    """


@backup.command("verify", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--host",
    help="Only the sealed files of this server (default: every server that writes to the store).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for people; json for scripts.",
)
def backup_verify(host: str | None, fmt: str) -> int:
    """Check that every sealed file the store knows has an intact, current backup.

    Reads the backup copies (size, SHA-256, sealed-file header); decrypts nothing and needs
    no key.

    \b
    Exit codes: 0 all intact; 1 missing or damaged backups (listed); 2 cannot check.
    """
    from scanner.store import StoreError
    from scanner.workflows.backup import verify_backups

    with open_store() as store:
        try:
            report = verify_backups(store, host=host)
        except StoreError as exc:
            raise UsageError(str(exc)) from None
    if fmt == "json":
        click.echo(
            json.dumps(
                {**report.to_dict(), "summary": report.summary()}, ensure_ascii=False, indent=2
            )
        )
    else:
        for word, items in (("缺失 MISSING", report.missing), ("损坏 DAMAGED", report.damaged)):
            for item in items:
                click.echo(f"{word}  {item.sealed_path}  ({item.host})  {item.reason}")
                if item.backup_path:
                    click.echo(f"    backup: {item.backup_path}")
        verdict = "备份完好 / backups intact" if report.intact else "备份有问题 / BACKUP PROBLEMS"
        click.echo(f"{verdict}: {report.summary()}")
    return EXIT_OK if report.intact else EXIT_FOUND
