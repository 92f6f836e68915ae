"""Records rendered by the workers (``ScanSettings.render_jsonl``): the same lines, the same summary.

A dense run's parent used to unpickle, mask and encode every finding of every record itself, one
core after the other while the workers waited; now a worker sends its record as the JSON Lines
line and the count per entity type. What the parent prints and sums must not change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.output.interface import Summary
from scanner.output.jsonlines import render_line
from scanner.pipeline import Scanner, splice_findings
from scanner.runner import ScanSettings, scan_candidates
from scanner.walk import Candidate
from tests.clirun import baomi, needs_script


def _files(folder: Path) -> list[Path]:
    folder.mkdir()
    roster = ["序号\t姓名\t身份证号\t联系电话\t住址"]
    for i in range(1, 300):
        roster.append(
            f"{i}\t张{'伟芳敏静'[i % 4]}\t11010519491231002X\t138{i:08d}\t浙江省杭州市西湖区文三路{i}号"
        )
    paths = [folder / "名单.txt", folder / "通知.txt", folder / "空.txt", folder / "联系.md"]
    paths[0].write_text("\n".join(roster) + "\n", encoding="utf-8")
    paths[1].write_text("关于做好预防接种工作的通知\n请各村按时上报。\n", encoding="utf-8")
    paths[2].write_text("", encoding="utf-8")
    paths[3].write_text(
        "联系人：王芳，电话13812345678，邮箱 wangfang@example.com\n", encoding="utf-8"
    )
    return paths


@pytest.mark.parametrize("reveal", [False, True])
def test_a_rendered_record_is_the_line_the_parent_would_write(tmp_path: Path, reveal: bool) -> None:
    paths = _files(tmp_path / "docs")
    scanner = Scanner()
    here = [scanner.scan_file(p) for p in paths]
    settings = ScanSettings(render_jsonl=True, reveal=reveal)
    there = list(scan_candidates([Candidate(p) for p in paths], settings, jobs=2, scanner=scanner))
    assert [r.rendered for r in there] == [render_line(r, reveal) for r in here]
    assert all(not r.findings for r in there)  # the findings stayed in the worker
    assert len(here[0].findings) > 500
    full, light = Summary(), Summary()
    for a, b in zip(here, there, strict=True):
        full.add(a)
        light.add(b)
    full.seconds = light.seconds = 0.0
    assert light.to_dict() == full.to_dict()
    assert light.by_entity["CN_RESIDENT_ID"] == 299


def test_without_rendering_the_findings_come_along(tmp_path: Path) -> None:
    paths = _files(tmp_path / "docs")
    (result,) = scan_candidates([Candidate(paths[3])], ScanSettings(), jobs=1)
    assert result.rendered is None and result.entity_counts is None
    assert {f.entity_type for f in result.findings} >= {"CN_PHONE", "EMAIL_ADDRESS"}


@needs_script
@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_prints_the_records_it_printed_before(tmp_path: Path, jobs: str) -> None:
    paths = _files(tmp_path / "docs")
    out = baomi("scan", str(tmp_path / "docs"), "--format", "jsonl", "--jobs", jobs)
    assert "Traceback" not in out.stderr, out.stderr  # exit 3: secrets found (design.md)
    scanner = Scanner()
    by_path = {str(p): render_line(scanner.scan_file(p), False) for p in paths}
    lines = out.stdout.splitlines()
    assert sorted(lines) == sorted(by_path.values())
    assert "11010519491231002X" not in out.stdout  # masked without --reveal
    assert json.loads(lines[0])["path"] in by_path


@pytest.mark.parametrize("reveal", [False, True])
def test_one_process_renders_a_large_file_batch_by_batch(tmp_path: Path, reveal: bool) -> None:
    """Without helpers too, a worker that sends the line renders each batch's findings as the
    batch is detected and keeps them as UTF-8, not as objects until the end (a dense file's
    memory): the line is the one rendered from the findings kept whole, byte for byte."""
    rows = ["序号\t姓名\t身份证号\t联系电话\t住址"]
    for i in range(1, 3_000):
        rows.append(
            f"{i}\t王{'建国秀英'[i % 4]}\t11010519491231002X\t139{i:08d}\t湖南省长沙市{i}号"
        )
    path = tmp_path / "花名册.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    scanner = Scanner()
    whole = scanner.scan_file(path)
    scanner.render_reveal = reveal
    try:
        pieces = scanner.scan_file(path)
    finally:
        scanner.render_reveal = None
    assert pieces.findings == [] and pieces.finding_fragments is not None
    assert len(pieces.finding_fragments) > 2  # a piece per batch
    assert all(isinstance(piece, bytes) for piece in pieces.finding_fragments)
    line = splice_findings(render_line(pieces, reveal), pieces.finding_fragments)
    assert line == render_line(whole, reveal)
    assert pieces.counts_by_entity() == whole.counts_by_entity()
    assert whole.counts_by_entity()["CN_RESIDENT_ID"] == 2_999
    # and through a worker of --jobs 1, whose pieces follow the record on the pipe
    settings = ScanSettings(render_jsonl=True, reveal=reveal)
    (sent,) = scan_candidates([Candidate(path)], settings, jobs=1, scanner=scanner)
    assert sent.rendered == render_line(whole, reveal)
