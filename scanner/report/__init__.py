"""The secrecy committee's compliance report (docs/policy.md §7.3): ``baomi report``.

data.py gathers the numbers from the store, content.py turns them into words and tables,
charts.py draws, html.py and pdf.py lay out; one reporter per output format below.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from scanner import fsutil
from scanner.report.data import Period, ReportData, ReportError, gather

if TYPE_CHECKING:
    from scanner.store import Store

__all__ = [
    "OutputFormat",
    "Period",
    "ReportData",
    "ReportError",
    "Reporter",
    "format_for",
    "gather",
    "reporter_for",
    "write_report",
]


class OutputFormat(enum.Enum):
    HTML = "html"
    PDF = "pdf"


class Reporter(Protocol):
    suffix: str

    def write(self, data: ReportData, out: Path) -> None: ...


def reporter_for(fmt: OutputFormat) -> Reporter:
    # The one table of reporters: a new format is a new enum member and a row here.
    from scanner.report.html import HtmlReporter
    from scanner.report.pdf import PdfReporter

    table: dict[OutputFormat, Reporter] = {
        OutputFormat.HTML: HtmlReporter(),
        OutputFormat.PDF: PdfReporter(),
    }
    return table[fmt]


def format_for(out: Path, given: str | None) -> OutputFormat:
    """The format asked for, else the one --out's suffix names."""
    if given:
        try:
            return OutputFormat(given.lower())
        except ValueError:
            pass
        raise ReportError(f"不支持的报告格式 / unknown report format {given!r}: use html or pdf")
    suffix = out.suffix.lower().lstrip(".")
    if suffix in ("htm", "html"):
        return OutputFormat.HTML
    if suffix == "pdf":
        return OutputFormat.PDF
    raise ReportError(
        f"无法从文件名判断格式 / cannot tell the format from {out.name!r}: name it "
        "….html or ….pdf, or give --format html|pdf"
    )


def write_report(
    store: Store,
    out: Path,
    period: Period,
    *,
    fmt: OutputFormat,
    site: str | None = None,
    title: str | None = None,
    category_names: dict[str, str] | None = None,
) -> ReportData:
    """Gather the numbers and write the report; the file appears whole or not at all."""
    data = gather(store, period, site=site, title=title, category_names=category_names)
    try:
        # written in a private work folder beside ``out``, then renamed over it
        with fsutil.Folder.open(out.parent) as folder, fsutil.WorkDir.make(folder) as work:
            reporter_for(fmt).write(data, work.proc_path(out.name))
            folder.replace(out.name, out.name, src_folder=work)
    except OSError as exc:
        raise ReportError(
            f"无法写入报告 / cannot write the report {out}: {exc.strerror or exc}"
        ) from None
    return data
