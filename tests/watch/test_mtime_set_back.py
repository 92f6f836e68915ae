"""A public file rewritten with a secret of the same size and its mtime put back (``touch -d``,
``os.utime``), or replaced by a prepared file of the same size and mtime, is sealed: the
daemon's index judges a file by its size, mtime, ctime, device and inode, and a writer cannot
set the ctime back nor keep the inode across a rename. A real daemon (the installed ``baomi``),
a real inotify observer, real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.docmaker import make_text
from tests.watch.conftest import FAST, ID, Site, opened, wait_until

pytestmark = pytest.mark.slow

PUBLIC = "健康教育：高血压的预防\n急救电话 120，健康热线 12320。少盐少油，适量运动，按时测血压。\n"
SECRET = f"门诊病历\n患者：刘洋  身份证号：{ID}\n诊断：原发性高血压\n"


def _same_size(public: str, secret: str) -> tuple[bytes, bytes]:
    """The two texts as bytes of one length (the shorter padded with spaces)."""
    a, b = public.encode("utf-8"), secret.encode("utf-8")
    n = max(len(a), len(b))
    return a + b" " * (n - len(a)), b + b" " * (n - len(b))


def _sealed(path: Path) -> Path:
    return path.with_name(path.name + ".baomi")


def _sealed_from(site: Site, log: Path, path: Path, secret: bytes) -> None:
    """Wait for ``path`` to be sealed, and check the sealed file holds ``secret``."""
    wait_until(lambda: _sealed(path).exists() and not path.exists(), 30, f"{path} sealed", log)
    assert secret.strip() in opened(site, _sealed(path))  # under its label


def _rewrite_keeping_size_and_mtime(path: Path, data: bytes) -> None:
    """Write ``data`` over the file in place and set its mtime back before closing it, so the
    close the daemon sees is of a file with the old size and the old mtime."""
    before = os.stat(path)
    assert len(data) == before.st_size
    with open(path, "r+b") as fh:
        fh.write(data)
        fh.flush()
        os.utime(fh.fileno(), ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_a_public_file_rewritten_with_its_mtime_set_back_is_sealed(site: Site) -> None:
    public, secret = _same_size(PUBLIC, SECRET)
    flyer = site.share / "宣传.txt"
    flyer.write_bytes(public)
    d = site.start(*FAST)
    try:
        d.wait_for("file.done", path=str(flyer), action="not-secret")
        _rewrite_keeping_size_and_mtime(flyer, secret)
        _sealed_from(site, d.log, flyer, secret)
    finally:
        assert d.stop() == 0


def test_a_prepared_file_of_equal_size_and_mtime_renamed_over_is_sealed(
    site: Site, tmp_path: Path
) -> None:
    public, secret = _same_size(PUBLIC, SECRET)
    flyer = site.share / "宣传.txt"
    flyer.write_bytes(public)
    d = site.start(*FAST)
    try:
        d.wait_for("file.done", path=str(flyer), action="not-secret")
        st = os.stat(flyer)
        prepared = tmp_path / "prepared.txt"  # the same file system, outside the share
        prepared.write_bytes(secret)
        os.utime(prepared, ns=(st.st_atime_ns, st.st_mtime_ns))
        os.rename(prepared, flyer)
        now = os.stat(flyer)
        assert (now.st_size, now.st_mtime_ns) == (st.st_size, st.st_mtime_ns)
        _sealed_from(site, d.log, flyer, secret)
    finally:
        assert d.stop() == 0


def test_the_walk_of_once_seals_a_file_rewritten_with_its_mtime_set_back(site: Site) -> None:
    public, secret = _same_size(PUBLIC, SECRET)
    flyer = site.share / "宣传.txt"
    flyer.write_bytes(public)
    first = site.once(*FAST)
    assert first.returncode == 0, first.stderr
    assert flyer.exists() and not _sealed(flyer).exists()
    _rewrite_keeping_size_and_mtime(flyer, secret)  # while no daemon runs
    again = site.once(*FAST)
    assert again.returncode == 0, again.stderr
    assert not flyer.exists() and secret.strip() in opened(site, _sealed(flyer))
    # an untouched file still costs only a stat
    other = make_text(site.share / "通知.txt", PUBLIC)
    assert site.once(*FAST).returncode == 0
    assert site.once(*FAST).returncode == 0
    assert other.exists()
    assert site.status()[1]["status"]["unchanged_skips"] == 1
