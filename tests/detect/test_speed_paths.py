"""Issue 13's per-character shortcuts answer exactly what the code they replace answered.

Each is there for speed alone: a table row's digit test done on the whole line, a tab-separated
row's cells built without re-slicing the line, the resident-ID checksum summed from the digits'
bytes, Viterbi's back-tracking walked over lists for a call with few windows. Each is compared
here with the plain computation it replaced, on inputs built to make them disagree if they could
(digits that are not ASCII, blanks around cells, empty cells, windows of every length).
"""

from __future__ import annotations

from operator import mul

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.detect.names.fast import _LIST_BACKTRACK, _backtrack_lists, backtrack_arrays
from scanner.detect.recognizers.texttable import MAX_HEADER_CELL, _Cell, _Row, _tab_cells
from scanner.detect.validators import gb11643

CELL_PIECES = ["姓名", "住址", "电话", "备注", "x", "3", "３", "①", "٣", " ", "\u3000", "长" * 13]
LINE_PIECES = [*CELL_PIECES, "\t", "  ", "|", "｜"]


def _plain_header_shaped(line: str) -> bool:
    """The test as it was: per filled cell, its length and a digit among its characters."""
    filled = [c for c in _Row(line).cells if c.text]
    return len(filled) >= 2 and not any(
        len(c.text) > MAX_HEADER_CELL or any(ch.isdigit() for ch in c.text) for c in filled
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=16))
def test_a_rows_header_shape_is_the_per_cell_test(parts: list[str]) -> None:
    line = "".join(parts)
    assert _Row(line).header_shaped == _plain_header_shaped(line)


def test_a_digit_that_is_not_ascii_still_keeps_a_line_from_being_a_header() -> None:
    assert _Row("姓名\t住址").header_shaped
    for digit in ("①", "３", "٣"):
        assert not _Row(f"姓名\t住址{digit}").header_shaped


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*CELL_PIECES, "\t", "\t", ""]), max_size=16))
def test_tab_cells_are_the_cells_of_each_part(parts: list[str]) -> None:
    line = "".join(parts)
    expected = []
    pos = 0
    for part in line.split("\t"):
        expected.append(_Cell(line, pos, pos + len(part)))
        pos += len(part) + 1
    got = _tab_cells(line)
    as_tuples = [(c.text, c.start, c.end, c.col) for c in got]
    assert as_tuples == [(c.text, c.start, c.end, c.col) for c in expected]


_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _check_digit(first17: str) -> str:
    return "10X98765432"[sum(map(mul, map(int, first17), _WEIGHTS)) % 11]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1980, 2010),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 999),
    st.sampled_from("0123456789X"),
)
def test_the_id_checksum_from_bytes_is_the_checksum_per_digit(
    year: int, month: int, day: int, serial: int, last: str
) -> None:
    first17 = f"110105{year:04d}{month:02d}{day:02d}{serial:03d}"
    value = first17 + last
    assert gb11643(value) is (last == _check_digit(first17))
    # the same number in Arabic-Indic digits takes the per-digit path, with the same verdict
    # on its first seventeen digits (its check character is compared as written)
    eastern = value.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert gb11643(eastern) is (eastern[17] == _check_digit(first17))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 40), st.integers(1, 24))
def test_backtracking_over_lists_is_backtracking_over_arrays(seed: int, w: int, width: int) -> None:
    rng = np.random.default_rng(seed)
    back = rng.integers(0, 3, size=(w, width, 3))
    last = rng.integers(0, 3, size=w)
    ln = rng.integers(0, width + 1, size=w)
    ln[0] = width  # the longest window sets the width
    got = _backtrack_lists(back, last, ln, width)
    assert got.dtype == np.int64
    assert np.array_equal(got, backtrack_arrays(back, last, ln, width))


def test_viterbi_of_few_and_of_many_windows_agree() -> None:
    """The same windows decoded in a small call (lists) and inside a large one (arrays)."""
    from scanner.detect.names.model import NameModel

    crf = NameModel.load().compiled()
    text = "患者王秀英，女，住东风村8组。联系人李建国电话见附表；随访医生张丽。" * 30
    em = crf.emissions(crf.code_points(text))
    starts = list(range(0, len(text) - 21, 7))
    lengths = [5 + (i % 17) for i in range(len(starts))]
    assert len(starts) > _LIST_BACKTRACK
    whole = crf.viterbi(em, starts, lengths)
    for i in range(0, len(starts), 10):
        part = crf.viterbi(em, starts[i : i + 10], lengths[i : i + 10])
        for row, k in enumerate(range(i, min(i + 10, len(starts)))):
            n = lengths[k]
            assert part[row, :n].tolist() == whole[k, :n].tolist()
