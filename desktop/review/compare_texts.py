"""A comparison told in words, in fi/sv/en: the lines the command line, the CSV and the PDF
print for each changed answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.i18n import Lang, pick, text
from desktop.jsonvalue import JSONValue
from desktop.review.compare import Cell, Comparison, Difference, RowDifference, Status
from desktop.survey import Field, Kind
from desktop.survey.formatting import format_number, past_per_cent
from desktop.survey.values import display_value

if TYPE_CHECKING:
    from desktop.municipalities import Register


def label(comparison_side_round: str, number: int | None, lang: Lang) -> str:
    if number is None:
        return text("review.compare.saved", lang, round=comparison_side_round)
    return text("review.compare.sent", lang, round=comparison_side_round, number=number)


def title(comparison: Comparison, lang: Lang) -> str:
    a, b = comparison.a.source, comparison.b.source
    return text(
        "review.compare.title",
        lang,
        a=label(a.round_id, a.submission, lang),
        b=label(b.round_id, b.submission, lang),
    )


def whose(comparison: Comparison, register: Register, lang: Lang) -> str:
    """The municipality whose answers are compared, as the report names it: Kuhmo (290)."""
    from desktop.municipalities import UnknownMunicipality

    for side in (comparison.b, comparison.a):
        for section in side.round.sections:
            for question in section.fields:
                code = side.answers.get(section.id, {}).get(question.key)
                if question.kind is not Kind.MUNICIPALITY or not isinstance(code, str):
                    continue
                try:
                    return f"{register.get(code).display_name(lang)} ({code})"
                except UnknownMunicipality:
                    return code
    return ""


def shown(question: Field, value: JSONValue | None, lang: Lang) -> str:
    if value is None:
        return text("review.compare.nothing", lang)
    return display_value(question, value, lang)


def signed(value: float, lang: Lang, question: Field | None = None) -> str:
    """A difference with its sign, in the question's unit when given: "+200 m²", "−3"."""
    size: int | float = int(value) if float(value).is_integer() else abs(value)
    size = abs(size)
    text = (
        display_value(question, size, lang) if question is not None else format_number(size, lang)
    )
    return ("+" if value >= 0 else "−") + text


def change_of(
    question: Field, before: JSONValue | None, after: JSONValue | None, lang: Lang
) -> str:
    """ "3 100 000 € → 5 000 000 € (+1 900 000, +61 %)" for numbers; "a → b" otherwise."""
    return f"{shown(question, before, lang)} → {changed_to(question, before, after, lang)}"


def changed_to(
    question: Field, before: JSONValue | None, after: JSONValue | None, lang: Lang
) -> str:
    """The later value, a number with how much it changed: "5 000 000 € (+1 900 000, +61 %)"."""
    text = shown(question, after, lang)
    if not isinstance(before, bool) and not isinstance(after, bool):
        text += how_much(question, before, after, lang, parentheses=True)
    return text


def how_much(
    question: Field,
    before: JSONValue | None,
    after: JSONValue | None,
    lang: Lang,
    *,
    parentheses: bool = False,
) -> str:
    """How much a number changed: "+1 900 000 €, +61 %"; no per cent for a change from
    nothing (0, or a number nothing beside the later one), no difference more than a number
    holds; "" between other than numbers."""
    from desktop.review.compare import difference_of, per_cent

    delta = difference_of(before, after)
    if delta is None:
        return ""
    percent = per_cent(before, after)
    told = signed(delta, lang, question)
    if percent is not None:
        told += f", {per_cent_text(percent, lang)}"
    return f" ({told})" if parentheses else told


def per_cent_text(percent: float, lang: Lang) -> str:
    """ "+61 %"; "more than a hundredfold" for a change too large for a per cent to mean
    anything (from 0.000001 to 5)."""
    if past_per_cent(percent):
        return text("review.compare.hundredfold", lang)
    return f"{signed(round(percent), lang)} %"


def word_markup(difference: Difference) -> str:
    """A text's word diff with [-removed-] and {+added+} marks, as wdiff prints it."""
    parts = []
    for op, words in difference.words():
        parts.append(words if op == "=" else f"[-{words}-]" if op == "-" else f"{{+{words}+}}")
    return " ".join(parts)


def status_text(status: Status, lang: Lang) -> str:
    return text(f"review.compare.{status.value}", lang)


def _cells(cells: tuple[Cell, ...], lang: Lang, *, both: bool) -> str:
    if both:
        return "; ".join(
            f"{pick(c.column.label, lang)} {change_of(c.column, c.before, c.after, lang)}"
            for c in cells
        )
    return "; ".join(
        f"{pick(c.column.label, lang)}: {shown(c.column, c.after if c.after is not None else c.before, lang)}"
        for c in cells
    )


def row_line(row: RowDifference, lang: Lang) -> str:
    if row.status is Status.ADDED:
        return text(
            "review.compare.row_added",
            lang,
            row=row.shown_key(lang),
            cells=_cells(row.cells, lang, both=False),
        )
    if row.status is Status.REMOVED:
        return text(
            "review.compare.row_removed",
            lang,
            row=row.shown_key(lang),
            cells=_cells(row.cells, lang, both=False),
        )
    return text(
        "review.compare.row_changed",
        lang,
        row=row.shown_key(lang),
        cells=_cells(row.cells, lang, both=True),
    )


def row_sides(row: RowDifference, lang: Lang) -> tuple[str, str]:
    """One changed row of a table as the earlier and the later side of it: a row added is
    told on the later side, one removed on the earlier, a changed row's cells on each side
    as they were and as they are (for a table of two columns, each under its heading)."""
    nothing = text("review.compare.nothing", lang)
    if row.status is Status.REMOVED:
        return row_line(row, lang), nothing
    if row.status is not Status.CHANGED:
        return nothing, row_line(row, lang)
    key = row.shown_key(lang)
    was = "; ".join(
        f"{pick(c.column.label, lang)} {shown(c.column, c.before, lang)}" for c in row.cells
    )
    now = "; ".join(
        f"{pick(c.column.label, lang)} {changed_to(c.column, c.before, c.after, lang)}"
        for c in row.cells
    )
    return (
        text("review.compare.row_changed", lang, row=key, cells=was),
        text("review.compare.row_changed", lang, row=key, cells=now),
    )


def detail_lines(difference: Difference, lang: Lang) -> list[str]:
    """What changed in one answer, line by line."""
    question = difference.question
    if difference.rows and difference.status is Status.CHANGED:
        return [row_line(r, lang) for r in difference.rows if r.status is not Status.SAME]
    if (
        difference.status is Status.CHANGED
        and isinstance(difference.before, str)
        and isinstance(difference.after, str)
        and question.kind.value in ("text", "longtext")
    ):
        return [word_markup(difference)]
    if difference.status in (Status.NEW, Status.ADDED):
        return [
            f"{status_text(difference.status, lang)}: {shown(question, difference.after, lang)}"
        ]
    if difference.status in (Status.GONE, Status.REMOVED):
        return [
            f"{status_text(difference.status, lang)}: {shown(question, difference.before, lang)}"
        ]
    return [change_of(question, difference.before, difference.after, lang)]


def file_name(earlier: str, later: str, lang: Lang) -> str:
    """The comparison PDF's name in the user's language: ``jämförelse_2022-1-1_2022-1-2.pdf``."""
    stems = {"a": earlier.replace("#", "-"), "b": later.replace("#", "-")}
    return text("review.compare.file_name", lang, **stems)
