"""Start-up of a one-file scan: only what the file in hand needs is imported, and the collector
is back on, with the start-up heap frozen, once the scanner is built (scanner/startup.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Modules a one-file scan of a .txt never needs: other commands, the store, other formats.
NOT_FOR_ONE_TEXT_FILE = (
    "scanner.cli.protect",
    "scanner.cli.access",
    "scanner.cli.watch",
    "scanner.cli.report",
    "scanner.cli.audit",
    "scanner.cli.lifecycle",
    "scanner.cli.config",
    "scanner.store",
    "scanner.workflows",
    "sqlalchemy",
    "tomllib",
    "scanner.extract.mail",
    "scanner.extract.archive",
    "scanner.extract.images",
    "scanner.extract.xlsx",
    "scanner.extract.xls",
    "scanner.extract.ppt",
    "scanner.extract.rtf",
    "scanner.extract.pdf",
    "scanner.extract.docx",
    "html.parser",
    "pypdf",
    "openpyxl",
    "jieba",
)


def _run(code: str, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


_CLI = """
import gc, io, json, sys
from contextlib import redirect_stdout
from scanner.cli import main
out = io.StringIO()
with redirect_stdout(out):
    rc = main(["scan", "--format", "jsonl", sys.argv[1]])
record = json.loads(out.getvalue().splitlines()[0])
print(json.dumps({"rc": rc, "modules": sorted(sys.modules), "gc": gc.isenabled(),
                  "frozen": gc.get_freeze_count(), "found": len(record["findings"])}))
"""

# what the worker does with the file, in one process: its imports are the file's needs
_WORKER = """
import json, sys
from pathlib import Path
from scanner.detect.rulepacks import load_rules
from scanner.pipeline import Scanner
from scanner.walk import WalkStats, walk
[cand] = walk((Path(sys.argv[1]),), WalkStats())
result = Scanner(load_rules()).scan_candidate(cand)
print(json.dumps({"modules": sorted(sys.modules), "found": len(result.findings)}))
"""


@pytest.fixture
def one_text_file(tmp_path: Path) -> Path:
    path = tmp_path / "名单.txt"
    path.write_text("患者姓名：张伟，联系电话13812345678\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_one_file_scan_loads_neither_other_commands_nor_other_formats(
    one_text_file: Path,
) -> None:
    cli = _run(_CLI, str(one_text_file))
    assert cli["found"] == 2  # it did scan: the name and the phone
    loaded = set(cli["modules"])  # type: ignore[call-overload]
    assert "scanner.cli.scan" in loaded and "presidio_analyzer" in loaded
    assert loaded.isdisjoint(NOT_FOR_ONE_TEXT_FILE), loaded & set(NOT_FOR_ONE_TEXT_FILE)
    # the collector runs again for the scan itself; what start-up built is frozen
    assert cli["gc"] is True
    assert isinstance(cli["frozen"], int) and cli["frozen"] > 50_000

    worker = _run(_WORKER, str(one_text_file))
    assert worker["found"] == 2
    loaded = set(worker["modules"])  # type: ignore[call-overload]
    assert "scanner.extract.text" in loaded
    assert loaded.isdisjoint(NOT_FOR_ONE_TEXT_FILE), loaded & set(NOT_FOR_ONE_TEXT_FILE)


@pytest.mark.slow
def test_a_cue_s_three_character_name_does_not_load_jieba(tmp_path: Path) -> None:
    """A cue proposes a three-character name in nearly every patient's record; whether it is a
    dictionary word instead (患者 + 满意度) is read from the shipped list, not from jieba."""
    path = tmp_path / "登记.txt"
    path.write_text("患者姓名：张伟国，联系电话13812345678\n", encoding="utf-8")
    worker = _run(_WORKER, str(path))
    assert worker["found"] == 2
    loaded = set(worker["modules"])  # type: ignore[call-overload]
    assert "jieba" not in loaded


_HEAP = """
import gc, json
from scanner.startup import startup_heap
seen = {}
gc.enable()
with startup_heap():
    seen["inside"] = gc.isenabled()
    kept = [[i] for i in range(1000)]
