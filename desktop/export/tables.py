"""Answers as tables: question–answer pairs, and repeated rows with their column headers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from reportlab.platypus import Table

from desktop.export.fonts import string_width
from desktop.export.longtable import Command, Line, RowsTable
from desktop.export.markup import HEAD_FILL, RULE, Styles, markup, para, safe, scaled, table_style
from desktop.i18n import Lang, text
from desktop.jsonvalue import JSONValue
from desktop.municipalities import Municipality, Register, RegisterError
from desktop.survey import Field, Kind
from desktop.survey.model import NUMERIC_KINDS, is_answered
from desktop.survey.values import display_value

# Relative column widths by kind: free text gets room, numbers and yes/no little.
_WEIGHT: Final[dict[Kind, float]] = {
    Kind.LONGTEXT: 4.0,
    Kind.TEXT: 3.0,
    Kind.EMAIL: 2.6,
    Kind.CHOICE: 2.4,
    Kind.MULTICHOICE: 2.6,
    Kind.MUNICIPALITY: 2.2,
    Kind.PHONE: 1.6,
    Kind.DATE: 1.35,
    Kind.NUMBER: 1.35,
    Kind.INTEGER: 1.2,
    Kind.MONEY: 1.6,
    Kind.YESNO: 1.0,
}
# Text typed freely, which may wrap anywhere (a URL, a long name): when a table is too
# narrow for every column's longest word, the width comes from these columns first.
_FREE_TEXT: Final = frozenset({Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL})
_QUESTION_SHARE: Final = 0.46
# A row taller than this may be split across pages (a very long free-text answer).
_MIN_SPLIT: Final = 30
_PADDING: Final = 4.0
_CELL_SIZE: Final = 8.5  # as styles.cell and styles.cell_head
_HEAD_SIZE: Final = 8.0
_MIN_SCALE: Final = 0.8  # below 80 % (6.8 pt) the text gets too small to read on paper


# Sixteen times the longest text a survey allows (4 000), about 30 pages: only a draft
# can hold more, and laying out a longer answer takes minutes (240 000 characters took
# two) for nothing a reader needs.
REPORT_CHARS: Final = 64_000


def clip(shown: str, lang: Lang) -> str:
    """``shown``, cut at ``REPORT_CHARS`` with a note saying how much longer the answer is."""
    if len(shown) <= REPORT_CHARS:
        return shown
    note = text(
        "export.report.cut_short",
        lang,
        count=f"{len(shown):,}".replace(",", "\u00a0"),
        shown=REPORT_CHARS,
    )
    return shown[:REPORT_CHARS] + note


def answer_markup(
    field: Field,
    value: JSONValue | None,
    lang: Lang,
    municipality: Municipality,
    register: Register | None = None,
) -> str | None:
    """An answer as safe Paragraph markup; None when it is not answered.

    A municipality other than ``municipality`` is named from ``register`` (its code without).
    """
    if not is_answered(value, field):
        return None
    if field.kind is Kind.MUNICIPALITY and isinstance(value, str):
        return safe(_municipality_name(value, lang, municipality, register))
    if field.kind is Kind.MULTICHOICE and isinstance(value, list) and value:
        return "<br/>".join(safe(field.option_label(v, lang)) for v in value)
    return safe(clip(display_value(field, value, lang), lang))


def _municipality_name(code: str, lang: Lang, own: Municipality, register: Register | None) -> str:
    if code == own.code:
        return f"{own.display_name(lang)} ({own.code})"
    if register is None:
        return code
    try:
        other = register.get(code)
    except RegisterError:
        return code
    return f"{other.display_name(lang)} ({other.code})"


def answer_table(
    pairs: Sequence[tuple[str, str | None]], lang: Lang, styles: Styles, width: float
) -> Table:
    """Questions on the left, answers (safe markup, None = unanswered) on the right."""
    unanswered = text("export.report.unanswered", lang)
    data = [
        [
            [para(question, styles.question)],
            [
                markup(answer, styles.answer)
                if answer is not None
                else para(unanswered, styles.unanswered)
            ],
        ]
        for question, answer in pairs
    ]
    question_width = width * _QUESTION_SHARE
    table = Table(
        data,
        colWidths=[question_width, width - question_width],
        hAlign="LEFT",
        splitInRow=_MIN_SPLIT,
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 10),
            ]
        )
    )
    return table


def rows_table(
    field: Field, rows: Sequence[JSONValue], lang: Lang, styles: Styles, width: float
) -> RowsTable:
    """A table of repeated rows: a numbered row per entry, headers repeated on every page.

    Long-text columns (notes) would squeeze the others into broken words, so
    when there are other columns they are printed under their row across the
    full width, headed by the column's name.
    """
    columns = field.columns
    notes = [c for c in columns if c.kind is Kind.LONGTEXT]
    if len(columns) - len(notes) < 2:
        notes = []
    inline = [c for c in columns if c not in notes]
    entries = [row if isinstance(row, dict) else None for row in rows]
    # The header already names the unit, so the cells show the bare number.
    texts = [
        [_cell_text(c.replace(unit={}), _get(entry, c.key), lang) for c in inline]
        for entry in entries
    ]
    number_title = text("export.report.row_number", lang)
    number_width = (
        max(
            string_width(number_title, _HEAD_SIZE, bold=True),
            string_width(str(len(rows)), _CELL_SIZE),
        )
        + 2 * _PADDING
        + 1
    )
    room = width - number_width
    titles = [c.title(lang) for c in inline]
    columns_text = [[line[i] for line in texts] for i in range(len(inline))]
    numeric = [_numeric(c) for c in inline]
    minimums = [
        _min_width(title, cells, num, room)
        for title, cells, num in zip(titles, columns_text, numeric, strict=True)
    ]
    # A wide table gets a slightly smaller type rather than words broken in two.
    scale = 1.0
    while sum(minimums) > room and scale > _MIN_SCALE:
        scale = round(scale - 0.05, 2)
        minimums = [
            _min_width(title, cells, num, room, scale)
            for title, cells, num in zip(titles, columns_text, numeric, strict=True)
        ]
    cell, cell_right, head, head_right = (
        scaled(s, scale)
        for s in (styles.cell, styles.cell_right, styles.cell_head, styles.cell_head_right)
    )
    weights = [_WEIGHT.get(c.kind, 2.0) for c in inline]
    floors = [
        _min_width(title, [], False, room, scale) if c.kind in _FREE_TEXT else least
        for c, title, least in zip(inline, titles, minimums, strict=True)
    ]
    widths = [number_width, *_fit_widths(weights, _given_way(minimums, floors, room), room)]
    header: list[object] = [para(number_title, head_right)]
    header += [
        para(title, head_right if num else head) for title, num in zip(titles, numeric, strict=True)
    ]
    lines: list[Line] = []
    none = text("export.report.none", lang)
    blank: list[object] = [""] * (len(inline) - 1)
    rule: Command = ("LINEBELOW", (0, 0), (-1, 0), 0.3, RULE)
    for index, (entry, line_texts) in enumerate(zip(entries, texts, strict=True), start=1):
        line: list[object] = [para(str(index), cell_right)]
        if entry is not None:
            for num, shown in zip(numeric, line_texts, strict=True):
                line.append([para(shown or none, cell_right if num else cell)])
        else:  # a malformed row is shown as it is rather than dropped
            malformed = clip(display_value(field, rows[index - 1], lang), lang)
            line.append([para(malformed or none, cell)])
            line += blank
        entry_lines = [Line(line)]
        for column in notes:
            note = _cell_text(column, _get(entry, column.key), lang)
            if not note:
                continue
            label = f"<b>{safe(column.title(lang))}:</b> {safe(note)}"
            entry_lines.append(
                Line(
                    ["", [markup(label, cell)], *blank],
                    (("SPAN", (1, 0), (-1, 0)), ("TOPPADDING", (0, 0), (-1, 0), 0)),
                )
            )
        # The rule goes under the entry's last line: a note stays with its row.
        last = entry_lines[-1]
        entry_lines[-1] = Line(last.cells, (*last.commands, rule))
        lines += entry_lines
    return RowsTable(
        header,
        lines,
        col_widths=widths,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ],
        split_in_row=_MIN_SPLIT,
        space_after=6,
    )


def _get(entry: Mapping[str, JSONValue] | None, key: str) -> JSONValue | None:
    return entry.get(key) if entry is not None else None


def _cell_text(column: Field, cell: JSONValue | None, lang: Lang) -> str:
    return clip(display_value(column, cell, lang), lang) if is_answered(cell) else ""


def _min_width(
    title: str, cells: Sequence[str], numeric: bool, total: float, scale: float = 1.0
) -> float:
    """The narrowest a column can be without breaking a word of its header or cells.

    Numbers are kept on one line; a word of free text counts only up to a third
    of the table, and a number up to a fifth (a number of 15 digits fits in it;
    one written out in hundreds of digits, 1e-300 in full, wraps), so that one
    long word or number cannot squeeze the others.
    """
    head, body = _HEAD_SIZE * scale, _CELL_SIZE * scale
    needed = max((string_width(w, head, bold=True) for w in title.split()), default=0.0)
    for cell in cells:
        if numeric:
            needed = max(needed, min(string_width(cell, body), total / 5))
        else:
            longest = max((string_width(w, body) for w in cell.split()), default=0.0)
            needed = max(needed, min(longest, total / 3))
    return needed + 2 * _PADDING + 1


def _given_way(minimums: Sequence[float], floors: Sequence[float], total: float) -> list[float]:
    """``minimums`` brought down towards ``floors`` (alike) until they fit in ``total``.

    A free-text column's floor is its header's longest word: its cells may wrap
    anywhere. Every other column's floor is its minimum: numbers on one line, the
    words of choices and headers whole.
    """
    excess = sum(minimums) - total
    slack = sum(minimums) - sum(floors)
    if excess <= 0 or slack <= 0:
        return list(minimums)
    given = min(1.0, excess / slack)
    return [m - (m - f) * given for m, f in zip(minimums, floors, strict=True)]


def _fit_widths(weights: Sequence[float], minimums: Sequence[float], total: float) -> list[float]:
    """Widths in proportion to ``weights`` but none below its minimum, summing to ``total``."""
    if sum(minimums) >= total:  # cannot honour them all: shrink the minimums alike
        return [m * total / sum(minimums) for m in minimums]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        room = total - sum(fixed.values())
        share = room / (sum(weights[i] for i in free) or 1.0)
        short = [i for i in free if weights[i] * share < minimums[i]]
        if not short:
            return [fixed.get(i, weights[i] * share) for i in range(len(weights))]
        for i in short:
            fixed[i] = minimums[i]


def _numeric(column: Field) -> bool:
    return column.kind in NUMERIC_KINDS
