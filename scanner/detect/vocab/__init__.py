"""Published term lists the category rules count as facts: disease names, drugs, laboratory
tests (from THUOCL's medical lexicon) and accounting subjects (政府会计制度). Provenance and
licences: README.md beside this file."""

from __future__ import annotations

from functools import cache
from importlib import resources

#: the lists shipped here; a rule's ``facts`` may name these and its own ``fact_patterns``
VOCABULARIES = ("disease", "drug", "lab", "account")


@cache
def terms(name: str) -> frozenset[str]:
    """The terms of one list (``disease`` …), blank lines and ``#`` comments left out."""
    if name not in VOCABULARIES:
        raise KeyError(name)
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
