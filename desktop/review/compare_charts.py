"""The comparison PDF's charts: each repeated number question over the rounds (reportlab's
own charts, in the report's embedded font)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether

from desktop.export.fonts import REGULAR
from desktop.export.markup import ACCENT, Styles, para
from desktop.i18n import Lang, text
from desktop.review.history import Point
from desktop.survey.formatting import format_number

HEIGHT = 120.0


def axis_scale(values: Sequence[float]) -> tuple[float, float, float]:
    """The value axis (lowest, highest, step) in round steps (1, 2, 2,5 or 5 times a power
    of ten) that covers every value and zero: 300 and 450 get an axis to 600, not to 400.
    Whole numbers (a count of persons) get whole steps: no 0,25 persons on the axis.
    Values nearer zero than the axis's ten decimals get the axis of zero."""
    low, high = min(0.0, *values), max(0.0, *values)
    whole = all(float(v).is_integer() for v in values)
    if high - low < 1e-9:
        # Nothing a chart's ten decimals tell apart (0, or 1e-300): an axis as for zero.
        high = low + 1
    rough = high / 4 - low / 4  # not (high - low) / 4: no span beyond what a number holds
    power = 10 ** math.floor(math.log10(rough))
    nice = (1, 2, 5, 10) if whole and power < 10 else (1, 2, 2.5, 5, 10)
    step = next(n * power for n in nice if n * power >= rough)
    if whole:
        step = max(step, 1)
    return (
        round(math.floor(low / step) * step, 10),
        round(math.ceil(high / step) * step, 10),
        step,
    )


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
        chart.categoryAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labelTextFormat = lambda value: format_number(value, lang)
        chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
        low, high, step = axis_scale([p.value or 0.0 for p in answered])
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = low, high
        chart.valueAxis.valueStep = step
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
