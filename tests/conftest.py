"""Shared fixtures: the shipped rules and one scanner per test session (building one costs ~1 s)."""

from __future__ import annotations

import pytest

from scanner.detect.rulepacks import RuleSet, load_rules
from scanner.pipeline import Scanner


@pytest.fixture(scope="session")
def ruleset() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def scanner(ruleset: RuleSet) -> Scanner:
    return Scanner(ruleset)


@pytest.fixture
def found(scanner: Scanner):
    """found(text) -> [(entity_type, value)] through the whole engine."""

    def run(text: str) -> list[tuple[str, str]]:
        return [(f.entity_type, f.value) for f in scanner.scan_text(text).findings]

    return run


# The store fixtures (a private data folder, SQLite and PostgreSQL stores) serve the store,
# workflow and daemon tests alike; clirun gives the command tests their two ways of running baomi.
pytest_plugins = ["tests.store_fixtures", "tests.clirun"]
