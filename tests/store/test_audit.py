"""The audit chain on SQLite and PostgreSQL: intact chains verify, every kind of tampering is
named at its first bad event, concurrent appenders from two processes make one chain."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import text

from scanner.store import Store
from scanner.store.audit import (
    GENESIS,
    Head,
    HeadError,
    event_hash,
    event_mac,
    read_head_file,
    write_head_file,
)
from scanner.store.identity import read_key


def _key(store: Store) -> bytes:
    key = read_key(store.audit.key_path, store.audit.store_id())
    assert key is not None and key.keyed_from == 1
    return key.key


def _fill(store: Store, n: int) -> list:
    return [
        store.record_event("test", f"/srv/share/文件{i}.docx", {"i": i, "说明": "测试"})
        for i in range(1, n + 1)
    ]


def _exec(raw, sql: str, **params) -> None:
    raw.execute(text(sql), params)
    raw.commit()


def test_append_builds_a_chain_and_verifies(store: Store, baomi_home: Path) -> None:
    events = _fill(store, 5)
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert events[0].prev_hash == GENESIS
    for before, after in zip(events, events[1:], strict=False):
        assert after.prev_hash == before.hash
    e = events[2]
    assert e.hash == event_mac(
        _key(store),
        e.seq,
        e.ts,
        e.actor,
        e.host,
        e.kind,
        e.subject,
        json.dumps(e.details, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        e.prev_hash,
    )
    assert e.ts.endswith("Z") and e.details == {"i": 3, "说明": "测试"}

    stored = list(store.audit.events())
    assert stored == events
    assert [x.seq for x in store.audit.events(since=2, limit=2)] == [3, 4]
    assert store.audit.head() == Head(5, events[-1].hash)

    # The head file outside the database, named by the store's own id, follows every append.
    assert store.audit.head_path == baomi_home / f"audit-{store.audit.store_id()}.head"
    assert read_head_file(store.audit.head_path) == Head(5, events[-1].hash)

    result = store.audit.verify()
    assert result.ok, result.reason
    assert (result.checked, result.first_bad, result.head) == (5, None, Head(5, events[-1].hash))
    assert result.expected == Head(5, events[-1].hash)
    assert result.reason == f"chain intact: 5 events, head 5:{events[-1].hash}"


def test_empty_chain(store: Store) -> None:
    assert store.audit.head() is None
    result = store.audit.verify()
    assert result.ok and result.checked == 0 and result.head is None


@pytest.mark.parametrize(
    "field,value",
    [
        ("ts", "2020-01-01T00:00:00.000000Z"),
        ("actor", "intruder"),
        ("host", "elsewhere"),
        ("kind", "label"),
        ("subject", "/srv/share/别的文件.docx"),
        ("details", '{"i":99,"说明":"测试"}'),
        ("prev_hash", "1" * 64),
        ("hash", "2" * 64),
    ],
)
def test_an_edited_field_is_named(store: Store, raw, field: str, value: str) -> None:
    _fill(store, 6)
    _exec(raw, f"UPDATE audit_events SET {field} = :v WHERE seq = 4", v=value)
    result = store.audit.verify()
    assert not result.ok
    assert result.first_bad == 4 and result.checked == 3
    assert (
        "第 4 条事件被篡改" in result.reason and "event 4: hash mismatch (edited)" in result.reason
    )


def test_a_deleted_event_is_named(store: Store, raw) -> None:
    _fill(store, 6)
    _exec(raw, "DELETE FROM audit_events WHERE seq = 3")
    result = store.audit.verify()
    assert (result.ok, result.first_bad) == (False, 3)
    assert "event 3: missing (deleted)" in result.reason


def test_a_deleted_first_event_is_named(store: Store, raw) -> None:
    _fill(store, 3)
    _exec(raw, "DELETE FROM audit_events WHERE seq = 1")
    assert store.audit.verify().first_bad == 1


def test_deleted_and_renumbered_events_are_found(store: Store, raw) -> None:
    # Delete event 3 and shift the later ones down to hide the gap.
    _fill(store, 6)
    _exec(raw, "DELETE FROM audit_events WHERE seq = 3")
    for seq in (4, 5, 6):
        _exec(raw, "UPDATE audit_events SET seq = :new WHERE seq = :old", new=seq - 1, old=seq)
    result = store.audit.verify(use_head_file=False)
    assert result.first_bad == 3
    assert "event 3: holds event 4's content (reordered or moved)" in result.reason


def test_swapped_events_are_named(store: Store, raw) -> None:
    _fill(store, 6)
    _exec(raw, "UPDATE audit_events SET seq = -5 WHERE seq = 5")
    _exec(raw, "UPDATE audit_events SET seq = 5 WHERE seq = 4")
    _exec(raw, "UPDATE audit_events SET seq = 4 WHERE seq = -5")
    result = store.audit.verify()
    assert (result.ok, result.first_bad) == (False, 4)
    assert "event 4: holds event 5's content (reordered or moved)" in result.reason


def test_an_inserted_event_with_its_own_valid_hash_is_named(store: Store, raw) -> None:
    # A forger computes a correct hash for the new row but cannot link it to the real last
    # event without... linking it: here it claims to follow event 2.
    events = _fill(store, 5)
    ts, actor, host, kind, subject, details = (
        "2024-01-01T00:00:00.000000Z",
        "root",
        "vm",
        "open",
        "/x",
        "{}",
    )
    forged = event_mac(_key(store), 6, ts, actor, host, kind, subject, details, events[1].hash)
    _exec(
        raw,
        "INSERT INTO audit_events (seq, ts, actor, host, kind, subject, details, "
        "prev_hash, hash) VALUES (6, :ts, :a, :h, :k, :s, :d, :p, :x)",
        ts=ts,
        a=actor,
        h=host,
        k=kind,
        s=subject,
        d=details,
        p=events[1].hash,
        x=forged,
    )
    result = store.audit.verify()
    assert (result.ok, result.first_bad) == (False, 6)
    assert "event 6: prev_hash does not match event 5" in result.reason


def test_an_event_slipped_in_front_is_named(store: Store, raw) -> None:
    _fill(store, 3)
    forged = event_hash(0, "t", "a", "h", "open", None, "{}", GENESIS)
    _exec(
        raw,
        "INSERT INTO audit_events (seq, ts, actor, host, kind, subject, details, "
        "prev_hash, hash) VALUES (0, 't', 'a', 'h', 'open', NULL, '{}', :p, :x)",
        p=GENESIS,
        x=forged,
    )
    result = store.audit.verify()
    assert (result.ok, result.first_bad) == (False, 0)
    assert "(inserted)" in result.reason


def test_a_cut_off_tail_is_found_against_the_head(store: Store, raw) -> None:
    events = _fill(store, 8)
    _exec(raw, "DELETE FROM audit_events WHERE seq > 6")
    # The chain that is left is valid in itself ...
    assert store.audit.verify(use_head_file=False).ok
    # ... but the head file outside the store remembers event 8.
    result = store.audit.verify()
    assert (result.ok, result.first_bad, result.checked) == (False, 7, 6)
    assert "tail cut off" in result.reason and f"8:{events[-1].hash}" in result.reason
    assert result.expected_from == str(store.audit.head_path)
    # An explicit head wins over the head file.
    ok = store.audit.verify(Head(6, events[5].hash))
    assert ok.ok and ok.expected_from == "--head"


def test_a_rewritten_chain_is_found_against_the_head(store: Store, raw) -> None:
    # Someone with the key edits event 3 and recomputes every MAC after it: the chain is
    # consistent, only the head kept outside the store shows it.
    events = _fill(store, 5)
    key = _key(store)
    rows = raw.execute(
        text("SELECT seq, ts, actor, host, kind, subject, details FROM audit_events ORDER BY seq")
    ).all()
    raw.commit()
    prev = events[1].hash
    for row in rows[2:]:
        details = '{"i":0}' if row.seq == 3 else row.details
        digest = event_mac(
            key, row.seq, row.ts, row.actor, row.host, row.kind, row.subject, details, prev
        )
        _exec(
            raw,
            "UPDATE audit_events SET details = :d, prev_hash = :p, hash = :x WHERE seq = :s",
            d=details,
            p=prev,
            x=digest,
            s=row.seq,
        )
        prev = digest
    assert store.audit.verify(use_head_file=False).ok
    result = store.audit.verify()
    assert (result.ok, result.first_bad) == (False, 5)
    assert "chain rewritten" in result.reason


def test_each_server_checks_its_own_head(
    store: Store, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two servers share the store; each keeps the head of its own last append.
    _fill(store, 3)
    other_head = tmp_path / "server2.head"
    monkeypatch.setenv("BAOMI_AUDIT_HEAD", str(other_head))
    with Store.open(db_url) as server2:
        assert server2.audit.head_path == other_head
        # A server joining a store with events starts its head explicitly (and audited).
        assert not server2.audit.verify().ok
        previous, new = server2.audit.reset_head(actor="管理员")
        assert previous == "missing" and new.seq == 4
        server2.record_event("test", None, {"from": "server2"})
        assert read_head_file(other_head).seq == 5
    _fill(store, 2)  # server 1 appends more: server 2's head stays valid
    with Store.open(db_url) as server2:
        result = server2.audit.verify()
        assert result.ok and result.expected.seq == 5 and result.head.seq == 7


def test_an_event_joins_the_callers_transaction(store: Store, raw) -> None:
    _fill(store, 2)
    head_before = read_head_file(store.audit.head_path)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.transaction() as conn:
        conn.execute(text("INSERT INTO settings (name, value) VALUES ('probe', 'x')"))
        store.audit.append("config", "probe", {"x": 1}, conn=conn)
        raise Boom
    # Neither the record nor its event survived, and the head file did not move.
    assert raw.execute(text("SELECT count(*) FROM settings WHERE name = 'probe'")).scalar() == 0
    raw.commit()
    assert store.audit.head().seq == 2
    assert read_head_file(store.audit.head_path) == head_before

    with store.transaction() as conn:
        conn.execute(text("INSERT INTO settings (name, value) VALUES ('probe', 'x')"))
        ev = store.audit.append("config", "probe", {"x": 1}, actor="张医生", conn=conn)
    assert ev.seq == 3 and ev.actor == "张医生"
    assert read_head_file(store.audit.head_path) == Head(3, ev.hash)
    assert store.audit.verify().ok


def test_append_refuses_a_connection_without_the_lock(store: Store) -> None:
    with store.engine.connect() as conn, pytest.raises(ValueError, match="Store.transaction"):
        store.audit.append("config", None, {}, conn=conn)
    with pytest.raises(ValueError, match="kind"):
        store.audit.append("Not A Kind!", None, {})


def _append_many(url: str, home: str, n: int, tag: str) -> None:
    import os

    os.environ["BAOMI_HOME"] = home
    with Store.open(url) as store:  # the store may not exist yet: both may try to migrate it
        for i in range(n):
            store.record_event("test", tag, {"i": i})


@pytest.mark.slow
def test_concurrent_appenders_make_one_chain(db_url: str, baomi_home: Path) -> None:
    n = 300
    ctx = multiprocessing.get_context("fork")
    procs = [
        ctx.Process(target=_append_many, args=(db_url, str(baomi_home), n, tag))
        for tag in ("A", "B")
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    with Store.open(db_url) as store:
        result = store.audit.verify()
        assert result.ok, result.reason
        assert result.checked == 2 * n
        subjects = [e.subject for e in store.audit.events()]
        assert subjects.count("A") == n and subjects.count("B") == n
        # Each process's own events are in its own order.
        for tag in ("A", "B"):
            mine = [e.details["i"] for e in store.audit.events() if e.subject == tag]
            assert mine == list(range(n))
        # The head file holds the newest event, whichever process wrote it last.
        assert read_head_file(store.audit.head_path) == store.audit.head()


def test_head_file_only_moves_forward_and_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "h" / "audit.head"
    assert write_head_file(path, Head(5, "a" * 64))
    assert not write_head_file(path, Head(4, "b" * 64))
    assert read_head_file(path) == Head(5, "a" * 64)
    assert write_head_file(path, Head(6, "c" * 64))
    assert path.read_text() == f"6:{'c' * 64}\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["audit.head", "audit.head.lock"]
    path.write_text("garbage")
    with pytest.raises(HeadError, match="damaged"):
        read_head_file(path)


def test_a_damaged_head_file_fails_verification(store: Store) -> None:
    _fill(store, 2)
    store.audit.head_path.write_text("not a head")
    result = store.audit.verify()
    assert not result.ok and "damaged" in result.reason and result.head_problem == "damaged"


@pytest.mark.parametrize(
    "bad", ["", "5", "5:abc", "0:" + "a" * 64, "x:" + "a" * 64, "5:" + "g" * 64]
)
def test_head_parse_rejects(bad: str) -> None:
    with pytest.raises(HeadError, match="SEQ:HASH"):
        Head.parse(bad)


def test_head_round_trip() -> None:
    h = Head(42, "ab" * 32)
    assert str(h) == f"42:{'ab' * 32}"
    assert Head.parse(f" {str(h).upper()}\n") == h
