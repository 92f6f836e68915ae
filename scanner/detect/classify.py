"""Which of the five policy categories a document falls in, and why.

Decided from the rules in ``categories.yaml``: keyword signals (one compiled pass over the text for
all keywords of all categories), entity signals (counts of findings by type), a title zone where
keywords weigh double, and the policy's "not yet public" test: published notices, health
education and blank templates get no category unless something marks them internal or they list
individuals' identifiers. Every decision carries its reasons so a clerk can see why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from scanner.detect.marks import ExistingMark
from scanner.detect.recognizers.firstchars import first_char_class
from scanner.detect.rulepacks import Categories, LabelPolicy, Signal

_BLANK_FIELD = re.compile(
    r"[\u4e00-\u9fff]{1,8}[:：][ \t\u3000]*(?:_{2,}|＿{2,}|—{2,}|\(\s*\)|（\s*）)"
)


@dataclass(slots=True)
class Evidence:
    """What a document showed, gathered batch by batch while it is scanned."""

    keywords: dict[str, bool] = field(default_factory=dict)  # keyword -> seen in the title zone
    entities: Counter[str] = field(default_factory=Counter)
    blank_fields: int = 0
    chars: int = 0


@dataclass(frozen=True, slots=True)
class Decision:
    categories: tuple[str, ...]
    reasons: dict[str, list[str]]
    public: bool
    public_reasons: tuple[str, ...]
    scores: dict[str, float]


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    retention_years: int


class Classifier:
    def __init__(self, rules: Categories) -> None:
        self.rules = rules
        words: set[str] = set(rules.public.nonpublic)
        for cat in rules.categories:
            for sig in cat.signals:
                words.update(sig.keywords)
        for sig in rules.public.markers:
            words.update(sig.keywords)
        ordered = sorted(words, key=len, reverse=True)
        # A lookahead finds a keyword at every position; ``observe`` then keeps the longest one
        # and skips what it covers, so 门诊病历 counts once, not also as 病历.
        alternation = "|".join(map(re.escape, ordered))
        # The leading class lets re skip, at C speed, positions where no keyword can start.
        first = first_char_class([alternation])
        self._keyword_re = re.compile((f"(?={first})" if first else "") + f"(?=({alternation}))")

    # -- gathering -------------------------------------------------------------------------
    def observe(self, ev: Evidence, text: str) -> None:
        """Record keywords and blank fields of a piece of the document's real text."""
        # The title zone: the document's first line, at most title_chars characters.
        title_left = 0
        if ev.chars == 0:
            nl = text.find("\n")
            title_left = min(self.rules.title_chars, nl if nl >= 0 else len(text))
        covered = 0
        for m in self._keyword_re.finditer(text):
            pos = m.start()
            if pos < covered:
                continue  # 工资 inside 绩效工资 is not a second keyword
            w = m.group(1)  # the alternation is longest-first: the longest keyword here
            covered = pos + len(w)
            ev.keywords[w] = ev.keywords.get(w, False) or pos < title_left
        ev.blank_fields += len(_BLANK_FIELD.findall(text))
        ev.chars += len(text)

    def count_entities(self, ev: Evidence, entity_types: Iterable[str]) -> None:
        ev.entities.update(entity_types)

    # -- deciding --------------------------------------------------------------------------
    def _points(self, sig: Signal, ev: Evidence, title_weight: float) -> tuple[float, str | None]:
        if sig.keywords:
            hits = [w for w in sig.keywords if w in ev.keywords]
            if not hits:
                return 0.0, None
            pts = sum(sig.weight * (title_weight if ev.keywords[w] else 1.0) for w in hits)
            if sig.max is not None:
                pts = min(pts, sig.max)
            shown = "、".join(hits[:6]) + ("…" if len(hits) > 6 else "")
            return pts, f"{sig.id}: {shown}"
        count = sum(ev.entities.get(e, 0) for e in sig.entities)
        if count < sig.min_count:
            return 0.0, None
        return sig.weight, f"{sig.id}: {'/'.join(sig.entities)} ×{count}"

    def decide(self, ev: Evidence) -> Decision:
        scores: dict[str, float] = {}
        reasons: dict[str, list[str]] = {}
        for cat in self.rules.categories:
            total = 0.0
            why: list[str] = []
            for sig in cat.signals:
                pts, reason = self._points(sig, ev, self.rules.title_weight)
                if reason:
                    total += pts
                    why.append(reason)
            scores[cat.id] = total
            if total >= self.rules.threshold:
                reasons[cat.id] = why
        public, public_why = self._public(ev)
        cats = tuple(c.id for c in self.rules.categories if c.id in reasons)
        if public and cats:
            return Decision((), {}, True, public_why, scores)
        return Decision(cats, reasons, public, public_why, scores)

    def _public(self, ev: Evidence) -> tuple[bool, tuple[str, ...]]:
        pub = self.rules.public
        internal = [w for w in pub.nonpublic if w in ev.keywords]
        if internal:
            return False, ()
        identifiers = sum(ev.entities.get(e, 0) for e in pub.identifier_entities)
        if identifiers >= pub.max_identifiers:
            return False, ()
        total = 0.0
        why: list[str] = []
        for sig in pub.markers:
            pts, reason = self._points(sig, ev, pub.title_weight)
            if reason:
                total += pts
                why.append(reason)
        if ev.blank_fields >= pub.blank_fields and identifiers == 0:
            total += pub.threshold
            why.append(f"blank-form: {ev.blank_fields} empty fields")
        return total >= pub.threshold, tuple(why)


#: the category of a document whose only evidence is a mark it already carries: marks come
#: from a superior body or another office (policy §2 "other": what a superior asked to keep secret)
MARKED_CATEGORY = "other"


def with_mark(decision: Decision, mark: ExistingMark | None) -> Decision:
    """A document that already carries a secrecy mark is secret: never public, and at least in
    :data:`MARKED_CATEGORY`; every category lists the mark among its reasons."""
    if mark is None:
        return decision
    why = f"existing-mark: {mark.text}"
    reasons = {c: [*r, why] for c, r in decision.reasons.items()}
    cats = decision.categories
    if not cats:
        cats = (MARKED_CATEGORY,)
        reasons = {MARKED_CATEGORY: [why]}
    return Decision(cats, reasons, False, (), decision.scores)


def label_for(
    categories: Iterable[str], policy: LabelPolicy, mark: ExistingMark | None = None
) -> Label | None:
    """The mark a document gets: the longest retention of its categories wins, and a period the
    document's own mark gives (秘密★N年) is kept when it is longer."""
    cats = list(categories)
    if not cats:
        return None
    years = max(policy.retention_years[c] for c in cats)
    if mark is not None and mark.retention_years is not None and mark.retention_years > years:
        years = int(mark.retention_years)
    return Label(policy.text_for(years), years)
