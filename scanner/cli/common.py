"""What every command shares: exit codes, the usage error, the store, keys, rules and progress.

Only click is imported at load, so ``baomi --help`` stays quick; the store, the rules and the
cryptography are imported inside the functions that need them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

# Exit codes (docs/design.md): 0 done; 1 secrets found and --fail-on asked for it (for `audit
# verify` a broken chain, for `config check` problems found); 2 bad usage or configuration;
# 3 done, but some files could not be processed; 130 interrupted.
EXIT_OK, EXIT_FOUND, EXIT_USAGE, EXIT_INCOMPLETE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
# An error no command expected: a bug of baomi's (sysexits' EX_SOFTWARE). Python's own exit code
# for an uncaught exception, 1, would read as "secrets found" to a script using --fail-on.
EXIT_INTERNAL = 70

# Subcommands: no auto_envvar_prefix of their own, so they inherit BAOMI_<COMMAND>_ from the root.
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# The root group: environment variables BAOMI_<COMMAND>_<OPTION> for every option below it.
ROOT_CONTEXT_SETTINGS = {**CONTEXT_SETTINGS, "auto_envvar_prefix": "BAOMI"}


class UsageError(click.ClickException):
    """A problem the person at the keyboard can fix; exit 2, one line, no traceback."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:
        click.echo(f"baomi: {self.message}", err=True)


def root_obj() -> dict[str, Any]:
    ctx = click.get_current_context()
    obj = ctx.find_root().obj
    return obj if isinstance(obj, dict) else {}


@contextlib.contextmanager
def open_store(note_settings: bool = False, site: str | None = None) -> Iterator[Any]:
    """The store named by --db / BAOMI_DB (default: the SQLite file in the data folder).

    ``note_settings``: a run that records what it finds first records a change of the rule
    packs or config file since this host's last such run (a ``config`` audit event).
    ``site``: the centre this run records for (``--site``; default BAOMI_SITE)."""
    from scanner.store import Store, StoreError

    try:
        store = Store.open(root_obj().get("db_url"), site=site)
    except StoreError as exc:
        raise UsageError(f"无法打开记录库 / cannot open the store: {exc}") from exc
    try:
        if note_settings:
            from scanner.workflows.configdigest import settings_digest

            ctx = click.get_current_context()
            store.note_settings(
                *settings_digest(root_obj().get("rules_dir"), ctx.meta.get("baomi.config"))
            )
        yield store
    except StoreError as exc:
        # Raised mid-run (the store went away, the audit key is missing): a message, no trace.
        raise UsageError(str(exc)) from exc
    finally:
        store.close()


def passphrase(prompt: str, confirm: bool) -> str:
    """From BAOMI_PASSPHRASE (for scripts and the daemon) or asked at the terminal."""
    value = os.environ.get("BAOMI_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(
            "需要口令：请在终端中运行，或设置环境变量 BAOMI_PASSPHRASE / a "
            "passphrase is needed: run this in a terminal or set BAOMI_PASSPHRASE"
        )
    again: bool | str = "再次输入口令 / repeat the passphrase" if confirm else False
    return str(click.prompt(prompt, hide_input=True, confirmation_prompt=again))


def private_key(key_path: Path) -> Any:
    """The private key at ``key_path``, unlocked with the passphrase (BAOMI_PASSPHRASE or the
    terminal); a wrong passphrase or a bad file is a UsageError naming the file."""
    from labelers.keys import KeyFileError, WrongPassphrase, load_private_key

    try:
        return load_private_key(key_path, passphrase("口令 passphrase", confirm=False))
    except WrongPassphrase:
        raise UsageError(f"口令错误 / wrong passphrase for {key_path}") from None
    except (KeyFileError, OSError) as exc:
        raise UsageError(f"{key_path}: {exc}") from None


def load_recipients(paths: tuple[Path, ...] | list[Path]) -> list[Any]:
    """The public keys named by --recipient; a missing or bad key file is a UsageError."""
    from labelers.keys import KeyFileError, load_public_key

    keys = []
    for path in paths:
        try:
            keys.append(load_public_key(path))
        except (KeyFileError, OSError) as exc:
            raise UsageError(f"{path}: {exc}") from exc
    return keys


def load_rules_or_fail() -> Any:
    from scanner.detect.rulepacks import RulesError, load_rules

    try:
        return load_rules(root_obj().get("rules_dir"))
    except RulesError as exc:
        raise UsageError(f"规则包有误 / rule packs: {exc}") from exc


def progress_bar(total: int, enabled: bool) -> Any:
    if not enabled:
        return contextlib.nullcontext(None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("扫描 scanning"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}"),
        console=Console(stderr=True),
        transient=True,
    )


class GracefulStop:
    """The first Ctrl-C asks the scan to stop after the file in hand (so every record written
    is whole and the summary is right); a second one interrupts at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def _handler(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self) -> GracefulStop:
        try:
            self._previous = signal.signal(signal.SIGINT, self._handler)
        except ValueError:  # not the main thread (embedded use): keep the default behaviour
            self._previous = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def warn_state_secrets(results: Iterable[Any]) -> Iterator[Any]:
    """Pass scan results through, saying on stderr which carry a state-secret mark (机密, 绝密):
    such a document does not belong on a server kept under the work-secret policy."""
    for result in results:
        mark = getattr(result, "existing_mark", None)
        if mark is not None and mark.state_secret:
            click.echo(f"baomi: {result.path}: {mark.text} — {mark.to_dict()['warning']}", err=True)
        yield result


def short_name(result: Any) -> str:
    name = Path(result.path).name
    return name if len(name) <= 40 else name[:37] + "…"
