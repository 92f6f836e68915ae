"""Fixtures for the store and audit tests: a private data folder, SQLite and PostgreSQL stores.

PostgreSQL tests need BAOMI_TEST_PG_URL (``.ci/postgres.sh`` prints it). Without it they skip,
unless BAOMI_TEST_PG_REQUIRED=1 (CI), then they fail. Each test gets its own schema in that
database, so tests under pytest-xdist do not see each other's tables.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from scanner.store import Store

PG_ENV = "BAOMI_TEST_PG_URL"


@pytest.fixture
def baomi_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """BAOMI_HOME in a temporary folder: database and head file go there; the config folder
    (the fingerprint key's, kept apart from the store) is another temporary folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("BAOMI_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in ("BAOMI_FINGERPRINT_KEY", "BAOMI_AUDIT_HEAD", "BAOMI_AUDIT_KEY", "BAOMI_DB"):
        monkeypatch.delenv(name, raising=False)
    return home


def _pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("BAOMI_TEST_PG_REQUIRED") == "1":
            pytest.fail(
                f'BAOMI_TEST_PG_REQUIRED=1 but {PG_ENV} is not set (run: eval "$(.ci/postgres.sh)")'
            )
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (see .ci/postgres.sh)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A store URL on a fresh PostgreSQL schema, dropped afterwards."""
    base = make_url(_pg_base_url())
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # the server must be there when the test asks for it
        admin.dispose()
        pytest.fail(f"cannot prepare PostgreSQL at {base.render_as_string()}: {exc}")
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite store migrated once per session by the real Store.open (every Alembic
    migration of this tree), never used itself: each test gets a copy, which is what a fresh
    store is byte for byte (the migrations write only the schema and alembic_version; the
    store's id, keys and audit events come with first use, in the test's own BAOMI_HOME)."""
    where = tmp_path_factory.mktemp("migrated")
    path = where / "template.db"
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("BAOMI_")}
    os.environ["BAOMI_HOME"] = str(where / "home")
    try:
        with Store.open(f"sqlite:///{path}"):
            pass
    finally:
        del os.environ["BAOMI_HOME"]
        os.environ.update(saved)
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-journal").exists()
    return path


# The PostgreSQL variants are slow (a schema per test on a real server): the quick tier runs SQLite.
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def db_url(
    request: pytest.FixtureRequest, tmp_path: Path, baomi_home: Path, migrated_sqlite: Path
) -> str:
    if request.param == "sqlite":
        # a copy of the migrated template: migrating every test's store cost ~0.2 s each
        db = tmp_path / "store.db"
        shutil.copyfile(migrated_sqlite, db)
        db.chmod(0o600)
        return f"sqlite:///{db}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as s:
        yield s


@pytest.fixture
def raw(db_url: str) -> Iterator[object]:
    """A plain connection to the same database, outside baomi: for tampering and dumping."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        yield conn
    engine.dispose()
