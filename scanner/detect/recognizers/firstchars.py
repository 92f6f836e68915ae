"""The characters a regex can start a match with, as a character class.

Python's ``re`` skips ahead quickly only when it knows which characters can begin a match; a
pattern that opens with a look-behind (``(?<![0-9A-Za-z])`` — needed because ``\\b`` never fires
between 汉字 and a digit) hides that, and every position of the text is tried against every
branch. Prefixing the combined alternation with ``(?=[…])`` built from the branches' possible first
characters restores the fast skip: about 3× faster on Chinese text, where most characters cannot
start any identifier.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}


class _Unknown(Exception):
    """The first characters cannot be told (``.``, a negated class, a back-reference …)."""


def _lit(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]\\^" else "\\" + chr(code)


def _first(items: list[tuple[Any, Any]], out: set[str], flags: int) -> bool:
    """Add the first characters of a sequence to ``out``; True if it can match empty."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero-width: look further
        if op is C.LITERAL:
            out.add(_lit(av))
            if flags & re.IGNORECASE:
                out.update({_lit(ord(chr(av).lower())), _lit(ord(chr(av).upper()))})
            return False
        if op is C.IN:
            for sub_op, sub_av in av:
                if sub_op is C.LITERAL:
                    out.add(_lit(sub_av))
                elif sub_op is C.RANGE:
                    out.add(f"{_lit(sub_av[0])}-{_lit(sub_av[1])}")
                elif sub_op is C.CATEGORY and sub_av in _CATEGORY:
                    out.add(_CATEGORY[sub_av])
                else:
                    raise _Unknown
            if flags & re.IGNORECASE:
                raise _Unknown
            return False
        if op is C.SUBPATTERN:
            if not _first(list(av[-1]), out, flags):
                return False
            continue
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                empty |= _first(list(branch), out, flags)
            if not empty:
                return False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, body = av
            body_empty = _first(list(body), out, flags)
            if low > 0 and not body_empty:
                return False
            continue
        raise _Unknown
    return True


def first_char_class(patterns: list[str], flags: int = 0) -> str | None:
    """``[…]`` matching every character any of ``patterns`` (compiled with ``flags``) can start
    with, or None."""
    out: set[str] = set()
    try:
        for pat in patterns:
            if _first(list(P.parse(pat, flags)), out, flags):
                return None  # can match the empty string: no useful prefix
    except _Unknown:
        return None
    return "[" + "".join(sorted(out)) + "]" if out else None


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` with the first-character look-ahead in front, when it can be computed."""
    first = first_char_class([pattern]) if not flags & re.IGNORECASE else None
    return re.compile(f"(?={first})(?:{pattern})" if first else pattern, flags)
