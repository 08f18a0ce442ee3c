"""The national picture as sheets: a summary, each section and table by municipality, each aggregate.

Built once and written by ``desktop.collect.spreadsheet`` as XLSX and CSV
and summed up by ``desktop.collect.summary_pdf``. Headers are in the chosen
language; numbers stay numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.collect.aggregate import (
    DIMENSIONS,
    Aggregate,
    Answered,
    NotSummed,
    TooLarge,
    counted,
)
from desktop.collect.missing import missing
from desktop.collect.overview import refused_municipalities
from desktop.collect.records import Records
from desktop.collect.standing import REFUSED_STATUSES, Standing, Status
from desktop.i18n import Lang, pick, text
from desktop.jsonvalue import JSONValue
from desktop.municipalities import Register
from desktop.survey import Catalog, Field, Kind, Round, Section
from desktop.survey.formatting import OutOfRange, format_local_time, local

Cell = str | int | float | datetime | None


@dataclass(frozen=True)
class Sheet:
    """One sheet of the workbook (and one CSV file)."""

    key: str  # a plain name for the CSV file
    title: str
    header: tuple[str, ...]
    rows: Sequence[Sequence[Cell]]


def h(key: str, lang: Lang, **values: object) -> str:
    return text(f"collect.header.{key}", lang, **values)


def build(
    records: Records, result: Standing, register: Register, catalog: Catalog, lang: Lang
) -> list[Sheet]:
    rnd = catalog.round(result.round_id)
    aggregate = Aggregate(rnd, register)
    by_section: dict[str, list[list[Cell]]] = {s.id: [] for s in rnd.sections}
    tables: dict[tuple[str, str], list[list[Cell]]] = {}
    texts: list[list[Cell]] = []
    explanations: list[list[Cell]] = []
    for answered in counted(records, result, register):
        aggregate.add(answered)
        _municipality_rows(rnd, answered, lang, by_section, tables, texts)
        for pointer, said in answered.explanations:
            explanations.append([*_who(answered, lang)[:2], pointer, said])

    sheets: list[Sheet] = []
    for section in rnd.sections:
        header = (*_who_header(lang), *(f.title(lang) for f in section.fields))
        sheets.append(Sheet(section.id, pick(section.title, lang), header, by_section[section.id]))
        for table in (f for f in section.fields if f.kind is Kind.TABLE):
            title = h("rows_of", lang, table=table.title(lang))
            header = (
                h("code", lang),
                h("municipality", lang),
                *(c.title(lang) for c in table.columns),
            )
            rows = tables.get((section.id, table.key), [])
            sheets.append(Sheet(f"{section.id}-{table.key}", title, header, rows))
    header = (
        h("code", lang),
        h("municipality", lang),
        h("section", lang),
        h("question", lang),
        h("answer", lang),
    )
    sheets.append(Sheet("texts", h("texts", lang), header, texts))
    header = (h("code", lang), h("municipality", lang), h("pointer", lang), h("explanation", lang))
    sheets.append(Sheet("explanations", h("explanations", lang), header, explanations))

    grouped: dict[str, list[list[Cell]]] = {dimension: [] for dimension in DIMENSIONS}
    too_large: dict[str, None] = {}  # the questions with a figure too large, in order
    shares = False  # whether a share's sum is left out ("–")
    for row in aggregate.rows(lang):
        members = aggregate.members(row.group.dimension, row.group.code)
        value: Cell
        if isinstance(row.value, TooLarge):
            value = row.value.text(lang)
            too_large[f"{row.section}: {row.question}"] = None
        elif isinstance(row.value, NotSummed):
            value = row.value.text(lang)
            shares = True
        else:
            value = row.value
        grouped[row.group.dimension].append(
            [row.group.name(lang), members, row.section, row.question, row.measure, value]
        )
    for dimension, rows in grouped.items():
        header = (
            text(f"collect.dimension.{dimension}", lang),
            h("members", lang),
            h("section", lang),
            h("question", lang),
            h("measure", lang),
            h("value", lang),
        )
        sheets.append(
            Sheet(f"by-{dimension}", text(f"collect.dimension.{dimension}", lang), header, rows)
        )
    summary = _summary(records, result, register, catalog, rnd, lang, list(too_large), shares)
    return [summary, *sheets]


def _who_header(lang: Lang) -> tuple[str, ...]:
    keys = ("code", "municipality", "county", "submission", "exported")
    return tuple(h(key, lang) for key in keys)


def _who(answered: Answered, lang: Lang) -> list[Cell]:
    m = answered.municipality
    return [
        m.code,
        m.name(lang),
        m.wellbeing_area.name(lang),
        answered.submission,
        _made(answered.exported_at),
    ]


def _made(stamp: str) -> Cell:
    """When a package says it was made, on the coordinator's clock as "Compiled" is (a
    time; one the clock cannot show as text, ``31.12.9999 23:59 UTC−23:59``); a text that
    is no time as the package gives it (escaped when written); none when it does not say."""
    if not stamp:
        return None
    try:
        return local(stamp)
    except OutOfRange:
        return format_local_time(stamp)
    except ValueError:
        return stamp


def _municipality_rows(
    rnd: Round,
    answered: Answered,
    lang: Lang,
    by_section: dict[str, list[list[Cell]]],
    tables: dict[tuple[str, str], list[list[Cell]]],
    texts: list[list[Cell]],
) -> None:
    who = _who(answered, lang)
    for section in rnd.sections:
        given = answered.answers.get(section.id, {})
        row = list(who)
        for question in section.fields:
            value = given.get(question.key)
            row.append(cell(question, value, lang))
            if question.kind is Kind.TABLE and isinstance(value, list):
                target = tables.setdefault((section.id, question.key), [])
                for item in value:
                    if isinstance(item, dict):
                        cells = [cell(c, item.get(c.key), lang) for c in question.columns]
                        target.append([who[0], who[1], *cells])
            elif question.kind in (Kind.TEXT, Kind.LONGTEXT) and isinstance(value, str) and value:
                texts.append([who[0], who[1], _title(section, lang), question.title(lang), value])
        by_section[section.id].append(row)


def _title(section: Section, lang: Lang) -> str:
    return pick(section.title, lang)


def cell(question: Field, value: JSONValue | None, lang: Lang) -> Cell:
    """An answer as a spreadsheet cell: numbers as numbers, choices by their labels."""
    if value is None:
        return None
    if isinstance(value, bool):
        return h_yes_no(value, lang)
    if isinstance(value, int | float):
        return value if question.kind not in (Kind.CHOICE,) else question.option_label(value, lang)
    if isinstance(value, str):
        if question.kind is Kind.CHOICE:
            return question.option_label(value, lang)
        return value
    if isinstance(value, list):
        if question.kind is Kind.TABLE:
            return len(value)
        return "; ".join(question.option_label(item, lang) for item in value)
    return None


def h_yes_no(value: bool, lang: Lang) -> str:
    return text("collect.measure.yes" if value else "collect.measure.no", lang)


def _summary(
    records: Records,
    result: Standing,
    register: Register,
    catalog: Catalog,
    rnd: Round,
    lang: Lang,
    too_large: Sequence[str] = (),
    shares: bool = False,
) -> Sheet:
    """The round, when it was compiled, the counts, a note of any figure too large to sum
    and one that shares are not summed (these first lines are the PDF's too, up to the empty one), then the counties."""
    counts = result.counts()
    absent = missing(records, result, register, catalog)
    refused = sum(n for status, n in counts.items() if status in REFUSED_STATUSES)
    rows: list[list[Cell]] = [
        [h("round", lang), f"{rnd.id} {pick(rnd.title, lang)}"],
        [h("made", lang), format_local_time(datetime.now(UTC))],
        [h("counted", lang), counts.get(Status.CURRENT, 0)],
        [h("replaced", lang), counts.get(Status.REPLACED, 0)],
        [h("refused", lang), refused],
        [h("missing_count", lang), len(absent)],
    ]
    refused_here = refused_municipalities(result, register)
    if refused_here:  # told as the overview tells them: a package came, and was refused
        rows.append([h("missing_refused", lang), len(refused_here)])
    if too_large:
        note = text("collect.note.too_large", lang, questions="; ".join(too_large))
        rows.append([h("note", lang), note])
    if shares:
        rows.append([h("note", lang), text("collect.note.shares", lang)])
    rows += [
        [],
        [h("county", lang), h("in_reform", lang), h("answered", lang), h("missing", lang)],
    ]
    for county, total, answered, lacking in county_counts(result, register, lang):
        rows.append([county, total, answered, lacking])
    return Sheet("summary", h("summary", lang), (h("item", lang), h("value", lang)), rows)


def county_counts(
    result: Standing, register: Register, lang: Lang
) -> list[tuple[str, int, int, int]]:
    """(county, municipalities, answered, missing) for each county, Åland left out."""
    current = set(result.current())
    totals: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    names: dict[str, str] = {}
    for m in register:
        if m.outside_reform:
            continue
        area = m.wellbeing_area
        names[area.code] = area.name(lang)
        totals[area.code] += 1
        answered[area.code] += m.code in current
    return [
        (names[code], totals[code], answered[code], totals[code] - answered[code])
        for code in sorted(totals)
    ]
