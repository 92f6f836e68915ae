"""One large file detected by its worker and helper processes together: the same record."""

from __future__ import annotations

import multiprocessing
import pickle
import random
from pathlib import Path

import pytest

from scanner.pipeline import BATCH_CHARS, Scanner
from scanner.runner import SPLIT_FROM_BYTES, ScanSettings, _Helpers, scan_candidates
from scanner.walk import Candidate


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
