"""The draft report's section "what changed since the previous round": every question that
is new, reworded, moved, split, merged or removed, with its old and new wording, from the
manifests and schemas alone (``desktop.survey.lineage``)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.export.markup import HEAD_FILL, RULE, Styles, para, table_style
from desktop.i18n import Lang, pick, text
from desktop.survey import Round
from desktop.survey.lineage import Change


def _wording(rnd: Round, pointer: str, title: str, lang: Lang) -> str:
    parts = pointer.split("/")
    section = rnd.section(parts[1])
    table = section.field(parts[2]) if section is not None and len(parts) == 4 else None
    return f"{pick(table.label, lang)} / {title}" if table is not None else title


def changes_section(
    rnd: Round,
    previous: Round,
    changes: Sequence[Change],
    lang: Lang,
    styles: Styles,
    width: float,
) -> list[Flowable]:
    heading = text("survey.change.title", lang, previous=previous.id)
    story: list[Flowable] = [Spacer(1, 4 * mm), para(heading, styles.h1)]
    if not changes:
        story.append(para(text("survey.change.none", lang, previous=previous.id), styles.body))
        return story
    rows = [
        [
            para("", styles.cell_head),
            para(text("survey.change.was", lang), styles.cell_head),
            para(text("survey.change.now", lang), styles.cell_head),
        ]
    ]
    for change in changes:
        was = "\n".join(
            _wording(previous, pointer, question.title(lang), lang)
            for pointer, question in change.old
        )
        now = _wording(rnd, change.pointer, change.new.title(lang), lang) if change.new else ""
        # The question is told by its wording (beside) and the section it is in, not its pointer.
        home = rnd if change.new is not None else previous
        section = home.section(change.pointer.split("/")[1])
        kind = text(f"survey.change.{change.kind.value}", lang)
        if section is not None:
            kind = f"{kind}\n{pick(section.title, lang)}"
        rows.append([para(kind, styles.cell), para(was, styles.cell), para(now, styles.cell)])
    table = Table(rows, colWidths=[width * 0.26, width * 0.37, width * 0.37], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(table)
    return story
