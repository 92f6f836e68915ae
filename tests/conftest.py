"""Shared fixtures: the shipped rules and one scanner per test session (building one costs ~1 s)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

from scanner.detect.rulepacks import RuleSet, load_rules
from scanner.pipeline import Scanner

# baomi keeps the fingerprint key in the account's config folder (scanner/store/paths.py). A test
# that runs baomi with only BAOMI_HOME set must not make or read a key in the real ~/.config: every
# test process gets a config folder of its own (tests with the store fixtures get one per test).
_CONFIG_HOME = tempfile.mkdtemp(prefix="baomi-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG_HOME
atexit.register(shutil.rmtree, _CONFIG_HOME, ignore_errors=True)


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
