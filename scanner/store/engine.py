"""Opening a database: the URL checked, the engine made (SQLite's locking set up), the schema
migrated by Alembic (``scanner/store/migrations``, shipped in the wheel)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from scanner.store.audit import WRITE_OPTION, AuditLog
from scanner.store.errors import StoreError, mask_url_text, scrub, translated

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_POSTGRES_HINT = "pip install 'baomi[postgres]'"


def parse_url(raw: str) -> URL:
    try:
        url = make_url(raw)
    except (sa_exc.ArgumentError, ValueError):
        raise StoreError(
            f"数据库地址无法识别 / not a database URL: {mask_url_text(raw)!r}; "
            "use sqlite:////path/to/baomi.db or "
            "postgresql://user:password@host/dbname"
        ) from None
    backend = url.get_backend_name()
    if backend == "postgres":  # the libpq spelling
        backend = "postgresql"
        url = url.set(drivername="postgresql")
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(
            f"不支持的数据库 / unsupported database {backend!r} in "
            f"{url.render_as_string(hide_password=True)}: baomi stores in SQLite "
            "or PostgreSQL"
        )
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")  # psycopg 3, not SQLAlchemy's psycopg2
    return url


def make_engine(url: URL) -> Engine:
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        folder = Path(url.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(
                f"数据库文件夹不存在 / the folder for the store does not exist: {folder} ({shown})"
            )
    try:
        engine = create_engine(url, pool_pre_ping=url.get_backend_name() == "postgresql")
    except ImportError as exc:
        raise StoreError(
            f"缺少数据库驱动 / the database driver is not installed ({exc.name}) "
            f"for {shown}: {_POSTGRES_HINT}"
        ) from None
    except sa_exc.NoSuchModuleError:
        raise StoreError(
            f"未知的数据库驱动 / unknown database driver {url.drivername!r} in "
            f"{shown}; use postgresql:// (psycopg, {_POSTGRES_HINT})"
        ) from None
    except (sa_exc.ArgumentError, TypeError, ValueError) as exc:
        raise StoreError(
            f"数据库地址有误 / bad database URL {shown}: {scrub(str(exc), url.password)}"
        ) from None
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine)
    return engine


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below): sqlite3's own handling cannot say IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 30000")  # wait for other writers, up to 30 s
        cur.execute("PRAGMA foreign_keys = ON")
        # WAL: readers (verify, reports) do not block the daemon's writes, nor it them.
        cur.execute("PRAGMA journal_mode = WAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the lock at BEGIN, so two appenders cannot both read the same head;
        # a deferred transaction upgraded later would fail with "database is locked".
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def migrate(audit: AuditLog, shown: str) -> None:
    """Bring the schema to the newest revision; refuse a schema newer than this baomi."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    known = {s.revision for s in script.walk_revisions()}
    with translated("打开 / opening", shown, audit._password):
        with audit.engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
        unknown = current - known
        if unknown:
            raise StoreError(
                f"数据库结构比本程序新 / the store {shown} has schema revision "
                f"{', '.join(sorted(unknown))}, newer than this baomi knows (newest {head}): "
                f"upgrade baomi on this machine (pip install -U baomi)"
            )
        if current == {head}:
            return
        # Under the append lock: two servers opening a new store at once migrate it once.
        try:
            with audit.transaction() as conn:
                command.upgrade(alembic_config(conn), "head")
        except CommandError as exc:
            raise StoreError(
                f"数据库结构无法升级 / cannot migrate the store {shown}: "
                f"{scrub(str(exc), audit._password)}"
            ) from None
