"""The ``baomi`` command.

Heavy modules (presidio, spaCy, the extractors) are imported inside the commands, so ``baomi
--help`` answers at once. Settings come from, in rising order: the config file (``--config`` or
``BAOMI_CONFIG``; TOML, read eagerly into click's ``default_map`` as black does), environment
variables (``BAOMI_<COMMAND>_<OPTION>``, e.g. ``BAOMI_SCAN_JOBS``), then flags.

Exit codes (README "Exit codes"): 0 done; 1 secrets found and ``--fail-on`` asked for it; 2 bad
usage or configuration; 3 done, but some files could not be processed; 130 interrupted.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from scanner import __version__
from scanner.cli.common import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    ROOT_CONTEXT_SETTINGS,
    load_rules_or_fail,
)
from scanner.cli.common import UsageError as ConfigError
from scanner.cli.limits import file_limit_options
from scanner.cli.ocroptions import ocr_limits, ocr_options
from scanner.cli.options import (
    max_file_size_option,
    min_score_option,
    scan_jobs_option,
    site_option,
)
from scanner.errors import BaomiError
from scanner.logformat import Formatter

# Top-level settings in the config file, by name, and the parameter each one sets.
_TOP_LEVEL = {"rules": "rules_dir", "db": "db_url"}
# Sections that are not command options: the daemon's policy ([policy], [[share]]; checked by
# scanner.workflows.policy when `watch` starts and by `baomi config check`).
_POLICY_SECTIONS = ("policy", "share")


def _command_defaults(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The config file's settings as click's ``default_map``, and every problem found."""
    default_map: dict[str, Any] = {}
    problems: list[str] = []
    for key, val in data.items():
        if key in _POLICY_SECTIONS:
            continue
        if isinstance(val, dict):
            cmd = main_group.commands.get(key)
            if cmd is None:
                problems.append(f"unknown section [{key}]")
                continue
            # Settings are named like the long flags (format, min-score); click names
            # parameters after the Python variables (fmt, min_score).
            known = {
                opt.lstrip("-"): p.name
                for p in cmd.params
                for opt in getattr(p, "opts", ())
                if opt.startswith("--")
            }
            known.update({k.replace("-", "_"): v for k, v in list(known.items())})
            section = {}
            for opt, setting in val.items():
                if opt not in known:
                    problems.append(f"[{key}] has no setting {opt!r}")
                    continue
                section[known[opt]] = setting
            default_map[key] = section
        elif key in _TOP_LEVEL:
            default_map[_TOP_LEVEL[key]] = val
        else:
            problems.append(f"unknown setting {key!r}")
    return default_map, problems


def validate_sections(data: dict[str, Any]) -> list[str]:
    """Problems with the command sections and top-level settings of a parsed config file
    (``baomi config check`` reports them with the policy's)."""
    return _command_defaults(data)[1]


def _load_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """Read the TOML config into ``default_map``: file < environment < flag."""
    if not value:
        return value
    import tomllib

    path = Path(value)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"配置文件不存在 / config file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"无法读取配置文件 / cannot read config file {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"配置文件格式错误 / {path} is not valid TOML: {exc}") from exc
    default_map, problems = _command_defaults(data)
    if problems:
        raise ConfigError(f"{path}: {problems[0]}")
    ctx.default_map = {**(ctx.default_map or {}), **default_map}
    ctx.meta["baomi.config"] = path  # recorded runs note config changes in the audit trail
    ctx.meta["baomi.config_data"] = data  # the daemon's [policy] and [[share]] live here
    return value


