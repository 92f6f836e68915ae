"""Character windows: context for Chinese, where tokens are a poor unit.

Chinese labels sit right next to their values with no space ("身份证号：1101…"), and a blank spaCy
pipeline has no lemmas, so Presidio's token-based context never fires. A window of characters
before the value, searched with one compiled alternation of the context words, is both more
accurate and cheaper than segmenting the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

#: Opens a field prefix in analysed text: ``FIELD_MARK + "姓名" + "：" + cell text + "\n"``. The
#: pipeline writes it before a table cell whose column header or form label it knows, so a
#: recognizer can take the whole cell as the value the label names. A private-use character:
#: it never occurs in real documents.
FIELD_MARK = "\ue000"
#: A field prefix as the pipeline writes it, mark to "：" on one line: the header it names may
#: carry a neighbouring cell's value ("\ue000怀玉兰 血压：156/92"), so readers that must not see
#: values (the classifier's plain text, the learned reading's n-grams) take it out.
FIELD_PREFIX = re.compile(FIELD_MARK + "[^：\n]*：")
#: How far into a field its label is looked for: a column header plus a form label fit easily.
MAX_FIELD_CHARS = 120


def field_regex(labels: Iterable[str], value: str) -> re.Pattern[str] | None:
    """A cell whose field contains one of ``labels``; group ``v`` is the whole cell text."""
    alt = word_regex(labels)
    if alt is None:
        return None
    # The label is looked for only in the first MAX_FIELD_CHARS after the mark: unbounded, a
    # megabyte cell full of label words was searched from every label to every "：" (quadratic).
    head = f"[^{FIELD_MARK}\n]{{0,{MAX_FIELD_CHARS}}}?"
    return re.compile(
        f"{FIELD_MARK}{head}(?:{alt.pattern})[^{FIELD_MARK}\n]*?：(?P<v>{value})(?=\n|$)"
    )


def word_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation, longest first, case-insensitive (context lists mix 电话 and tel)."""
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    if not uniq:
        return None
    return re.compile("|".join(re.escape(w) for w in uniq), re.IGNORECASE)


def last_hit(pattern: re.Pattern[str] | None, text: str, start: int, end: int) -> int:
    """Position of the end of the last match of ``pattern`` in ``text[start:end]``, or -1."""
    if pattern is None or end <= start:
        return -1
    pos = -1
    for m in pattern.finditer(text, max(0, start), end):
        pos = m.end()
    return pos
