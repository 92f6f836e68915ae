"""Masked forms of secret values: enough for a person to recognise a finding, not to use it.

Only masked values leave baomi (output, logs, the store) unless the user asks with ``--reveal``.
"""

from __future__ import annotations

import re

MASK = "*"


def mask(entity_type: str, value: str) -> str:
    v = value.strip()
    n = len(v)
    if n == 0:
        return ""
    if entity_type == "EMAIL_ADDRESS" and "@" in v:
        local, _, domain = v.partition("@")
        return (local[:1] + MASK * max(1, len(local) - 1)) + "@" + domain
    if entity_type == "PERSON":
        return v[:1] + MASK * (n - 1)
    if entity_type == "CN_ADDRESS":
        keep = min(6, max(0, n // 3))
        return v[:keep] + MASK * 4
    if entity_type == "CN_PHONE":
        digits = n if v.isdigit() else sum(ch.isdigit() for ch in v)
        if digits >= 11:
            return _keep_ends(v, 3, 4)
        return _keep_ends(v, 2, 2)
    if n >= 12:
        return _keep_ends(v, 4, 4)
    if n >= 6:
        return _keep_ends(v, 2, 2)
    return MASK * n


def _keep_ends(v: str, head: int, tail: int) -> str:
    """Keep ``head`` leading and ``tail`` trailing alphanumerics; separators stay where they are."""
    n = len(v)
    if v.isalnum():  # most IDs, phones and cards: no separator to keep in place
        return v[:head] + MASK * (n - head - tail) + v[n - tail :] if n > head + tail else MASK * n
    alnum = [i for i, ch in enumerate(v) if ch.isalnum()]
    hidden = set(alnum[head : len(alnum) - tail]) if len(alnum) > head + tail else set(alnum)
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(v))


# A run of digits, perhaps broken by spaces or dashes, as people type ID, phone and card numbers.
_DIGIT_RUN = re.compile(r"\d[\d\s-]{4,}\d[\dXx]?")


def mask_free_text(text: str | None) -> str:
    """Free text people type (a purpose, a reason, a note) as the store and reports keep it:
    every run of six or more digits masked, two kept at each end — so an ID or phone number
    typed into "why I open this file" is not kept in the clear."""
    if not text:
        return ""

    def hide(match: re.Match[str]) -> str:
        s = match.group(0)
        digits = [i for i, ch in enumerate(s) if ch.isalnum()]
        if len(digits) < 6:
            return s
        hidden = set(digits[2:-2])
        return "".join("*" if i in hidden else ch for i, ch in enumerate(s))

    return _DIGIT_RUN.sub(hide, text)
