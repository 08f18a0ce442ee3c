"""The national picture: each question's answers summed up by group of municipalities.

The counted submission of every municipality is read one at a time from the
coordinator's database and added to the groups it belongs to: the whole
country, its wellbeing services county, region, language status,
urban/rural class and each network it is in. For each question a group
gets the number of answers; choices their counts; numbers their sum,
median, quartiles, least and greatest; tables their rows summed by a choice
column (``summed_by``: the column the rows are known by when it is a choice, else
the first choice column); texts are
listed per municipality, and so are warnings' explanations. A share (a question or column
in per cent, ``is_share``) is not summed: the sum of municipalities' percentages means
nothing, so it is given as ``NOT_SUMMED`` ("–") beside the share's median, quartiles,
least and greatest.

Whole numbers are summed exactly and decimals correctly rounded (``math.fsum``);
a median or quartile lies between two answers and is computed exactly. The round's
schemas set no maximum, so a sum of valid answers can exceed the largest number a
float (or a spreadsheet) holds, about 1.8 × 10³⁰⁸: such a figure is given as
``TOO_LARGE``, never as infinity.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Final

from desktop.collect.records import Records
from desktop.collect.standing import Standing
from desktop.i18n import Lang, Texts, pick, text
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.municipalities import Category, Municipality, Register
from desktop.survey import Field, Kind, Round
from desktop.survey.lineage import row_key
from desktop.survey.model import NUMERIC_KINDS

TEXT_KINDS: Final = frozenset(
    {Kind.TEXT, Kind.LONGTEXT, Kind.EMAIL, Kind.PHONE, Kind.DATE, Kind.MUNICIPALITY}
)


# The groups figures are given for, in this order (their names: "collect.dimension.*").
DIMENSIONS: Final = ("national", "wellbeing_area", "region", "language", "urban_class", "network")

_NATIONAL: Final = Category("FI", "Koko maa", "Hela landet", "Whole country")

Number = int | float
# Whole numbers up to this are shown as whole numbers; a float beyond has no exact digits.
_EXACT_WHOLE: Final = 2**53


class TooLarge:
    """A figure too large for a number (a sum beyond the largest float): ``TOO_LARGE``."""

    def __repr__(self) -> str:
        return "TOO_LARGE"

    def text(self, lang: Lang) -> str:
        return text("collect.measure.too_large", lang)


TOO_LARGE: Final = TooLarge()


class NotSummed:
    """The sum of a share, which is not computed: ``NOT_SUMMED``, shown as "–"."""

    def __repr__(self) -> str:
        return "NOT_SUMMED"

    def text(self, lang: Lang) -> str:
        return text("collect.measure.not_summed", lang)


NOT_SUMMED: Final = NotSummed()

Figure = float | int | TooLarge | NotSummed


def is_share(question: Field) -> bool:
    """Whether a number is a share of something, in per cent (the schema's ``x-unit`` "%"):
    municipalities' shares are not summed."""
    return question.kind in NUMERIC_KINDS and any(
        unit.strip() == "%" for unit in question.unit.values()
    )


@dataclass(frozen=True)
class Group:
    dimension: str
    code: str
    names: Texts

    def name(self, lang: Lang) -> str:
        return pick(self.names, lang)


@dataclass(frozen=True)
class Answered:
    """One municipality's counted submission."""

    municipality: Municipality
    submission: int
    exported_at: str
    answers: Mapping[str, JSONObject]
    explanations: tuple[tuple[str, str], ...]


@dataclass
class _Tally:
    answered: Counter[str] = field(default_factory=Counter)
    numbers: dict[str, list[Number]] = field(default_factory=dict)
    choices: dict[str, Counter[str]] = field(default_factory=dict)
    sums: dict[str, dict[str, list[Number]]] = field(default_factory=dict)
    members: int = 0


@dataclass(frozen=True)
class Row:
    """One figure of an aggregate: a group's measure of one question."""

    group: Group
    section: str
    question: str
    measure: str
    value: Figure


def groups_of(m: Municipality, register: Register) -> list[Group]:
    def of(dimension: str, category: Category) -> Group:
        names = {"fi": category.name_fi, "sv": category.name_sv, "en": category.name_en}
        return Group(dimension, category.code, names)

    found = [
        of("national", _NATIONAL),
        of("wellbeing_area", m.wellbeing_area),
        of("region", m.region),
        of("language", m.language_status),
        of("urban_class", m.urban_class),
    ]
    networks = {network.id: network for network in register.networks()}
    for ident in m.networks:
        network = networks[ident]
        names = {"fi": network.name_fi, "sv": network.name_sv, "en": network.name_en}
        found.append(Group("network", ident, names))
    return found


def counted(records: Records, result: Standing, register: Register) -> Iterator[Answered]:
    """The counted submissions by municipality code, each read when it is reached."""
    for code, entry in sorted(result.current().items()):
        package = entry.package
        if package is None or code not in register:
            continue
        text = records.survey(package.sha256)
        if text is None:
            continue
        document = json.loads(text)
        answers = document.get("answers", {})
        yield Answered(
            register.get(code),
            package.submission or 0,
            package.exported_at or "",
            answers if isinstance(answers, dict) else {},
            tuple(_explanations(document)),
        )


def _explanations(document: Mapping[str, JSONValue]) -> Iterator[tuple[str, str]]:
    """(pointer, explanation) of the warnings the official confirmed.

    verify has checked ``explanations`` against the package format: a list of
    ``{"check", "pointer", "text"}``.
    """
    given = document.get("explanations")
    for item in given if isinstance(given, list) else []:
        if isinstance(item, dict):
            where, said = item.get("pointer"), item.get("text")
            if isinstance(where, str) and isinstance(said, str):
                yield where, said


def summed_by(table: Field) -> Field | None:
    """The column a table's rows are summed by: the column its rows are known by
    (``desktop.survey.lineage.row_key``) when that is a choice, for a choice reads the same
    in every municipality; else the first choice column (a building's name does not); None:
    all rows together."""
    known_by = table.column(row_key(table))
    if known_by is not None and known_by.kind is Kind.CHOICE:
        return known_by
    return next((c for c in table.columns if c.kind is Kind.CHOICE), None)


class Aggregate:
    """Tallies of every group, filled one municipality at a time."""

    def __init__(self, rnd: Round, register: Register) -> None:
        self.round = rnd
        self.register = register
        self.groups: dict[tuple[str, str], Group] = {}
        self._tallies: dict[tuple[str, str], _Tally] = {}

    def add(self, answered: Answered) -> None:
        for group in groups_of(answered.municipality, self.register):
            key = (group.dimension, group.code)
            self.groups.setdefault(key, group)
            tally = self._tallies.setdefault(key, _Tally())
            tally.members += 1
            for section in self.round.sections:
                given = answered.answers.get(section.id, {})
                for question in section.fields:
                    if question.key in given:
                        _tally(tally, f"{section.id}/{question.key}", question, given[question.key])

    def members(self, dimension: str, code: str) -> int:
        return self._tallies[(dimension, code)].members

    def rows(self, lang: Lang) -> Iterator[Row]:
        """Every figure, group by group in the order of ``DIMENSIONS``, questions in order."""
        order = list(DIMENSIONS)
        for key in sorted(self._tallies, key=lambda k: (order.index(k[0]), k[1])):
            group, tally = self.groups[key], self._tallies[key]
            for section in self.round.sections:
                for question in section.fields:
                    path = f"{section.id}/{question.key}"
                    if tally.answered[path] == 0 or question.kind in TEXT_KINDS:
                        continue
                    title = question.title(lang)
                    section_title = pick(section.title, lang)
                    for measure, value in _figures(tally, path, question, lang):
                        yield Row(group, section_title, title, measure, value)


def _tally(tally: _Tally, path: str, question: Field, value: JSONValue) -> None:
    tally.answered[path] += 1
    if question.kind in NUMERIC_KINDS and _is_number(value):
        tally.numbers.setdefault(path, []).append(value)  # type: ignore[arg-type]
    elif question.kind is Kind.YESNO and isinstance(value, bool):
        tally.choices.setdefault(path, Counter())["yes" if value else "no"] += 1
    elif question.kind is Kind.CHOICE and isinstance(value, str | int):
        tally.choices.setdefault(path, Counter())[str(value)] += 1
    elif question.kind is Kind.MULTICHOICE and isinstance(value, list):
        counter = tally.choices.setdefault(path, Counter())
        counter.update(str(item) for item in value if isinstance(item, str | int))
    elif question.kind is Kind.TABLE and isinstance(value, list):
        _tally_table(tally, path, question, value)


def _tally_table(tally: _Tally, path: str, table: Field, rows: list[JSONValue]) -> None:
    key = summed_by(table)
    for row in rows:
        if not isinstance(row, dict):
            continue
        group = str(row.get(key.key, "")) if key is not None else ""
        tally.choices.setdefault(f"{path}#rows", Counter())[group] += 1
        for column in table.columns:
            cell = row.get(column.key)
            if column.kind in NUMERIC_KINDS and _is_number(cell):
                sums = tally.sums.setdefault(f"{path}#{column.key}", {})
                sums.setdefault(group, []).append(cell)  # type: ignore[arg-type]


def _figures(tally: _Tally, path: str, question: Field, lang: Lang) -> Iterator[tuple[str, Figure]]:
    yield text("collect.measure.answered", lang), tally.answered[path]
    if question.kind in NUMERIC_KINDS:
        values = sorted(tally.numbers.get(path, []))
        if values:
            yield from _statistics(values, lang, summed=not is_share(question))
    elif question.kind is Kind.YESNO:
        counts = tally.choices.get(path, Counter())
        for answer in ("yes", "no"):
            yield text(f"collect.measure.{answer}", lang), counts[answer]
    elif question.kind in (Kind.CHOICE, Kind.MULTICHOICE):
        counts = tally.choices.get(path, Counter())
        for option in question.options:
            yield pick(option.label, lang), counts[str(option.value)]
    elif question.kind is Kind.TABLE:
        key = summed_by(question)
        rows = tally.choices.get(f"{path}#rows", Counter())
        groups = [str(o.value) for o in key.options] if key is not None else [""]
        for group in groups:
            if rows[group] == 0:
                continue
            label = key.option_label(group, lang) if key is not None else ""
            label = label or text("collect.measure.all_rows", lang)
            yield f"{label}: {text('collect.measure.rows', lang)}", rows[group]
            for column in question.columns:
                if column.kind not in NUMERIC_KINDS:
                    continue
                given = tally.sums.get(f"{path}#{column.key}", {}).get(group, [])
                title = f"{label}: {column.title(lang)}"
                if not is_share(column):
                    yield title, _total(given)
                elif given:  # "Moves to the county: share (%) – Median"
                    for measure, value in _statistics(sorted(given), lang, summed=False):
                        yield f"{title} – {measure}", value


def _statistics(
    values: Sequence[Number], lang: Lang, *, summed: bool = True
) -> Iterator[tuple[str, Figure]]:
    """Sum (``NOT_SUMMED`` unless ``summed``), median, quartiles (the inclusive method),
    least and greatest of sorted ``values``."""

    def m(key: str) -> str:
        return text(f"collect.measure.{key}", lang)

    yield m("sum"), _total(values) if summed else NOT_SUMMED
    yield m("median"), _quartile(values, 2)
    yield m("q1"), _quartile(values, 1)
    yield m("q3"), _quartile(values, 3)
    yield m("min"), _plain(values[0])
    yield m("max"), _plain(values[-1])


def _total(values: Sequence[Number]) -> float | int | TooLarge:
    """The sum: exact for whole numbers, correctly rounded for decimals; TOO_LARGE beyond
    what a float holds."""
    try:
        if all(isinstance(value, int) for value in values):
            return _plain(sum(values))
        return _plain(math.fsum(values))
    except OverflowError:  # fsum's "intermediate overflow", a huge int made a float
        return TOO_LARGE


def _quartile(values: Sequence[Number], which: int) -> float | int | TooLarge:
    """The ``which``-th quartile of sorted ``values`` (2: the median) as
    ``statistics.quantiles(method="inclusive")`` places it, computed exactly: it lies
    between two answers, so it never overflows where they do not."""
    last = len(values) - 1
    index, step = divmod(which * last, 4)
    if step == 0:
        return _plain(values[index])
    share = Fraction(step, 4)
    return _plain(Fraction(values[index]) * (1 - share) + Fraction(values[index + 1]) * share)


def _plain(value: Number | Fraction) -> float | int | TooLarge:
    """A whole number as an int, so a spreadsheet shows 3100000, not 3100000.0; decimals to
    four places; TOO_LARGE for what no float holds (and for a value that is no number)."""
    if isinstance(value, float) and not math.isfinite(value):
        return TOO_LARGE
    if isinstance(value, int):
        return value if abs(value) <= sys.float_info.max else TOO_LARGE
    exact = Fraction(value)
    if exact.denominator == 1 and abs(exact.numerator) <= _EXACT_WHOLE:
        return exact.numerator
    try:
        near = float(exact)
    except OverflowError:
        return TOO_LARGE
    return near if near.is_integer() else round(near, 4)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
