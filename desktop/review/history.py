"""A repeated number question over the rounds: what each round answered (for a chart).

Each round's answer is its latest submission's, else its saved answers (as
``desktop.review.previous.answers_of``); a question is the same in every
round that asks it under the same pointer.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import Lang
from desktop.survey import Field
from desktop.survey.lineage import questions
from desktop.survey.model import NUMERIC_KINDS
from desktop.workbook import Workbook


@dataclass(frozen=True)
class Point:
    round_id: str
    value: float | None  # None: not answered in that round
    sent: bool


def repeated_numbers(workbook: Workbook) -> list[tuple[str, Field]]:
    """The number questions (not table columns) asked in two rounds or more, in order."""
    seen: dict[str, Field] = {}
    count: dict[str, int] = {}
    for rnd in workbook.catalog.ordered_rounds():
        for pointer, question in questions(rnd.sections).items():
            if pointer.count("/") == 2 and question.kind in NUMERIC_KINDS:
                seen[pointer] = question
                count[pointer] = count.get(pointer, 0) + 1
    return [(p, q) for p, q in seen.items() if count[p] >= 2]


def number_history(workbook: Workbook, pointer: str) -> list[Point]:
    """Every round that asks ``pointer``, oldest first, with its answer."""
    from desktop.review.previous import answers_of

    _, section, key = pointer.split("/")
    points = []
    for rnd in workbook.catalog.ordered_rounds():
        asked = rnd.section(section)
        if asked is None or asked.field(key) is None:
            continue
        source, _round, answers = answers_of(workbook.store, workbook.catalog, rnd.id)
        value = answers.get(section, {}).get(key)
        number = (
            float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
        )
        points.append(Point(rnd.id, number, source.sent))
    return points


def histories(workbook: Workbook, lang: Lang) -> list[tuple[str, list[Point]]]:
    """(the question as shown, its answers over the rounds) of every repeated number question."""
    return [(q.title(lang), number_history(workbook, p)) for p, q in repeated_numbers(workbook)]
