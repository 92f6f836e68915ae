"""The report as a PDF (reportlab platypus), A4, Chinese in an embedded font where one is installed
(scanner/report/fonts.py); each section starts on a new page, tables repeat their header row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from scanner.report import charts
from scanner.report.content import NONE, Section, Table, build
from scanner.report.data import ReportData


class PdfReporter:
    suffix = ".pdf"

    def write(self, data: ReportData, out: Path) -> None:
        render(data, out)


def render(data: ReportData, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )
    from reportlab.platypus import Table as RLTable

    from scanner.report.fonts import report_font

    font = report_font().name
    # wordWrap="CJK": Chinese lines break between any two characters, as Chinese print does.
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    small = ParagraphStyle(
        "small", parent=body, fontSize=8, leading=11, textColor=colors.HexColor("#555555")
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=10)
    h1 = ParagraphStyle("h1", parent=body, fontSize=18, leading=24, spaceAfter=6)
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontSize=13,
        leading=18,
        spaceBefore=4,
        spaceAfter=4,
        textColor=colors.HexColor("#1f4e79"),
    )
    drawings = charts.all_charts(data, font)
    facts, sections = build(data)
    title = f"{data.site} {data.title}"
    width = A4[0] - 30 * mm

    def table(t: Table) -> Any:
        if not t.rows:
            return Paragraph(NONE, small)
        rows = [[Paragraph(escape(h), cell) for h in t.headers]]
        rows += [[Paragraph(escape(c), cell) for c in r] for r in t.rows]
        tbl = RLTable(rows, colWidths=_widths(t, width), repeatRows=1)
        tbl.setStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
        out_: list[Any] = [tbl, Spacer(1, 4)]
        if t.omitted:
            out_.append(
                Paragraph(f"另有 {t.omitted} 行未列出 / {t.omitted} more rows not shown", small)
            )
        return out_

    story: list[Any] = [Paragraph(escape(title), h1)]
    story.append(table(Table(["项目 Item", "内容 Value"], [[k, v] for k, v in facts])))
    for i, s in enumerate(sections):
        if i:
            story.append(PageBreak())
        story += _section(s, h2, body, small, table, drawings, KeepTogether)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=title,
        author="baomi",
        subject="保密工作检查报告",
        creator="baomi",
    )

    def footer(canvas: Any, doc_: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawCentredString(A4[0] / 2, 8 * mm, f"{title} — 第 {doc_.page} 页")
        canvas.restoreState()

    doc.build(_flatten(story), onFirstPage=footer, onLaterPages=footer)


def _section(
    s: Section, h2: Any, body: Any, small: Any, table: Any, drawings: dict[str, Any], keep: Any
) -> list[Any]:
    from reportlab.platypus import Paragraph

    out: list[Any] = [Paragraph(escape(s.heading), h2)]
    if s.note:
        out.append(Paragraph(escape(s.note), small))
    for block in s.blocks:
        if isinstance(block, Table):
            out.append(table(block))
        elif isinstance(block, tuple):
            out.append(keep([drawings[block[1]]]))
        else:
            out.append(Paragraph(escape(block), body))
    return out


def _flatten(items: list[Any]) -> list[Any]:
    flat: list[Any] = []
    for it in items:
        flat.extend(_flatten(it) if isinstance(it, list) else [it])
    return flat


def _widths(t: Table, width: float) -> list[float]:
    """Column widths by the longest text in each column, paths and reasons getting the most."""
    longest = [
        max([len(h) / 2, *(len(r[i]) for r in t.rows[:50])]) for i, h in enumerate(t.headers)
    ]
    weights = [min(max(n, 4), 40) for n in longest]
    total = sum(weights)
    return [width * w / total for w in weights]
