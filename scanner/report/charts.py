"""The report's charts as reportlab Drawings: the same drawing goes into the PDF and, as SVG,
inline into the HTML (no chart library, no JavaScript, no network).

Colours are chosen to stay apart when printed in grey: dark (sealed), middle (labeled only),
light with an outline (unprotected).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from scanner.report.data import STATES, ReportData

STATE_COLOURS = {
    "sealed": colors.HexColor("#1f4e79"),
    "labeled": colors.HexColor("#e0a526"),
    "unprotected": colors.HexColor("#c0392b"),
}
STATE_LABELS = {"sealed": "已加密", "labeled": "仅标志", "unprotected": "未保护"}
WIDTH, HEIGHT = 460, 220


def by_category(data: ReportData, font: str) -> Drawing:
    """Secret files per category, stacked by protection state."""
    cats = data.categories
    names = [data.category_name(c) for c in cats] or ["无"]
    series = [[cats[c][s] for c in cats] or [0] for s in STATES]
    return _stacked(series, names, font, "各类涉密文件数（按保护状态）")


def by_share(data: ReportData, font: str) -> Drawing:
    """Protected vs unprotected per share, stacked."""
    groups = data.shares
    names = [_short(g) for g, _ in groups] or ["无"]
    series = [[counts[s] for _, counts in groups] or [0] for s in STATES]
    return _stacked(series, names, font, "各共享目录保护情况")


def trend(data: ReportData, font: str) -> Drawing:
    """Registrations and seals per month of the period."""
    d = Drawing(WIDTH, HEIGHT)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 45, 45, WIDTH - 70, HEIGHT - 85
    months = [m for m, _, _ in data.trend]
    chart.data = [[r for _, r, _ in data.trend] or [0], [s for _, _, s in data.trend] or [0]]
    chart.categoryAxis.categoryNames = [m[2:] for m in months] or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(months) > 8 else 0
    chart.categoryAxis.labels.dy = -4
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    _integer_axis(chart.valueAxis, max([0, *chart.data[0], *chart.data[1]]))
    chart.lines[0].strokeColor = colors.HexColor("#1f4e79")
    chart.lines[0].strokeWidth = 2
    chart.lines[1].strokeColor = colors.HexColor("#e0a526")
    chart.lines[1].strokeWidth = 2
    chart.lines[1].strokeDashArray = (4, 2)
    d.add(chart)
    legend = _legend(
        font, [(colors.HexColor("#1f4e79"), "新登记"), (colors.HexColor("#e0a526"), "加密")]
    )
    d.add(legend)
    d.add(_title("每月新登记与加密文件数", font))
    return d


def all_charts(data: ReportData, font: str) -> dict[str, Drawing]:
    return {
        "category": by_category(data, font),
        "share": by_share(data, font),
        "trend": trend(data, font),
    }


def to_svg(drawing: Drawing, key: str = "chart") -> str:
    """The drawing as an inline <svg> element (no XML prolog, no DOCTYPE)."""
    from reportlab.graphics import renderSVG

    text = renderSVG.drawToString(drawing)
    start = text.find("<svg")
    # Inline SVG in HTML needs no namespace declarations: dropping them leaves the file with no
    # http:// reference at all, so nothing in it even looks like it could reach the network.
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", text[start:])
    # reportlab names fonts as registered (e.g. "CJK"); the page's CSS font applies instead.
    # Several charts in one page: their clip paths need ids of their own.
    svg = svg.replace('id="clip"', f'id="clip-{key}"').replace("url(#clip)", f"url(#clip-{key})")
    return svg.replace('font-family="', 'data-font="')


def _stacked(series: list[list[int]], names: list[str], font: str, title: str) -> Drawing:
    d = Drawing(WIDTH, HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 45, 45, WIDTH - 170, HEIGHT - 85
    chart.data = series
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.angle = 20 if len(names) > 4 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(names) > 4 else "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    _integer_axis(chart.valueAxis, max([0, *(sum(col) for col in zip(*series, strict=True))]))
    chart.barWidth = 12
    for i, state in enumerate(STATES):
        chart.bars[i].fillColor = STATE_COLOURS[state]
        chart.bars[i].strokeColor = colors.black
        chart.bars[i].strokeWidth = 0.3
    d.add(chart)
    d.add(_legend(font, [(STATE_COLOURS[s], STATE_LABELS[s]) for s in STATES]))
    d.add(_title(title, font))
    return d


def _integer_axis(axis: Any, top: int) -> None:
    # Counts are whole files: steps of 1, 2, 5, 10 … so no 2.5-file tick.
    step = 1
    while top / step > 8:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    axis.valueStep = step
    axis.valueMax = max(step, ((top + step - 1) // step) * step)


def _legend(font: str, pairs: list[tuple[Any, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = WIDTH - 110, HEIGHT - 50
    legend.fontName = font
    legend.fontSize = 9
    legend.alignment = "right"
    legend.colorNamePairs = pairs
    legend.dxTextSpace = 5
    return legend


def _title(text: str, font: str) -> String:
    return String(WIDTH / 2, HEIGHT - 18, text, fontName=font, fontSize=11, textAnchor="middle")


def _short(text: str, limit: int = 12) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
