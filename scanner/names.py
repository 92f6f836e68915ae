"""File names and other untrusted text, made safe to print, to put in JSON and to store.

Linux file names are bytes. Python carries them as ``str`` with ``surrogateescape`` (each byte
that is not valid UTF-8 becomes U+DC80..U+DCFF), which cannot be encoded as UTF-8: written to
a terminal, a JSON file or the database as is, it raises ``UnicodeEncodeError``. DESIGN: "A file
name that is not valid UTF-8 is written with its undecodable bytes escaped, never dropped".

The one escape, used everywhere a name leaves the process (JSON lines, status.json, the store,
the audit trail, the report, the terminal):

* a byte of the name that is not valid UTF-8 is written ``\\xNN`` (two lowercase hex digits);
* a character that would act on a terminal instead of being shown — C0/C1 controls, DEL,
  bidirectional overrides and other format characters, line and paragraph separators — is
  written as its UTF-8 bytes, each ``\\xNN``;
* a backslash is written ``\\\\``, so that the escaped form is unambiguous;
* everything else (Chinese included) is kept as it is.

:func:`unescape_name` turns the escaped form back into the exact bytes of the name, so a
record always leads back to its file: ``os.fsencode(name) == unescape_name(escape_name(name))``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Any

# Unicode categories that change what a terminal shows instead of being shown.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_ESCAPE = re.compile(r"\\(\\|x[0-9a-fA-F]{2})")
# Longest base name most Linux file systems take, in bytes.
_NAME_MAX = 255


def _needs_escape(ch: str) -> bool:
    return ch == "\\" or unicodedata.category(ch) in _HIDDEN_CATEGORIES


def escape_name(name: str | bytes | os.PathLike[str]) -> str:
    """The printable, valid-UTF-8 form of a name or untrusted text (see the module doc)."""
    text = os.fsdecode(name) if isinstance(name, bytes) else os.fspath(name)
    if text.isprintable() and "\\" not in text:
        return text  # the common case: nothing to do
    out: list[str] = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")  # an undecodable byte of the name
        elif _needs_escape(ch):
            raw = ch.encode("utf-8", "surrogatepass")
            out.append("".join(f"\\x{b:02x}" for b in raw))
        else:
            out.append(ch)
    return "".join(out)


def unescape_name(text: str) -> bytes:
    """The bytes of the name that :func:`escape_name` wrote as ``text``."""
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(text):
        out += text[pos : m.start()].encode("utf-8", "surrogateescape")
        token = m.group(1)
        out += b"\\" if token == "\\" else bytes([int(token[1:], 16)])
        pos = m.end()
    out += text[pos:].encode("utf-8", "surrogateescape")
    return bytes(out)


#: the characters ``surrogateescape`` makes of undecodable bytes; searched in C, not per character
_SURROGATE = re.compile("[\udc80-\udcff]")


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def escape_surrogates(text: str) -> str:
    """``text`` with only the undecodable bytes of a name escaped (``\\xNN``); nothing else.

    For text that is stored or logged rather than shown (the store's path columns, audit
    events, status.json, JSON log lines): valid UTF-8 either way, and idempotent, so a path read
    back from the store and used in a query matches the row it came from.
    """
    if _SURROGATE.search(text) is None:
        return text
    return "".join(
        f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text
    )


def json_safe(value: Any) -> Any:
    """``value`` (JSON-able: dicts, lists, strings …) with :func:`escape_surrogates` applied to
    every string in it, keys included, so ``json.dumps`` output encodes as UTF-8."""
    if isinstance(value, str):
        return escape_surrogates(value)
    if isinstance(value, dict):
        return {json_safe(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def escape_text(value: object) -> str:
    """Any untrusted value (a sealed file's header field, say) as text safe for a terminal."""
    return escape_name(value if isinstance(value, str) else str(value))


def safe_basename(raw: object, fallback: str = "opened") -> str:
    """A name to create a file under, from a name someone else chose (a sealed file's header).

    Only the last path component is kept (no folders, no ``..``), control and format characters
    are dropped, leading dots and spaces removed (no hidden files such as ``.bash_profile``),
    and the result is cut to 255 bytes. When nothing is left, ``fallback`` (made safe the same
    way), and at the last ``opened``.
    """
    for candidate in (raw, fallback, "opened"):
        if not isinstance(candidate, str):
            continue
        base = re.split(r"[/\\]", candidate)[-1]
        base = "".join(ch for ch in base if not _needs_escape(ch) or ch == "\\")
        base = base.replace("\\", "").strip().lstrip(". ")
        while len(base.encode("utf-8")) > _NAME_MAX:
            base = base[:-1]
        if base:
            return base
    return "opened"
