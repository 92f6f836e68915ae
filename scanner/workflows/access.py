"""Access requests (查阅 consult / 借阅 borrow, docs/policy.md §6) and transmission (传递, §4).

A request names one sealed file, a purpose and an end date; the roles in ``rules/approvals.yaml``
each approve or reject it. ``baomi open --request ID`` cites an approved, unexpired request for
the same file (required for the categories the rules name). A borrow request whose copy was
opened is "borrowed" until it is returned, and "overdue" after its date.

A transfer re-seals a sealed file for another recipient: the plaintext goes from the decryptor
to the new seal through a pipe in memory, one chunk at a time, and is never written to disk.

Every write happens in one store transaction with its audit event (``Store.record_request``,
``Store.access_session``, ``Store.record_transfer``), so a record without its event (or the
reverse) cannot be left behind. The state of a request is computed when read
(from its status, its date, its openings), so "expired" and "overdue" need no job to set them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from scanner import fsutil
from scanner.detect.masking import mask_free_text
from scanner.errors import BaomiError
from scanner.fsutil import Folder, WorkDir

if TYPE_CHECKING:
    from scanner.store import AccessSession, RequestRecord, Store, TransferRecord

SCHEMA_VERSION = 1
RULES_FILE = "approvals.yaml"
REQUEST_KINDS = ("consult", "borrow")
TRANSFER = "transfer"
# Approvals that scanner.workflows.lifecycle reads (POLICY §8); optional here, with defaults there.
OPTIONAL_KINDS = ("declassify", "destroy")
METHODS = ("network", "courier", "usb")
DECISIONS = ("approve", "reject")
STATES = ("pending", "approved", "borrowed", "rejected", "expired", "overdue", "returned")
MAX_PURPOSE = 500
MAX_NAME = 255


class AccessError(BaomiError):
    """A request, decision or transfer that cannot be made as asked; the message says why."""


class ApprovalRulesError(AccessError):
    """rules/approvals.yaml is missing or wrong."""


class RequestNotUsable(AccessError):
    """An opening cited a request that does not allow it."""


@dataclass(frozen=True)
class ApprovalRules:
    roles: dict[str, tuple[str, ...]]  # kind -> roles that must approve
    open_requires_request: frozenset[str]
    origin: str = "built-in"
    # role -> the people who may sign for it; a role not listed here takes any name
    people: dict[str, frozenset[str]] = field(default_factory=dict)

    def roles_for(self, kind: str) -> tuple[str, ...]:
        return self.roles[kind]

    def check_signer(self, role: str, name: str) -> None:
        """Refuse a name the rules do not list for ``role`` (when they list anyone for it)."""
        allowed = self.people.get(role)
        if allowed is not None and _person(name) not in {_person(p) for p in allowed}:
            raise AccessError(
                f"{name} 不在 {role} 的审批人名单中（{self.origin}）/ {name} is not listed "
                f"as {role} in {self.origin}"
            )

    def needs_request(self, categories: Iterable[str]) -> list[str]:
        """The categories among ``categories`` that require a request to open."""
        return sorted(set(categories) & self.open_requires_request)


def _person(name: str) -> str:
    """A signer's name compared as people write it: case and surrounding blanks ignored."""
    return " ".join(name.split()).casefold()


def check_distinct_signers(signed: Iterable[tuple[str, str]], role: str, name: str) -> None:
    """One person signs one role of one request (or transfer): the policy asks for approvals by
    different people (POLICY §4, §6), so a second role signed by the same name is refused."""
    for other_role, other_name in signed:
        if other_role != role and _person(other_name) == _person(name):
            raise AccessError(
                f"{name} 已作为 {other_role} 签署，同一人不能再作为 {role} 签署 / {name} "
                f"already signed as {other_role}: one person cannot also sign as {role}"
            )


# -- rules ----------------------------------------------------------------------------------------


