"""Run every example every rule carries through the whole engine (STYLE.md: rules are data, and
every rule carries its own examples). Used by ``baomi rules check`` and by the test suite, so a
rule pack that misbehaves fails the build and a site's own pack can be checked before it is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scanner.detect.rulepacks import Example, Examples, RuleSet
from scanner.pipeline import Scanner


@dataclass(frozen=True, slots=True)
class ExampleCase:
    rule: str
    kind: str  # "positive" | "negative" | "category"
    entity: str | None
    text: str
    value: str | None = None
    categories: tuple[str, ...] = ()
    field: str | None = None


@dataclass(frozen=True, slots=True)
class ExampleFailure:
    case: ExampleCase
    got: str


def _entity_examples(
    rule: str, entity: str, positive: tuple[Example, ...], negative: tuple[Example, ...]
) -> Iterator[ExampleCase]:
    for ex in positive:
        yield ExampleCase(rule, "positive", entity, ex.text, ex.value, field=ex.field)
    for ex in negative:
        yield ExampleCase(rule, "negative", entity, ex.text, ex.value, field=ex.field)


def iter_cases(rules: RuleSet) -> Iterator[ExampleCase]:
    for rule in rules.patterns:
        yield from _entity_examples(
            rule.id, rule.entity, rule.examples.positive, rule.examples.negative
        )
    for name, cfg in (("person", rules.person), ("address", rules.address)):
        ex: Examples = cfg["_examples"]
        yield from _entity_examples(name, str(cfg["entity"]), ex.positive, ex.negative)
    for cat_ex in rules.categories.examples:
        yield ExampleCase("categories", "category", None, cat_ex.text, categories=cat_ex.categories)


def check_case(scanner: Scanner, case: ExampleCase) -> ExampleFailure | None:
    result = scanner.scan_text(case.text, field=case.field)
    if case.kind == "category":
        got = tuple(result.categories)
        if sorted(got) != sorted(case.categories):
            return ExampleFailure(case, f"categories {list(got)}; reasons {result.reasons}")
        return None
    hits = [f for f in result.findings if f.entity_type == case.entity]
    if case.kind == "positive":
        if not hits:
            return ExampleFailure(case, "not found")
        if case.value is not None and all(f.value != case.value for f in hits):
            return ExampleFailure(case, f"found {[f.value for f in hits]}, expected {case.value}")
        return None
    if hits:
        return ExampleFailure(case, f"found {[f.value for f in hits]}")
    return None


def check_rules(rules: RuleSet, scanner: Scanner | None = None) -> tuple[int, list[ExampleFailure]]:
    """(number of examples run, failures)."""
    scanner = scanner or Scanner(rules)
    cases = list(iter_cases(rules))
    failures = [f for c in cases if (f := check_case(scanner, c)) is not None]
    return len(cases), failures