@click.group(context_settings=ROOT_CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="baomi")
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    callback=_load_config,
    is_eager=True,
    expose_value=False,
    envvar="BAOMI_CONFIG",
    help="TOML config file; sections are command names ([scan] jobs = 2). Env: BAOMI_CONFIG.",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="BAOMI_RULES",
    help="Use the rule packs in DIR instead of the shipped ones "
    "(see `baomi rules export`). Env: BAOMI_RULES.",
)
@click.option(
    "--db",
    "db_url",
    envvar="BAOMI_DB",
    metavar="URL",
    help="The store: an SQLAlchemy URL such as postgresql://user@host/baomi or "
    "sqlite:////var/lib/baomi/baomi.db. Default: an SQLite file in the user's "
    "data folder (~/.local/share/baomi/baomi.db). Env: BAOMI_DB.",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", count=True, help="Less output: no progress bar, errors only.")
@click.pass_context
def main_group(
    ctx: click.Context, rules_dir: Path | None, db_url: str | None, verbose: int, quiet: int
) -> None:
    """baomi（保密）: find, classify and label work secrets in a health centre's documents.

    \b
    Start with a scan — it only reads, it never changes a file:
      baomi scan /srv/share
      baomi scan docs/ --format jsonl > findings.jsonl
    """
    level = max(logging.DEBUG, logging.WARNING - 10 * verbose + 10 * quiet)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(Formatter("baomi: %(levelname)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    ctx.ensure_object(dict)
    ctx.obj["rules_dir"] = rules_dir
    ctx.obj["db_url"] = db_url
    ctx.obj["quiet"] = quiet


@main_group.command(context_settings=ROOT_CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    envvar="BAOMI_SCAN_FORMAT",
    help="table for people; json (one document) or jsonl (one line per file, "
    "streamed) for scripts.",
)
@click.option(
    "--reveal",
    is_flag=True,
    help="Show raw values instead of masked ones. Handle the output as secret.",
)
@scan_jobs_option("Worker processes. 0 picks up to the number of cores for larger scans.")
@min_score_option("Report findings with at least this confidence.")
@click.option(
    "--fail-on",
    type=click.Choice(["none", "findings", "secrets"]),
    default="none",
    show_default=True,
    help="Exit 1 when any finding (findings) or any secret document (secrets) is found.",
)
@max_file_size_option()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    envvar="BAOMI_SCAN_ALL",
    help="table: also list files where nothing was found.",
)
@file_limit_options
@ocr_options
@click.option(
    "--record",
    is_flag=True,
    help="Register every file holding secrets in the store (--db; POLICY §3: what, "
    "where, owner, when) with masked findings. The files are still not modified.",
)
@site_option("with --record, recorded with every file and audit event", "[scan] site")
@click.pass_context
def scan(
    ctx: click.Context,
    paths: tuple[Path, ...],
    fmt: str,
    reveal: bool,
    jobs: int,
    min_score: float,
    fail_on: str,
    max_file_size: int,
    output: Path | None,
    show_all: bool,
    file_timeout: float,
    file_memory: int,
    record: bool,
    site: str | None,
) -> int:
    """Find secrets in documents and say which policy categories they fall in.

    Reads .txt .md .csv .docx .pdf .xlsx under each PATH (folders recursively) and never modifies
    a file. Values are masked unless --reveal.

    \b
    Examples:
      baomi scan /srv/share/财务科
      baomi scan report.docx list.xlsx --format json
      baomi scan /srv/share --format jsonl --jobs 2 > scan.jsonl
      baomi scan /srv/share --fail-on secrets     # exit 1 if any secret document
      baomi scan /srv/share --record              # and register them in the store

    \b
    Exit codes: 0 done; 1 found (with --fail-on); 2 usage/config error;
    3 done but some files could not be read (see their records); 130 interrupted.
    """
    from scanner.startup import import_presidio, leave_quickly, startup_heap

    leave_quickly()  # its process ends without tearing down the modules (scanner.startup)
    with startup_heap():
        import_presidio()  # without checking the patterns of recognizers it never uses
        from scanner.cli.scan import run_scan

        rules = load_rules_or_fail()
    recording = None
    if record:
        from scanner.cli.protect import open_store

        recording = open_store(note_settings=True, site=site)
    with recording or contextlib.nullcontext(None) as store:
        return run_scan(
            paths=paths,
            rules=rules,
            rules_dir=ctx.obj.get("rules_dir"),
            fmt=fmt,
            reveal=reveal,
            jobs=jobs,
            min_score=min_score,
            fail_on=fail_on,
            max_file_mib=max_file_size,
            output=output,
            show_all=show_all,
            quiet=bool(ctx.obj.get("quiet")),
            store=store,
            file_timeout=file_timeout,
            file_memory_mib=file_memory,
            ocr=ocr_limits(),
        )


@main_group.group(context_settings=ROOT_CONTEXT_SETTINGS)
def rules() -> None:
    """Inspect, check and customise the rule packs (recognizers, categories, label)."""


@rules.command("check", context_settings=ROOT_CONTEXT_SETTINGS)
@click.pass_context
def rules_check(ctx: click.Context) -> int:
    """Load the rule packs and run every example they carry through the engine.

    Use it after editing a copy made with `baomi rules export`:

    \b
      baomi --rules ./my-rules rules check
    """
    from scanner.rulecheck import check_rules

    ruleset = load_rules_or_fail()
    total, failures = check_rules(ruleset)
    for f in failures:
        c = f.case
        click.echo(f"FAIL {c.rule} [{c.kind}] {c.text!r}: {f.got}")
    where = ruleset.origin
    if failures:
        click.echo(f"{len(failures)} of {total} examples failed ({where}).", err=True)
        return EXIT_USAGE
    click.echo(
        f"All {total} examples pass: {len(ruleset.patterns)} pattern rules, "
        f"person, address, categories, label ({where})."
    )
    return EXIT_OK


def _write_all(data: bytes, out: IO[bytes]) -> None:
    out.write(data)


@rules.command("export", context_settings=ROOT_CONTEXT_SETTINGS)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def rules_export(directory: Path) -> int:
    """Copy the shipped rule packs into DIRECTORY to customise them (then use --rules DIR)."""
    import functools
    from importlib import resources

    from scanner.fsutil import write_new
    from scanner.names import escape_name

    src = resources.files("rules")
    if directory.exists() and any(directory.iterdir()):
        raise ConfigError(f"目录非空 / {directory} is not empty; choose a new folder")
    count = 0
    stack = [(src, directory)]
    while stack:
        node, dest = stack.pop()
        dest.mkdir(parents=True, exist_ok=True)
        for child in node.iterdir():
            if child.is_dir() and child.name != "__pycache__":
                stack.append((child, dest / child.name))
            elif child.name.endswith((".yaml", ".yml")):
                data = child.read_bytes()
                try:
                    # O_EXCL|O_NOFOLLOW: a link or file planted in the new folder is refused
                    write_new(dest / child.name, functools.partial(_write_all, data), 0o644)
                except OSError as exc:
                    raise ConfigError(
                        f"无法写入 / cannot write {escape_name(dest / child.name)}: "
                        f"{exc.strerror or exc}"
                    ) from None
                count += 1
    click.echo(
        f"Wrote {count} rule files to {directory}. Edit them, then run: "
        f"baomi --rules {directory} rules check"
    )
    return EXIT_OK


# The other commands live in modules of their own, imported when a command line names them (or
# `--help` lists them): `baomi scan` does not load the store's, the daemon's or the report's
# command modules (~15 ms of a one-file scan). Name -> (module, attribute).
_ELSEWHERE: dict[str, tuple[str, str]] = {
    "protect": ("scanner.cli.protect", "protect"),
    "info": ("scanner.cli.protect", "info"),
    "open": ("scanner.cli.protect", "open_cmd"),
    "keys": ("scanner.cli.protect", "keys"),
    "request": ("scanner.cli.access", "request"),
    "transfer": ("scanner.cli.access", "transfer"),
    "expiring": ("scanner.cli.lifecycle", "expiring"),
    "declassify": ("scanner.cli.lifecycle", "declassify"),
    "destroy": ("scanner.cli.lifecycle", "destroy"),
    "watch": ("scanner.cli.watch", "watch"),
    "status": ("scanner.cli.watch", "status"),
    "report": ("scanner.cli.report", "report"),
    "ledger": ("scanner.cli.lifecycle", "ledger"),
    "audit": ("scanner.cli.audit", "audit"),
    "backup": ("scanner.cli.config", "backup"),
    "config": ("scanner.cli.config", "config"),
}


class _Commands(MutableMapping[str, click.Command]):
    """A group's command table whose entries of :data:`_ELSEWHERE` are imported on first look-up.

    It is the ``commands`` dict click reads and writes (``get_command``, ``list_commands``,
    ``add_command``), so every use of ``main_group.commands`` keeps working; listing names
    imports nothing.
    """

    def __init__(
        self, loaded: MutableMapping[str, click.Command], elsewhere: dict[str, tuple[str, str]]
    ) -> None:
        self._loaded = dict(loaded)
        self._elsewhere = dict(elsewhere)

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded and name in self._elsewhere:
            module, attribute = self._elsewhere.pop(name)
            command = getattr(importlib.import_module(module), attribute)
            assert command.name == name, f"{module}.{attribute} is {command.name!r}, not {name!r}"
            self._loaded[name] = command
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._elsewhere.pop(name, None)
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if self._elsewhere.pop(name, None) is None:
            del self._loaded[name]

    def __iter__(self) -> Iterator[str]:
        # the names as they are now: looking a command up while iterating moves it between dicts
        return iter([*self._loaded, *self._elsewhere])

    def __len__(self) -> int:
        return len(self._loaded) + len(self._elsewhere)

    def __contains__(self, name: object) -> bool:
        return name in self._loaded or name in self._elsewhere


main_group.commands = _Commands(main_group.commands, _ELSEWHERE)


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: returns the exit code, never a traceback for usage errors."""
    try:
        rv = main_group.main(args=argv, prog_name="baomi", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("\n已中断 / interrupted", err=True)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        click.echo("\n已中断 / interrupted", err=True)
        return EXIT_INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE if exc.exit_code in (1, 2) else exc.exit_code
    except BaomiError as exc:
        # A domain error no command turned into its own message: one line, its exit code.
        click.echo(f"baomi: {exc.message}", err=True)
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except BrokenPipeError:
        # `baomi scan … | head`: the reader left; that is not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback, no message
        # An error no command expected is a bug of ours. Its message may quote a document (a
        # library's "could not convert string to float: '<a cell>'"), so neither the message nor
        # Python's traceback reaches the terminal: one line naming the exception's type, and
        # with -vv the frames (scanner.logformat keeps them, never the message).
        kind = f"{type(exc).__module__}.{type(exc).__qualname__}"
        logging.getLogger("baomi").debug("internal error", exc_info=True)
        click.echo(
            f"baomi: 内部错误 / internal error ({kind}): 这是 baomi 的缺陷，请报告 / a bug in "
            "baomi, please report it; -vv logs where it happened (never what it said)",
            err=True,
        )
        return EXIT_INTERNAL
    return rv if isinstance(rv, int) else EXIT_OK


def entry() -> NoReturn:
    """The ``baomi`` console script: :func:`main`, then the process ends with its code — at
    once, after the exit handlers, when the command asked for it (:mod:`scanner.startup`, which
    such a command imported: ``--help`` and the light commands import nothing more here)."""
    code = main()
    startup = sys.modules.get("scanner.startup")
    if startup is not None:
        startup.exit_process(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
