"""Secrecy marks a document already carries: 秘密★1年, 工作秘密, 内部资料, 此件不公开 …

An official document (GB/T 9704) puts its mark on a short line of its own at the top left
(密级和保密期限, "秘密★1年", beside 份号 and 紧急程度) and its handling note (附注, "此件不公开")
at the end; offices print "内部资料 注意保密" in the first line. So a mark counts only where
marks are written — the first and last lines of the body, or a page header/footer — and only
when it is (nearly) the whole line: "保守秘密的义务", "商业秘密" or a policy quoting
"标注“秘密★1年”" in a sentence are prose, and "密级：＿＿" on a blank template has no level.

机密 and 绝密 are state-secret levels (国家秘密, GB/T 7156): such a document does not belong on
a file server handled under the work-secret policy (docs/policy.md), so the mark says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scanner.detect.recognizers.window import FIELD_MARK

#: lines read at the start and at the end of the body
HEAD_LINES = 8
TAIL_LINES = 6
#: a line longer than this is prose, not a mark line
MAX_LINE = 40

STATE_SECRET_WARNING = (
    "文件带有国家秘密标志（机密/绝密），不应存放在本服务器上，请立即报告保密委员会 / "
    "the document carries a state-secret mark (机密/绝密); it does not belong on this server: "
    "report it to the secrecy committee"
)

_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_STAR = r"[★☆*＊]"
_NUM = r"[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3}"
# The level and its period: 秘密★1年, 机密★6个月, 秘密 ★ 长期, 工作秘密★2年, 绝密★, 密级：机密.
_LEVEL = re.compile(
    rf"(?:密级\s*[:：]\s*)?(?P<level>工作秘密|绝密|机密|秘密)"
    rf"(?:\s*{_STAR}\s*(?:(?P<num>{_NUM})\s*(?P<unit>年|个月|月)|(?P<long>长期))?)?"
)
# Handling marks without a level; several often share a line ("此件不公开，阅后收回").
_HANDLING = re.compile(
    r"此件不公开|此件不得公开|不予公开|阅后收回|阅后退回|用后收回|内部资料|内部文件|注意保密|"
    r"注意保存|内部使用|仅供内部"
)
# Marks an office template prints on every page: not evidence when only in a header/footer.
_WEAK = frozenset({"内部资料", "内部文件", "注意保密", "注意保存", "内部使用", "仅供内部"})
_ALLOWED_BESIDE = re.compile(r"[\d\W_]|特急|加急|特提|平急|急件|份号|编号|第|号|No")
_QUOTES = "“”\"'‘’「」『』《》"
_SPACES = re.compile(r"[\s\u3000]+")
# nothing but spaces and punctuation (markdown's ** included): a bare level standing alone
_ONLY_PUNCT = re.compile(r"[\W_]*")
# the column header the pipeline puts before a cell ("\x1e姓名：") is not the cell's text
_FIELD = re.compile(re.escape(FIELD_MARK) + r"[^：]*：")


@dataclass(frozen=True, slots=True)
class ExistingMark:
    """A secrecy mark found in a document; ``retention_years`` is None without a period
    (and for 长期), fractional for months."""

    text: str
    retention_years: float | None
    state_secret: bool
    rank: int = 0  # state secret 3 > level with ★ or 工作秘密 2 > handling note 1

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "retention_years": self.retention_years,
            "state_secret": self.state_secret,
        }
        if self.state_secret:
            out["warning"] = STATE_SECRET_WARNING
        return out


def _number(raw: str) -> int:
    raw = raw.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if raw.isdigit():
        return int(raw)
    if raw == "十":
        return 10
    if "十" in raw:
        tens, _, ones = raw.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0))
    return _CN_DIGITS.get(raw, 0)


def _retention(m: re.Match[str]) -> float | None:
    num, unit = m.group("num"), m.group("unit")
    if not num or not unit:
        return None
    n = _number(num)
    if unit == "年":
        return n
    return round(n / 12, 2)


def _is_mark_line(line: str, spans: list[tuple[int, int]]) -> bool:
    """The marks are (nearly) the whole line, not quoted, not an example."""
    parts, last = [], 0
    for s, e in spans:
        parts.append(line[last:s])
        last = max(last, e)
    parts.append(line[last:])
    rest = "".join(parts)
    if any(q in rest for q in _QUOTES):
        return False
    # Beside a mark stand only its 份号 (a number), 紧急程度 (特急) and punctuation: any other
    # word makes the line a title or a sentence ("工作秘密管理制度", "内部资料汇编").
    return not _ALLOWED_BESIDE.sub("", rest)


def mark_in_line(raw: str, header: bool = False) -> ExistingMark | None:
    """The mark a single line carries, if the line is a mark line."""
    line = _SPACES.sub(" ", _FIELD.sub("", raw)).strip()
    if not line or len(line) > MAX_LINE:
        return None
    found: list[tuple[int, int, ExistingMark]] = []
    for m in _LEVEL.finditer(line):
        level = m.group("level")
        starred = bool(re.search(_STAR, m.group(0)))
        colon = m.group(0).startswith("密级")
        alone = _ONLY_PUNCT.fullmatch(line[: m.start()] + line[m.end() :]) is not None
        if level != "工作秘密" and not (starred or colon or alone):
            # a bare 秘密 is a word (商业秘密, 保守秘密), 机密文件 a heading; alone on its line —
            # a county letter's page header, a PDF's first line — it is the level itself
            continue
        state = level in ("机密", "绝密")
        mark = ExistingMark(_SPACES.sub("", m.group(0)), _retention(m), state, 3 if state else 2)
        found.append((m.start(), m.end(), mark))
    for m in _HANDLING.finditer(line):
        if header and m.group(0) in _WEAK:
            continue
        found.append((m.start(), m.end(), ExistingMark(m.group(0), None, False, 1)))
    if not found:
        return None
    found.sort(key=lambda f: f[0])
    if not _is_mark_line(line, [(s, e) for s, e, _ in found]):
        return None
    best = max((f[2] for f in found), key=lambda k: (k.rank, k.retention_years or 0.0))
    if best.rank == 1:
        # "此件不公开，阅后收回" is one note: report it as written
        text = line[found[0][0] : found[-1][1]]
        return ExistingMark(_SPACES.sub("", text), None, False, 1)
    return best


def stronger(a: ExistingMark | None, b: ExistingMark | None) -> ExistingMark | None:
    """The mark that decides: a state-secret level, then a level, then a handling note; the
    longer period among equals."""
    if a is None or b is None:
        return a or b
    return max((a, b), key=lambda k: (k.rank, k.retention_years or 0.0))


class MarkFinder:
    """Looks for marks in a document's first and last body lines and in its headers/footers,
    fed batch by batch while the document is scanned."""

    __slots__ = ("found", "_head_left", "_tail")

    def __init__(self) -> None:
        self.found: ExistingMark | None = None
        self._head_left = HEAD_LINES
        self._tail: list[str] = []

    def observe(self, text: str, boilerplate: bool = False) -> None:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if boilerplate:
            for ln in lines[:HEAD_LINES]:
                self.found = stronger(self.found, mark_in_line(ln, header=True))
            return
        for ln in lines[: self._head_left]:
            self.found = stronger(self.found, mark_in_line(ln))
        self._head_left = max(0, self._head_left - len(lines))
        self._tail = (self._tail + lines[-TAIL_LINES:])[-TAIL_LINES:]

    def result(self) -> ExistingMark | None:
        for ln in self._tail:
            self.found = stronger(self.found, mark_in_line(ln))
        self._tail = []
        return self.found
