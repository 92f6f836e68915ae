"""One large file detected by its worker and helper processes together: the same record, and
``--jobs 2`` writing the bytes ``--jobs 1`` writes."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import random
from pathlib import Path

import pytest

from scanner.output.jsonlines import render_line
from scanner.pipeline import (
    BATCH_CHARS,
    FileResult,
    Finding,
    Scanner,
    render_findings,
    splice_findings,
)
from scanner.runner import SPLIT_FROM_BYTES, ScanSettings, _Helpers, scan_candidates
from scanner.walk import Candidate
from tests.clirun import baomi, needs_script
from tests.docmaker import make_docx, make_text, make_xlsx
from tests.splitscan import scan_split


def _roster(path: Path, lines: int) -> Path:
    rng = random.Random(7)
    rows = ["序号\t姓名\t联系电话\t住院号\t备注"]
    for i in range(1, lines):
        rows.append(
            f"{i}\t张{'伟芳敏静'[i % 4]}\t13{rng.randint(100000000, 999999999)}\t"
            f"ZY2024{rng.randint(0, 999999):06d}\t复诊，家属电话 0570-{rng.randint(2000000, 8999999)}"
        )
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def test_a_file_split_over_helpers_gives_the_same_record(tmp_path: Path, scanner: Scanner) -> None:
    path = _roster(tmp_path / "名单.txt", 9_000)
    assert len(path.read_text(encoding="utf-8")) > 4 * BATCH_CHARS  # several batches per slot
    alone = scanner.scan_file(path).to_dict(reveal=True)
    parent_end, _child_end = multiprocessing.Pipe()
    helpers = _Helpers(scanner, _child_end)
    try:
        scanner.helpers = helpers.take(2)
        split = scanner.scan_file(path).to_dict(reveal=True)
        # the helpers are reused for the next file, with nothing left over in their pipes
        again = scanner.scan_file(path).to_dict(reveal=True)
    finally:
        scanner.helpers = ()
        helpers.close()
        parent_end.close()
    assert len(alone["findings"]) > 1000
    assert split == alone and again == alone


@pytest.mark.slow
def test_jobs_two_on_one_large_file_prints_what_jobs_one_prints(tmp_path: Path) -> None:
    path = _roster(tmp_path / "名单.txt", 9_000)
    assert path.stat().st_size >= SPLIT_FROM_BYTES
    small = tmp_path / "小.txt"
    small.write_text("联系人：王芳，电话13812345678\n", encoding="utf-8")
    cands = [Candidate(small), Candidate(path)]
    one = [r.to_dict(True) for r in scan_candidates(cands, ScanSettings(), jobs=1)]
    two = [r.to_dict(True) for r in scan_candidates(cands, ScanSettings(), jobs=2)]
    assert one == two and len(one[1]["findings"]) > 1000


def test_a_record_crosses_the_worker_pipe_unchanged(tmp_path: Path, scanner: Scanner) -> None:
    """The findings travel as constructor arguments (``Finding.__reduce__``), not as the
    dataclass's state: what the parent gets must equal what the worker made."""
    path = _roster(tmp_path / "名单.txt", 400)
    here = scanner.scan_file(path)
    (there,) = scan_candidates([Candidate(path)], ScanSettings(), jobs=1, scanner=scanner)
    assert len(here.findings) > 100
    assert [f.to_dict(True) for f in there.findings] == [f.to_dict(True) for f in here.findings]
    assert there.findings[0] == pickle.loads(pickle.dumps(here.findings[0]))
    assert there.to_dict(True) == here.to_dict(True)


@pytest.mark.parametrize("reveal", [False, True])
def test_helpers_that_render_the_findings_give_the_line_of_one_process(
    tmp_path: Path, scanner: Scanner, reveal: bool
) -> None:
    """With ``render_reveal`` the helpers also make and render each batch's findings; the
    worker puts them into its record's line: the line ``render_line`` gives for the record
    made by one process alone, byte for byte."""
    path = _roster(tmp_path / "名单.txt", 9_000)
    alone = render_line(scanner.scan_file(path), reveal)
    split = scan_split(scanner, path, reveal)
    assert split.findings == [] and split.finding_fragments is not None
    assert len(split.finding_fragments) > 4  # a piece per batch
    assert splice_findings(render_line(split, reveal), split.finding_fragments) == alone
    assert split.counts_by_entity() == scanner.scan_file(path).counts_by_entity()


def test_spliced_findings_are_what_json_gives_for_the_whole_record() -> None:
    """The key is found where it is, not inside a name that spells it; a value that is not
    valid Unicode is escaped as ``render_line`` escapes it."""
    name = 'x"findings": [].txt\udcff'
    findings = [
        Finding("PERSON", 0.85, "张伟", {"line": 1, "start": 0, "end": 2}),
        Finding("CN_PHONE", 0.9, "138\udcff12345678", {"line": 2, "start": 3, "end": 15}),
    ]
    whole = FileResult(name, "ok", format="txt", findings=findings)
    bare = FileResult(name, "ok", format="txt")
    for reveal in (False, True):
        # the two findings in one batch, and each in its own with an empty batch between
        pieces = [render_findings(findings, reveal)]
        apart = [render_findings(findings[:1], reveal), "", render_findings(findings[1:], reveal)]
        for fragments in (pieces, apart):
            line = splice_findings(render_line(bare, reveal), fragments)
            assert line == render_line(whole, reveal)
    assert render_findings([], False) == ""
    assert splice_findings(render_line(bare, False), [""]) == render_line(bare, False)


@needs_script
@pytest.mark.slow
@pytest.mark.parametrize("reveal", [False, True])
def test_jobs_two_prints_the_bytes_of_jobs_one_on_a_mixed_folder(
    tmp_path: Path, reveal: bool
) -> None:
    """The installed command on Word, Excel, text and two large rosters (one in the middle of
    the walk, one last, which is split over helpers): ``--jobs 2`` writes exactly what
    ``--jobs 1`` writes."""
    folder = tmp_path / "共享"
    folder.mkdir()
    make_docx(
        folder / "a-通知.docx",
        ["关于做好预防接种工作的通知", "联系人：王芳，电话13812345678"],
        tables=[[["姓名", "身份证号"], ["李娜", "11010519491231002X"]]],
        header="芦溪镇卫生院",
    )
    make_xlsx(
        folder / "c-工资.xlsx",
        {"名单": [["姓名", "联系电话", "住院号"], ["赵敏", "13912345678", "ZY2024000123"]]},
    )
    for i in range(12):
        make_text(folder / f"d-{i:02d}.txt", f"第{i}号：患者张伟，电话1381234{i:04d}\n")
    for big in ("b-名单.txt", "z-名单.txt"):
        _roster(folder / big, 9_000)
        assert (folder / big).stat().st_size >= SPLIT_FROM_BYTES
    flags = ["--reveal"] if reveal else []
    runs = [
        baomi("scan", str(folder), "--format", "jsonl", "--jobs", jobs, *flags, timeout=600)
        for jobs in ("1", "2")
    ]
    for run in runs:  # exit 0: nothing was asked of --fail-on (docs/scan.md)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    one, two = (run.stdout for run in runs)
    assert two == one
    records = [json.loads(line) for line in one.splitlines()]
    assert len(records) == 16 and [r["status"] for r in records] == ["ok"] * 16
    assert len(records[-1]["findings"]) > 1000
    assert ("11010519491231002X" in one) is reveal
