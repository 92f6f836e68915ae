"""The dense-text shortcuts answer exactly what the plain searches answer (issue 13).

Each shortcut (the rule pack's context index, the table hint read only on digit-free lines, the
ID-shape cache) exists for speed alone; these tests compare it with the search it replaces on
texts built to make them disagree if they could: words overlapping words, windows cut through a
word, headers between digit lines, carriage-return-free and blank lines.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.detect.recognizers import texttable
from scanner.detect.recognizers.rule_pack import _INDEX_AFTER, _ContextIndex, word_starts_regex
from scanner.detect.recognizers.texttable import table_cells, table_hint
from scanner.detect.recognizers.window import last_hit, word_regex
from scanner.detect.validators import bank_card, gb11643, gb32100

CONTEXT = word_regex(["电话", "联系电话", "Tel", "手机号", "手机"])
NEGATIVE = word_regex(["订单号", "单号", "号码"])
assert CONTEXT is not None and NEGATIVE is not None
PIECES = [
    "电话",
    "联系",
    "联系电话",
    "tel",
    "TEL",
    "手机号",
    "订单号",
    "单",
    "号码",
    "1",
    "\n",
    "\t",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=40),
    st.lists(st.tuples(st.integers(-20, 120), st.integers(1, 30)), min_size=1, max_size=80),
)
def test_a_quiet_window_is_one_no_search_would_hit(
    parts: list[str], windows: list[tuple[int, int]]
) -> None:
    text = "".join(parts)
    index = _ContextIndex(text, word_starts_regex([CONTEXT, NEGATIVE]))
    # past _INDEX_AFTER asks the index answers: ask enough for both ways to be compared
    asks = windows * (1 + 2 * _INDEX_AFTER // len(windows))
    for lo, width in asks:
        hits = [last_hit(p, text, lo, lo + width) for p in (CONTEXT, NEGATIVE)]
        if index.quiet(lo, lo + width):
            assert hits == [-1, -1]
        elif index.starts is not None:
            # not quiet: a word starts in the window (it may run past the window's end)
            assert any(lo <= s < lo + width for s in index.starts)
    assert index.starts is not None


def test_context_index_is_built_only_after_many_asks() -> None:
    text = "联系电话：13812345678\n" * 3
    index = _ContextIndex(text, word_starts_regex([CONTEXT]))
    for _ in range(_INDEX_AFTER - 1):
        assert not index.quiet(6, 17)  # a sparse text's few windows are searched directly
    assert index.starts is None
    assert index.quiet(6, 17)
    assert not index.quiet(0, 6)
    assert index.starts == [m.start() for m in re.finditer("(?=电话|联系电话)", text)]


def _plain_table_cells(text: str, header: re.Pattern[str], hint: re.Pattern[str]) -> list:
    """table_cells with the hint searched over the whole text, as before the shortcut."""
    saved = texttable._next_hint

    def plain(h: re.Pattern[str], t: str, offset: int, _runs: object) -> re.Match[str] | None:
        return h.search(t, offset)

    texttable._next_hint = plain  # type: ignore[assignment]
    try:
        return list(table_cells(text, header, hint))
    finally:
        texttable._next_hint = saved


LINES = [
    "姓名\t住址\t电话",
    "序号  姓名  住址",
    "| 姓名 | 电话 |",
    "张三\t杭州市西湖区\t13812345678",
    "1\t李四\t上海",
    "王五  北京市  2号",
    "",
    "合计",
    "说明：姓名 住址",
    "|---|---|",
    "姓名１\t住址",  # a full-width digit: not ASCII, so its line is still read
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=30), st.booleans())
def test_table_hint_on_digit_free_lines_finds_the_same_cells(lines: list[str], end: bool) -> None:
    text = "\n".join(lines) + ("\n" if end else "")
    header = re.compile("姓名|住址|电话")
    hint = table_hint(header.pattern)
    texttable._LineCache.text = texttable._LineCache.runs_text = None
    expected = _plain_table_cells(text, header, hint)
    texttable._LineCache.text = texttable._LineCache.runs_text = None
    assert list(table_cells(text, header, hint)) == expected


def test_id_shape_cache_keeps_every_validator_answer() -> None:
    values = [
        "11010519491231002X",  # a resident ID
        "622102194912310023",  # ID-shaped with a card prefix, failing the ID check
        "6222021234567890128",  # a card
        "91350100M000100Y43",  # a credit code
    ]
    expected = [
        (True, False, None),
        (False, None, None),  # a card or credit code only with its label
        (False, True, False),
        (False, False, True),
    ]
    for _ in range(2):  # the second time from the cache
        assert [(gb11643(v), bank_card(v), gb32100(v)) for v in values] == expected
