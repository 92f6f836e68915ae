"""Every command's ``--help`` stays what it was: the text is compared with a copy committed under
``tests/cli/help/`` (one file per command, ``keys generate`` → ``keys_generate.txt``). Option
declarations shared by several commands live in one place (scanner/cli/options.py); this test is
what shows that moving them changed nothing a clerk reads.

After a deliberate change to a command's options, write the copies again with
``python -m tests.cli.test_help_unchanged`` and review the diff.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from scanner.cli import main_group

HELP_DIR = Path(__file__).parent / "help"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield prefix
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


COMMANDS = list(_commands(main_group))


def _file(path: tuple[str, ...]) -> Path:
    return HELP_DIR / (("_".join(path) or "baomi") + ".txt")


def _help(path: tuple[str, ...]) -> str:
    """The help text as a clerk's 80-column terminal shows it, free of this machine's settings."""
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("BAOMI_")}
    result = CliRunner().invoke(
        main_group, [*path, "--help"], prog_name="baomi", terminal_width=80, env=env
    )
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "baomi")
def test_help_is_byte_for_byte_the_committed_copy(path: tuple[str, ...]) -> None:
    assert _help(path) == _file(path).read_text(encoding="utf-8")


def test_every_committed_copy_belongs_to_a_command() -> None:
    # a command removed or renamed without its copy is a change to review, not a file left behind
    assert sorted(p.name for p in HELP_DIR.glob("*.txt")) == sorted(_file(p).name for p in COMMANDS)


if __name__ == "__main__":
    HELP_DIR.mkdir(exist_ok=True)
    for command_path in COMMANDS:
        _file(command_path).write_text(_help(command_path), encoding="utf-8")
    print(f"wrote {len(COMMANDS)} help copies to {HELP_DIR}", file=sys.stderr)
