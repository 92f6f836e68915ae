"""Options that ``scan``, ``protect`` and ``watch`` share, declared once so the three commands
accept the same values, show the same defaults and cannot drift apart. (``--file-timeout`` and
``--file-memory`` of scan and protect live in scanner/cli/limits.py.)

Each helper returns one decorator, used where that option stood, so every command's ``--help``
keeps its order and wording (tests/cli/test_help_unchanged.py compares them). Where a command says
something of its own about an option (why a key is needed, what a low score means to it), the
command passes that sentence in; the type, range, default and name are fixed here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

_F = TypeVar("_F", bound=Callable[..., Any])

DEFAULT_MIN_SCORE = 0.5
DEFAULT_MAX_FILE_SIZE_MIB = 200
# protect and watch act on a document only for findings at or above --min-score
FINDINGS_BELOW_DO_NOT_COUNT = "Findings below this confidence do not count."


def recipient_option(when_needed: str) -> Callable[[_F], _F]:
    """``-r/--recipient`` (repeatable public keys) into ``recipients``; ``when_needed`` is the
    command's own sentence on when a key must be given."""
    return click.option(
        "-r",
        "--recipient",
        "recipients",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="Public key (NAME.pub) that may open the sealed files; repeat for several. "
        + when_needed,
    )


def site_option(recorded: str, config: str) -> Callable[[_F], _F]:
    """``--site ID`` (env BAOMI_SITE) into ``site``: the centre a county's shared store records
    this run for; ``recorded`` says what carries it, ``config`` the command's config key."""
    return click.option(
        "--site",
        envvar="BAOMI_SITE",
        metavar="ID",
        help="This centre's site id when several centres share one store (a county's "
        f"PostgreSQL): {recorded}; `baomi report --site ID` reads one centre. Env: BAOMI_SITE. "
        f"Config: {config}.",
    )


def min_score_option(help_text: str) -> Callable[[_F], _F]:
    """``--min-score``: findings below it are left out."""
    return click.option(
        "--min-score",
        type=click.FloatRange(0.0, 1.0),
        default=DEFAULT_MIN_SCORE,
        show_default=True,
        help=help_text,
    )


def max_file_size_option() -> Callable[[_F], _F]:
    """``--max-file-size`` in MiB: larger files are skipped."""
    return click.option(
        "--max-file-size",
        type=click.IntRange(1),
        default=DEFAULT_MAX_FILE_SIZE_MIB,
        show_default=True,
        metavar="MiB",
        help="Skip files larger than this.",
    )


def scan_jobs_option(help_text: str) -> Callable[[_F], _F]:
    """``-j/--jobs`` of the one-shot commands (scan, protect): 0 lets the runner choose. The
    daemon's ``--jobs`` counts long-lived workers from 1 and is its own option."""
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(0, 64),
        default=0,
        show_default="0 = auto",
        help=help_text,
    )
