"""CN_ADDRESS: home and postal addresses.

An address is recognised after an address label (住址：, 家住) or when it starts with a province
name; the run of address characters is cut at the next field label (…17号联系电话…), trimmed to its
last administrative or street component, and kept only with enough components: two after a label,
three without one ("浙江省杭州市卫生健康委员会" is an organisation, not where somebody lives).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from scanner.detect.divisions import load_divisions
from scanner.detect.recognizers.firstchars import compile_fast
from scanner.detect.recognizers.localaddress import LocalForms
from scanner.detect.recognizers.rule_pack import CONTEXT_APPLIED
from scanner.detect.recognizers.texttable import column_cells, table_hint
from scanner.detect.recognizers.window import CJK

_MAX_LEN = 60


class _Spans:
    """The spans of results found so far: does one of them cover a position?"""

    def __init__(self, results: Iterable[RecognizerResult]) -> None:
        self.spans = sorted((r.start, r.end) for r in results)
        self.starts = [s for s, _e in self.spans]

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


class AddressRecognizer(EntityRecognizer):
    def __init__(self, config: dict[str, Any], language: str = "zh") -> None:
        self._config = config
        super().__init__(
            supported_entities=[str(config.get("entity", "CN_ADDRESS"))],
            name="BaomiAddress",
            supported_language=language,
        )

    def load(self) -> None:
        cfg = self._config
        self.entity = str(cfg.get("entity", "CN_ADDRESS"))
        self.score = float(cfg.get("score", 0.85))
        self.unlabelled_score = float(cfg.get("unlabelled_score", 0.6))
        self.min_components = int(cfg.get("min_components", 2))

        def alt(words: Any) -> str:
            return "|".join(re.escape(w) for w in sorted(set(words or ()), key=len, reverse=True))

        run = f"[{CJK}A-Za-z0-9０-９\\-－#（）()]{{2,{_MAX_LEN}}}"
        # possessive: a run of spaces after a label is read once, never re-split (linear time)
        sep = "[ \\t\\u3000]*+(?:[:：|｜][ \\t\\u3000]*+)?"
        self._labelled = compile_fast(f"(?:{alt(cfg.get('labels'))}){sep}(?P<v>{run})")
        self._unlabelled = compile_fast(f"(?P<v>(?:{alt(cfg.get('provinces'))}){run})")
        # A component is its suffix word after at least one character of name or number.
        self._component = re.compile(f"(?<=[{CJK}0-9０-９A-Za-z])(?:{alt(cfg.get('components'))})")
        self._column_re = re.compile(alt(cfg.get("labels")) or "(?!)")
        self._table_hint = table_hint(alt(cfg.get("labels")) or "(?!)")
        stops = alt(cfg.get("stop_words"))
        self._stop = re.compile(stops) if stops else None
        self._local = LocalForms(cfg.get("local") or {}, load_divisions())

    def _trim(self, text: str, start: int, end: int) -> tuple[int, int, int]:
        """Cut at a following label, then back to the last component; returns (start, end, n)."""
        if self._stop is not None:
            m = self._stop.search(text, start, end)
            if m is not None:
                end = m.start()
        last = -1
        count = 0
        for m in self._component.finditer(text, start, end):
            # 杭州市: 州 and 市 side by side are one component, not two.
            if m.start() != last:
                count += 1
            last = m.end()
        if last < 0:
            return start, start, 0
        # Keep a trailing number only when it belongs to a component ("3组17号"), which the
        # component match already includes; a bare "12" after the last component goes.
        return start, last, count

    def analyze(
        self,
        text: str,
        entities: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if entities and self.entity not in entities:
            return []
        found: dict[int, RecognizerResult] = {}  # by start: one address per place

        def add(start: int, end: int, n: int, need: int, score: float) -> None:
            if n >= need and start not in found:
                found[start] = self._result(start, end, score)

        for m in self._labelled.finditer(text):
            add(*self._trim(text, *m.span("v")), self.min_components, self.score)
        # A cell under an address column, in any table layout: the whole cell is the candidate.
        for cell_start, cell_end, _header in column_cells(text, self._column_re, self._table_hint):
            if cell_end - cell_start <= _MAX_LEN:
                add(*self._trim(text, cell_start, cell_end), self.min_components, self.score)
        # Unlabelled addresses (a province name first, or a local form: 芦溪镇东风村8组70号)
        # where no labelled one already stands.
        taken = _Spans(found.values())
        for m in self._unlabelled.finditer(text):
            start, end, n = self._trim(text, *m.span("v"))
            if not taken.covers(start):
                add(start, end, n, self.min_components + 1, self.unlabelled_score)
        taken = _Spans(found.values())
        for local in self._local.find(text):
            same = found.get(local.start)
            if same is not None and same.score < local.score and same.end <= local.end:
                # a province-first address whose levels the division list confirms
                found[local.start] = self._result(local.start, local.end, local.score)
            elif not taken.covers(local.start):
                add(local.start, local.end, 1, 1, local.score)
        results = sorted(found.values(), key=lambda r: r.start)
        return results

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                CONTEXT_APPLIED: True,
            },
        )
