"""The per-file limit options of ``scan`` and ``protect`` (``--file-timeout``, ``--file-memory``),
defined once so that the flags, a config file's [scan] / [protect] sections and the environment set
them the same way for both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from scanner.limits import DEFAULT_FILE_MEMORY_MIB, DEFAULT_FILE_TIMEOUT

_F = TypeVar("_F", bound=Callable[..., Any])


def file_limit_options(command: _F) -> _F:
    """Add ``--file-timeout`` and ``--file-memory`` to a command."""
    command = click.option(
        "--file-memory",
        type=click.IntRange(64),
        default=DEFAULT_FILE_MEMORY_MIB,
        show_default=True,
        metavar="MiB",
        envvar="BAOMI_FILE_MEMORY",
        help="Memory one file may take while it is read and searched; a file that needs more "
        "is recorded as an error (exit 3). Env: BAOMI_FILE_MEMORY.",
    )(command)
    command = click.option(
        "--file-timeout",
        type=click.FloatRange(min=1.0),
        default=DEFAULT_FILE_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        envvar="BAOMI_FILE_TIMEOUT",
        help="Give up on a file after this long; it is recorded as an error (exit 3) and the "
        "run goes on. Env: BAOMI_FILE_TIMEOUT.",
    )(command)
    return command
