"""Crash safety of ``baomi protect``: kill -9 at any moment loses nothing, and running it again
finishes the job without sealing anything twice.

Two kinds of kill: at each named step boundary (``BAOMI_TEST_CRASH_AT``, deterministic), and at
random moments of a run over many files (many seeds). After every kill each document exists as
its original bytes or as a complete sealed file that opens (or both, between the rename and the
removal); after the final run every secret document is sealed exactly once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from labelers.keys import PrivateKey, generate_keypair, write_public_key
from labelers.seal import open_file, read_header
from scanner.fsutil import is_temp_name
from scanner.workflows.protect import CRASH_POINTS
from tests.clirun import BAOMI, baomi, jsonl, needs_script
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx

pytestmark = [needs_script, pytest.mark.slow]

PHONE = "13812345678"
ID = "11010519491231002X"
ID2 = "110101199003074477"


def make_share(root: Path, copies: int) -> tuple[dict[str, bytes], set[str]]:
    """Documents of every format, ``copies`` of each; returns their bytes and the secret ones."""
    secret: set[str] = set()
    for i in range(copies):
        make_docx(
            root / f"病历{i}.docx",
            paragraphs=["门诊病历", f"姓名：张伟{i}", f"身份证号：{ID}", "诊断：高血压"],
        )
        make_xlsx(
            root / f"工资{i}.xlsx",
            {"工资": [["姓名", "实发金额", "工资卡号"], ["李娜", 5000, "6222021234567890128"]]},
        )
        make_pdf(root / f"报告{i}.pdf", [f"检验报告单\n姓名：王芳  联系电话：{PHONE}\n诊断：贫血"])
        make_text(
            root / f"名单{i}.csv", f"姓名,身份证号,诊断\n刘洋,{ID},糖尿病\n陈静,{ID2},高血压\n"
        )
        make_text(root / f"随访{i}.txt", f"随访记录\n患者：陈静  电话：{PHONE}\n诊断：冠心病\n")
        secret |= {f"病历{i}.docx", f"工资{i}.xlsx", f"报告{i}.pdf", f"名单{i}.csv", f"随访{i}.txt"}
        make_text(root / f"通知{i}.txt", "通知：本周五下午开展消防演练，请各科室做好准备。\n")
    originals = {p.name: p.read_bytes() for p in root.iterdir()}
    return originals, secret


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory) -> tuple[PrivateKey, Path]:
    where = tmp_path_factory.mktemp("keys")
    key = generate_keypair("committee")
    write_public_key(where / "committee.pub", key.public)
    return key, where / "committee.pub"


def check_nothing_lost(
    root: Path, originals: dict[str, bytes], key: PrivateKey, scratch: Path
) -> None:
    names = {p.name for p in root.iterdir()}
    for name in names:
        assert "(2)" not in name, f"sealed twice: {name}"
        assert (
            name in originals
            or name.endswith(".baomi")
            or is_temp_name(name)  # a killed run's private work folder
        ), name
        if is_temp_name(name):
            inside = {
                p.name
                for p in (root / name).iterdir()
                if p.name not in ("in", "sealed") and not is_temp_name(p.name)
            }
            assert inside <= names, f"a temporary file outlived its original: {name}"
    for name, data in originals.items():
        plain, sealed = root / name, root / (name + ".baomi")
        assert plain.exists() or sealed.exists(), f"lost: {name}"
        if plain.exists():
            assert plain.read_bytes() == data, f"original changed: {name}"
        if sealed.exists():
            out = scratch / f"opened-{name}"
            header = open_file(sealed, out, key)  # complete and authentic, or this raises
            assert header.meta["original_name"] == name
            assert header.meta["original_size"] == len(data)
            out.unlink()


def check_finished(root: Path, originals: dict[str, bytes], secret: set[str]) -> None:
    expected = {n + ".baomi" if n in secret else n for n in originals}
    assert {p.name for p in root.iterdir()} == expected


def protect_args(root: Path, pub: Path) -> list[str]:
    return ["protect", str(root), "--recipient", str(pub), "--format", "jsonl", "--jobs", "1"]


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill_at_each_step_loses_nothing(point: str, tmp_path: Path, committee) -> None:
    key, pub = committee
    root = tmp_path / "share"
    root.mkdir()
    originals, secret = make_share(root, copies=1)
    home = {"BAOMI_HOME": str(tmp_path / "home")}
    r = baomi(*protect_args(root, pub), env={**home, "BAOMI_TEST_CRASH_AT": point})
    assert r.returncode == -signal.SIGKILL, (point, r.returncode, r.stderr)
    check_nothing_lost(root, originals, key, tmp_path)
    r = baomi(*protect_args(root, pub), env=home)
    assert r.returncode == 0, r.stderr
    actions = [rec["action"] for rec in jsonl(r.stdout)]
    done_before = 1 if point == "original-removed" else 0
    half_done = 1 if point in ("renamed", "recorded", "label-tmp-removed") else 0
    assert actions.count("completed") == half_done
    assert actions.count("sealed") + half_done == len(secret) - done_before
    check_nothing_lost(root, originals, key, tmp_path)
    check_finished(root, originals, secret)
    # every sealed file is registered once, and the audit trail is whole
    v = baomi("audit", "verify", env=home)
    assert v.returncode == 0, v.stdout + v.stderr


def test_kill_at_random_moments_loses_nothing(tmp_path: Path, committee) -> None:
    key, pub = committee
    root = tmp_path / "share"
    root.mkdir()
    originals, secret = make_share(root, copies=4)
    home = {**os.environ, "BAOMI_HOME": str(tmp_path / "home")}
    assert BAOMI is not None
    rng = random.Random(20261125)
    kills = 0
    for seed in range(12):
        # Each record is written when its file is done, so after reading k of them the kill
        # lands at a random moment inside the work on a later file (start-up time varies by
        # machine; a fixed delay would mostly hit the imports).
        proc = subprocess.Popen(
            [BAOMI, *protect_args(root, pub)],
            env=home,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        assert proc.stdout is not None
        wanted = rng.randint(1, 4)
        lines = sum(1 for _ in zip(range(wanted), proc.stdout, strict=False))
        if lines == wanted and proc.poll() is None:
            time.sleep(rng.uniform(0.0, 0.08))
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.stdout.read()
        proc.wait()
        check_nothing_lost(root, originals, key, tmp_path)
        if proc.returncode == 0:
            break
        assert proc.returncode == -signal.SIGKILL, (seed, proc.returncode)
    assert kills >= 3, f"only {kills} kills landed while files were being protected"
    print(f"{kills} kills landed")
    r = baomi(*protect_args(root, pub), env=home)
    assert r.returncode == 0, r.stderr
    check_nothing_lost(root, originals, key, tmp_path)
    check_finished(root, originals, secret)
    for name in secret:
        assert read_header(root / (name + ".baomi")).meta["original_name"] == name
    v = baomi("audit", "verify", env=home)
    assert v.returncode == 0, v.stdout + v.stderr


def test_label_only_killed_after_the_labeled_copy_keeps_the_original(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    originals, secret = make_share(root, copies=1)
    home = {"BAOMI_HOME": str(tmp_path / "home")}
    args = ["protect", str(root), "--label-only", "--format", "jsonl", "--jobs", "1"]
    r = baomi(*args, env={**home, "BAOMI_TEST_CRASH_AT": "labeled"})
    assert r.returncode == -signal.SIGKILL
    for name, data in originals.items():
        assert (root / name).read_bytes() == data  # nothing replaced yet
    r = baomi(*args, env=home)
    assert r.returncode == 0, r.stderr
    actions = {Path(rec["path"]).name: rec["action"] for rec in jsonl(r.stdout)}
    assert {actions[n] for n in secret} == {"labeled"}
    assert not [p for p in root.iterdir() if p.name.startswith(".")], "temporary files left"


def test_ctrl_c_stops_after_the_file_in_hand(tmp_path: Path, committee) -> None:
    key, pub = committee
    root = tmp_path / "share"
    root.mkdir()
    originals, secret = make_share(root, copies=3)
    home = {**os.environ, "BAOMI_HOME": str(tmp_path / "home")}
    assert BAOMI is not None
    proc = subprocess.Popen(
        [BAOMI, *protect_args(root, pub)],
        env=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    assert first, proc.stderr.read()
    os.killpg(proc.pid, signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    done = jsonl(first + rest)
    assert 1 <= len(done) < len(originals)
    check_nothing_lost(root, originals, key, tmp_path)
    assert not [p for p in root.iterdir() if p.name.startswith(".")], "a file was left half done"
    r = baomi(*protect_args(root, pub), env=home)
    assert r.returncode == 0, r.stderr
    check_finished(root, originals, secret)
