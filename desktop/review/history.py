"""A repeated number question over the rounds: what each round answered (for a chart).

A question is one series over the rounds as the manifests' ``changes`` say:
the same pointer in a round and its ``previous`` round, or an old pointer
renamed to a new one, carries the series on; a question removed, split or
merged ends it (what follows is another question). The window's chart and the
comparison PDF's charts both draw these series.

Each round's answer is its latest submission's, else its saved answers (as
``desktop.review.previous.answers_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.i18n import Lang
from desktop.jsonvalue import JSONObject
from desktop.survey import Catalog, Field, Section
from desktop.survey.lineage import Lineage, questions
from desktop.survey.model import NUMERIC_KINDS
from desktop.workbook import Workbook


@dataclass(frozen=True)
class Point:
    round_id: str
    value: float | None  # None: not answered in that round
    sent: bool


_Answered = tuple[bool, Mapping[str, JSONObject]]  # (sent, the round's answers)


@dataclass(frozen=True)
class Series:
    """One number question over the rounds that ask it, oldest first."""

    pointer: str  # as the newest round asking it names it
    question: Field  # as the newest round asking it asks it
    asked: tuple[tuple[str, str], ...]  # (round, the question's pointer in that round)


def _numbers(sections: Iterable[Section]) -> dict[str, Field]:
    return {
        p: q
        for p, q in questions(sections).items()
        if p.count("/") == 2 and q.kind in NUMERIC_KINDS
    }


def number_series(catalog: Catalog) -> list[Series]:
    """Every number question (not table columns) as a series over the rounds, following
    each manifest's ``changes`` from its ``previous`` round; in the order first asked."""
    chains: list[list[tuple[str, str, Field]]] = []
    # round → pointer → the chain that pointer's answers belong to
    chain_of: dict[str, dict[str, int]] = {}
    for rnd in catalog.ordered_rounds():
        asked = _numbers(rnd.sections)
        earlier = catalog.rounds.get(rnd.previous) if rnd.previous else None
        carried = chain_of.get(earlier.id, {}) if earlier is not None else {}
        lineage = Lineage.between(rnd, earlier) if earlier is not None and carried else None
        here: dict[str, int] = {}
        for pointer, question in asked.items():
            link = lineage.link(pointer) if lineage is not None else None
            source = link.sources[0] if link is not None and link.copyable else None
            index = carried.get(source) if source is not None else None
            if index is None:
                chains.append([])
                index = len(chains) - 1
            chains[index].append((rnd.id, pointer, question))
            here[pointer] = index
        chain_of[rnd.id] = here
    return [
        Series(chain[-1][1], chain[-1][2], tuple((r, p) for r, p, _q in chain)) for chain in chains
    ]


def repeated_numbers(workbook: Workbook) -> list[tuple[str, Field]]:
    """The number questions asked in two rounds or more (by their newest pointer), in order."""
    return [(s.pointer, s.question) for s in _repeated(workbook.catalog)]


def _repeated(catalog: Catalog) -> list[Series]:
    return [s for s in number_series(catalog) if len(s.asked) >= 2]


def number_history(workbook: Workbook, pointer: str) -> list[Point]:
    """Every round that asks the question ``pointer`` names now (under whatever pointer it
    had then), oldest first, with its answer."""
    found = [s for s in _repeated(workbook.catalog) if s.pointer == pointer]
    return _points(workbook, found[-1], {}) if found else []


def _points(workbook: Workbook, series: Series, read: dict[str, _Answered]) -> list[Point]:
    from desktop.review.previous import answers_of

    points = []
    for round_id, asked_as in series.asked:
        if round_id not in read:
            source, _round, found = answers_of(workbook.store, workbook.catalog, round_id)
            read[round_id] = (source.sent, found)
        sent, answers = read[round_id]
        _, section, key = asked_as.split("/")
        value = answers.get(section, {}).get(key)
        number = (
            float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
        )
        points.append(Point(round_id, number, sent))
    return points


def histories(workbook: Workbook, lang: Lang) -> list[tuple[str, list[Point]]]:
    """(the question as shown, its answers over the rounds) of every repeated number question."""
    read: dict[str, _Answered] = {}  # each round's answers read once
    return [
        (s.question.title(lang), _points(workbook, s, read)) for s in _repeated(workbook.catalog)
    ]
