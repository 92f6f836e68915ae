"""All pattern rules of the packs as one Presidio recognizer, in one compiled pass.

Presidio's ``PatternRecognizer`` runs each recognizer's regexes over the whole text in turn; with
ten rules that is ten passes plus Python work per match, 8-10× slower than one pass over an
alternation of every pattern. Here the alternation finds where *some* rule matches; only at those
positions are the individual patterns tried, so that when two rules claim the same digits (an
18-digit run may be a resident ID, a credit code or a bank card) each gets its validator's say and
the best one wins — one value is one entity.

Scoring (per candidate):
  * the pattern's score;
  * validator ``True`` → raised to the rule's ``validated_score``; ``False`` → dropped;
  * a context word within ``WINDOW_BEFORE`` characters before (or ``WINDOW_AFTER`` after) the value
    → ``+CONTEXT_BOOST`` (at least ``CONTEXT_FLOOR``); a negative-context word (订单号, 发票号)
    nearer to the value than any context word → dropped; ``requires_context`` without context →
    dropped; an allowlisted value → dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from scanner.detect.recognizers.firstchars import first_char_class
from scanner.detect.recognizers.texttable import column_cells, table_hint
from scanner.detect.recognizers.window import last_hit, word_regex
from scanner.detect.rulepacks import PatternRule
from scanner.detect.validators import VALIDATORS, Validator

WINDOW_BEFORE = 16
WINDOW_AFTER = 6
CONTEXT_BOOST = 0.3
CONTEXT_FLOOR = 0.6
#: recognition_metadata flag: context already applied, enhancers must not apply it again
CONTEXT_APPLIED = "baomi_context_applied"


@dataclass(slots=True)
class _Compiled:
    rule: PatternRule
    name: str
    regex: re.Pattern[str]
    first: re.Pattern[str] | None  # what the pattern can start with: skip it cheaply elsewhere
    score: float
    validator: Validator | None
    context: re.Pattern[str] | None
    negative: re.Pattern[str] | None
    allow: frozenset[str]
    order: int
    has_value: bool


class _ColumnRule:
    """How one rule reads a whole cell under a column header.

    A header that is one of the rule's ``fields`` (门诊号) takes a cell matching
    ``field_pattern`` at ``field_score``; for a rule that ``requires_context`` (a passport), a
    header holding one of its context words (护照号码) takes a cell that one of its patterns
    matches whole, scored as a value with context beside it. Either way the validator has its
    say, and a header with a negative-context word (订单号) takes nothing.
    """

    def __init__(self, rule: PatternRule, compiled: Sequence[_Compiled]) -> None:
        self.rule = rule
        self.validator = VALIDATORS[rule.validator] if rule.validator else None
        self.fields = word_regex(rule.fields) if rule.field_pattern else None
        self.field_value = re.compile(rule.field_pattern) if rule.field_pattern else None
        self.context = word_regex(rule.context)
        self.negative = word_regex(rule.negative_context)
        self.patterns = [c for c in compiled if c.rule is rule]
        # Only where the header decides: a rule reading whole cells (fields), or one that reports
        # nothing without context. A phone or card under its header is found by its validator
        # anyway; reading every 电话/银行 column again would cost time and find nothing new.
        words = [*rule.fields, *(rule.context if rule.requires_context else ())]
        self.header = word_regex(words) if self.patterns else None

    def reading(self, header: str) -> bool | None:
        """How this rule reads the cells under ``header``: True by its fields, False by its
        context, None not at all (neither, or a negative-context word). Depends on the header
        alone, so a table's rows ask it once per column, not once per cell."""
        by_field = self.fields is not None and self.fields.search(header) is not None
        by_context = not by_field and self.context is not None and self.context.search(header)
        if not (by_field or by_context):
            return None
        if self.negative is not None and self.negative.search(header):
            return None
        return by_field

    def read_value(self, value: str, by_field: bool) -> tuple[str, float] | None:
        """(pattern name, score) when ``value`` is this rule's entity under a header that
        :meth:`reading` read as ``by_field``."""
        if value in self.rule.allowlist:
            return None
        verdict = self.validator(value) if self.validator else None
        if verdict is False:
            return None
        if by_field and self.field_value is not None and self.field_value.fullmatch(value):
            return "field", self.rule.field_score
        for c in self.patterns:
            if c.regex.fullmatch(value) is None:
                continue
            score = c.score if verdict is not True else max(c.score, self.rule.validated_score)
            return c.name, round(min(1.0, max(score + CONTEXT_BOOST, CONTEXT_FLOOR)), 4)
        return None


def _rename_value_group(regex: str, index: int) -> str:
    # Group names must be unique in the alternation; each pattern's "value" group gets a suffix.
    return regex.replace("(?P<value>", f"(?P<v{index}>")


