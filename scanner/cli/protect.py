"""``baomi keys``, ``protect``, ``info`` and ``open``: the commands around sealed files.

Only click is imported here; the scanner, the store and the cryptography are imported inside the
commands, so ``baomi --help`` stays quick.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
from collections.abc import Generator, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import click

from scanner.cli.common import (
    CONTEXT_SETTINGS,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    UsageError,
    load_recipients,
    load_rules_or_fail,
    open_store,
    passphrase,
    private_key,
    root_obj,
    warn_state_secrets,
)
from scanner.cli.limits import file_limit_options
from scanner.cli.ocroptions import ocr_limits, ocr_options
from scanner.cli.options import (
    FINDINGS_BELOW_DO_NOT_COUNT,
    max_file_size_option,
    min_score_option,
    recipient_option,
    scan_jobs_option,
    site_option,
)
from scanner.names import escape_name, escape_text

MIN_PASSPHRASE = 8
_KEY_NAME = re.compile(r"^[\w.\-]{1,64}$")


# -- keys -----------------------------------------------------------------------------------------


@click.group(context_settings=CONTEXT_SETTINGS)
def keys() -> None:
    """Make and list the key pairs that seal and open documents.

    \b
    The committee (保密工作领导小组) keeps the private key (NAME.key, protected by a
    passphrase); file servers get only the public key (NAME.pub): they can seal, never open.
      baomi keys generate --name committee --out keys/
      baomi keys list keys/
    """


@keys.command("generate", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--name",
    required=True,
    help="Whose key: committee, an office, a person (letters, digits, - _ .).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder for NAME.key and NAME.pub.",
)
def keys_generate(name: str, out_dir: Path) -> int:
    """Make a key pair: NAME.key (private, passphrase-protected, mode 0600) and NAME.pub.

    The passphrase is asked twice at the terminal, or read from BAOMI_PASSPHRASE. Keep NAME.key
    and its passphrase apart; a lost passphrase cannot be recovered, and nothing sealed for that
    key alone can be opened again.
    """
    from labelers.keys import (
        PRIVATE_SUFFIX,
        PUBLIC_SUFFIX,
        KeyFileError,
        generate_keypair,
        write_private_key,
        write_public_key,
    )

    if not _KEY_NAME.match(name):
        raise UsageError(
            f"密钥名称只能包含字母、数字和 - _ . / key name {name!r}: use letters, "
            "digits, - _ . only"
        )
    key_path, pub_path = out_dir / f"{name}{PRIVATE_SUFFIX}", out_dir / f"{name}{PUBLIC_SUFFIX}"
    for p in (key_path, pub_path):
        if p.exists():
            raise UsageError(f"文件已存在，不会覆盖 / {p} exists; it is never overwritten")
    secret = passphrase("口令 passphrase", confirm=True)
    if len(secret) < MIN_PASSPHRASE:
        raise UsageError(
            f"口令至少 {MIN_PASSPHRASE} 个字符 / the passphrase needs at least "
            f"{MIN_PASSPHRASE} characters"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    key = generate_keypair(name)
    try:
        write_private_key(key_path, key, secret)
        write_public_key(pub_path, key.public)
    except KeyFileError as exc:
        raise UsageError(str(exc)) from exc
    with open_store() as store:
        store.record_event(
            "key.generate",
            name,
            {
                "fingerprint": key.public.fingerprint,
                "public_key": str(pub_path.resolve()),
            },
        )
    click.echo(
        f"私钥 private key: {key_path}  (口令保护 / passphrase-protected; keep it with the "
        "committee)"
    )
    click.echo(f"公钥 public key:  {pub_path}  (give this to file servers: --recipient {pub_path})")
    click.echo(f"指纹 fingerprint: {key.public.fingerprint}")
    return EXIT_OK


@keys.command("list", context_settings=CONTEXT_SETTINGS)
@click.argument("folders", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def keys_list(folders: tuple[Path, ...], fmt: str) -> int:
    """List the key files in FOLDERS (default: ./keys and .): kind, name, fingerprint, created."""
    from labelers.keys import PRIVATE_SUFFIX, PUBLIC_SUFFIX, KeyFileError, read_key_file_info

    roots = list(folders) or [p for p in (Path("keys"), Path(".")) if p.is_dir()]
    rows: list[dict[str, Any]] = []
    problems = 0
    for root in roots:
        files = (
            [root]
            if root.is_file()
            else sorted(
                p
                for p in root.iterdir()
                if p.suffix in (PRIVATE_SUFFIX, PUBLIC_SUFFIX) and p.is_file()
            )
        )
        for path in files:
            try:
                info = dict(read_key_file_info(path))
            except (KeyFileError, OSError) as exc:
                problems += 1
                info = {
                    "kind": "?",
                    "name": "",
                    "fingerprint": "",
                    "created": "",
                    "error": str(exc),
                }
            info["file"] = str(path)
            rows.append(info)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        click.echo(
            "没有找到密钥文件 / no key files found (make one: baomi keys generate --name "
            "committee --out keys/)"
        )
    else:
        for r in rows:
            kind = {"private": "私钥 private", "public": "公钥 public"}.get(r["kind"], r["kind"])
            extra = f"  — {r['error']}" if r.get("error") else ""
            click.echo(
                f"{kind:<12} {r['name']:<16} {r['fingerprint']:<18} {r['created']:<26} "
                f"{r['file']}{extra}"
            )
    return EXIT_INCOMPLETE if problems else EXIT_OK


# -- protect --------------------------------------------------------------------------------------


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@recipient_option("Needed unless --label-only or --dry-run.")
@click.option(
    "--label-only",
    is_flag=True,
    help="Stamp the label into each secret document, in place; do not seal.",
)
@click.option(
    "-n",
    "--dry-run",
    is_flag=True,
    help="Scan and say what would be labeled and sealed; change nothing.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table for people, jsonl (one line per file) for scripts.",
)
@scan_jobs_option("Worker processes for scanning.")
@min_score_option(FINDINGS_BELOW_DO_NOT_COUNT)
@max_file_size_option()
@click.option("--all", "show_all", is_flag=True, help="table: also list documents left alone.")
@file_limit_options
@ocr_options
@site_option("recorded with every file, label, seal and audit event", "[protect] site")
def protect(
    paths: tuple[Path, ...],
    recipients: tuple[Path, ...],
    label_only: bool,
    dry_run: bool,
    fmt: str,
    jobs: int,
    min_score: float,
    max_file_size: int,
    show_all: bool,
    file_timeout: float,
    file_memory: int,
    site: str | None,
) -> int:
    """Label and seal the documents that hold work secrets; leave the others untouched.

    Each secret document gets the mark (秘密 保密期限：N年) in the file and in its properties,
    then is sealed into NAME.baomi for the --recipient keys; the original is removed only after
    the sealed file is complete and verified. Safe to interrupt and to run again: nothing is
    lost and nothing is sealed twice. Every step is recorded in the store (--db).

    \b
    Examples:
      baomi protect /srv/share --recipient keys/committee.pub
      baomi protect 财务科/ --dry-run                 # what would happen
      baomi protect 通知.docx --label-only            # mark only, no sealing

    \b
    Exit codes: 0 done; 2 usage/config error; 3 done, but some files could not be
    protected (see their lines); 130 interrupted.
    """
    from scanner.startup import import_presidio

    import_presidio()  # without compiling the patterns of recognizers it never uses
    from scanner.cli.common import GracefulStop, progress_bar, short_name
    from scanner.cli.scan import PARALLEL_FROM
    from scanner.extract.interface import Limits, MiB
    from scanner.pipeline import Scanner
    from scanner.runner import ScanSettings, default_jobs, scan_candidates_kept
    from scanner.walk import walk
    from scanner.workflows.protect import (
        FAILED,
        SKIPPED,
        SUSPICIOUS,
        ProtectError,
        Protector,
        run_protect,
    )

    if not recipients and not (label_only or dry_run):
        raise UsageError(
            "请用 --recipient 指定公钥（如 keys/committee.pub）或使用 --label-only"
            " / give --recipient keys/committee.pub (or --label-only to mark "
            "without sealing)"
        )
    public_keys = load_recipients(recipients)
    rules = load_rules_or_fail()
    candidates = list(walk(paths))
    to_read = sum(1 for c in candidates if c.status is None)
    if jobs == 0:
        jobs = default_jobs() if to_read >= PARALLEL_FROM else 1
    settings = ScanSettings(
        rules_dir=root_obj().get("rules_dir"),
        min_score=min_score,
        limits=Limits(max_file_bytes=max_file_size * MiB, **ocr_limits()),
        file_timeout=file_timeout,
        file_memory_mib=file_memory,
        # each secret file's bytes, read once by its worker, come back with its result: the
        # label and the seal use them, the original is not read again
        keep_snapshots=not dry_run,
    )
    scanner = Scanner(rules, min_score=min_score, limits=settings.limits)
    scanner.read_once = True  # the scan reads each file once (a snapshot), as the seal does
    quiet = bool(root_obj().get("quiet"))
    show_progress = not quiet and sys.stderr.isatty() and len(candidates) > 1 and fmt == "table"
    stop = GracefulStop()
    store_cm = (
        contextlib.nullcontext(None) if dry_run else open_store(note_settings=True, site=site)
    )
    with store_cm as store, stop, progress_bar(len(candidates), show_progress) as bar:
        try:
            protector = Protector(
                rules=rules,
                recipients=public_keys,
                store=store,
                label_only=label_only,
                dry_run=dry_run,
            )
        except ProtectError as exc:
            raise UsageError(str(exc)) from exc
        task = bar.add_task("protect", total=len(candidates), name="") if bar else None

        def advance(rec: Any) -> None:
            if bar is not None:
                bar.update(task, advance=1, name=short_name(rec))

        try:
            summary = run_protect(
                candidates=candidates,
                protector=protector,
                scan=lambda todo: _warned(
                    scan_candidates_kept(
                        todo, settings, jobs=min(jobs, max(1, len(todo))), scanner=scanner
                    )
                ),
                fmt=fmt,
                out=sys.stdout,
                verbose=show_all,
                progress=advance,
                stop=stop,
            )
        except KeyboardInterrupt:
            stop.requested = True
            summary = None
    if stop.requested:
        click.echo(
            "\n已中断；已处理的文件均完整，再次运行即可继续 / interrupted; every file "
            "done so far is complete — run the same command again to continue",
            err=True,
        )
        return EXIT_INTERRUPTED
    assert summary is not None
    bad = summary.actions[FAILED] + summary.actions[SKIPPED] + summary.actions[SUSPICIOUS]
    return EXIT_INCOMPLETE if bad else EXIT_OK


def _warned(scanned: Generator[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
    """:func:`warn_state_secrets` over (result, snapshot) pairs; the scan's generator is closed
    with this one (its snapshots not handed out are closed with it)."""
    with contextlib.closing(scanned):
        for result, snap in scanned:
            for _ in warn_state_secrets((result,)):
                pass
            yield result, snap


# -- info -----------------------------------------------------------------------------------------


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def info(files: tuple[Path, ...], fmt: str) -> int:
    """Show a sealed file's header: label, categories, expiry, recipients. No key needed.

    \b
      baomi info 工资表.xlsx.baomi
      baomi info *.baomi --format json
    """
    from labelers.seal import SealError, read_header

    records: list[dict[str, Any]] = []
    bad = 0
    for path in files:
        try:
            header = read_header(path)
        except (SealError, OSError) as exc:
            bad += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            records.append({"path": str(path), "status": "error", "error": reason})
            continue
        meta = dict(header.meta)
        expires = meta.get("expires")
        records.append(
            {
                "path": str(path),
                "status": "ok",
                "error": None,
                "format_version": header.version,
                "label": _label_of(meta),
                "categories": [
                    str(c)
                    for c in meta.get("categories") or []
                    if isinstance(meta.get("categories"), list)
                ],
                "sealed_at": meta.get("sealed_at"),
                "expires": expires,
                "expired": _expired(expires),
                "original_name": meta.get("original_name"),
                "original_size": meta.get("original_size"),
                "recipients": [
                    {"name": r.name, "fingerprint": r.fingerprint} for r in header.recipients
                ],
                "chunk_size": header.chunk_size,
            }
        )
    # Everything in a header is chosen by whoever made the file: escaped before printing.
    records = [_escaped(r) for r in records]
    if fmt == "json":
        out: Any = records[0] if len(records) == 1 else records
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for i, r in enumerate(records):
            if i:
                click.echo("")
            _print_info(r)
    return EXIT_INCOMPLETE if bad else EXIT_OK


def _escaped(value: Any) -> Any:
    """Every string in ``value`` (keys too) escaped for a terminal (scanner.names)."""
    if isinstance(value, str):
        return escape_text(value)
    if isinstance(value, dict):
        return {escape_text(k): _escaped(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_escaped(v) for v in value]
    return value


def _label_of(meta: dict[str, Any]) -> dict[str, Any]:
    label = meta.get("label")
    return label if isinstance(label, dict) else {}


def _expired(expires: Any) -> bool | None:
    """Has the retention period ended? None when the header's date cannot be read (the header
    is only authenticated when the file is opened, so it may hold anything)."""
    try:
        return date.fromisoformat(str(expires)) <= date.today()
    except ValueError:
        return None


def _print_info(r: dict[str, Any]) -> None:
    click.echo(f"文件 file:          {r['path']}")
    if r["status"] != "ok":
        click.echo(f"错误 error:         {r['error']}")
        return
    label = r.get("label") or {}
    expired = "  (已到期 expired: declassify or destroy per POLICY §8)" if r["expired"] else ""
    click.echo(f"标志 label:         {label.get('text', '')}")
    click.echo(f"类别 categories:    {' '.join(r['categories'])}")
    click.echo(f"原文件 original:    {r['original_name']} ({r['original_size']} bytes)")
    click.echo(f"封存 sealed at:     {r['sealed_at']}")
    click.echo(f"到期 expires:       {r['expires']}{expired}")
    for rec in r["recipients"]:
        click.echo(f"接收方 recipient:   {rec['name']} ({rec['fingerprint']})")
    click.echo(f"格式 format:        baomi v{r['format_version']}, {r['chunk_size']} B chunks")


# -- open -----------------------------------------------------------------------------------------


@click.command("open", context_settings=CONTEXT_SETTINGS)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-k",
    "--key",
    "key_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your private key (NAME.key).",
)
@click.option(
    "--reason",
    default="",
    help="Why you open it (查阅事由), recorded in the audit trail. Required.",
)
@click.option(
    "--request",
    "request_id",
    metavar="ID",
    help="The approved access request this opening belongs to (POLICY §6); "
    "required for the categories in rules/approvals.yaml (medical, personnel).",
)
@click.option(
    "-o",
    "--out",
    "out_path",
    type=click.Path(path_type=Path),
    help="Where to write the opened document. Default: its original name in the "
    "current folder. Never overwrites.",
)
def open_cmd(
    file: Path, key_path: Path, reason: str, request_id: str | None, out_path: Path | None
) -> int:
    """Open (unseal) a sealed document; the opening is recorded: who, when, which, why.

    \b
      baomi open 病历.docx.baomi --key keys/committee.key --reason "门诊复查调阅" --out 病历.docx

    The passphrase is asked at the terminal (or BAOMI_PASSPHRASE). The opened copy is plain
    text on disk: delete it when done (POLICY §4, §6). Medical and personnel files need
    --request ID, an approved request for this file (baomi request create).
    """
    from labelers.seal import SealError, open_file, read_header
    from scanner.detect.masking import mask_free_text
    from scanner.workflows.protect import actor

    reason = reason.strip()
    if len(reason) < 2:
        raise UsageError(
            '必须说明调阅事由：--reason "门诊复查调阅" / a reason is required: '
            '--reason "why you open it" (it is recorded)'
        )
    try:
        header = read_header(file)
    except FileNotFoundError as exc:
        raise UsageError(f"文件不存在 / no such file: {file}") from exc
    except (SealError, OSError) as exc:
        raise UsageError(f"{file}: {exc}") from exc
    # The header is not authenticated until the file is opened: its name is reduced to a
    # safe base name, so a forged file cannot choose .bash_profile or ../x as the output.
    if out_path is None:
        out_path = Path(header.safe_original_name(file.stem))
    elif out_path.is_dir():
        out_path = out_path / header.safe_original_name(file.stem)
    if out_path.exists():
        raise UsageError(f"输出文件已存在，不会覆盖 / {out_path} exists; choose another --out")
    key = private_key(key_path)
    with open_store() as store:
        # POLICY §6: some categories are opened only citing an approved, unexpired request;
        # a cited request must be usable whatever the category. Checked before decrypting.
        from scanner.cli.access import request_for_open

        request_id = request_for_open(store, file, header, request_id, reason, key)
        try:
            open_file(file, out_path, key)
        except SealError as exc:
            store.record_event(
                "open.refused",
                str(file.resolve()),
                {
                    "reason": mask_free_text(reason),
                    "error": type(exc).__name__,
                    "key_fingerprint": key.public.fingerprint,
                },
            )
            raise UsageError(f"{file}: {exc}") from exc
        try:
            store.record_open(
                sealed_path=file.resolve(),
                actor=actor(),
                reason=reason,
                out_path=out_path.resolve(),
                request_id=request_id,
                recipient_fingerprint=key.public.fingerprint,
            )
        except Exception:
            # an opening that cannot be recorded must not happen (POLICY §4)
            with contextlib.suppress(OSError):
                out_path.unlink()
            raise
    label = escape_text(_label_of(dict(header.meta)).get("text", ""))
    click.echo(f"已打开 opened: {escape_name(file)} → {escape_name(out_path)}  {label}")
    click.echo(
        "已记录调阅 / recorded in the audit trail. 用后请删除明文副本 / delete the opened "
        "copy when done.",
        err=True,
    )
    return EXIT_OK
