"""``baomi scan`` says how many pictures were left unread for want of the OCR extra."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scanner.cli.scan import run_scan
from scanner.detect.rulepacks import RuleSet
from scanner.extract import ocr
from tests.scanmaker import make_scan, make_scan_pdf


def test_scan_counts_what_waits_for_ocr(
    tmp_path: Path,
    ruleset: RuleSet,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # None in sys.modules: the engine cannot be imported, as on a machine without the extra
    monkeypatch.setitem(sys.modules, ocr.ENGINE_MODULE, None)
    make_scan(tmp_path / "照片.png", ["门诊登记表"], size=(400, 120))
    make_scan_pdf(tmp_path / "扫描件.pdf", [["转诊单"], ["第二页"]], size=(400, 120))
    code = run_scan(
        paths=(tmp_path,),
        rules=ruleset,
        rules_dir=None,
        fmt="jsonl",
        reveal=False,
        jobs=1,
        min_score=0.5,
        fail_on="never",
        max_file_mib=200,
        output=tmp_path / "out.jsonl",
        show_all=False,
        quiet=False,
    )
    assert code == 3
    err = capsys.readouterr().err
    # the picture, and the PDF (every page a scan: one error with the reason)
    assert "2 images or scanned pages not read for want of OCR: install baomi[ocr]" in err
