"""End to end with the installed ``baomi``: protect a corpus, apply, approve, open with
--request, overdue, return; refusals; transfer to a second key with no plaintext on disk."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers.inotify import InotifyObserver

from labelers.keys import generate_keypair, write_private_key, write_public_key
from labelers.seal import MAGIC, seal_file
from tests.cli.test_protect import PASSPHRASE, make_corpus
from tests.clirun import MODE_VAR, baomi

TODAY = date.today()
ROLES_BORROW = ["科室负责人", "分管领导", "保密委员会主任"]
ROLES_CONSULT = ["科室负责人", "分管领导"]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, cli_mode: str) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    return {
        MODE_VAR: cli_mode,
        "BAOMI_HOME": str(home),
        "BAOMI_PASSPHRASE": PASSPHRASE,
        "BAOMI_DB": "",
        "BAOMI_CONFIG": "",
    }


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Path:
    # Made here with a cheap scrypt cost: every `open` below derives the key again, and the
    # real cost makes that the bulk of this module's time. `keys generate` is tested in
    # test_protect.py.
    where = tmp_path_factory.mktemp("keys")
    for name in ("committee", "county"):
        key = generate_keypair(name)
        write_private_key(where / f"{name}.key", key, PASSPHRASE, scrypt_n=2**14)
        write_public_key(where / f"{name}.pub", key.public)
    return where


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str], keys: Path) -> Path:
    root = make_corpus(tmp_path_factory.mktemp("share"))
    r = baomi("protect", str(root), "--recipient", str(keys / "committee.pub"), env=env)
    assert r.returncode == 0, r.stderr
    return root


def _ok(*args: str, env: dict[str, str]) -> str:
    r = baomi(*args, env=env)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r.stdout


def _refused(*args: str, env: dict[str, str], words: str) -> None:
    r = baomi(*args, env=env)
    assert r.returncode == 2, (args, r.stdout, r.stderr)
    assert words in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def _create(env: dict[str, str], file: Path, kind: str, until: date) -> int:
    out = _ok(
        "request",
        "create",
        "--file",
        str(file),
        "--purpose",
        "医疗纠纷调查",
        "--until",
        until.isoformat(),
        "--kind",
        kind,
        env=env,
    )
    return int(out.split("request ")[1].split(":")[0])


def _approve(env: dict[str, str], rid: int, roles: list[str]) -> None:
    for i, role in enumerate(roles):
        _ok("request", "approve", str(rid), "--as", role, "--by", f"审批人{i}", env=env)


def _state(env: dict[str, str], rid: int) -> str:
    rows = json.loads(_ok("request", "list", "--format", "json", env=env))
    return next(r["state"] for r in rows if r["id"] == rid)


def _set_until(env: dict[str, str], rid: int, until: date) -> None:
    """Move a request's date into the past, as time would (no hook in baomi for this)."""
    with sqlite3.connect(Path(env["BAOMI_HOME"]) / "baomi.db") as db:
        db.execute("UPDATE access_requests SET until = ? WHERE id = ?", (until.isoformat(), rid))


def _open(env: dict[str, str], keys: Path, file: Path, out: Path, *extra: str) -> list[str]:
    return [
        "open",
        str(file),
        "--key",
        str(keys / "committee.key"),
        "--reason",
        "纠纷调查",
        "--out",
        str(out),
        *extra,
    ]


def test_borrow_flow_end_to_end(
    env: dict[str, str], keys: Path, share: Path, tmp_path: Path
) -> None:
    record = share / "门诊病历.docx.baomi"
    info = json.loads(_ok("info", str(record), "--format", "json", env=env))
    assert "medical" in info["categories"]
    out = tmp_path / "病历.docx"
    _refused(*_open(env, keys, record, out), env=env, words="approved request")
    assert not out.exists()

    rid = _create(env, record, "borrow", TODAY + timedelta(days=7))
    assert _state(env, rid) == "pending"
    _refused(
        *_open(env, keys, record, out, "--request", str(rid)), env=env, words="waiting for approval"
    )
    _refused("request", "approve", str(rid), "--as", "院办主任", env=env, words="not '院办主任'")
    _approve(env, rid, ROLES_BORROW)
    _refused("request", "approve", str(rid), "--as", "分管领导", env=env, words="already")
    assert _state(env, rid) == "approved"

    _ok(*_open(env, keys, record, out, "--request", str(rid)), env=env)
    assert out.read_bytes()[:2] == b"PK"
    assert _state(env, rid) == "borrowed"
    events = [
        json.loads(line)
        for line in _ok("audit", "log", "--format", "jsonl", env=env).splitlines()
        if line.strip()
    ]
    opens = [e for e in events if e["kind"] == "open"]
    assert opens[-1]["details"]["request_id"] == str(rid)
    assert {"request", "approve"} <= {e["kind"] for e in events}

    # the date passes with the copy still out: overdue, and no more openings with it
    _set_until(env, rid, TODAY - timedelta(days=1))
    overdue = json.loads(_ok("request", "list", "--state", "overdue", "--format", "json", env=env))
    assert [r["id"] for r in overdue] == [rid]
    assert "逾期未还 overdue" in _ok("request", "list", env=env)
    _refused(
        *_open(env, keys, record, tmp_path / "again.docx", "--request", str(rid)),
        env=env,
        words="overdue",
    )
    _ok("request", "return", str(rid), env=env)
    assert _state(env, rid) == "returned"
    _refused("request", "return", str(rid), env=env, words="returned")
    assert _ok("audit", "verify", env=env)


