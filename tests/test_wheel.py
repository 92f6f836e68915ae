"""The rule packs ship inside the wheel and load from it (importlib.resources, not file paths)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    (whl,) = out.glob("baomi-*.whl")
    return whl


def test_wheel_ships_rules_and_typing(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {Path(n).name for n in names if n.startswith("rules/")}
    assert {"categories.yaml", "labels.yaml", "person.yaml", "address.yaml"} <= shipped
    assert {"identity.yaml", "contact.yaml", "financial.yaml", "medical.yaml"} <= shipped
    assert "scanner/py.typed" in names
    assert not any(n.startswith("tests/") for n in names)


def test_rules_load_from_the_wheel(wheel: Path) -> None:
    # Import straight from the zip: resources must be read through importlib.resources.
    code = (
        "import scanner.detect.rulepacks as r, rules; "
        "assert str(rules.__file__).startswith(%r), rules.__file__; "
        "rs = r.load_rules(); print(len(rs.patterns), rs.labels.template)" % str(wheel)
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(wheel), "PATH": "/usr/bin:/bin"},
        cwd="/",
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    count, template = proc.stdout.split(maxsplit=1)
    assert int(count) >= 7 and "{N}" in template


def test_name_model_loads_from_the_wheel(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "scanner/detect/names/model.crfsuite",
        "scanner/detect/names/model.npz",
        "scanner/detect/names/surnames.json",
    } <= names
    code = (
        "import scanner.detect.names as n; "
        "assert str(n.__file__).startswith(%r), n.__file__; "
        "print(' '.join(s.text for s in n.NameModel.load().find('会议由孙国平主持。')))"
        % str(wheel)
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(wheel), "PATH": "/usr/bin:/bin"},
        cwd="/",
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["孙国平"]
