"""Addresses as people write them locally: no province, often no label.

"芦溪镇东风村8组70号", "住南岭镇石桥村3组", "城关镇解放路12号2单元301室", "幸福小区5栋2单元301室".
Such an address is read from its form: a town (镇/乡/街道), a village (村/社区), a road (路/街)
or an estate (小区/花园/苑), each after a short place name, then numbered parts (8组, 70号, 5栋,
2单元, 301室). Towns and villages are in no national list, so the form decides; the shipped list
of administrative divisions (:mod:`scanner.detect.divisions`) confirms a county, city or
province written before it ("开化县华埠镇…", which then belongs to the address) and raises the
score, as does a cue (住, 家住, 现住, 户籍地).

What a form needs, without a cue or a confirmed division before it:
  * a town with a village or road and a numbered part (芦溪镇东风村8组), or
  * a village, road or estate with two numbered parts (东风村8组70号, 幸福小区5栋2单元);
with a cue or a confirmed division, one of those parts less is enough. A numbered part alone
(会议室3号, 第3组) is never an address: it has no place before it. A place name holding a
function word (全镇, 各村, 本乡) is not a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from scanner.detect.divisions import Divisions, load_divisions
from scanner.detect.recognizers.window import CJK

_DIGITS = "0-9０-９"
_CN_NUMBERS = "一二三四五六七八九十"
#: the longest place name read before a town, village, road or estate suffix
_MAX_NAME = 4
_ALL_CJK = re.compile(f"[{CJK}]+")


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class LocalAddress:
    start: int
    end: int
    score: float


class LocalForms:
    def __init__(self, cfg: dict[str, Any], divisions: Divisions | None = None) -> None:
        self.divisions = divisions or load_divisions()
        towns, villages = cfg.get("towns") or (), cfg.get("villages") or ()
        roads, estates = cfg.get("roads") or (), cfg.get("estates") or ()
        numbered = _alt(cfg.get("numbered") or ())
        self.score = float(cfg.get("score", 0.7))
        self.confirmed_score = float(cfg.get("confirmed_score", 0.85))
        self._not_in_names = frozenset(str(cfg.get("not_in_names") or ""))
        self._cues = tuple(sorted(cfg.get("cues") or (), key=len, reverse=True))
        name = f"[{CJK}]{{1,{_MAX_NAME}}}?"
        number = f"(?:[{_DIGITS}]{{1,5}}(?:{numbered})|[{_CN_NUMBERS}]{{1,3}}(?:组|队|社))"
        # Read from the suffix on (the name before it is found by looking back): the regex then
        # starts with a suffix character, which Python's re skips to quickly.
        self._form = re.compile(
            f"(?P<first>{_alt([*towns, *villages, *roads, *estates])})"
            f"(?P<village>{name}(?:{_alt(villages)}))?"
            f"(?P<road>{name}(?:{_alt(roads)}))?"
            f"(?P<n1>(?:{number})*)"
            f"(?P<estate>{name}(?:{_alt(estates)}))?"
            f"(?P<n2>(?:{number})*)"
        )
        self._number = re.compile(number)
        self._kinds = {
            **{w: "town" for w in towns},
            **{w: "village" for w in villages},
            **{w: "road" for w in roads},
            **{w: "estate" for w in estates},
        }
        self._suffixes = sorted(self._kinds, key=len, reverse=True)

    def find(self, text: str) -> Iterator[LocalAddress]:
        pos = 0
        while True:
            m = self._form.search(text, pos)
            if m is None:
                return
            found = self._read(text, m)
            if found is None:
                pos = m.start() + 1  # "大路口乡…": 路 opens no address, 乡 after it may
                continue
            pos = max(found.end, m.start() + 1)
            yield found

    def _read(self, text: str, m: re.Match[str]) -> LocalAddress | None:
        start = self._name_start(text, m.start())
        if start is None:
            return None
        parts = {self._kinds[m.group("first")]}
        for group in ("village", "road", "estate"):
            if m.group(group):
                parts.add(group)
        numbers = len(self._number.findall(m.group("n1") + m.group("n2")))
        end = m.end()
        for group in ("village", "road", "estate"):
            span = m.group(group)
            if span and not self._plain_name(span[: -len(self._suffix_of(span))]):
                return None
        opened = self.divisions.ends_at(text, start)
        confirmed = opened < start or self._cue_before(text, start)
        places = len(parts)
        if "town" in parts and places >= 2 and numbers >= 1:
            strong = True
        else:
            strong = places >= 1 and parts != {"town"} and numbers >= 2
        weak = (places >= 2) or (parts != {"town"} and numbers >= 1) or (numbers >= 2)
        if strong:
            return LocalAddress(opened, end, self.confirmed_score if confirmed else self.score)
        if weak and confirmed:
            return LocalAddress(opened, end, self.confirmed_score)
        return None

    def _suffix_of(self, span: str) -> str:
        for suffix in self._suffixes:
            if span.endswith(suffix):
                return suffix
        return ""

    def _plain_name(self, name: str) -> bool:
        return bool(name) and not (set(name) & self._not_in_names)

    def _name_start(self, text: str, suffix_at: int) -> int | None:
        """Where the place name before a suffix starts, or None when there is none.

        Two characters, the usual length of a town's or village's name; three or four when a
        division from the list or a cue ends right before them ("三台县" + "芦溪" + 镇 is two)
        or a line starts there. A function word stops the name (全镇, 各村).
        """
        best = None
        for length in (2, 3, 4):
            start = suffix_at - length
            name = text[max(start, 0) : suffix_at]
            if start < 0 or not self._plain_name(name) or not _ALL_CJK.fullmatch(name):
                break
            if best is None:
                best = start
            if self.divisions.ends_at(text, start) < start or self._cue_before(text, start):
                return start
            if length == 3 and (start == 0 or not _ALL_CJK.match(text[start - 1])):
                best = start  # "\n大路口乡…": the line opens with the name
        return best

    def _cue_before(self, text: str, start: int) -> bool:
        lead = text[max(0, start - 6) : start].rstrip("：: \t")
        return lead.endswith(self._cues) if self._cues else False
