"""The report as ONE self-contained HTML file: inline CSS and SVG charts, print CSS for A4, no
scripts, no external fonts or images, nothing fetched from the network.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from scanner.report import charts
from scanner.report.content import NONE, Section, Table, build
from scanner.report.data import ReportData

# Fonts a Chinese reader's machine has; the browser picks the first it finds.
CSS = """
@page { size: A4; margin: 15mm 12mm; }
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
  "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif; color: #111; margin: 24px auto;
  max-width: 1080px; padding: 0 16px; line-height: 1.5; font-size: 14px; }
h1 { font-size: 24px; margin: 0 0 8px; border-bottom: 3px solid #1f4e79; padding-bottom: 6px; }
h2 { font-size: 18px; margin: 28px 0 4px; color: #1f4e79; border-bottom: 1px solid #999; }
.note { color: #555; font-size: 12px; margin: 0 0 8px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; word-break: break-all; }
table { border-collapse: collapse; margin: 6px 0 12px; width: 100%; font-size: 12px; }
th, td { border: 1px solid #888; padding: 3px 6px; text-align: left; vertical-align: top;
  word-break: break-all; }
th { background: #e8eef5; } td.n { text-align: right; white-space: nowrap; }
tr { page-break-inside: avoid; }
.chart { margin: 8px 0; } .chart svg { max-width: 100%; height: auto; }
.chart svg text { font-family: inherit; }
.ok { color: #1b6e2a; font-weight: bold; } .bad { color: #b00020; font-weight: bold; }
.empty { color: #555; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 11pt; }
  section { page-break-before: always; } section.first { page-break-before: auto; }
  h2 { page-break-after: avoid; } th { background: #e8eef5 !important;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


class HtmlReporter:
    suffix = ".html"

    def write(self, data: ReportData, out: Path) -> None:
        out.write_text(render(data), encoding="utf-8")


def render(data: ReportData) -> str:
    from scanner.report.fonts import report_font

    font = report_font().name  # the charts measure their labels with it
    svgs = {k: charts.to_svg(d, k) for k, d in charts.all_charts(data, font).items()}
    facts, sections = build(data)
    title = f"{data.site} {data.title}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f'<header><h1>{escape(title)}</h1><dl class="facts">',
    ]
    parts += [f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts]
    parts.append("</dl></header>")
    for i, section in enumerate(sections):
        parts.append(_section(section, svgs, first=i == 0))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _section(s: Section, svgs: dict[str, str], first: bool) -> str:
    out = [f'<section class="{"first" if first else ""}"><h2>{escape(s.heading)}</h2>']
    if s.note:
        out.append(f'<p class="note">{escape(s.note)}</p>')
    for block in s.blocks:
        if isinstance(block, Table):
            out.append(_table(block))
        elif isinstance(block, tuple):
            out.append(f'<div class="chart">{svgs[block[1]]}</div>')
        else:
            css = (
                ' class="ok"'
                if block.startswith("完整")
                else (' class="bad"' if block.startswith("不完整") else "")
            )
            out.append(f"<p{css}>{escape(block)}</p>")
    out.append("</section>")
    return "\n".join(out)


def _table(t: Table) -> str:
    if not t.rows:
        return f'<p class="empty">{NONE}</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in t.headers)
    body = []
    for row in t.rows:
        cells = "".join(
            f'<td class="n">{escape(c)}</td>' if i in t.numeric else f"<td>{escape(c)}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    more = (
        f'<p class="note">另有 {t.omitted} 行未列出 / {t.omitted} more rows not shown</p>'
        if t.omitted
        else ""
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"
