"""An error no command expected: one line naming its type, exit 70, never its message.

A library's message can quote a document (openpyxl: "could not convert string to float:
'<a cell>'"), and Python's own traceback would print it and exit 1 — which a script using
``--fail-on`` reads as "secrets found". The handler in ``scanner.cli.main`` is the last line of
defence; this test gives it a real exception from a command registered for the test only.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import click
import pytest

from scanner.cli import main, main_group
from scanner.cli.common import EXIT_INTERNAL

CANARY = "110101199003071006 王秀兰"


@pytest.fixture
def boom() -> Iterator[str]:
    @main_group.command("test-boom")
    def _boom() -> None:
        try:
            float(f"'{CANARY}'")
        except ValueError as exc:
            raise RuntimeError(f"while reading {CANARY}") from exc

    yield "test-boom"
    main_group.commands.pop("test-boom")


def test_an_unexpected_error_is_one_line_without_its_message(boom: str, capsys) -> None:
    assert main([boom]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "builtins.RuntimeError" in err and "internal error" in err
    assert "Traceback" not in err
    assert "110101199003071006" not in err and "王秀兰" not in err
    assert len(err.strip().splitlines()) == 1


_SCRIPT = f"""
import sys
from scanner.cli import main, main_group

@main_group.command("test-boom")
def _boom():
    try:
        float("'{CANARY}'")
    except ValueError as exc:
        raise RuntimeError("while reading {CANARY}") from exc

sys.exit(main(sys.argv[1:]))
"""


def test_with_vv_the_frames_are_logged_and_the_messages_are_not() -> None:
    # a process of its own: the -vv handler is set up the way the console script sets it up
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "-vv", "test-boom"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == EXIT_INTERNAL
    err = done.stderr
    assert "Traceback (most recent call last)" in err and "_boom" in err
    assert "builtins.ValueError" in err and "builtins.RuntimeError" in err
    assert "110101199003071006" not in err and "王秀兰" not in err


def test_usage_errors_keep_their_own_exit_code(capsys) -> None:
    assert main(["scan"]) == 2  # a missing argument: click's usage error, not an internal one
    assert "internal error" not in capsys.readouterr().err
    assert isinstance(main_group, click.Group)