def test_refusals(env: dict[str, str], keys: Path, share: Path, tmp_path: Path) -> None:
    record = share / "门诊病历.docx.baomi"
    names = share / "患者名单.csv.baomi"
    other = _create(env, names, "consult", TODAY)
    _approve(env, other, ROLES_CONSULT)
    _refused(
        *_open(env, keys, record, tmp_path / "a.docx", "--request", str(other)),
        env=env,
        words="another file",
    )
    expired = _create(env, record, "consult", TODAY)
    _approve(env, expired, ROLES_CONSULT)
    _set_until(env, expired, TODAY - timedelta(days=1))
    _refused(
        *_open(env, keys, record, tmp_path / "b.docx", "--request", str(expired)),
        env=env,
        words="expired",
    )
    rejected = _create(env, record, "consult", TODAY)
    _ok("request", "reject", str(rejected), "--as", "分管领导", "--note", "无必要", env=env)
    _refused(
        *_open(env, keys, record, tmp_path / "c.docx", "--request", str(rejected)),
        env=env,
        words="rejected",
    )
    _refused(
        *_open(env, keys, record, tmp_path / "d.docx", "--request", "9999"),
        env=env,
        words="no access request 9999",
    )
    assert not list(tmp_path.iterdir())
    _refused(
        "request",
        "create",
        "--file",
        str(record),
        "--purpose",
        "查阅",
        "--until",
        "2020-01-01",
        env=env,
        words="in the past",
    )
    _refused(
        "request",
        "create",
        "--file",
        str(record),
        "--purpose",
        "查阅",
        "--until",
        "明天",
        env=env,
        words="YYYY-MM-DD",
    )
    _refused(
        "request",
        "create",
        "--file",
        str(share / "健康教育.txt"),
        "--purpose",
        "查阅",
        "--until",
        TODAY.isoformat(),
        env=env,
        words="not a sealed",
    )
    # a consult request works while valid; a financial-only file needs none
    ok = _create(env, record, "consult", TODAY)
    _approve(env, ok, ROLES_CONSULT)
    _ok(*_open(env, keys, record, tmp_path / "e.docx", "--request", str(ok)), env=env)
    _ok(*_open(env, keys, record, tmp_path / "f.docx", "--request", str(ok)), env=env)
    assert _state(env, ok) == "approved"
    from labelers.keys import load_public_key

    (tmp_path / "预算.txt").write_text("2026年预算 科目 金额", encoding="utf-8")
    budget = tmp_path / "预算.txt.baomi"
    seal_file(
        tmp_path / "预算.txt",
        budget,
        [load_public_key(keys / "committee.pub")],
        {"categories": ["financial"], "original_name": "预算.txt"},
    )
    _ok(*_open(env, keys, budget, tmp_path / "g.txt"), env=env)
    assert (tmp_path / "g.txt").read_text(encoding="utf-8") == "2026年预算 科目 金额"
    assert _ok("audit", "verify", env=env)


class _Seen(FileSystemEventHandler):
    """Every path created or written in the watched folders, and whether each non-empty one
    we could read started with the sealed-file magic."""

    def __init__(self) -> None:
        self.paths: set[str] = set()
        self.unsealed: list[str] = []
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in ("created", "modified", "closed", "moved"):
            return
        path = str(getattr(event, "dest_path", "") or event.src_path)
        with self.lock:
            self.paths.add(path)
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(MAGIC))
        except OSError:
            return
        if head and not MAGIC.startswith(head) and head != MAGIC:
            with self.lock:
                self.unsealed.append(path)


