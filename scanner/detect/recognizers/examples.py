"""Example values are not secrets: the ID number a filling guide prints "as a format sample",
the card number of a notice's "示意卡号", the phone of a form's "填写示例".

A guide, a training slide or a blank form's instructions show what a value looks like with a
made-up one, and say so in the same clause — before the value (示例：, 例如, 样例, 示意卡号,
虚构号码) or right after it (…（示例）, …仅为格式样例). Such a value is dropped whatever its
type. The marker must stand in the value's own clause: "本表填写示例见附件。姓名：王秀英 电话：…"
names an example elsewhere and keeps the resident's values.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from presidio_analyzer import RecognizerResult

from scanner.detect.recognizers.firstchars import compile_fast

#: words a text uses to say that a value is made up to show its format (例： but not 病例：,
#: a case, nor 案例/实例/事例/比例/条例); their first characters in front, so that ``re`` skips
#: every other position of a text quickly
_MARKER = compile_fast(
    r"示\s*例|示\s*意|样\s*例|范\s*例|例\s*如|举\s*例|虚\s*构|格式说明|仅为格式|仅作格式"
    r"|填写样式|填写示范|(?<![病案实事比条])例\s*[:：]"
)
#: everything up to the last clause end before a point (greedy: the last one is found)
_UP_TO_CLAUSE_END = re.compile(r".*[。！？!?；;\n]", re.DOTALL)
#: where a clause ends after a value
_CLAUSE_END = re.compile(r"[。！？!?；;\n]")
#: how far before the value its clause is read, at most
_BEFORE = 200
#: how far after the value its own note is read ("（示例）", "仅为格式样例")
_AFTER = 12


def is_example(text: str, result: RecognizerResult) -> bool:
    """Whether the value ``result`` is shown as an example in its own clause."""
    lo = max(0, result.start - _BEFORE)
    cut = _UP_TO_CLAUSE_END.match(text, lo, result.start)
    if _MARKER.search(text, cut.end() if cut else lo, result.start):
        return True
    after = _CLAUSE_END.search(text, result.end, result.end + _AFTER)
    end = after.start() if after else min(len(text), result.end + _AFTER)
    return _MARKER.search(text, result.end, end) is not None


def drop_examples(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` without the values shown as examples. One pass finds the markers; a text
    without any (a patient list, a record) costs nothing more."""
    marks = [m.start() for m in _MARKER.finditer(text)]
    if not marks:
        return results
    kept = []
    for r in results:
        i = bisect_left(marks, max(0, r.start - _BEFORE))
        j = bisect_left(marks, r.end)
        near = (i < len(marks) and marks[i] < r.start) or (
            j < len(marks) and marks[j] < r.end + _AFTER
        )
        if not (near and is_example(text, r)):
            kept.append(r)
    return kept
