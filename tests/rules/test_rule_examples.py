"""Every example every rule pack carries runs through the whole engine (STYLE.md).

A rule whose positive example is not found, or whose negative example is, fails the build.
"""

from __future__ import annotations

import pytest

from scanner.detect.rulepacks import load_rules
from scanner.rulecheck import check_case, iter_cases

CASES = list(iter_cases(load_rules()))


def test_every_rule_has_examples() -> None:
    rules = load_rules()
    with_examples = {c.rule for c in CASES}
    assert {r.id for r in rules.patterns} <= with_examples
    assert {"person", "address", "categories"} <= with_examples
    # and every entity type the design names is covered by some rule
    entities = {c.entity for c in CASES if c.entity}
    assert entities >= {
        "CN_RESIDENT_ID",
        "CN_PHONE",
        "EMAIL_ADDRESS",
        "CN_BANK_CARD",
        "CN_USCC",
        "PERSON",
        "CN_ADDRESS",
        "CN_MEDICAL_RECORD_NO",
        "CN_PASSPORT",
    }


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule}-{c.kind}-{c.text[:16]}")
def test_example(scanner, case) -> None:
    failure = check_case(scanner, case)
    assert failure is None, (
        f"{case.rule} {case.kind} example {case.text!r}: {failure and failure.got}"
    )