def test_transfer_reseals_without_plaintext_on_disk(
    env: dict[str, str], keys: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    tmp = tmp_path / "tmp"
    folder.mkdir()
    tmp.mkdir()
    # big enough that the transfer takes a while: several thousand chunks through the pipe
    src = tmp_path / "检验记录.txt"
    src.write_bytes(("患者：王芳 白细胞 6.5 诊断：上呼吸道感染\n" * 400_000).encode())
    from labelers.keys import load_public_key

    sealed = folder / "检验记录.txt.baomi"
    meta = {
        "label": {"text": "秘密 保密期限：30年"},
        "categories": ["medical"],
        "expires": "2056-01-01",
        "original_name": "检验记录.txt",
        "original_size": src.stat().st_size,
    }
    seal_file(src, sealed, [load_public_key(keys / "committee.pub")], meta)
    plain = src.read_bytes()
    src.unlink()

    seen = _Seen()
    observer = InotifyObserver()
    observer.schedule(seen, str(folder))
    observer.schedule(seen, str(tmp))
    observer.start()
    try:
        r = baomi(
            "transfer",
            str(sealed),
            "--to",
            str(keys / "county.pub"),
            "--key",
            str(keys / "committee.key"),
            "--approved-by",
            "科室负责人:王五",
            "--approved-by",
            "分管领导:刘六",
            "--method",
            "courier",
            env={**env, "TMPDIR": str(tmp)},
            cwd=folder,
        )
        assert r.returncode == 0, r.stderr
    finally:
        observer.stop()
        observer.join()
    out = folder / "检验记录.txt.county.baomi"
    assert out.is_file()
    created = {Path(p).name for p in seen.paths}
    assert created, "the watcher saw nothing"
    assert all(
        n == out.name or (n.startswith(f".{out.name}.") and n.endswith(".transfer"))
        for n in created
    ), created
    assert not seen.unsealed
    assert not list(tmp.iterdir())
    assert sorted(p.name for p in folder.iterdir()) == sorted([sealed.name, out.name])

    info = json.loads(_ok("info", str(out), "--format", "json", env=env))
    assert [r["name"] for r in info["recipients"]] == ["county"]
    assert info["categories"] == ["medical"] and info["original_name"] == "检验记录.txt"
    # the committee's key no longer opens it; the county's does (its own request flow)
    rid = _create(env, out, "consult", TODAY)
    _approve(env, rid, ROLES_CONSULT)
    _refused(
        "open",
        str(out),
        "--key",
        str(keys / "committee.key"),
        "--reason",
        "核对",
        "--out",
        str(tmp_path / "no.txt"),
        "--request",
        str(rid),
        env=env,
        words="not among the recipients",
    )
    _ok(
        "open",
        str(out),
        "--key",
        str(keys / "county.key"),
        "--reason",
        "会诊",
        "--out",
        str(tmp_path / "yes.txt"),
        "--request",
        str(rid),
        env=env,
    )
    assert (tmp_path / "yes.txt").read_bytes() == plain

    rows = json.loads(_ok("transfer", "list", "--format", "json", env=env))
    rec = next(t for t in rows if t["out_path"] == str(out.resolve()))
    assert rec["method"] == "courier" and rec["recipient_name"] == "county"
    assert rec["approved_by"] == [
        {"role": "科室负责人", "name": "王五"},
        {"role": "分管领导", "name": "刘六"},
    ]
    assert not rec["emergency"]
    assert _ok("audit", "verify", env=env)


def test_emergency_transfer_then_approvals(
    env: dict[str, str], keys: Path, share: Path, tmp_path: Path
) -> None:
    record = share / "工资表.xlsx.baomi"
    base = [
        "transfer",
        str(record),
        "--to",
        str(keys / "county.pub"),
        "--key",
        str(keys / "committee.key"),
    ]
    _refused(
        *base,
        "--out",
        str(tmp_path / "x.baomi"),
        "--approved-by",
        "科室负责人:王五",
        env=env,
        words="missing approvals: 分管领导",
    )
    _refused(
        *base,
        "--out",
        str(tmp_path / "x.baomi"),
        "--approved-by",
        "王五",
        env=env,
        words="ROLE:NAME",
    )
    assert not list(tmp_path.iterdir())
    r = baomi(*base, "--out", str(tmp_path / "urgent.baomi"), "--emergency", env=env)
    assert r.returncode == 0, r.stderr
    assert "approvals to follow" in r.stderr
    tid = int(r.stdout.split("transfer ")[1].split(":")[0])
    pending = json.loads(_ok("transfer", "list", "--pending", "--format", "json", env=env))
    assert [t["id"] for t in pending] == [tid]
    assert "待补批" in _ok("request", "list", "--state", "emergency", env=env)
    assert "still missing: 分管领导" in _ok(
        "transfer", "approve", str(tid), "--as", "科室负责人", "--by", "王五", env=env
    )
    assert "fully approved" in _ok(
        "transfer", "approve", str(tid), "--as", "分管领导", "--by", "刘六", env=env
    )
    assert json.loads(_ok("transfer", "list", "--pending", "--format", "json", env=env)) == []
    _refused(*base, "--out", str(tmp_path / "urgent.baomi"), "--emergency", env=env, words="exists")
    assert _ok("audit", "verify", env=env)


def test_custom_rules_folder(env: dict[str, str], keys: Path, share: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    _ok("rules", "export", str(rules), env=env)
    text = (rules / "approvals.yaml").read_text(encoding="utf-8")
    (rules / "approvals.yaml").write_text(
        text.replace("open_requires_request: [medical, personnel]", "open_requires_request: []"),
        encoding="utf-8",
    )
    out = tmp_path / "病历.docx"
    _ok("--rules", str(rules), *_open(env, keys, share / "门诊病历.docx.baomi", out), env=env)
    (rules / "approvals.yaml").write_text("schema_version: 1\nroles: []\n", encoding="utf-8")
    _refused(
        "--rules",
        str(rules),
        *_open(env, keys, share / "门诊病历.docx.baomi", tmp_path / "x.docx"),
        env=env,
        words="roles",
    )
