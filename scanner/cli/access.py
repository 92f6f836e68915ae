"""``baomi request`` (查阅/借阅 applications and their approvals) and ``baomi transfer`` (传递).

Only click is imported here; the store, the rules and the cryptography are imported inside the
commands, so ``baomi --help`` stays quick. The work is done by :mod:`scanner.workflows.access`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from scanner.cli.common import (
    CONTEXT_SETTINGS,
    EXIT_OK,
    UsageError,
    open_store,
    private_key,
    root_obj,
)

if TYPE_CHECKING:
    from scanner.store import Store

STATE_NAMES = {
    "pending": "待审批",
    "approved": "已批准",
    "borrowed": "借出中",
    "rejected": "已驳回",
    "expired": "已过期",
    "overdue": "逾期未还",
    "returned": "已归还",
}
KIND_NAMES = {"consult": "查阅", "borrow": "借阅"}


def approval_rules() -> Any:
    """rules/approvals.yaml from ``baomi --rules DIR`` or the shipped rules, as a UsageError."""
    from scanner.workflows.access import ApprovalRulesError, load_approval_rules

    try:
        return load_approval_rules(root_obj().get("rules_dir"))
    except ApprovalRulesError as exc:
        raise UsageError(f"审批规则有误 / approval rules: {exc}") from exc


def _access_errors() -> Any:
    from scanner.workflows.access import AccessError

    return AccessError


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            f"日期格式应为 YYYY-MM-DD / a date like 2026-12-31, got {value!r}"
        ) from None


def _actor() -> str:
    from scanner.workflows.protect import actor

    return actor()


# -- baomi open -----------------------------------------------------------------------------------


def request_for_open(
    store: Store, file: Path, header: Any, request_id: str | None, reason: str, key: Any
) -> str | None:
    """The cited request's id (normalised) if the opening may go ahead; a refusal is recorded
    (``open.refused``) and raised as a UsageError."""
    from scanner.detect.masking import mask_free_text
    from scanner.workflows.access import RequestNotUsable, check_open

    categories = header.meta.get("categories")
    cats = [str(c) for c in categories] if isinstance(categories, list) else []
    try:
        req = check_open(store, approval_rules(), cats, request_id, file)
    except RequestNotUsable as exc:
        store.record_event(
            "open.refused",
            str(file.resolve()),
            {
                "reason": mask_free_text(reason),
                "error": "request",
                "request_id": request_id,
                "key_fingerprint": key.public.fingerprint,
            },
        )
        raise UsageError(str(exc)) from exc
    return None if req is None else str(req["id"])


# -- request --------------------------------------------------------------------------------------


@click.group(context_settings=CONTEXT_SETTINGS)
def request() -> None:
    """Apply to consult (查阅) or borrow (借阅) a sealed file, and record the approvals.

    \b
    The roles that approve each kind are in rules/approvals.yaml (consult: 科室负责人, 分管领导;
    borrow: also 保密委员会主任). Files of the categories it names (medical, personnel) are
    opened only citing an approved, unexpired request: baomi open F --request ID.
      baomi request create --file 病历.docx.baomi --purpose "医疗纠纷调查" --until 2026-12-31
      baomi request approve 7 --as 科室负责人 --by 王主任
      baomi request list --state overdue
      baomi request return 7
    """


@request.command("create", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--file",
    "file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The sealed file (NAME.baomi).",
)
@click.option("--purpose", required=True, help="What it is needed for (用途), recorded.")
@click.option(
    "--until",
    "until",
    required=True,
    metavar="YYYY-MM-DD",
    help="consult: valid until this day; borrow: to be returned by this day.",
)
@click.option(
    "--kind",
    type=click.Choice(["consult", "borrow"]),
    default="consult",
    show_default=True,
    help="consult (查阅) or borrow (借阅, the copy is taken away).",
)
@click.option("--by", "by", help="Who applies. Default: your login name.")
def request_create(file: Path, purpose: str, until: str, kind: str, by: str | None) -> int:
    """Record an application to consult or borrow a sealed file; prints its ID."""
    from scanner.workflows.access import create_request

    rules = approval_rules()
    with open_store() as store:
        try:
            rid = create_request(
                store, file, kind, purpose, _date(until), by or _actor(), rules=rules
            )
        except _access_errors() as exc:
            raise UsageError(str(exc)) from exc
    roles = "、".join(rules.roles_for(kind))
    click.echo(f"申请 request {rid}: {KIND_NAMES[kind]} {kind} {file} — 待审批 pending ({roles})")
    return EXIT_OK


def _decide(request_id: str, role: str, by: str | None, note: str | None, decision: str) -> int:
    from scanner.workflows.access import decide

    rules = approval_rules()
    with open_store() as store:
        try:
            state = decide(store, request_id, role, by or _actor(), decision, note, rules=rules)
        except _access_errors() as exc:
            raise UsageError(str(exc)) from exc
    click.echo(f"申请 request {request_id}: {role} {decision} → {STATE_NAMES[state]} {state}")
    return EXIT_OK


@request.command("approve", context_settings=CONTEXT_SETTINGS)
@click.argument("request_id", metavar="ID")
@click.option("--as", "role", required=True, help="The role you sign as, e.g. 科室负责人.")
@click.option("--by", "by", help="Your name. Default: your login name.")
@click.option("--note", help="A remark, recorded.")
def request_approve(request_id: str, role: str, by: str | None, note: str | None) -> int:
    """Approve request ID in one role; approved once every role has approved."""
    return _decide(request_id, role, by, note, "approve")


@request.command("reject", context_settings=CONTEXT_SETTINGS)
@click.argument("request_id", metavar="ID")
@click.option("--as", "role", required=True, help="The role you sign as.")
@click.option("--by", "by", help="Your name. Default: your login name.")
@click.option("--note", help="Why, recorded.")
def request_reject(request_id: str, role: str, by: str | None, note: str | None) -> int:
    """Reject request ID (one rejection rejects it)."""
    return _decide(request_id, role, by, note, "reject")


@request.command("list", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--state",
    type=click.Choice(
        [
            "pending",
            "approved",
            "borrowed",
            "rejected",
            "expired",
            "overdue",
            "returned",
            "emergency",
        ]
    ),
    help="Only these. emergency: transfers sent without all approvals (approvals to follow).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def request_list(state: str | None, fmt: str) -> int:
    """List access requests with their state (overdue: borrowed and not back by its date)."""
    from scanner.workflows.access import requests, transfers

    with open_store() as store:
        if state == "emergency":
            rows = transfers(store, pending=True)
        else:
            rows = requests(store, state=state)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif state == "emergency":
        _print_transfers(rows)
    elif not rows:
        click.echo("没有申请 / no requests")
    else:
        for r in rows:
            signed = (
                ", ".join(f"{a['role']}:{a['approver']}({a['decision']})" for a in r["approvals"])
                or "-"
            )
            click.echo(
                f"{r['id']:>4}  {STATE_NAMES[r['state']]} {r['state']:<9} "
                f"{KIND_NAMES[r['kind']]} {r['kind']:<8} until {r['until']}  "
                f"{r['requester']}  {r['sealed_path']}"
            )
            click.echo(f"      用途 purpose: {r['purpose']}  审批 approvals: {signed}")
    return EXIT_OK


@request.command("return", context_settings=CONTEXT_SETTINGS)
@click.argument("request_id", metavar="ID")
@click.option("--by", "by", help="Who records the return. Default: your login name.")
def request_return(request_id: str, by: str | None) -> int:
    """Record that a borrowed copy came back (delete its opened plaintext first)."""
    from scanner.workflows.access import mark_returned

    with open_store() as store:
        try:
            mark_returned(store, request_id, by=by or _actor())
        except _access_errors() as exc:
            raise UsageError(str(exc)) from exc
    click.echo(f"申请 request {request_id}: 已归还 returned")
    return EXIT_OK


# -- transfer -------------------------------------------------------------------------------------


class _SendByDefault(click.Group):
    """``baomi transfer FILE ...`` sends; ``transfer approve`` and ``transfer list`` are
    subcommands. (A file literally named approve or list: write ./approve.)"""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["send", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_SendByDefault, context_settings=CONTEXT_SETTINGS)
def transfer() -> None:
    """Send a sealed file to another recipient (传递, POLICY §4), recorded.

    \b
      baomi transfer 病历.docx.baomi --to keys/县医院.pub --key keys/committee.key \\
          --approved-by 科室负责人:王五 --approved-by 分管领导:刘六 --method courier
      baomi transfer 病历.docx.baomi --to keys/县医院.pub --key keys/committee.key --emergency
      baomi transfer list --pending          # emergency transfers still missing approvals
      baomi transfer approve 3 --as 分管领导 --by 刘六
    """


@transfer.command("send", context_settings=CONTEXT_SETTINGS)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--to",
    "to",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The recipient's public key (NAME.pub).",
)
@click.option(
    "-k",
    "--key",
    "key_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your private key (NAME.key), one the file is sealed for.",
)
@click.option(
    "--approved-by",
    "approved_by",
    multiple=True,
    metavar="ROLE:NAME",
    help="An approval, e.g. 科室负责人:王五; repeat for each role in approvals.yaml.",
)
@click.option(
    "--method",
    type=click.Choice(["network", "courier", "usb"]),
    default="network",
    show_default=True,
    help="How the new file travels.",
)
@click.option(
    "--emergency",
    is_flag=True,
    help="Send now, approvals to follow (baomi transfer approve); flagged until then.",
)
@click.option(
    "-o",
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The new sealed file. Default: ORIGINAL.RECIPIENT.baomi beside FILE.",
)
def transfer_send(
    file: Path,
    to: Path,
    key_path: Path,
    approved_by: tuple[str, ...],
    method: str,
    emergency: bool,
    out_path: Path | None,
) -> int:
    """Re-seal FILE for the recipient --to; the content is never written to disk unsealed."""
    from labelers.keys import KeyFileError, load_public_key
    from scanner.workflows.access import parse_approved_by, transfer_file

    rules = approval_rules()
    try:
        approvals = parse_approved_by(approved_by)
    except _access_errors() as exc:
        raise UsageError(str(exc)) from exc
    try:
        recipient = load_public_key(to)
    except (KeyFileError, OSError) as exc:
        raise UsageError(f"{to}: {exc}") from exc
    key = private_key(key_path)
    with open_store() as store:
        try:
            rec = transfer_file(
                store,
                file,
                key,
                recipient,
                method=method,
                approved_by=approvals,
                emergency=emergency,
                actor=_actor(),
                out_path=out_path,
                rules=rules,
            )
        except _access_errors() as exc:
            raise UsageError(str(exc)) from exc
    click.echo(
        f"已传递 transfer {rec['id']}: {file} → {rec['out_path']} for "
        f"{recipient.name} ({recipient.fingerprint}), {method}"
    )
    if rec["missing_approvals"]:
        click.echo(
            f"紧急传递，待补批 / emergency: approvals to follow from "
            f"{', '.join(rec['missing_approvals'])} (baomi transfer approve "
            f"{rec['id']} --as ROLE)",
            err=True,
        )
    return EXIT_OK


@transfer.command("approve", context_settings=CONTEXT_SETTINGS)
@click.argument("transfer_id", metavar="ID")
@click.option("--as", "role", required=True, help="The role you sign as.")
@click.option("--by", "by", help="Your name. Default: your login name.")
def transfer_approve(transfer_id: str, role: str, by: str | None) -> int:
    """Approve an emergency transfer afterwards."""
    from scanner.workflows.access import approve_transfer

    rules = approval_rules()
    with open_store() as store:
        try:
            missing = approve_transfer(store, transfer_id, role, by or _actor(), rules=rules)
        except _access_errors() as exc:
            raise UsageError(str(exc)) from exc
    rest = f"仍缺 still missing: {', '.join(missing)}" if missing else "审批齐全 fully approved"
    click.echo(f"传递 transfer {transfer_id}: {role} approved — {rest}")
    return EXIT_OK


@transfer.command("list", context_settings=CONTEXT_SETTINGS)
@click.option("--pending", is_flag=True, help="Only emergency transfers missing approvals.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def transfer_list(pending: bool, fmt: str) -> int:
    """List recorded transmissions, newest first."""
    from scanner.workflows.access import transfers

    with open_store() as store:
        rows = transfers(store, pending=pending)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _print_transfers(rows)
    return EXIT_OK


def _print_transfers(rows: list[dict[str, Any]]) -> None:
    if not rows:
        click.echo("没有传递记录 / no transfers")
    for t in rows:
        flag = "  紧急·待补批 emergency, approvals to follow" if t["approvals_pending"] else ""
        signed = ", ".join(f"{a['role']}:{a['name']}" for a in t["approved_by"]) or "-"
        click.echo(
            f"{t['id']:>4}  {t['transferred_at'][:19]}  {t['method']:<8} → "
            f"{t['recipient_name']} ({t['recipient_fingerprint']}){flag}"
        )
        click.echo(f"      {t['sealed_path']} → {t['out_path']}  审批 approvals: {signed}")
