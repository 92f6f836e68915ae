"""``baomi report``: the secrecy committee's compliance report (HTML or PDF).

Only click is imported here; the store and reportlab are imported inside the command, so
``baomi --help`` stays quick.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import click

from scanner.cli.common import CONTEXT_SETTINGS, EXIT_OK, UsageError, open_store, root_obj


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            f"日期格式应为 年-月-日 / {param.opts[-1]} wants a date like 2026-01-01, got {value!r}"
        ) from None


@click.command("report", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--since",
    required=True,
    callback=_date,
    metavar="DATE",
    help="First day of the period (YYYY-MM-DD).",
)
@click.option(
    "--until",
    callback=_date,
    metavar="DATE",
    help="Last day of the period (YYYY-MM-DD). Default: today (UTC).",
)
@click.option(
    "-o",
    "--out",
    "out_path",
    required=True,
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the report: ….html or ….pdf.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "pdf"], case_sensitive=False),
    help="html or pdf. Default: from --out's suffix.",
)
@click.option("--title", help="Report title. Default: 保密工作检查报告.")
@click.option(
    "--site",
    help="A county's store: only this centre's files and not-yet-protected list (the site id "
    "its daemons record, `baomi watch --site`); without it every centre, with a table by "
    "site. A name no record carries is the header's only. Default header: this host's name. "
    'Config: [report] site = "…".',
)
def report(
    since: date,
    until: date | None,
    out_path: Path,
    fmt: str | None,
    title: str | None,
    site: str | None,
) -> int:
    """Write the committee's compliance report for a period.

    \b
    What is registered and how it is protected (violations by share and folder), trend by
    month, expiring and expired items, access requests, openings and overdue copies, transfers,
    declassifications and destructions, and whether the audit chain is intact (with its head,
    to keep). Only masked values and counts; HTML is one self-contained file; the PDF embeds a
    Chinese font when one is installed (fonts-wqy-microhei).
      baomi report --since 2026-01-01 --out 2026年保密检查.html
      baomi report --since 2026-01-01 --until 2026-06-30 --out 上半年.pdf
    """
    from scanner.report import Period, ReportError, format_for, write_report

    until = until or datetime.now(UTC).date()
    if out_path.parent and not out_path.parent.exists():
        raise UsageError(
            f"输出文件夹不存在 / the folder for --out does not exist: {out_path.parent}"
        )
    try:
        period = Period(since, until)
        output_format = format_for(out_path, fmt)
    except ReportError as exc:
        raise UsageError(str(exc)) from None
    names = _category_names()
    with open_store() as store:
        try:
            data = write_report(
                store,
                out_path,
                period,
                fmt=output_format,
                site=site,
                title=title,
                category_names=names,
            )
        except ReportError as exc:
            raise UsageError(str(exc)) from None
    a = data.audit
    chain = (
        f"审计链完整 chain intact, {a.checked} events, head {a.head or 'none'}"
        if a.ok
        else f"审计链断裂 CHAIN BROKEN at event {a.first_bad}: {a.reason}"
    )
    states = data.states
    if data.only_site:
        chain += f"; 站点 site {data.only_site}"
    elif data.site_ids:
        chain += f"; {len(data.site_ids)} 个站点 sites"
    click.echo(
        f"报告已写入 / report written: {out_path} ({output_format.value}; "
        f"{data.secret} secret files: {states['sealed']} sealed, "
        f"{states['labeled']} labeled only, {states['unprotected']} unprotected; {chain})"
    )
    return EXIT_OK


def _category_names() -> dict[str, str]:
    """Category ids to their Chinese names from the rule packs; ids alone if they cannot load."""
    from scanner.detect.rulepacks import RulesError, load_rules

    try:
        rules = load_rules(root_obj().get("rules_dir"))
    except RulesError:
        return {}
    return {c.id: c.name for c in rules.categories.categories}
