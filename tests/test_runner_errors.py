"""Files that cannot be read keep their records in a ``--jobs 2`` run: a corrupt document, one
that vanished between the walk and its worker, one whose opening is refused. Each gets an error
record in its place in the walk's order, the others what ``--jobs 1`` gives them, and the
workers go on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from scanner.extract import PERMISSION_DENIED, VANISHED
from scanner.extract.docx import NOT_DOCX
from scanner.output.jsonlines import render_line
from scanner.runner import ScanSettings, scan_candidates
from scanner.walk import Candidate, walk
from tests.clirun import baomi, needs_script
from tests.docmaker import make_docx, make_text


class _Unreadable(type(Path())):  # type: ignore[misc]
    """A real file whose opening is refused, as for one without read permission (tests run as
    root, where chmod 000 denies nothing; every extractor opens through ``path.open``). The
    worker is forked, so it knows the class its candidate is pickled as."""

    def open(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def,override]
        raise PermissionError(13, "Permission denied", str(self))


def _share(folder: Path) -> None:
    folder.mkdir()
    for i in range(6):
        make_text(
            folder / f"a-{i}.txt", f"第{i}号：患者赵{'一二三四五六'[i]}明，电话1391234{i:04d}\n"
        )
    (folder / "b-坏.docx").write_bytes(b"PK\x03\x04 not really a zip archive at all")
    make_docx(folder / "c-通知.docx", ["联系人：孙丽，电话13712345678"])
    make_text(folder / "d-将删.txt", "身份证号：11010519491231002X\n")
    make_text(folder / "e-拒读.txt", "联系电话：13612345678\n")
    for i in range(4):
        make_text(folder / f"f-{i}.txt", f"住院号 ZY2024{i:06d}，患者钱{'甲乙丙丁'[i]}\n")


@pytest.mark.parametrize("render", [False, True])
def test_errors_keep_their_records_with_two_workers(tmp_path: Path, render: bool) -> None:
    folder = tmp_path / "共享"
    _share(folder)
    cands = list(walk([folder]))
    (folder / "d-将删.txt").unlink()  # vanished after the walk saw it
    cands = [Candidate(_Unreadable(c.path)) if c.path.name == "e-拒读.txt" else c for c in cands]
    settings = ScanSettings(render_jsonl=render)
    two = list(scan_candidates(cands, settings, jobs=2))
    one = list(scan_candidates(cands, settings, jobs=1))
    assert [r.path for r in two] == [str(c.path) for c in cands]
    by_name = {Path(r.path).name: r for r in two}
    assert by_name["b-坏.docx"].status == "error" and by_name["b-坏.docx"].error == NOT_DOCX
    assert by_name["d-将删.txt"].status == "error" and by_name["d-将删.txt"].error == VANISHED
    assert by_name["e-拒读.txt"].error == PERMISSION_DENIED
    assert sum(r.status == "ok" for r in two) == len(cands) - 3
    if render:
        assert [r.rendered for r in two] == [r.rendered for r in one]
    else:
        assert [render_line(r, True) for r in two] == [render_line(r, True) for r in one]


@needs_script
@pytest.mark.slow
def test_the_command_with_two_jobs_reports_every_file(tmp_path: Path) -> None:
    """The installed command: a corrupt document and (when not run as root) a file without read
    permission each get an error record, the output is what ``--jobs 1`` writes, and so is the
    exit code."""
    folder = tmp_path / "共享"
    _share(folder)
    (folder / "d-将删.txt").unlink()
    denied = folder / "e-拒读.txt"
    denied.chmod(0)
    try:
        runs = [
            baomi("scan", str(folder), "--format", "jsonl", "--jobs", jobs) for jobs in ("1", "2")
        ]
    finally:
        denied.chmod(0o644)
    one, two = (run.stdout for run in runs)
    assert one == two
    assert runs[0].returncode == runs[1].returncode
    records = {Path(r["path"]).name: r for r in map(json.loads, two.splitlines())}
    assert records["b-坏.docx"]["status"] == "error"
    assert records["b-坏.docx"]["error"] == NOT_DOCX
    if os.geteuid() != 0:
        assert records["e-拒读.txt"]["error"] == PERMISSION_DENIED
    assert len(records) == 13 and "Traceback" not in runs[1].stderr
