"""The comparison of two rounds as a PDF in the report's look (reportlab, data in, bytes out).

By section, only what changed, each answer with the earlier and the later
value side by side (numbers with the difference and per cent, texts with
the removed words struck through and the added ones marked, tables row by
row); how many answers stayed the same is said per section. Every answer is
escaped before it reaches a Paragraph.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate, Paragraph, Table

from desktop.export.fonts import REGULAR
from desktop.export.markup import HEAD_FILL, RULE, make_styles, markup, para, safe, table_style
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
from desktop.review.compare import Comparison, Difference, Status
from desktop.review.compare_charts import history_charts
from desktop.review.compare_texts import (
    how_much,
    label,
    row_sides,
    shown,
    status_text,
    title,
    whose,
)
from desktop.review.history import Point

if TYPE_CHECKING:
    from desktop.municipalities import Register

APP = "Tilannekuva"
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def _words(difference: Difference) -> str:
    parts = []
    for op, words in difference.words():
        if op == "=":
            parts.append(safe(words))
        elif op == "-":
            parts.append(f'<strike><font color="#C0392B">{safe(words)}</font></strike>')
        else:
            parts.append(f'<u><font color="#1E7B34">{safe(words)}</font></u>')
    return " ".join(parts)


def _cells(difference: Difference, lang: Lang) -> tuple[str, str]:
    """The earlier and the later column of one changed answer (not a table's), as markup."""
    question = difference.question
    if (
        difference.status is Status.CHANGED
        and question.kind.value in ("text", "longtext")
        and isinstance(difference.before, str)
    ):
        return safe(shown(question, difference.before, lang)), _words(difference)
    before = safe(shown(question, difference.before, lang))
    after = safe(shown(question, difference.after, lang))
    if difference.delta is not None:
        after += f"<br/>({safe(how_much(question, difference.before, difference.after, lang))})"
    elif difference.status in (Status.NEW, Status.GONE):
        after += f"<br/><i>{safe(status_text(difference.status, lang))}</i>"
    return before, after


def render_comparison(
    comparison: Comparison,
    *,
    lang: Lang,
    when: datetime | None = None,
    history: Sequence[tuple[str, Sequence[Point]]] = (),
    register: Register | None = None,
) -> bytes:
    """The comparison as PDF bytes; ``history``: (question, its answers over the rounds) of
    the repeated number questions, drawn as charts at the end. With ``register``, the
    municipality compared is named under the title and on every page."""
    styles = make_styles()
    a, b = comparison.a.source, comparison.b.source
    a_label, b_label = label(a.round_id, a.submission, lang), label(b.round_id, b.submission, lang)
    story: list[Flowable] = [para(title(comparison, lang), styles.title)]
    municipality = whose(comparison, register, lang) if register is not None else ""
    if municipality:
        story.append(para(municipality, styles.subtitle))
    if not comparison.changed:
        story.append(para(text("review.compare.nothing_changed", lang), styles.body))
    for section in comparison.sections:
        heading = text(
            "review.compare.section",
            lang,
            title=pick(section.title, lang),
            changed=len(section.changed),
            same=section.same,
        ).strip("= ")
        story.append(para(heading, styles.h1))
        if not section.changed:
            continue  # unchanged throughout: told by its count alone
        rows: list[list[Paragraph]] = [
            [
                para(text("review.compare.question", lang), styles.cell_head),
                para(a_label, styles.cell_head),
                para(b_label, styles.cell_head),
            ]
        ]
        # The rules: a box, the columns, and a line under each answer; a table's changed
        # rows stand one under another beside its question, each side under its heading.
        style: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("BOX", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for difference in section.changed:
            question = f"{safe(difference.question.title(lang))}<br/><font size=7>{safe(difference.pointer)}</font>"
            sides = [
                (safe(before), safe(after))
                for before, after in (
                    row_sides(r, lang) for r in difference.rows if r.status is not Status.SAME
                )
            ] or [_cells(difference, lang)]
            for index, (before, after) in enumerate(sides):
                asked = markup(question, styles.cell) if index == 0 else para("", styles.cell)
                rows.append([asked, markup(before, styles.cell), markup(after, styles.cell)])
                last = len(rows) - 1
                ruled = (0 if index == len(sides) - 1 else 1, last)
                style.append(("LINEBELOW", ruled, (-1, last), 0.4, RULE))
        table = Table(
            rows, colWidths=[BODY_WIDTH * 0.4, BODY_WIDTH * 0.3, BODY_WIDTH * 0.3], repeatRows=1
        )
        table.setStyle(table_style(style))
        story.append(table)
    story += history_charts(history, lang, styles, BODY_WIDTH)
    decorations = Decorations(
        header_left=title(comparison, lang),
        header_right=municipality,
        footer_left=APP,
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
        title=title(comparison, lang),
        creator=APP,
        lang=PDF_LANG[lang],
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=9.5,
    )
    doc.addPageTemplates([PageTemplate("body", [body_frame()])])
    moment = when or datetime.now()
    doc.build(
        story, canvasmaker=canvas_maker(decorations, pdf_date=moment.strftime("D:%Y%m%d%H%M%S"))
    )
    return buffer.getvalue()