class RulePackRecognizer(EntityRecognizer):
    """Every :class:`~scanner.detect.rulepacks.PatternRule` of a rule set, in one pass."""

    def __init__(self, rules: Sequence[PatternRule], language: str = "zh") -> None:
        self._rules = tuple(rules)
        entities = sorted({r.entity for r in self._rules})
        super().__init__(
            supported_entities=entities, name="BaomiRulePack", supported_language=language
        )

    def load(self) -> None:
        compiled: list[_Compiled] = []
        branches: list[str] = []
        for rule in self._rules:
            validator = VALIDATORS[rule.validator] if rule.validator else None
            context = word_regex(rule.context)
            negative = word_regex(rule.negative_context)
            for pat in rule.patterns:
                i = len(compiled)
                compiled.append(
                    _Compiled(
                        rule=rule,
                        name=pat.name,
                        regex=re.compile(pat.regex),
                        first=re.compile(fc) if (fc := first_char_class([pat.regex])) else None,
                        score=pat.score,
                        validator=validator,
                        context=context,
                        negative=negative,
                        allow=frozenset(rule.allowlist),
                        order=i,
                        has_value="value" in re.compile(pat.regex).groupindex,
                    )
                )
                branches.append(f"(?P<g{i}>{_rename_value_group(pat.regex, i)})")
        self._compiled = compiled
        lists = {p for c in compiled for p in (c.context, c.negative) if p is not None}
        self._context_words = word_starts_regex(sorted(lists, key=lambda p: p.pattern))
        # The patterns worth trying where a character stands: the first-character test of every
        # pattern, done once per distinct character instead of once per candidate.
        self._by_char: dict[str, tuple[_Compiled, ...]] = {}
        self._branch_order = {f"g{c.order}": c.order for c in compiled}
        self._columns = [_ColumnRule(rule, compiled) for rule in self._rules]
        self._columns = [c for c in self._columns if c.header is not None]
        headers = "|".join(c.header.pattern for c in self._columns if c.header is not None)
        self._header = re.compile(headers, re.IGNORECASE) if headers else None
        self._header_hint = table_hint(headers) if headers else None
        self._combined: re.Pattern[str] | None = None
        if branches:
            first = first_char_class([c.regex.pattern for c in compiled])
            alternation = "|".join(branches)
            self._combined = re.compile(f"(?={first})(?:{alternation})" if first else alternation)

    def analyze(
        self,
        text: str,
        entities: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if self._combined is None:
            return []
        wanted = set(entities) if entities else None
        if wanted is not None and wanted.issuperset(self.supported_entities):
            wanted = None
        results: list[RecognizerResult] = []
        if self._header is not None:
            results.extend(self._column_cells(text, wanted))
        windows = _ContextIndex(text, self._context_words)
        pos = 0
        n = len(text)
        while pos < n:
            m = self._combined.search(text, pos)
            if m is None:
                break
            # Branches before the one that matched cannot match here: the alternation tried them.
            first_branch = self._branch_order.get(m.lastgroup or "", 0)
            best = self._best_at(text, m.start(), wanted, first_branch, windows)
            if best is not None:
                results.append(best)
                pos = max(best.end, m.start() + 1)
            else:
                pos = m.start() + 1
        return results

    def _candidates(self, ch: str) -> tuple[_Compiled, ...]:
        found = self._by_char.get(ch)
        if found is None:
            found = tuple(c for c in self._compiled if c.first is None or c.first.match(ch))
            self._by_char[ch] = found
        return found

    def _best_at(
        self,
        text: str,
        at: int,
        wanted: set[str] | None,
        first_branch: int,
        windows: _ContextIndex,
    ) -> RecognizerResult | None:
        best: tuple[_Compiled, int, int, float] | None = None
        best_key: tuple[float, int] | None = None
        for c in self._candidates(text[at]):
            if c.order < first_branch:
                continue
            if wanted is not None and c.rule.entity not in wanted:
                continue
            m = c.regex.match(text, at)
            if m is None:
                continue
            if c.has_value and m.group("value") is not None:
                start, end = m.span("value")
            else:
                start, end = m.span()
            score = self._score(c, text, start, end, windows)
            if score is None:
                continue
            key = (score, -c.order)
            if best_key is None or key > best_key:
                best_key = key
                best = (c, start, end, score)
        if best is None:
            return None
        # Built for the winner only: a losing candidate's result was thrown away.
        c, start, end, score = best
        return self._result(c.rule, c.name, start, end, score)

    def _column_cells(self, text: str, wanted: set[str] | None) -> list[RecognizerResult]:
        """Whole table cells under a column header (or beside a form label) that names a rule's
        entity, in every table layout (:mod:`~scanner.detect.recognizers.texttable`)."""
        assert self._header is not None
        out = []
        # per header, the rules it opens (in rule order) and how each reads its cells
        readers: dict[str, list[tuple[_ColumnRule, bool]]] = {}
        for start, end, header in column_cells(text, self._header, self._header_hint):
            open_rules = readers.get(header)
            if open_rules is None:
                open_rules = readers[header] = [
                    (column, by_field)
                    for column in self._columns
                    if (wanted is None or column.rule.entity in wanted)
                    and (by_field := column.reading(header)) is not None
                ]
            value = text[start:end]
            for column, by_field in open_rules:
                found = column.read_value(value, by_field)
                if found is not None:
                    name, score = found
                    out.append(self._result(column.rule, name, start, end, score))
                    break
        return out

    def _result(
        self, rule: PatternRule, pattern: str, start: int, end: int, score: float
    ) -> RecognizerResult:
        return RecognizerResult(
            entity_type=rule.entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "rule_id": rule.id,
                "pattern": pattern,
                CONTEXT_APPLIED: True,
            },
        )

    @staticmethod
    def _score(
        c: _Compiled, text: str, start: int, end: int, windows: _ContextIndex
    ) -> float | None:
        value = text[start:end]
        if value in c.allow:
            return None
        score = c.score
        if c.validator is not None:
            verdict = c.validator(value)
            if verdict is False:
                return None
            if verdict is True:
                score = max(score, c.rule.validated_score)
        lo = start - WINDOW_BEFORE
        ctx = -1
        if not windows.quiet(lo, start):
            ctx = last_hit(c.context, text, lo, start)
            neg = last_hit(c.negative, text, lo, start)
            if neg >= 0 and neg >= ctx and not _longer_context(c, text, lo, ctx, neg):
                return None
        if ctx < 0 and not windows.quiet(end, end + WINDOW_AFTER):
            # A label may also follow the value ("13812345678（手机）").
            ctx = last_hit(c.context, text, end, end + WINDOW_AFTER)
        if ctx >= 0:
            score = min(1.0, max(score + CONTEXT_BOOST, CONTEXT_FLOOR))
        elif c.rule.requires_context:
            return None
        return round(score, 4)


