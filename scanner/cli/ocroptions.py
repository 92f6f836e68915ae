"""``--ocr auto|off`` and ``--ocr-page-timeout`` for ``scan``, ``protect`` and ``watch``.

Declared once here. The two values are not handed to each command function as parameters:
they are kept in the click context and turned into the OCR fields of
:class:`~scanner.extract.interface.Limits` by :func:`ocr_limits`, which each command spreads
into the ``Limits`` it builds, so the same flags mean the same thing in all three commands.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

import click

_F = TypeVar("_F", bound=Callable[..., Any])
_META = "baomi.ocr"
DEFAULT_PAGE_SECONDS = 60.0


def _keep(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    ctx.meta.setdefault(_META, {})[param.name] = value
    return value


def ocr_options(command: _F) -> _F:
    """Add ``--ocr`` and ``--ocr-page-timeout`` to a command."""
    command = click.option(
        "--ocr-page-timeout",
        type=click.FloatRange(min=1.0),
        default=DEFAULT_PAGE_SECONDS,
        show_default=True,
        metavar="SECONDS",
        envvar="BAOMI_OCR_PAGE_TIMEOUT",
        expose_value=False,
        callback=_keep,
        help="Give up reading one image or scanned page after this long; it is recorded as "
        "not read. Env: BAOMI_OCR_PAGE_TIMEOUT.",
    )(command)
    command = click.option(
        "--ocr",
        type=click.Choice(["auto", "off"]),
        default="auto",
        show_default=True,
        envvar="BAOMI_OCR",
        expose_value=False,
        callback=_keep,
        help="Read images and scanned PDF pages by OCR: auto = when the engine is installed "
        '(pip install "baomi[ocr]"); off = record them as not read. Env: BAOMI_OCR.',
    )(command)
    return command


def ocr_limits() -> dict[str, Any]:
    """The OCR fields of ``Limits`` from this command's flags, with the encrypted cache in the
    data folder when OCR will run (no folder is made when it will not)."""
    from scanner.extract.ocr import installed

    chosen = click.get_current_context().meta.get(_META, {})
    mode = chosen.get("ocr", "auto")
    fields: dict[str, Any] = {
        "ocr": mode,
        "ocr_page_seconds": float(chosen.get("ocr_page_timeout", DEFAULT_PAGE_SECONDS)),
    }
    if mode == "auto" and installed():
        # not scanner.store: a scan without --record would import SQLAlchemy for this path
        from scanner.datafolder import data_folder

        with contextlib.suppress(OSError):  # no writable data folder: OCR without a cache
            fields["ocr_cache_dir"] = str(data_folder() / "ocr-cache")
    return fields
