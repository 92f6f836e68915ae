"""The layers hold: `lint-imports` keeps its contracts on the tree, and breaks them on a copy
into which a forbidden import was written (so a contract that could never fail would show here)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
needs_linter = pytest.mark.skipif(
    importlib.util.find_spec("importlinter") is None, reason="import-linter is not installed"
)
# `lint-imports` as this interpreter runs it, whatever shims stand first on PATH.
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on ``tree``: its packages first on the path, so a copy is what is checked."""
    return subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )


def _copy_tree(dest: Path) -> Path:
    for name in ("scanner", "labelers", "rules"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


@needs_linter
def test_the_tree_keeps_every_contract() -> None:
    proc = _lint_imports(ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" not in proc.stdout.lower().replace("0 broken", "")


@needs_linter
@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("scanner/detect/masking.py", "import scanner.store", "never reach the store"),
        ("scanner/detect/masking.py", "import click", "Only the commands import click"),
        ("scanner/store/tables.py", "import scanner.workflows.protect", "Layers"),
        ("scanner/workflows/actions.py", "import scanner.cli", "Layers"),
        ("scanner/report/html.py", "import sqlalchemy", "Only the store imports SQLAlchemy"),
        ("labelers/text.py", "import scanner.detect.engine", "stand apart"),
        ("scanner/walk.py", "import scanner.runner", "No import cycles"),
    ],
)
def test_a_forbidden_import_breaks_ci(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    tree = _copy_tree(tmp_path)
    target = tree / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    proc = _lint_imports(tree)
    assert proc.returncode != 0, proc.stdout
    broken = proc.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, proc.stdout