def load_approval_rules(rules_dir: Path | None = None) -> ApprovalRules:
    """``approvals.yaml`` from ``rules_dir`` (``baomi --rules DIR``) or the shipped rules."""
    if rules_dir is None:
        node: Any = resources.files("rules") / RULES_FILE
        origin = "built-in"
    else:
        node = Path(rules_dir) / RULES_FILE
        origin = str(node)
    try:
        text = node.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ApprovalRulesError(
            f"缺少审批规则文件 {origin}：请从 baomi rules export 复制 approvals.yaml / missing "
            f"{origin}: copy approvals.yaml from 'baomi rules export' into the rules folder"
        ) from None
    except OSError as exc:
        raise ApprovalRulesError(f"无法读取 / cannot read {origin}: {exc.strerror}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ApprovalRulesError(f"格式错误 / invalid YAML in {origin}: {exc}") from None
    return parse_approval_rules(data, origin)


def parse_approval_rules(data: Any, where: str = RULES_FILE) -> ApprovalRules:
    """Check the parsed YAML; every mistake is named with its place."""
    if not isinstance(data, dict):
        raise ApprovalRulesError(f"{where}: 顶层应为映射 / expected a mapping at the top level")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ApprovalRulesError(
            f"{where}: schema_version must be {SCHEMA_VERSION}, found "
            f"{data.get('schema_version')!r}"
        )
    unknown = sorted(set(data) - {"schema_version", "roles", "open_requires_request", "people"})
    if unknown:
        raise ApprovalRulesError(f"{where}: 未知的键 / unknown keys: {', '.join(unknown)}")
    raw_roles = data.get("roles")
    if not isinstance(raw_roles, dict):
        raise ApprovalRulesError(
            f"{where}: roles 应为映射（consult/borrow/transfer → 角色列表）/ "
            "roles must map consult, borrow and transfer to lists of roles"
        )
    roles: dict[str, tuple[str, ...]] = {}
    for kind in (*REQUEST_KINDS, TRANSFER, *OPTIONAL_KINDS):
        value = raw_roles.get(kind)
        if kind in OPTIONAL_KINDS and value is None:
            continue  # scanner.workflows.lifecycle falls back to the policy's roles
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(r, str) and r.strip() and len(r) <= 64 for r in value)
        ):
            raise ApprovalRulesError(
                f"{where}: roles.{kind} 应为非空的角色名称列表 / roles.{kind} must be a "
                f"non-empty list of role names (at most 64 characters each)"
            )
        names = tuple(r.strip() for r in value)
        if len(set(names)) != len(names):
            raise ApprovalRulesError(f"{where}: roles.{kind} 有重复角色 / lists a role twice")
        roles[kind] = names
    extra = sorted(set(raw_roles) - set(roles))
    if extra:
        raise ApprovalRulesError(
            f"{where}: roles 中未知的种类 / unknown kinds under roles: "
            f"{', '.join(map(str, extra))} (use consult, borrow, transfer, "
            "declassify, destroy)"
        )
    cats = data.get("open_requires_request", [])
    if not isinstance(cats, list) or not all(isinstance(c, str) and c for c in cats):
        raise ApprovalRulesError(
            f"{where}: open_requires_request 应为类别列表，如 [medical, "
            "personnel] / must be a list of category ids"
        )
    people = _parse_people(data.get("people"), roles, where)
    return ApprovalRules(
        roles=roles, open_requires_request=frozenset(cats), origin=where, people=people
    )


def _parse_people(
    raw: Any, roles: dict[str, tuple[str, ...]], where: str
) -> dict[str, frozenset[str]]:
    """``people:`` (optional): role -> the names that may sign for it."""
    if raw is None:
        return {}
    known = {r for names in roles.values() for r in names}
    if not isinstance(raw, dict):
        raise ApprovalRulesError(
            f"{where}: people 应为映射（角色 → 姓名列表）/ people must map roles to lists of names"
        )
    out: dict[str, frozenset[str]] = {}
    for role, names in raw.items():
        if role not in known:
            raise ApprovalRulesError(
                f"{where}: people 中的角色 {role!r} 未在 roles 中出现 / people names a role "
                f"{role!r} that no kind under roles uses"
            )
        if (
            not isinstance(names, list)
            or not names
            or not all(isinstance(n, str) and n.strip() and len(n) <= MAX_NAME for n in names)
        ):
            raise ApprovalRulesError(
                f"{where}: people.{role} 应为非空的姓名列表 / people.{role} must be a "
                "non-empty list of names"
            )
        out[str(role)] = frozenset(n.strip() for n in names)
    return out


# -- helpers --------------------------------------------------------------------------------------


