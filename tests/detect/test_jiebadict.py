"""jieba's dictionary comes from baomi's own cache, never from the shared ``/tmp/jieba.cache``
that anyone on the server could have put there (scanner/detect/jiebadict.py).

Each case runs in a fresh interpreter (jieba's tokenizer is process-wide), with ``TMPDIR`` and
``XDG_CACHE_HOME`` pointing into the test's folder, so the machine's real caches are untouched.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.detect import jiebadict

PROBE = """
import json, jieba
from scanner.detect.nlp import JiebaNlpEngine
from scanner.detect.recognizers.person import warm_up
JiebaNlpEngine().doc("王明华主任查房")  # spaCy's jieba segmenter: the first to load it
warm_up()
import jieba.posseg
freq, tags = jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab
print(json.dumps({"words": len(freq), "planted": "植入词条" in freq, "王明华": "主任" in freq,
                  "tags": len(tags), "tag": tags.get("主任"), "planted_tag": "植入词条" in tags,
                  "cut": [list(p) for p in jieba.posseg.cut("王明华主任查房")]}))
"""


def _ours(cache: Path, table: str = "dict") -> Path:
    """This installation's cache file under ``cache`` (its name carries what it was built from)."""
    dictionary, tags = jiebadict.cache_paths()
    return cache / "baomi" / (dictionary if table == "dict" else tags).name


def _probe(tmp_path: Path, cache: Path) -> dict:
    env = {**os.environ, "TMPDIR": str(tmp_path / "tmp"), "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _plant_shared_cache(tmp_path: Path) -> Path:
    """What someone with a shell puts in /tmp before baomi first runs: jieba's own cache name,
    holding a dictionary of one word."""
    shared = tmp_path / "tmp"
    shared.mkdir()
    planted = shared / "jieba.cache"
    planted.write_bytes(marshal.dumps(({"植入词条": 1}, 1)))
    return planted


@pytest.mark.slow
def test_a_planted_shared_cache_is_never_read_and_ours_is_private(tmp_path: Path) -> None:
    planted = _plant_shared_cache(tmp_path)
    planted_bytes = planted.read_bytes()
    cache = tmp_path / "cache"
    got = _probe(tmp_path, cache)
    assert not got["planted"] and got["words"] > 100_000 and got["王明华"]
    assert got["tags"] > 100_000 and got["tag"] == "b"
    ours, tags = _ours(cache), _ours(cache, "tags")
    for made in (ours, tags):
        assert made.stat().st_mode & 0o777 == 0o600
    assert (cache / "baomi").stat().st_mode & 0o777 == 0o700
    assert planted.read_bytes() == planted_bytes  # not touched either
    # the second run reads our caches, does not rebuild them, and tags as jieba's own parse did
    before = [ours.stat(), tags.stat()]
    assert _probe(tmp_path, cache) == got
    after = [ours.stat(), tags.stat()]
    assert [(a.st_ino, a.st_mtime_ns) for a in after] == [(b.st_ino, b.st_mtime_ns) for b in before]


@pytest.mark.slow
def test_another_installations_cache_is_left_alone(tmp_path: Path) -> None:
    """A venv and the system's baomi under one account: each keeps its own cache instead of
    rebuilding the other's at every start."""
    cache = tmp_path / "cache"
    folder = cache / "baomi"
    folder.mkdir(parents=True, mode=0o700)
    theirs = folder / jiebadict.CACHE_NAME.format("0123456789abcdef")
    theirs.write_bytes(marshal.dumps(("another build's key", {"植入词条": 1}, 1)))
    theirs.chmod(0o600)
    before = theirs.read_bytes()
    got = _probe(tmp_path, cache)
    assert not got["planted"] and got["words"] > 100_000
    assert theirs.read_bytes() == before and _ours(cache).exists()


@pytest.mark.slow
@pytest.mark.parametrize("table", ["dict", "tags"])
@pytest.mark.parametrize("forgery", ["link", "open-to-others", "other-build", "garbage"])
def test_a_forged_cache_in_our_folder_is_rebuilt_never_used(
    tmp_path: Path, forgery: str, table: str
) -> None:
    _plant_shared_cache(tmp_path)
    cache = tmp_path / "cache"
    folder = cache / "baomi"
    folder.mkdir(parents=True, mode=0o700)
    ours = _ours(cache, table)
    # what each table's cache holds after its key: (dictionary, total) or (word tags,)
    payload: tuple = ({"植入词条": 1}, 1) if table == "dict" else ({"植入词条": "nr"},)
    forged = marshal.dumps(payload)
    if forgery == "link":
        target = tmp_path / "elsewhere"
        target.write_bytes(marshal.dumps(("any key", *payload)))
        ours.symlink_to(target)
    elif forgery == "open-to-others":
        ours.write_bytes(forged)
        ours.chmod(0o666)
    elif forgery == "other-build":
        ours.write_bytes(marshal.dumps(("a key of another dict.txt", *payload)))
        ours.chmod(0o600)
    else:
        ours.write_bytes(b"\xff" * 64)
        ours.chmod(0o600)
    got = _probe(tmp_path, cache)
    assert not got["planted"] and got["words"] > 100_000
    assert not got["planted_tag"] and got["tags"] > 100_000 and got["tag"] == "b"
    assert not ours.is_symlink() and ours.stat().st_mode & 0o777 == 0o600
    if forgery == "link":
        assert marshal.loads((tmp_path / "elsewhere").read_bytes())[0] == "any key"


def test_without_a_cache_folder_the_dictionary_is_built_in_memory(tmp_path: Path) -> None:
    _plant_shared_cache(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    got = _probe(tmp_path, blocker)  # $XDG_CACHE_HOME/baomi cannot be made under a file
    assert not got["planted"] and got["words"] > 100_000 and got["王明华"]
    assert got["tags"] > 100_000 and got["tag"] == "b"
