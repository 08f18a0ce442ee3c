"""The comparison PDF's charts: each repeated number question over the rounds (reportlab's
own charts, in the report's embedded font), on the value axis of the window's chart
(``desktop.review.chart_axis``)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether

from desktop.export.fonts import REGULAR
from desktop.export.markup import ACCENT, Styles, para
from desktop.i18n import Lang, text
from desktop.review.chart_axis import value_axis
from desktop.review.history import Point
from desktop.survey.formatting import format_number

HEIGHT = 120.0
PDF_STEPS = 4  # about this many steps on a chart's value axis: the chart is small


def history_charts(
    history: Sequence[tuple[str, Sequence[Point]]], lang: Lang, styles: Styles, width: float
) -> list[Flowable]:
    """A heading and one small line chart per question answered in two rounds or more."""
    story: list[Flowable] = []
    for title, points in history:
        answered = [p for p in points if p.value is not None]
        if len(answered) < 2:
            continue
        drawing = Drawing(width, HEIGHT)
        drawing.initialFontName = REGULAR  # otherwise Helvetica is referenced, unembedded
        chart = HorizontalLineChart()
        chart.x, chart.y = 50, 20
        chart.width, chart.height = width - 70, HEIGHT - 35
        chart.data = [[p.value for p in answered]]
        chart.categoryAxis.categoryNames = [p.round_id for p in answered]
        # The rounds' names under the chart, not on its zero line: an answer may be negative.
        chart.categoryAxis.joinAxisMode = "bottom"
        chart.categoryAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labelTextFormat = lambda value: format_number(value, lang)
        chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
        axis = value_axis([p.value or 0.0 for p in answered], PDF_STEPS)
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = axis.low, axis.high
        chart.valueAxis.valueStep = axis.step
        chart.lines[0].strokeColor = ACCENT
        chart.lines[0].strokeWidth = 1.5
        chart.joinedLines = 1
        chart.valueAxis.gridStrokeColor = colors.HexColor("#E0E4E8")
        chart.valueAxis.visibleGrid = 1
        drawing.add(chart)
        story.append(KeepTogether([para(title, styles.h2), drawing]))
    if story:
        story.insert(0, para(text("review.compare.over_rounds", lang), styles.h1))
    return story
