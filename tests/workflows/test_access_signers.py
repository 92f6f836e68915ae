"""Separation of duties (issue 10, finding 9): the roles of one request, or of one transfer,
are signed by different people, and by the people rules/approvals.yaml names where it names any.
Over a real store (SQLite and PostgreSQL) and a really sealed file."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from labelers.keys import generate_keypair
from labelers.seal import seal_file
from scanner.store import Store
from scanner.workflows.access import (
    AccessError,
    ApprovalRulesError,
    approve_transfer,
    create_request,
    decide,
    get_request,
    load_approval_rules,
    parse_approval_rules,
    transfer_file,
)

TODAY = date.today()
META = {"label": {"text": "秘密 保密期限：30年"}, "categories": ["medical"]}


@pytest.fixture(scope="module")
def committee():
    return generate_keypair("committee")


@pytest.fixture
def sealed(tmp_path: Path, committee) -> Path:
    src = tmp_path / "病历.txt"
    src.write_text("姓名：张伟 诊断：高血压\n", encoding="utf-8")
    dst = tmp_path / "病历.txt.baomi"
    seal_file(src, dst, [committee.public], META)
    src.unlink()
    return dst


def _rules_with_people(tmp_path: Path):
    shipped = load_approval_rules()
    data = {
        "schema_version": 1,
        "roles": {k: list(v) for k, v in shipped.roles.items()},
        "open_requires_request": sorted(shipped.open_requires_request),
        "people": {"分管领导": ["刘院长", "陈副院长"]},
    }
    return parse_approval_rules(data, "test approvals.yaml")


def test_one_person_cannot_sign_two_roles_of_one_request(store: Store, sealed: Path) -> None:
    rid = create_request(store, sealed, "consult", "复查调阅", TODAY + timedelta(days=3), "李医生")
    assert decide(store, rid, "科室负责人", "王主任", "approve") == "pending"
    for same in ("王主任", " 王主任 "):
        with pytest.raises(AccessError, match="one person cannot also sign"):
            decide(store, rid, "分管领导", same, "approve")
    assert get_request(store, rid)["state"] == "pending"
    assert decide(store, rid, "分管领导", "刘院长", "approve") == "approved"


def test_a_rejection_is_a_signature_too(store: Store, sealed: Path) -> None:
    rid = create_request(store, sealed, "borrow", "借阅", TODAY + timedelta(days=3), "李医生")
    decide(store, rid, "科室负责人", "王主任", "approve")
    with pytest.raises(AccessError, match="one person cannot also sign"):
        decide(store, rid, "分管领导", "王主任", "reject")


def test_people_listed_in_the_rules_are_the_only_signers(
    store: Store, sealed: Path, tmp_path: Path
) -> None:
    rules = _rules_with_people(tmp_path)
    rid = create_request(store, sealed, "consult", "调阅", TODAY + timedelta(days=3), "李医生")
    decide(store, rid, "科室负责人", "任何人", "approve", rules=rules)  # role not listed: any name
    with pytest.raises(AccessError, match="is not listed as 分管领导"):
        decide(store, rid, "分管领导", "张三", "approve", rules=rules)
    assert decide(store, rid, "分管领导", "陈副院长", "approve", rules=rules) == "approved"


def test_people_must_name_known_roles() -> None:
    shipped = load_approval_rules()
    base = {
        "schema_version": 1,
        "roles": {k: list(v) for k, v in shipped.roles.items()},
        "open_requires_request": [],
    }
    with pytest.raises(ApprovalRulesError, match="no kind under roles uses"):
        parse_approval_rules({**base, "people": {"院办主任": ["甲"]}})
    with pytest.raises(ApprovalRulesError, match="non-empty list of names"):
        parse_approval_rules({**base, "people": {"分管领导": []}})


def test_a_transfer_needs_different_people_too(
    store: Store, sealed: Path, committee, tmp_path: Path
) -> None:
    other = generate_keypair("county")
    with pytest.raises(AccessError, match="one person cannot also sign"):
        transfer_file(
            store, sealed, committee, other.public, method="network",
            approved_by=[{"role": "科室负责人", "name": "王五"}, {"role": "分管领导", "name": "王五"}],
            emergency=False, actor="clerk", out_path=tmp_path / "out1.baomi",
        )  # fmt: skip
    assert not (tmp_path / "out1.baomi").exists()
    rec = transfer_file(
        store, sealed, committee, other.public, method="courier",
        approved_by=[{"role": "分管领导", "name": "刘六"}], emergency=True, actor="clerk",
        out_path=tmp_path / "out2.baomi",
    )  # fmt: skip
    with pytest.raises(AccessError, match="one person cannot also sign"):
        approve_transfer(store, rec["id"], "科室负责人", "刘六")
    assert approve_transfer(store, rec["id"], "科室负责人", "王五") == []


def test_a_request_is_for_the_sealed_file_not_for_its_path(
    store: Store, sealed: Path, committee, tmp_path: Path
) -> None:
    """Finding 9: a request approved for one sealed file does not open another one copied to
    the same path (made by anyone with the public key), nor is it recorded under its name."""
    from scanner.workflows.access import RequestNotUsable, usable_request

    rid = create_request(store, sealed, "consult", "复查调阅", TODAY + timedelta(days=3), "李医生")
    decide(store, rid, "科室负责人", "王主任", "approve")
    decide(store, rid, "分管领导", "刘院长", "approve")
    assert usable_request(store, rid, sealed)["state"] == "approved"

    other = tmp_path / "另一份病历.txt"
    other.write_text("姓名：李四 诊断：糖尿病\n", encoding="utf-8")
    forged = tmp_path / "forged.baomi"
    seal_file(other, forged, [committee.public], META)
    os.replace(forged, sealed)  # the same path, another sealed file
    with pytest.raises(RequestNotUsable, match="approved for another sealed file"):
        usable_request(store, rid, sealed)
