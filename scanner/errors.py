"""The base of baomi's own errors: a message a clerk can act on, and the exit code it means.

Click-free, so detection, extraction, the store and the workflows raise it without knowing about
the command line; ``scanner.cli.main`` turns any one that reaches it into one line on stderr and
its exit code (docs/design.md, "Exit codes"), never a traceback.
"""

from __future__ import annotations

EXIT_USAGE = 2


class BaomiError(Exception):
    """A problem the person running baomi can fix.

    ``message`` is Chinese and English where a person reads it (``"中文 / English"``): the
    joined text as the one argument, or ``BaomiError("中文", english="English")``.
    """

    exit_code = EXIT_USAGE

    def __init__(self, *args: object, english: str | None = None) -> None:
        if english and args:
            args = (f"{args[0]} / {english}", *args[1:])
        super().__init__(*args)

    @property
    def message(self) -> str:
        return str(self)