def _abs(path: Path | str) -> str:
    return str(Path(path).resolve())


def _text(value: str, what: str, limit: int, least: int = 1) -> str:
    value = (value or "").strip()
    if len(value) < least:
        raise AccessError(f"{what}不能为空 / {what}: please say it in a few words")
    if len(value) > limit:
        raise AccessError(f"{what}过长（最多 {limit} 字）/ {what}: at most {limit} characters")
    return value


def _check_sealed(path: Path) -> Any:
    from labelers.seal import SealError, read_header

    if not path.is_file():
        raise AccessError(f"文件不存在 / no such file: {path}")
    try:
        return read_header(path)
    except (SealError, OSError) as exc:
        raise AccessError(f"不是加密文件 / {path} is not a sealed (.baomi) file: {exc}") from None


def _request_row(session: AccessSession, request_id: int) -> RequestRecord:
    row = session.request(int(request_id))
    if row is None:
        raise AccessError(f"没有编号为 {request_id} 的申请 / no access request {request_id}")
    return row


def _request_id(value: int | str) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise AccessError(f"申请编号应为数字 / a request ID is a number, got {value!r}") from None


# -- requests -------------------------------------------------------------------------------------


def sealed_digest(path: Path) -> str:
    """SHA-256 of a sealed file's header: one value per sealing (its wrapped file key is new
    each time) to which every chunk of the content is bound, read without any key."""
    header = _check_sealed(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise AccessError(f"无法读取 / cannot read {path}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        return hashlib.sha256(fh.read(header.header_length)).hexdigest()


def create_request(
    store: Store,
    sealed_path: Path,
    kind: str,
    purpose: str,
    until: date,
    requester: str,
    *,
    rules: ApprovalRules | None = None,
    today: date | None = None,
) -> int:
    """Record an application to consult or borrow one sealed file; returns its id."""
    rules = rules or load_approval_rules()
    if kind not in REQUEST_KINDS:
        raise AccessError(
            f"申请种类应为 consult（查阅）或 borrow（借阅）/ kind must be consult "
            f"or borrow, got {kind!r}"
        )
    purpose = mask_free_text(_text(purpose, "用途 purpose", MAX_PURPOSE, least=2))
    requester = _text(requester, "申请人 requester", MAX_NAME)
    today = today or date.today()
    if until < today:
        raise AccessError(f"截止日期 {until} 已过 / the end date {until} is in the past")
    header = _check_sealed(Path(sealed_path))
    request_id = store.record_request(
        kind=kind,
        sealed_path=_abs(sealed_path),
        sealed_digest=sealed_digest(Path(sealed_path)),
        purpose=purpose,
        requester=requester,
        until=until,
        roles=rules.roles_for(kind),
        categories=[str(c) for c in header.meta.get("categories") or []],
    )
    return request_id


def decide(
    store: Store,
    request_id: int | str,
    role: str,
    approver: str,
    decision: str,
    note: str | None = None,
    *,
    rules: ApprovalRules | None = None,
    today: date | None = None,
) -> str:
    """One role's decision on a pending request; returns the request's state afterwards.

    Any rejection rejects the request; it is approved when every role the kind needs approved.
    """
    rules = rules or load_approval_rules()
    rid = _request_id(request_id)
    if decision not in DECISIONS:
        raise AccessError(f"decision must be approve or reject, got {decision!r}")
    approver = _text(approver, "审批人 approver", MAX_NAME)
    with store.access_session() as session:
        row = _request_row(session, rid)
        needed = rules.roles_for(row.kind)
        if role not in needed:
            raise AccessError(
                f"{row.kind} 申请的审批角色为 {'、'.join(needed)}，不含 {role!r} / "
                f"a {row.kind} request is decided by {', '.join(needed)}, not "
                f"{role!r}"
            )
        if row.status != "pending":
            raise AccessError(
                f"申请 {rid} 已是 {row.status}，不能再审批 / request {rid} is already {row.status}"
            )
        if row.until < (today or date.today()):
            raise AccessError(
                f"申请 {rid} 已过期（{row.until}）/ request {rid} expired on "
                f"{row.until}: make a new one"
            )
        done = session.decisions(rid)
        rules.check_signer(role, approver)
        check_distinct_signers(session.signers(rid).items(), role, approver)
        if role in done:
            raise AccessError(
                f"{role} 已对申请 {rid} 作出决定（{done[role]}）/ {role} has "
                f"already decided request {rid} ({done[role]})"
            )
        session.add_approval(
            rid,
            role=role,
            approver=approver,
            decision=decision,
            note=mask_free_text((note or "").strip()) or None,
        )
        done[role] = decision
        status = "pending"
        if decision == "reject":
            status = "rejected"
        elif all(done.get(r) == "approve" for r in needed):
            status = "approved"
        if status != "pending":
            session.set_request_status(rid, status)
        session.audit(
            decision,
            row.sealed_path,
            {
                "request_id": rid,
                "role": role,
                "approver": approver,
                "note": mask_free_text((note or "").strip()) or None,
                "status": status,
            },
            actor=approver,
        )
    return status


def _state(row: RequestRecord, openings: int, today: date) -> str:
    if row.status in ("rejected", "returned"):
        return str(row.status)
    if row.status == "pending":
        return "expired" if row.until < today else "pending"
    # approved
    if row.kind == "borrow" and openings:
        return "overdue" if row.until < today else "borrowed"
    return "expired" if row.until < today else "approved"


def requests(
    store: Store,
    *,
    state: str | None = None,
    sealed_path: Path | None = None,
    request_id: int | str | None = None,
    today: date | None = None,
) -> list[dict[str, Any]]:
    """Requests, newest first, each with its computed ``state`` and its approvals."""
    if state is not None and state not in STATES:
        raise AccessError(f"state must be one of {', '.join(STATES)}, got {state!r}")
    today = today or date.today()
    rows = store.access_requests(
        sealed_path=_abs(sealed_path) if sealed_path is not None else None,
        request_id=_request_id(request_id) if request_id is not None else None,
    )
    out = []
    for r in rows:
        n = r.openings
        st = _state(r, n, today)
        if state is not None and st != state:
            continue
        out.append(
            {
                "id": r.id,
                "kind": r.kind,
                "sealed_path": r.sealed_path,
                "file_id": r.file_id,
                "purpose": r.purpose,
                "requester": r.requester,
                "host": r.host,
                "created_at": r.created_at.isoformat(),
                "until": r.until.isoformat(),
                "status": r.status,
                "state": st,
                "openings": n,
                "returned_at": r.returned_at.isoformat() if r.returned_at else None,
                "approvals": [
                    {
                        "role": a.role,
                        "approver": a.approver,
                        "decision": a.decision,
                        "note": a.note,
                        "decided_at": a.decided_at.isoformat(),
                    }
                    for a in r.approvals
                ],
            }
        )
    return out


def get_request(
    store: Store, request_id: int | str, *, today: date | None = None
) -> dict[str, Any]:
    found = requests(store, request_id=request_id, today=today)
    if not found:
        raise AccessError(f"没有编号为 {request_id} 的申请 / no access request {request_id}")
    return found[0]


def mark_returned(store: Store, request_id: int | str, *, by: str) -> None:
    """A borrowed copy came back (and its plaintext was deleted)."""
    rid = _request_id(request_id)
    with store.access_session() as session:
        row = _request_row(session, rid)
        if row.kind != "borrow":
            raise AccessError(
                f"申请 {rid} 是查阅，无需归还 / request {rid} is a consult request; "
                "only borrowed copies are returned"
            )
        if row.status != "approved":
            raise AccessError(
                f"申请 {rid} 状态为 {row.status}，不能归还 / request {rid} is "
                f"{row.status}; only an approved, borrowed copy can be returned"
            )
        if not session.openings_citing(rid):
            raise AccessError(
                f"申请 {rid} 的文件尚未借出（未打开过）/ request {rid}: the file "
                "was never opened, so nothing was borrowed"
            )
        session.mark_request_returned(rid)
        session.audit(
            "return",
            row.sealed_path,
            {"request_id": rid, "until": row.until.isoformat(), "late": row.until < date.today()},
            actor=by,
        )


def usable_request(
    store: Store, request_id: int | str, sealed_path: Path, *, today: date | None = None
) -> dict[str, Any]:
    """The request, if it allows opening ``sealed_path`` now; else RequestNotUsable."""
    try:
        req = get_request(store, request_id, today=today)
    except AccessError as exc:
        raise RequestNotUsable(str(exc)) from None
    rid = req["id"]
    if req["sealed_path"] != _abs(sealed_path):
        raise RequestNotUsable(
            f"申请 {rid} 针对的是另一个文件 {req['sealed_path']} / request "
            f"{rid} is for another file: {req['sealed_path']}"
        )
    (record,) = store.access_requests(request_id=rid)
    if (
        record.sealed_digest is not None
        and sealed_digest(Path(sealed_path)) != record.sealed_digest
    ):
        raise RequestNotUsable(
            f"申请 {rid} 批准的是另一份加密文件；此路径上的文件已被替换 / request {rid} was "
            f"approved for another sealed file: the file now at this path is not that one"
        )
    st = req["state"]
    if st in ("approved", "borrowed"):
        return req
    why = {
        "pending": ("尚未批准", "is still waiting for approval"),
        "rejected": ("已被驳回", "was rejected"),
        "expired": (f"已于 {req['until']} 到期", f"expired on {req['until']}"),
        "overdue": (f"已逾期（应于 {req['until']} 归还）", f"is overdue (due back {req['until']})"),
        "returned": ("已归还", "was returned"),
    }[st]
    raise RequestNotUsable(
        f"申请 {rid} {why[0]}，不能用于打开 / request {rid} {why[1]}; it "
        "cannot be used to open the file"
    )


def check_open(
    store: Store,
    rules: ApprovalRules,
    categories: Iterable[str],
    request_id: str | None,
    sealed_path: Path,
) -> dict[str, Any] | None:
    """What ``baomi open`` asks before decrypting: a request where the rules need one."""
    needing = rules.needs_request(str(c) for c in categories)
    if request_id is None:
        if needing:
            raise RequestNotUsable(
                f"{'、'.join(needing)} 类文件须凭已批准的申请打开：先 baomi request create，"
                f"获批后 baomi open --request ID / files of category {', '.join(needing)} are "
                "opened only with an approved request: baomi request create, then baomi open "
                "--request ID"
            )
        return None
    return usable_request(store, request_id, sealed_path)


# -- transfers ------------------------------------------------------------------------------------


def parse_approved_by(values: Iterable[str]) -> list[dict[str, str]]:
    """ "ROLE:NAME" strings (the CLI's --approved-by) as [{"role", "name"}]."""
    out = []
    for v in values:
        role, sep, name = v.partition(":")
        if not sep:
            role, sep, name = v.partition("：")
        if not sep or not role.strip() or not name.strip():
            raise AccessError(
                f'审批应写作 "角色:姓名" / --approved-by needs "ROLE:NAME", got {v!r}'
            )
        out.append({"role": role.strip(), "name": name.strip()})
    return out


def _check_transfer_roles(
    rules: ApprovalRules, given: Sequence[dict[str, str]], emergency: bool
) -> list[str]:
    """Missing roles (allowed only in an emergency)."""
    needed = rules.roles_for(TRANSFER)
    seen: set[str] = set()
    for a in given:
        if a["role"] not in needed:
            raise AccessError(
                f"传递的审批角色为 {'、'.join(needed)}，不含 {a['role']!r} / a "
                f"transfer is approved by {', '.join(needed)}, not {a['role']!r}"
            )
        if a["role"] in seen:
            raise AccessError(f"{a['role']} 重复审批 / {a['role']} is given twice")
        rules.check_signer(a["role"], a["name"])
        check_distinct_signers(
            ((g["role"], g["name"]) for g in given if g is not a), a["role"], a["name"]
        )
        seen.add(a["role"])
    missing = [r for r in needed if r not in seen]
    if missing and not emergency:
        raise AccessError(
            f"缺少审批：{'、'.join(missing)}（紧急情况可用 --emergency，事后补批）/ "
            f"missing approvals: {', '.join(missing)} (in an emergency use "
            "--emergency and approve afterwards)"
        )
    return missing


def reseal(src: Path, dst: Any, key: Any, recipients: Sequence[Any], meta: dict[str, Any]) -> Any:
    """Decrypt ``src`` with ``key`` straight into a new seal for ``recipients`` written to the
    binary stream ``dst``. The plaintext crosses an in-memory pipe, one chunk at a time (the
    pipe holds at most the kernel's pipe buffer), never a file. Returns (old header, result).

    Decryption runs in a thread writing the pipe; sealing reads it here. If decryption fails
    part-way (a tampered chunk) the pipe is closed early and its exception is raised after the
    seal finishes, so the caller discards ``dst``.
    """
    from labelers.seal import open_stream, seal_stream

    rfd, wfd = os.pipe()
    failure: list[BaseException] = []
    header: list[Any] = []

    def decrypt() -> None:
        try:
            # the pipe's end first: whatever fails after, closing it ends the sealer's read
            with os.fdopen(wfd, "wb", buffering=0) as pipe_out, open(src, "rb") as fin:
                header.append(open_stream(fin, pipe_out, key))
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)

    worker = threading.Thread(target=decrypt, name="baomi-reseal", daemon=True)
    with os.fdopen(rfd, "rb") as pipe_in:
        worker.start()
        try:
            result = seal_stream(pipe_in, dst, recipients, meta)
        finally:
            # unblock the writer if sealing stopped early, then wait for it
            pipe_in.close()
            worker.join()
    if failure:
        raise failure[0]
    return header[0], result


def transfer_file(
    store: Store,
    sealed_path: Path,
    key: Any,
    recipient: Any,
    *,
    method: str,
    approved_by: Sequence[dict[str, str]],
    emergency: bool,
    actor: str,
    out_path: Path | None = None,
    rules: ApprovalRules | None = None,
) -> dict[str, Any]:
    """Re-seal ``sealed_path`` for ``recipient`` (a PublicKey) and record the transmission.

    The new file keeps the header meta (label, categories, expiry, original name). It is
    written beside ``out_path`` under a temporary name (ciphertext only), fsynced, its header
    read back, then linked into place (never overwriting) and recorded with a ``transfer``
    audit event in one transaction; if the record fails the new file is removed.
    """
    rules = rules or load_approval_rules()
    if method not in METHODS:
        raise AccessError(
            f"传递方式应为 {', '.join(METHODS)} / method must be one of "
            f"{', '.join(METHODS)}, got {method!r}"
        )
    approved = [dict(a) for a in approved_by]
    missing = _check_transfer_roles(rules, approved, emergency)
    src = Path(sealed_path)
    meta = dict(_check_sealed(src).meta)
    out_path = _transfer_target(src, meta, recipient.name, out_path)
    _write_new_seal(src, out_path, key, recipient, meta)
    try:
        transfer_id = store.record_transfer(
            sealed_path=_abs(src),
            out_path=_abs(out_path),
            original_name=meta.get("original_name"),
            recipient_name=recipient.name,
            recipient_fingerprint=recipient.fingerprint,
            method=method,
            approved_by=approved,
            emergency=bool(emergency),
            missing_approvals=missing,
            actor=actor,
            sender_key=key.fingerprint,
        )
    except BaseException:
        # not on record, so not sent: the new file must not stay behind
        with contextlib.suppress(OSError):
            out_path.unlink()
        raise
    return {
        "sealed_path": _abs(src),
        "out_path": _abs(out_path),
        "original_name": meta.get("original_name"),
        "recipient_name": recipient.name,
        "recipient_fingerprint": recipient.fingerprint,
        "method": method,
        "approved_by": approved,
        "emergency": bool(emergency),
        "missing_approvals": missing,
        "id": transfer_id,
    }


def _transfer_target(src: Path, meta: dict[str, Any], recipient: str, out: Path | None) -> Path:
    """Where the new seal goes: ``out``, else NAME.RECIPIENT.baomi beside ``src``; never an
    existing file, never ``src`` itself."""
    from labelers.seal import SUFFIX

    if out is None:
        base = Path(str(meta.get("original_name") or src.stem)).name
        out = src.with_name(f"{base}.{recipient}{SUFFIX}")
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise AccessError(f"输出文件已存在，不会覆盖 / {out} exists; choose another --out")
    if out.resolve() == src.resolve():
        raise AccessError("输出不能覆盖原文件 / --out must differ from the file sent")
    return out


def _write_new_seal(
    src: Path, out_path: Path, key: Any, recipient: Any, meta: dict[str, Any]
) -> None:
    """Re-seal ``src`` for ``recipient`` into a temporary file in a private work folder of
    fsutil's inside ``out_path``'s folder (0700, random names, ``O_EXCL|O_NOFOLLOW``, every name
    looked up through a descriptor), fsync it, read its header back, then link it to
    ``out_path`` (which must not exist): no name a share writer can plant or swap is ever
    written to or followed, and a link at ``out_path`` is never replaced."""
    from labelers.seal import SealError, read_header

    with contextlib.ExitStack() as stack:
        try:
            folder = stack.enter_context(Folder.open(out_path.parent))
            # the work folder (and the temporary file in it) goes however this block ends
            work = stack.enter_context(WorkDir.make(folder))
            temp = work.create_temp("transfer")
        except OSError as exc:
            raise AccessError(
                f"无法写入 {out_path.parent}：{exc.strerror} / cannot write in "
                f"{out_path.parent}: {exc.strerror}"
            ) from None
        stack.callback(temp.close)
        with temp.file() as fout:
            try:
                _, result = reseal(src, fout, key, [recipient], meta)
            except SealError as exc:
                raise AccessError(f"{src}: {exc}") from None
            fout.flush()
        temp.sync()
        back = work.open_original(temp.name, expect=fsutil.identity(os.fstat(temp.fd)))
        with back, os.fdopen(os.dup(back.fd), "rb") as fh:
            header = read_header(fh)
            size = os.fstat(fh.fileno()).st_size
        if header != result.header or size != result.sealed_size:
            raise AccessError(
                f"新加密文件回读校验失败 / the new sealed file {out_path} did not "
                "read back correctly (disk fault?); nothing was sent"
            )
        try:
            folder.link_new(temp.name, out_path.name, src_folder=work)
        except FileExistsError:
            raise AccessError(f"输出文件已存在 / {out_path} appeared meanwhile") from None


def approve_transfer(
    store: Store,
    transfer_id: int | str,
    role: str,
    name: str,
    *,
    rules: ApprovalRules | None = None,
) -> list[str]:
    """An approval given after an emergency transfer; returns the roles still missing."""
    rules = rules or load_approval_rules()
    tid = _request_id(transfer_id)
    name = _text(name, "审批人 approver", MAX_NAME)
    needed = rules.roles_for(TRANSFER)
    if role not in needed:
        raise AccessError(
            f"传递的审批角色为 {'、'.join(needed)}，不含 {role!r} / a transfer is "
            f"approved by {', '.join(needed)}, not {role!r}"
        )
    with store.access_session() as session:
        row = session.transfer(tid)
        if row is None:
            raise AccessError(f"没有编号为 {tid} 的传递记录 / no transfer {tid}")
        given = list(row.approved_by)
        if any(a["role"] == role for a in given):
            raise AccessError(f"{role} 已审批传递 {tid} / {role} already approved transfer {tid}")
        rules.check_signer(role, name)
        check_distinct_signers(((a["role"], a["name"]) for a in given), role, name)
        given.append({"role": role, "name": name, "after": True})
        missing = [r for r in needed if r not in {a["role"] for a in given}]
        session.set_transfer_approvals(tid, given, complete=not missing)
        session.audit(
            "approve",
            row.sealed_path,
            {"transfer_id": tid, "role": role, "approver": name, "missing": missing},
            actor=name,
        )
    return missing


def transfers(store: Store, *, pending: bool = False) -> list[dict[str, Any]]:
    """Transmission records, newest first; ``pending``: emergency ones still missing approvals."""
    return [_transfer_dict(t) for t in store.transfers(pending=pending)]


def _transfer_dict(t: TransferRecord) -> dict[str, Any]:
    return {
        "id": t.id,
        "sealed_path": t.sealed_path,
        "out_path": t.out_path,
        "recipient_name": t.recipient_name,
        "recipient_fingerprint": t.recipient_fingerprint,
        "method": t.method,
        "approved_by": t.approved_by,
        "emergency": t.emergency,
        "approvals_pending": t.emergency and t.approved_after_at is None,
        "approved_after_at": t.approved_after_at.isoformat() if t.approved_after_at else None,
        "actor": t.actor,
        "host": t.host,
        "transferred_at": t.transferred_at.isoformat(),
    }
