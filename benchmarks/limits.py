"""Answers at the survey's limits: every table of a round filled with generated rows.

The rows are valid for their columns (choices from the schema, numbers in
range, dates, texts of varied length with some long notes), made from a
seeded random generator so that the same call gives the same answers.
"""

from __future__ import annotations

import copy
import json
import random
import shutil
from pathlib import Path
from typing import Any

from desktop.paths import resources_dir, schemas_dir
from desktop.survey import Catalog, Field, Kind, Round, load_catalog

_WORDS = [
    "Keskuskatu",
    "Terveysasema",
    "Vuodeosasto",
    "Palvelutalo",
    "Hammashoitola",
    "Paloasema",
    "Kiinteistö",
    "Oy",
    "kunta",
    "yhtymä",
    "sopimus",
    "siirtyy",
    "hyvinvointialue",
    "vastuuhenkilö",
    "yhteyshenkilö",
    "valmistelu",
    "toimitila",
    "henkilöstö",
    "tukipalvelut",
    "Sámi",
    "Inari",
    "Ivalo",
    "Utsjoki",
    "&",
    "<",
    ">",
    "sosiaali-",
    "ja",
    "terveydenhuollon",
    "järjestämisvastuu",
    "tietojärjestelmäpalvelu",
]


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high)))


def _cell(column: Field, rng: random.Random, n: int) -> Any:
    kind = column.kind
    if kind in (Kind.CHOICE,):
        return rng.choice([o.value for o in column.options])
    if kind is Kind.MULTICHOICE:
        values = [o.value for o in column.options]
        return sorted(rng.sample(values, rng.randint(1, len(values))), key=values.index)
    if kind is Kind.YESNO:
        return rng.random() < 0.5
    if kind is Kind.INTEGER:
        return rng.randint(0, 5000)
    if kind in (Kind.NUMBER, Kind.MONEY):
        high = column.maximum if column.maximum is not None else 250000.0
        return round(rng.uniform(0, high), 2)
    if kind is Kind.DATE:
        return f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind is Kind.LONGTEXT:
        if rng.random() < 0.6:
            return None
        long = rng.random() < 0.05  # now and then a note longer than a page's share
        return _text(rng, 150, 300) if long else _text(rng, 3, 30)
    return f"{n + 1}. {_text(rng, 1, 6)}"


def table_rows(field: Field, count: int, seed: int = 17) -> list[dict[str, Any]]:
    """``count`` valid rows for the table ``field``, the same for the same seed."""
    rng = random.Random(f"{seed}:{field.key}")
    rows = []
    for n in range(count):
        row: dict[str, Any] = {}
        for column in field.columns:
            value = _cell(column, rng, n)
            if value is not None:
                row[column.key] = value
        rows.append(_keeping_the_rules(row, rng))
    return rows


def _keeping_the_rules(row: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """``row`` changed to pass the shipped tables' rules (``x-rules``), which random
    cells break: a staff group's headcount is its permanent plus fixed-term staff,
    person-years are at most the headcount, an "other" interface is described."""
    if {"permanent", "fixed_term", "headcount"} <= row.keys():
        row["headcount"] = row["permanent"] + row["fixed_term"]
    if "person_years" in row and "headcount" in row:
        row["person_years"] = min(row["person_years"], row["headcount"])
    if row.get("interface") == "other" and not row.get("notes"):
        row["notes"] = _text(rng, 3, 30)
    return row


def demo_answers(round_id: str) -> tuple[str, dict[str, Any]]:
    """(municipality code, answers) of the shipped demo answers of ``round_id``."""
    data = json.loads((resources_dir() / "demo" / f"answers-{round_id}.json").read_text("utf-8"))
    answers: dict[str, Any] = copy.deepcopy(data["answers"])
    answers.setdefault("background", {})["municipality"] = data["municipality"]
    return data["municipality"], answers


def tables_of(rnd: Round) -> list[tuple[str, Field]]:
    """(section id, field) of every table of the round."""
    return [(s.id, f) for s in rnd.sections for f in s.fields if f.kind is Kind.TABLE]


def at_limits(rnd: Round, answers: dict[str, Any], rows: int | None = None) -> dict[str, Any]:
    """``answers`` with every table of ``rnd`` filled to ``rows`` (default: its maxItems)."""
    filled = copy.deepcopy(answers)
    for section_id, field in tables_of(rnd):
        count = rows if rows is not None else int(field.schema["maxItems"])
        filled.setdefault(section_id, {})[field.key] = table_rows(field, count)
    return filled


def raised_catalog(root: Path, limit: int) -> Catalog:
    """The shipped schemas copied under ``root`` with every table's maxItems raised to ``limit``.

    For growth measurements only: the shipped schemas stay at their limits.
    """
    shutil.copytree(schemas_dir(), root, dirs_exist_ok=True)
    for path in (root / "sections").glob("*.json"):
        schema = json.loads(path.read_text("utf-8"))
        for field in schema.get("properties", {}).values():
            if isinstance(field, dict) and "maxItems" in field:
                field["maxItems"] = limit
        path.write_text(json.dumps(schema, ensure_ascii=False), "utf-8")
    catalog = load_catalog(root)
    return catalog
