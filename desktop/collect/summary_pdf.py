"""The PDF summary of a round's national picture, in the look of the municipalities' report.

A title page with the counts, a chart and table of answers per wellbeing
services county, then each question nationally: choices as bar charts,
numbers as a table of sum, median and quartiles. Every text from a package
or the register is escaped before it reaches a Paragraph (``markup.para``).
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate, Table

from desktop.collect.picture import Sheet, county_counts, h
from desktop.collect.standing import Standing
from desktop.export.fonts import REGULAR
from desktop.export.markup import ACCENT, HEAD_FILL, RULE, Styles, make_styles, para, table_style
from desktop.export.pages import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Decorations,
    body_frame,
    canvas_maker,
)
from desktop.export.texts import PDF_LANG
from desktop.i18n import Lang, pick, text
from desktop.municipalities import Register
from desktop.survey import Catalog
from desktop.survey.formatting import format_date, format_number, local
from desktop.untrusted import escape

BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
_STATISTICS = ("sum", "median", "q1", "q3", "min", "max")
_ANSWERED = "answered"
_DIGITS_SHOWN = 1e16
_CELL_PADDING = 6  # a Table's own left and right padding
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def render_summary(
    sheets: Sequence[Sheet], result: Standing, register: Register, catalog: Catalog, lang: Lang
) -> bytes:
    rnd = catalog.round(result.round_id)
    styles = make_styles()
    now = local()
    summary = next(sheet for sheet in sheets if sheet.key == "summary")
    story: list[Flowable] = [
        para(rnd.id, styles.kicker),
        para(pick(rnd.title, lang), styles.title),
        para(h("summary", lang), styles.subtitle),
    ]
    facts = [
        [para(str(row[0]), styles.cell), para(str(row[1]), styles.cell)]
        for row in itertools.takewhile(bool, summary.rows)
    ]
    story.append(_table(facts, [BODY_WIDTH * 0.4, BODY_WIDTH * 0.6], header=False))
    story += _counties(result, register, lang, styles)
    national = next(sheet for sheet in sheets if sheet.key == "by-national")
    story += _questions(national.rows, lang, styles)

    decorations = Decorations(
        header_left=f"{rnd.id} · {h('summary', lang)}",
        header_right=format_date(now),
        footer_left="Tilannekuva",
        page_label=lambda page, pages: text("export.report.page", lang, page=page, pages=pages),
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{pick(rnd.title, lang)} – {h('summary', lang)}",
        creator="Tilannekuva",
        lang=PDF_LANG[lang],
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=9.5,
    )
    frame = body_frame()
    doc.addPageTemplates([PageTemplate("body", [frame])])
    pdf_date = now.strftime("D:%Y%m%d%H%M%S")
    doc.build(story, canvasmaker=canvas_maker(decorations, pdf_date=pdf_date))
    return buffer.getvalue()


def _counties(result: Standing, register: Register, lang: Lang, styles: Styles) -> list[Flowable]:
    counts = county_counts(result, register, lang)
    story: list[Flowable] = [para(h("county", lang), styles.h1)]
    labels = [name for name, _, _, _ in counts]
    story.append(
        _bars(labels, [[answered for _, _, answered, _ in counts], [lack for *_, lack in counts]])
    )
    rows = [
        [
            para(str(c), styles.cell_head)
            for c in ("", h("in_reform", lang), h("answered", lang), h("missing", lang))
        ]
    ]
    rows[0][0] = para(h("county", lang), styles.cell_head)
    for name, total, answered, lacking in counts:
        rows.append(
            [
                para(name, styles.cell),
                *(para(str(n), styles.cell_right) for n in (total, answered, lacking)),
            ]
        )
    figures = [h(key, lang) for key in ("in_reform", "answered", "missing")]
    widths = [_fitting(header, styles.cell_head) for header in figures]
    story.append(_table(rows, [BODY_WIDTH - sum(widths), *widths], header=True))
    return story


def _questions(rows: Sequence[Sequence[Any]], lang: Lang, styles: Styles) -> list[Flowable]:
    """Each question of the national aggregate: a chart of its choices or a table of its numbers."""
    statistics = {text(f"collect.measure.{key}", lang) for key in _STATISTICS}
    answered_label = text(f"collect.measure.{_ANSWERED}", lang)
    grouped: dict[tuple[str, str], list[tuple[str, Any]]] = {}
    for _, _, section, question, measure, value in rows:
        grouped.setdefault((section, question), []).append((measure, value))
    story: list[Flowable] = []
    current_section = None
    for (section, question), figures in grouped.items():
        if section != current_section:
            story.append(para(section, styles.h1))
            current_section = section
        story.append(para(question, styles.h2))
        answered = next((v for m, v in figures if m == answered_label), 0)
        story.append(para(f"{answered_label}: {answered}", styles.muted))
        rest = [(m, v) for m, v in figures if m != answered_label]
        if rest and all(m in statistics for m, _ in rest):
            table = [
                [para(m, styles.cell), para(_number(v, lang), styles.cell_right)] for m, v in rest
            ]
            story.append(_table(table, [BODY_WIDTH * 0.4, BODY_WIDTH * 0.25], header=False))
        elif rest:
            rows_suffix = ": " + text("collect.measure.rows", lang)
            counts = [(m, v) for m, v in rest if ": " not in m]
            if not counts:  # a table: its rows by the key column
                counts = [(m[: -len(rows_suffix)], v) for m, v in rest if m.endswith(rows_suffix)]
            story.append(_bars([m for m, _ in counts], [[v for _, v in counts]]))
    return story


def _bars(labels: list[str], series: list[list[Any]]) -> Drawing:
    """A horizontal bar chart, one bar per label (two series side by side when given)."""
    label_width = 190
    height = max(40, (14 if len(series) == 1 else 9) * len(labels) + 20)
    drawing = Drawing(BODY_WIDTH, height)
    drawing.initialFontName = REGULAR  # otherwise Helvetica is referenced, unembedded
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 10
    chart.width, chart.height = BODY_WIDTH - label_width - 20, height - 20
    chart.data = [[float(v) for v in values] for values in series]
    chart.categoryAxis.categoryNames = [_short(label) for label in labels]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.reverseDirection = 1
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    if len(series) > 1:
        chart.bars[1].fillColor = RULE
    chart.barLabels.fontName = REGULAR
    drawing.add(chart)
    return drawing


def _short(label: str) -> str:
    # Chart labels are drawn as strings, not Paragraphs: no markup to escape, only the
    # control and bidi characters (as in every other text) and the length.
    clean = escape(label)
    return clean if len(clean) <= 42 else clean[:41] + "…"


def _fitting(header: str, style: ParagraphStyle) -> float:
    """A column of figures as wide as its heading's longest word needs (a heading wraps
    between words, never inside one), at least 15 % of the page."""
    longest = max(
        float(stringWidth(word, style.fontName, style.fontSize)) for word in header.split()
    )
    return max(BODY_WIDTH * 0.15, longest + 2 * _CELL_PADDING + 1)


def _table(rows: list[list[Any]], widths: list[float], *, header: bool) -> Table:
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def _number(value: Any, lang: Lang) -> str:
    """A figure as the coordinator reads it; one beyond sixteen digits in powers of ten
    (``1,7 × 10³⁰⁸``), as its digits beyond the sixteenth are only the float's rounding."""
    if isinstance(value, float) and math.isfinite(value) and abs(value) >= _DIGITS_SHOWN:
        mantissa, _, exponent = f"{value:.6e}".partition("e")
        shown = format_number(float(mantissa), lang)
        return f"{shown} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    return format_number(value, lang) if isinstance(value, int | float) else str(value)