seen["after"] = gc.isenabled()
seen["frozen"] = gc.get_freeze_count()
gc.disable()
with startup_heap():
    pass
seen["stays_off"] = not gc.isenabled()
gc.enable()
try:
    with startup_heap():
        raise KeyError("boom")
except KeyError:
    seen["after_error"] = gc.isenabled()
print(json.dumps(seen))
"""


def test_startup_heap_pauses_the_collector_and_restores_it() -> None:
    seen = _run(_HEAP)
    assert seen["inside"] is False
    assert seen["after"] is True
    assert isinstance(seen["frozen"], int) and seen["frozen"] >= 1000  # the lists built inside
    assert seen["stays_off"] is True  # it does not switch on a collector somebody turned off
    assert seen["after_error"] is True


_LEAVE = """
import atexit, sys
from scanner.startup import exit_process, leave_quickly
atexit.register(lambda: print("handler ran", flush=False))
print("before", end=" ")
if sys.argv[1] == "quick":
    leave_quickly()
exit_process(int(sys.argv[2]))
"""


@pytest.mark.parametrize("mode", ["quick", "normal"])
def test_exit_process_runs_the_exit_handlers_flushes_and_keeps_the_code(mode: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LEAVE, mode, "3"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 3
    assert done.stdout == "before handler ran\n"
    assert done.stderr == ""


@pytest.mark.slow
def test_the_scan_script_leaves_quickly_with_every_record_and_its_exit_code(
    tmp_path: Path,
) -> None:
    """``baomi scan`` ends with ``os._exit`` after its handlers: the records written to a pipe
    and to ``--output`` are all there, and ``--fail-on`` still decides the code."""
    baomi = shutil.which("baomi")
    if baomi is None:
        pytest.skip("the baomi console script is not installed")
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(30):
        (docs / f"名单{i:02d}.txt").write_text(
            f"患者姓名：张伟{i % 10}，联系电话138123456{i:02d}\n", encoding="utf-8"
        )
    piped = subprocess.run(
        [baomi, "scan", "--format", "jsonl", "--jobs", "2", "--fail-on", "findings", str(docs)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert piped.returncode == 1, piped.stderr[-2000:]
    records = [json.loads(line) for line in piped.stdout.splitlines()]
    assert len(records) == 30 and all(r["findings"] for r in records)
    out = tmp_path / "scan.jsonl"
    written = subprocess.run(
        [baomi, "scan", "--format", "jsonl", "--output", str(out), str(docs)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert written.returncode == 0, written.stderr[-2000:]
    assert out.read_text(encoding="utf-8") == piped.stdout
    # no temporary file of the atomic writer left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "scan.jsonl"]


_PRESIDIO = """
import json, sys
import regex._main
compiled = []
original = regex._main._compile
def counted(*args, **kwargs):
    compiled.append(args[0])
    return original(*args, **kwargs)
regex._main._compile = counted
from scanner.startup import import_presidio
hooks = len(sys.meta_path)
import_presidio()
during = len(compiled)
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, UrlRecognizer
try:
    Pattern("broken", "(unclosed", 0.5)
    refused = False
except ValueError:
    refused = True
card = CreditCardRecognizer().analyze("卡号 4111111111111111 已登记", ["CREDIT_CARD"])
url = UrlRecognizer().analyze("见 https://www.example.com 网站", ["URL"])
print(json.dumps({"during": during, "refused": refused, "hooks": len(sys.meta_path) - hooks,
                  "card": [(r.start, r.end) for r in card], "url": [(r.start, r.end) for r in url]}))
"""


def test_presidio_is_imported_without_compiling_its_unused_patterns_and_checks_them_after() -> None:
    seen = _run(_PRESIDIO)
    assert seen["during"] == 0  # none of the predefined recognizers' 170-odd patterns compiled
    assert seen["hooks"] == 0  # the import hook is gone
    assert seen["refused"] is True  # a Pattern made afterwards (a site's own) is checked again
    # Presidio's own recognizers still work: their patterns compile when they are used
    assert seen["card"] == [[3, 19]]
    assert seen["url"] == [[2, 25]]
