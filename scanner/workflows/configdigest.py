"""What settings a run used, as one digest, so the audit trail shows when they changed.

POLICY §9 asks that everything can be traced; a changed rule pack (a keyword removed, a retention
period shortened) changes what is found and how long it stays secret, so the store records a
``config`` audit event whenever a recording run (``scan --record``, ``protect``, ``watch``) sees
settings that differ from the last ones this host recorded. The digest covers the rule packs'
YAML files and the config file's bytes; the event names what differs, never a secret.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any


def _yaml_files(root: Traversable, prefix: str = "") -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for child in sorted(root.iterdir(), key=lambda c: c.name):
        name = f"{prefix}{child.name}"
        if child.is_dir() and child.name != "__pycache__":
            out.extend(_yaml_files(child, name + "/"))
        elif child.name.endswith((".yaml", ".yml")):
            out.append((name, child.read_bytes()))
    return out


def settings_digest(rules_dir: Path | None, config_file: Path | None) -> tuple[str, dict[str, Any]]:
    """``(digest, details)``: details say where the rules and the config came from and a
    digest of each part, so an auditor can tell which one changed."""
    root: Traversable = resources.files("rules") if rules_dir is None else rules_dir
    rules = hashlib.sha256()
    for name, data in _yaml_files(root):
        rules.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    config = hashlib.sha256()
    if config_file is not None:
        try:
            config.update(config_file.read_bytes())
        except OSError:
            config.update(b"<unreadable>")
    details = {
        "rules": "built-in" if rules_dir is None else str(Path(rules_dir).resolve()),
        "rules_sha256": rules.hexdigest(),
        "config": str(config_file.resolve()) if config_file is not None else None,
        "config_sha256": config.hexdigest() if config_file is not None else None,
    }
    total = hashlib.sha256(f"{details['rules_sha256']}:{details['config_sha256']}".encode())
    return total.hexdigest(), details