def _last_start(pattern: re.Pattern[str] | None, text: str, lo: int, hi: int) -> int:
    start = -1
    if pattern is not None:
        for m in pattern.finditer(text, max(0, lo), hi):
            start = m.start()
    return start


def _longer_context(c: _Compiled, text: str, lo: int, ctx: int, neg: int) -> bool:
    """Whether a context word and a negative one end together and the context word is the
    longer (医保编号 holds the negative 编号 and is context; 凭证号 holds the context 证号 and is
    negative): the longer word is what the label says."""
    if ctx != neg:
        return False
    return _last_start(c.context, text, lo, ctx) < _last_start(c.negative, text, lo, neg)


#: the index is built once a text has asked about this many windows, at least one per
#: _INDEX_DENSITY characters read so far: a pass over the text costs about as much as 40 window
#: searches per 1,000 characters (~25 ns a character against ~1.3 µs a window), so a roster
#: (a window every ~25 characters) gains and prose (one every few hundred) keeps its searches
_INDEX_AFTER = 32
_INDEX_DENSITY = 40


class _ContextIndex:
    """Context-word windows of one text, answered from one index of the text.

    A dense roster asks about two windows per candidate (before the value: context and negative
    context; after it: context), almost all of them empty. After a few asks, where any rule's
    context or negative-context word can begin is found in one pass over the whole text
    (``starts``: zero-width matches, so overlapping words are all there); a window holding none
    of those positions is :meth:`quiet` and cannot hit, and only the others are searched as
    before (:func:`~scanner.detect.recognizers.window.last_hit`), so every answer is the same.
    """

    __slots__ = ("text", "words", "starts", "asks")

    def __init__(self, text: str, words: re.Pattern[str] | None) -> None:
        self.text = text
        self.words = words
        self.starts: list[int] | None = None
        self.asks = 0

    def quiet(self, lo: int, hi: int) -> bool:
        """True when no context word of any rule starts in ``text[lo:hi]`` (so no window search
        there can hit); False when one may, or before the index is built."""
        starts = self.starts
        if starts is None:
            self.asks += 1
            if self.asks < _INDEX_AFTER or self.asks * _INDEX_DENSITY < lo or self.words is None:
                return False
            starts = self.starts = [m.start() for m in self.words.finditer(self.text)]
        i = bisect_left(starts, lo)
        return i == len(starts) or starts[i] >= hi


def word_starts_regex(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """Every position where a word of one of ``patterns`` (:func:`word_regex` alternations)
    begins: zero-width, so overlapping words each count, with the words' first characters in
    front so that ``re`` skips every other position quickly."""
    alternatives = [p.pattern for p in patterns]
    if not alternatives:
        return None
    flags = re.IGNORECASE
    first = first_char_class(alternatives, flags)
    ahead = "(?=" + "|".join(f"(?:{a})" for a in alternatives) + ")"
    return re.compile(f"(?={first}){ahead}" if first else ahead, flags)
