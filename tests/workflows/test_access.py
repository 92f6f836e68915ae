"""Access requests, approvals, openings and transfers over a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from labelers.keys import generate_keypair
from labelers.seal import ChunkTampered, open_stream, read_header, seal_file
from scanner.store import Store
from scanner.workflows.access import (
    AccessError,
    ApprovalRulesError,
    RequestNotUsable,
    approve_transfer,
    check_open,
    create_request,
    decide,
    get_request,
    load_approval_rules,
    mark_returned,
    parse_approval_rules,
    parse_approved_by,
    requests,
    reseal,
    transfer_file,
    transfers,
    usable_request,
)

TODAY = date.today()
RULES = load_approval_rules()
META = {
    "label": {"text": "秘密 保密期限：30年"},
    "categories": ["medical"],
    "expires": "2056-01-01",
    "original_name": "门诊病历.txt",
}


@pytest.fixture(scope="module")
def committee():
    return generate_keypair("committee")


@pytest.fixture
def sealed(tmp_path: Path, committee) -> Path:
    src = tmp_path / "门诊病历.txt"
    src.write_bytes(("姓名：张伟 诊断：高血压\n" * 3000).encode())
    dst = tmp_path / "门诊病历.txt.baomi"
    seal_file(src, dst, [committee.public], META, chunk_size=4096)
    src.unlink()
    return dst


def _approve_all(store: Store, rid: int, kind: str) -> str:
    state = ""
    for i, role in enumerate(RULES.roles_for(kind)):
        state = decide(store, rid, role, f"审批人{i}", "approve")
    return state


# -- rules ------------------------------------------------------------------------------------------


def test_shipped_rules() -> None:
    assert RULES.roles_for("consult") == ("科室负责人", "分管领导")
    assert RULES.roles_for("borrow") == ("科室负责人", "分管领导", "保密委员会主任")
    assert RULES.roles_for("transfer") == ("科室负责人", "分管领导")
    assert RULES.open_requires_request == {"medical", "personnel"}
    assert RULES.needs_request(["financial", "medical"]) == ["medical"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("- a list", "mapping"),
        ({"schema_version": 2}, "schema_version"),
        ({"schema_version": 1, "roles": {"consult": ["a"], "borrow": ["a"]}}, "roles.transfer"),
        (
            {"schema_version": 1, "roles": {"consult": [], "borrow": ["a"], "transfer": ["a"]}},
            "roles.consult",
        ),
        (
            {
                "schema_version": 1,
                "roles": {"consult": ["a", "a"], "borrow": ["a"], "transfer": ["a"]},
            },
            "twice",
        ),
        (
            {
                "schema_version": 1,
                "roles": {"consult": ["a"], "borrow": ["a"], "transfer": ["a"], "lend": ["a"]},
            },
            "lend",
        ),
        (
            {
                "schema_version": 1,
                "roles": {"consult": ["a"], "borrow": ["a"], "transfer": ["a"]},
                "open_requires_request": "medical",
            },
            "open_requires_request",
        ),
        ({"schema_version": 1, "rolse": {}}, "rolse"),
    ],
)
def test_rules_mistakes_are_named(data: object, words: str) -> None:
    with pytest.raises(ApprovalRulesError, match=words):
        parse_approval_rules(data, "approvals.yaml")


def test_rules_from_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ApprovalRulesError, match="rules export"):
        load_approval_rules(tmp_path)
    (tmp_path / "approvals.yaml").write_text(
        yaml.safe_dump(
            {
                "schema_version": 1,
                "roles": {"consult": ["院长"], "borrow": ["院长"], "transfer": ["院长"]},
                "open_requires_request": [],
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    rules = load_approval_rules(tmp_path)
    assert rules.roles_for("consult") == ("院长",) and not rules.open_requires_request
    (tmp_path / "approvals.yaml").write_text("roles: [unclosed", encoding="utf-8")
    with pytest.raises(ApprovalRulesError, match="invalid YAML"):
        load_approval_rules(tmp_path)


# -- requests ---------------------------------------------------------------------------------------


def test_consult_flow(store: Store, sealed: Path) -> None:
    rid = create_request(
        store, sealed, "consult", "门诊复查调阅", TODAY + timedelta(days=3), "李医生"
    )
    assert get_request(store, rid)["state"] == "pending"
    assert get_request(store, rid)["file_id"] is None  # sealed outside protect: not registered
    with pytest.raises(RequestNotUsable, match="waiting for approval"):
        usable_request(store, rid, sealed)
    assert decide(store, rid, "科室负责人", "王主任", "approve", "同意") == "pending"
    with pytest.raises(AccessError, match="already decided"):
        decide(store, rid, "科室负责人", "王主任", "approve")
    with pytest.raises(AccessError, match="not '保密委员会主任'"):
        decide(store, rid, "保密委员会主任", "赵主任", "approve")
    assert decide(store, rid, "分管领导", "刘院长", "approve") == "approved"
    req = usable_request(store, rid, sealed)
    assert [a["role"] for a in req["approvals"]] == ["科室负责人", "分管领导"]
    assert req["approvals"][0]["note"] == "同意"
    with pytest.raises(AccessError, match="already approved"):
        decide(store, rid, "分管领导", "刘院长", "reject")
    # a consult stays usable while valid, after openings too; expires after its date
    store.record_open(
        sealed_path=sealed,
        actor="李医生",
        reason="复查",
        out_path=sealed.parent / "x",
        request_id=str(rid),
        recipient_fingerprint="f",
    )
    assert get_request(store, rid)["state"] == "approved"
    assert get_request(store, rid)["openings"] == 1
    later = TODAY + timedelta(days=4)
    assert get_request(store, rid, today=later)["state"] == "expired"
    with pytest.raises(RequestNotUsable, match="expired"):
        usable_request(store, rid, sealed, today=later)
    with pytest.raises(AccessError, match="consult"):
        mark_returned(store, rid, by="李医生")
    kinds = [e.kind for e in store.audit.events()]
    assert kinds.count("approve") == 2 and kinds.count("request") == 1
    assert store.audit.verify().ok


def test_borrow_flow_overdue_and_return(store: Store, sealed: Path) -> None:
    until = TODAY + timedelta(days=1)
    rid = create_request(store, sealed, "borrow", "医疗纠纷材料借阅", until, "张科长")
    assert _approve_all(store, rid, "borrow") == "approved"
    with pytest.raises(AccessError, match="never opened"):
        mark_returned(store, rid, by="张科长")
    store.record_open(
        sealed_path=sealed,
        actor="张科长",
        reason="借阅",
        out_path=sealed.parent / "y",
        request_id=str(rid),
        recipient_fingerprint="f",
    )
    assert get_request(store, rid)["state"] == "borrowed"
    assert usable_request(store, rid, sealed)["state"] == "borrowed"
    after = until + timedelta(days=1)
    assert [r["id"] for r in requests(store, state="overdue", today=after)] == [rid]
    assert requests(store, state="overdue") == []
    with pytest.raises(RequestNotUsable, match="overdue"):
        usable_request(store, rid, sealed, today=after)
    mark_returned(store, rid, by="张科长")
    req = get_request(store, rid, today=after)
    assert req["state"] == "returned" and req["returned_at"]
    with pytest.raises(RequestNotUsable, match="returned"):
        usable_request(store, rid, sealed)
    with pytest.raises(AccessError, match="returned"):
        mark_returned(store, rid, by="张科长")
    assert store.audit.verify().ok


def test_reject_and_wrong_file(store: Store, sealed: Path, tmp_path: Path, committee) -> None:
    rid = create_request(store, sealed, "consult", "查阅", TODAY, "甲")
    assert decide(store, rid, "分管领导", "乙", "reject", "理由不足") == "rejected"
    with pytest.raises(AccessError, match="already rejected"):
        decide(store, rid, "科室负责人", "丙", "approve")
    with pytest.raises(RequestNotUsable, match="rejected"):
        usable_request(store, rid, sealed)
    other = tmp_path / "other.baomi"
    (tmp_path / "o.txt").write_text("x", encoding="utf-8")
    seal_file(tmp_path / "o.txt", other, [committee.public], META)
    ok = create_request(store, other, "consult", "查阅", TODAY, "甲")
    _approve_all(store, ok, "consult")
    with pytest.raises(RequestNotUsable, match="another file"):
        usable_request(store, ok, sealed)
    with pytest.raises(RequestNotUsable, match="no access request 999"):
        usable_request(store, 999, sealed)
    assert [r["state"] for r in requests(store, sealed_path=other)] == ["approved"]


def test_create_refuses_bad_input(store: Store, sealed: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("not sealed", encoding="utf-8")
    with pytest.raises(AccessError, match="not a sealed"):
        create_request(store, plain, "consult", "查阅", TODAY, "甲")
    with pytest.raises(AccessError, match="no such file"):
        create_request(store, tmp_path / "gone.baomi", "consult", "查阅", TODAY, "甲")
    with pytest.raises(AccessError, match="in the past"):
        create_request(store, sealed, "consult", "查阅", TODAY - timedelta(days=1), "甲")
    with pytest.raises(AccessError, match="consult or borrow"):
        create_request(store, sealed, "lend", "查阅", TODAY, "甲")
    with pytest.raises(AccessError, match="purpose"):
        create_request(store, sealed, "consult", " ", TODAY, "甲")
    with pytest.raises(AccessError, match="state must be"):
        requests(store, state="lost")
    assert requests(store) == []


def test_pending_request_expires(store: Store, sealed: Path) -> None:
    rid = create_request(store, sealed, "consult", "查阅", TODAY, "甲")
    assert get_request(store, rid, today=TODAY + timedelta(days=1))["state"] == "expired"
    with pytest.raises(AccessError, match="expired"):
        decide(store, rid, "科室负责人", "乙", "approve", today=TODAY + timedelta(days=1))


def test_check_open(store: Store, sealed: Path) -> None:
    with pytest.raises(RequestNotUsable, match="medical"):
        check_open(store, RULES, ["medical"], None, sealed)
    assert check_open(store, RULES, ["financial"], None, sealed) is None
    rid = create_request(store, sealed, "consult", "查阅", TODAY, "甲")
    with pytest.raises(RequestNotUsable, match="waiting"):
        check_open(store, RULES, ["financial"], str(rid), sealed)  # cited: must be usable
    _approve_all(store, rid, "consult")
    assert check_open(store, RULES, ["medical"], str(rid), sealed)["id"] == rid


# -- transfers --------------------------------------------------------------------------------------


def test_transfer_and_emergency_approvals(store: Store, sealed: Path, committee) -> None:
    clinic = generate_keypair("县医院")
    with pytest.raises(AccessError, match="missing approvals: 分管领导"):
        transfer_file(
            store,
            sealed,
            committee,
            clinic.public,
            method="network",
            approved_by=[{"role": "科室负责人", "name": "王"}],
            emergency=False,
            actor="t",
        )
    with pytest.raises(AccessError, match="method"):
        transfer_file(
            store,
            sealed,
            committee,
            clinic.public,
            method="fax",
            approved_by=[],
            emergency=True,
            actor="t",
        )
    rec = transfer_file(
        store,
        sealed,
        committee,
        clinic.public,
        method="usb",
        approved_by=parse_approved_by(["科室负责人:王", "分管领导：刘"]),
        emergency=False,
        actor="t",
    )
    out = Path(rec["out_path"])
    assert out.name == "门诊病历.txt.县医院.baomi"
    header = read_header(out)
    assert header.meta == META and [r.name for r in header.recipients] == ["县医院"]
    with open(out, "rb") as fin, open(sealed.parent / "check.txt", "wb") as fout:
        open_stream(fin, fout, clinic)
    assert (sealed.parent / "check.txt").read_text(encoding="utf-8").startswith("姓名：张伟")
    assert not [p for p in sealed.parent.iterdir() if p.name.startswith(".")]
    # emergency: sent first, approved afterwards
    rec2 = transfer_file(
        store,
        sealed,
        committee,
        clinic.public,
        method="courier",
        approved_by=[],
        emergency=True,
        actor="t",
        out_path=sealed.parent / "urgent.baomi",
    )
    assert rec2["missing_approvals"] == ["科室负责人", "分管领导"]
    assert [t["id"] for t in transfers(store, pending=True)] == [rec2["id"]]
    assert approve_transfer(store, rec2["id"], "分管领导", "刘") == ["科室负责人"]
    with pytest.raises(AccessError, match="already approved"):
        approve_transfer(store, rec2["id"], "分管领导", "刘")
    assert approve_transfer(store, rec2["id"], "科室负责人", "王") == []
    assert transfers(store, pending=True) == []
    listed = {t["id"]: t for t in transfers(store)}
    assert listed[rec["id"]]["approved_by"] == [
        {"role": "科室负责人", "name": "王"},
        {"role": "分管领导", "name": "刘"},
    ]
    assert listed[rec2["id"]]["approved_after_at"]
    assert json.dumps(listed, ensure_ascii=False).count("张伟") == 0
    assert store.audit.verify().ok


def test_reseal_refuses_a_tampered_file(sealed: Path, committee, tmp_path: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[-5000] ^= 1
    bad = tmp_path / "bad.baomi"
    bad.write_bytes(bytes(data))
    with open(tmp_path / "out.baomi", "wb") as dst, pytest.raises(ChunkTampered):
        reseal(bad, dst, committee, [generate_keypair("x").public], META)


def test_parse_approved_by() -> None:
    assert parse_approved_by(["科室负责人:王 五"]) == [{"role": "科室负责人", "name": "王 五"}]
    with pytest.raises(AccessError, match="ROLE:NAME"):
        parse_approved_by(["王五"])


def test_declassify_and_destroy_roles_may_be_set_in_the_rules() -> None:
    from scanner.workflows.access import ApprovalRulesError, parse_approval_rules
    from scanner.workflows.lifecycle import required_roles

    base = {
        "schema_version": 1,
        "open_requires_request": [],
        "roles": {"consult": ["科室负责人"], "borrow": ["科室负责人"], "transfer": ["科室负责人"]},
    }
    parse_approval_rules(base, "x.yaml")  # optional kinds may be left out
    parse_approval_rules(
        {**base, "roles": {**base["roles"], "destroy": ["院长", "保密委员会主任"]}}, "x.yaml"
    )
    with pytest.raises(ApprovalRulesError, match="roles.destroy"):
        parse_approval_rules({**base, "roles": {**base["roles"], "destroy": []}}, "x.yaml")
    assert required_roles("destroy") == ("科室负责人", "分管领导", "保密委员会主任")
