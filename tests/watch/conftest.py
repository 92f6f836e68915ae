"""Helpers for the daemon tests: keys, documents, a daemon in a subprocess, waiting with a
deadline (never a fixed sleep that assumes a speed)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from labelers.keys import generate_keypair, write_private_key, write_public_key
from tests.docmaker import make_docx, make_text

PASSPHRASE = "watch-test-passphrase"
PG_URL = os.environ.get("BAOMI_TEST_PG_URL")
if not PG_URL and os.environ.get("BAOMI_TEST_PG_REQUIRED") == "1":
    raise RuntimeError("BAOMI_TEST_PG_REQUIRED=1 but BAOMI_TEST_PG_URL is not set")
ID = "11010519491231002X"
# Quick timings for tests; the defaults are for file servers.
FAST = (
    "--debounce",
    "0.2",
    "--settle",
    "0.6",
    "--close-settle",
    "0.6",
    "--retry-backoff",
    "0.5,0.5",
)


def baomi_argv() -> list[str]:
    """The installed console script, as a service manager starts it."""
    script = shutil.which("baomi")
    assert script is not None, "the baomi console script is not installed"
    return [script]


def secret_docx(path: Path, name: str = "张伟") -> Path:
    return make_docx(
        path,
        paragraphs=[
            "门诊病历",
            f"姓名：{name}  性别：男  年龄：45岁",
            f"身份证号：{ID}",
            "主诉：咳嗽三天",
            "初步诊断：上呼吸道感染",
        ],
        header="某某镇卫生院",
    )


def secret_text(path: Path, n: int = 0) -> Path:
    return make_text(
        path,
        f"高血压随访记录 {n}\n患者：刘洋  联系电话：13812345678\n"
        "诊断：原发性高血压，血压 150/95，调整用药。\n",
    )


def leaflet(path: Path) -> Path:
    return make_text(path, "健康教育：高血压的预防\n急救电话 120，健康热线 12320。\n")


def wait_until(
    check: Callable[[], Any], timeout: float = 30.0, what: str = "", log: Path | None = None
) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            extra = log.read_text(encoding="utf-8", errors="replace")[-3000:] if log else ""
            raise AssertionError(f"timed out waiting for {what}\n{extra}")
        time.sleep(0.05)


class Site:
    """A BAOMI_HOME, a key pair, a share folder; runs daemons on it."""

    def __init__(self, tmp: Path, name: str = "site", env: dict[str, str] | None = None) -> None:
        self.tmp = tmp
        self.home = tmp / f"{name}-home"
        self.home.mkdir(parents=True)
        self.share = tmp / "share"
        self.share.mkdir(exist_ok=True)
        self.state = self.home / "watch"
        base = {k: v for k, v in os.environ.items() if k != "BAOMI_TEST_HANG_ON"}
        self.env = {
            **base,
            "BAOMI_HOME": str(self.home),
            "BAOMI_DB": "",
            "BAOMI_CONFIG": "",
            "BAOMI_PASSPHRASE": PASSPHRASE,
            **(env or {}),
        }
        keys = tmp / "keys"
        if not (keys / "committee.pub").exists():
            keys.mkdir(exist_ok=True)
            key = generate_keypair("committee")
            write_private_key(keys / "committee.key", key, PASSPHRASE)
            write_public_key(keys / "committee.pub", key.public)
        self.pub = keys / "committee.pub"
        self.key = keys / "committee.key"
        self.logs = 0

    def argv(
        self,
        *args: str,
        roots: list[Path] | None = None,
        db: str | None = None,
        config: Path | None = None,
    ) -> list[str]:
        head = baomi_argv()
        if db:
            head += ["--db", db]
        if config:
            head += ["--config", str(config)]
        return [
            *head,
            "watch",
            *(str(r) for r in (roots or [self.share])),
            "--recipient",
            str(self.pub),
            "--log-format",
            "json",
            *args,
        ]

    def start(self, *args: str, **kw: Any) -> Daemon:
        self.logs += 1
        log = self.home / f"daemon{self.logs}.log"
        fh = open(log, "w", encoding="utf-8")  # noqa: SIM115 - closed by Daemon.wait
        proc = subprocess.Popen(
            self.argv(*args, **kw),
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=fh,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        d = Daemon(proc, log, fh, self)
        d.wait_started()
        return d

    def once(self, *args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.argv("--once", *args, **kw),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    def status(self) -> tuple[int, dict[str, Any]]:
        r = subprocess.run(
            [*baomi_argv(), "status", "--state-dir", str(self.state), "--format", "json"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return r.returncode, json.loads(r.stdout)


class Daemon:
    def __init__(self, proc: subprocess.Popen[str], log: Path, fh: Any, site: Site) -> None:
        self.proc, self.log, self._fh, self.site = proc, log, fh, site

    def events(self) -> list[dict[str, Any]]:
        out = []
        for line in self.log.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("{"):
                out.append(json.loads(line))
        return out

    def saw(self, event: str, **fields: Any) -> list[dict[str, Any]]:
        return [
            e
            for e in self.events()
            if e.get("event") == event and all(e.get(k) == v for k, v in fields.items())
        ]

    def wait_started(self) -> None:
        wait_until(
            lambda: self.saw("reconcile.done") or self.proc.poll() is not None,
            60,
            "the daemon to start",
            self.log,
        )

    def wait_for(self, event: str, timeout: float = 30, **fields: Any) -> list[dict[str, Any]]:
        return wait_until(lambda: self.saw(event, **fields), timeout, f"{event} {fields}", self.log)

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def stop(self, sig: int = 15, timeout: float = 60) -> int:  # SIGTERM
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout)
        finally:
            self._fh.close()
        return code

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(30)
        self._fh.close()


@pytest.fixture
def site(tmp_path: Path) -> Any:
    s = Site(tmp_path)
    yield s


def opened(site: Site, sealed: Path) -> bytes:
    """Open a sealed file with the committee's private key (what `baomi open` does)."""
    from labelers.keys import load_private_key
    from labelers.seal import open_file

    out = sealed.with_name(sealed.name + ".opened")
    open_file(sealed, out, load_private_key(site.key, PASSPHRASE))
    data = out.read_bytes()
    out.unlink()
    return data


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL schema (with its own fingerprint key id), dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    if not PG_URL:
        pytest.skip("BAOMI_TEST_PG_URL not set")
    base = make_url(PG_URL)
    schema = f"w_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
