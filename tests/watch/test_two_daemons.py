"""Two daemons, two mounts of one share, one PostgreSQL: every file is sealed exactly once.

Two "servers" are two BAOMI_HOMEs (own state, own locks, own audit head; one shared fingerprint
key, as docs/store.md asks of servers sharing a store); the second mount is a symbolic link to
the first, so the two daemons see the same files under different paths, as two servers'
SMB/NFS mounts of one share do. Needs BAOMI_TEST_PG_URL (``eval "$(bash .ci/postgres.sh)"``);
skipped without it unless BAOMI_TEST_PG_REQUIRED=1.
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.watch.conftest import FAST, PG_URL, Site, secret_text, wait_until

pytestmark = [
    pytest.mark.skipif(not PG_URL, reason="BAOMI_TEST_PG_URL not set"),
    pytest.mark.slow,
]

FILES = 24


def test_two_daemons_on_one_postgresql_seal_each_file_once(tmp_path: Path, pg_url: str) -> None:
    # Claims are kept per share name in the shared database: a name of its own per run
    name = f"share-{uuid.uuid4().hex[:12]}"
    real = tmp_path / "mnt1" / name
    real.mkdir(parents=True)
    (tmp_path / "mnt2").mkdir()
    other = tmp_path / "mnt2" / name
    other.symlink_to(real, target_is_directory=True)
    shared = {
        "BAOMI_FINGERPRINT_KEY": str(tmp_path / "fingerprint.key"),
        "BAOMI_AUDIT_KEY": str(tmp_path / "audit.key"),  # servers of one store share its key
    }
    a = Site(tmp_path, "a", env=shared)
    b = Site(tmp_path, "b", env=shared)
    da = a.start(*FAST, "--jobs", "2", roots=[real], db=pg_url)
    db_ = b.start(*FAST, "--jobs", "2", roots=[other], db=pg_url)
    files = [secret_text(real / f"名单{i:02}.txt", i) for i in range(FILES)]
    try:
        wait_until(
            lambda: all(
                (p.with_name(p.name + ".baomi")).exists() and not p.exists() for p in files
            ),
            90,
            "every file sealed",
            da.log,
        )

        def settled() -> bool:
            for site in (a, b):
                st = site.status()[1]["status"]
                if st["in_flight"] or st["queue_length"] or st["pending"] or st["retrying"]:
                    return False
            return True

        wait_until(settled, 30, "both daemons idle", db_.log)
    finally:
        assert da.stop() == 0, da.log.read_text()
        assert db_.stop() == 0, db_.log.read_text()
    names = sorted(p.name for p in real.iterdir())
    assert names == sorted(p.name + ".baomi" for p in files), names  # no "名单00 (2).txt.baomi"
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            seals = (
                conn.execute(
                    text(
                        "SELECT original_path FROM seals WHERE original_path LIKE :a OR "
                        "original_path LIKE :b"
                    ),
                    {"a": f"{real}/%", "b": f"{other}/%"},
                )
                .scalars()
                .all()
            )
            shares = (
                conn.execute(
                    text("SELECT DISTINCT share FROM files WHERE path LIKE :a OR path LIKE :b"),
                    {"a": f"{real}/%", "b": f"{other}/%"},
                )
                .scalars()
                .all()
            )
    finally:
        engine.dispose()
    per_file = Counter(Path(p).name for p in seals)
    assert per_file == Counter({p.name: 1 for p in files}), per_file
    assert shares == [name]
    done = Counter()
    for site in (a, b):
        done.update(site.status()[1]["status"]["processed"])
    assert done["sealed"] == FILES
    # both really raced: the second daemon saw the files through its own mount, and each
    # file it reached was either sealed by it or refused as claimed by the other
    assert all(site.status()[1]["status"]["processed_total"] > 0 for site in (a, b))
