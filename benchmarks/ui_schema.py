"""A generated survey for the window's benchmarks: one section of many questions, one big table.

Not a shipped round: the questions are copies of the shipped ones (every
kind of field), numbered, in a schemas folder of their own that the real
loader reads and checks like any other.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

from desktop.paths import schemas_dir
from desktop.survey import Catalog, load_catalog

ROUND_ID = "2099-1"
SECTION_ID = "big"
TABLE_KEY = "q000_rows"


def _templates() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The premises table, and one shipped question of every other kind, to copy."""
    seen: dict[str, dict[str, Any]] = {}
    for path in sorted((schemas_dir() / "sections").glob("*.json")):
        schema = json.loads(path.read_text("utf-8"))
        for name in schema["x-order"]:
            field = schema["properties"][name]
            kind = field["x-widget"]
            if kind not in ("municipality", "table") and kind not in seen:
                seen[kind] = field
    premises = json.loads((schemas_dir() / "sections" / "premises-1.json").read_text("utf-8"))
    return premises["properties"]["premises"], list(seen.values())


def write_catalog(root: Path, questions: int = 500) -> Catalog:
    """Write the generated round under ``root`` and load it with the real loader."""
    shutil.copytree(schemas_dir() / "meta", root / "meta", dirs_exist_ok=True)
    (root / "sections").mkdir(parents=True, exist_ok=True)
    (root / "rounds").mkdir(parents=True, exist_ok=True)
    table, scalars = _templates()
    properties: dict[str, Any] = {}
    for number in range(questions):
        # One big table first, then every other kind in turn.
        field = copy.deepcopy(table if number == 0 else scalars[(number - 1) % len(scalars)])
        key = TABLE_KEY if number == 0 else f"q{number:03d}_{field['x-widget']}"
        if number == 0:
            field["maxItems"] = 5000
        for lang, text in field["x-label"].items():
            field["x-label"][lang] = f"{number + 1}. {text}"
        properties[key] = field
    order = list(properties)
    section = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:tilannekuva:section:{SECTION_ID}:1",
        "x-section": SECTION_ID,
        "x-version": 1,
        "x-title": {"fi": "Suuri osio", "sv": "Stor del", "en": "Large section"},
        "type": "object",
        "additionalProperties": False,
        "x-order": order,
        "required": order[::2],
        "properties": properties,
    }
    manifest = {
        "$schema": "urn:tilannekuva:meta:round:1",
        "id": ROUND_ID,
        "title": {"fi": "Suorituskykykoe", "sv": "Prestandaprov", "en": "Benchmark"},
        "opens": "2022-01-01",  # open now: a package is made while its round is open
        "closes": "2099-12-31",
        "organisers": [{"fi": "Kehittäjät", "sv": "Utvecklarna", "en": "Developers"}],
        "sections": [{"id": SECTION_ID, "schema": section["$id"]}],
    }
    (root / "sections" / f"{SECTION_ID}-1.json").write_text(json.dumps(section), "utf-8")
    (root / "rounds" / f"{ROUND_ID}.json").write_text(json.dumps(manifest), "utf-8")
    catalog = load_catalog(root)
    catalog.raise_problems()
    return catalog


def table_rows(count: int, columns: list[str]) -> list[dict[str, Any]]:
    """``count`` filled rows for the generated table (the shipped premises table's columns)."""
    assert columns == ["building", "use", "ownership", "floor_area", "shared"], columns
    uses = ["health_centre", "ward", "housing_service", "dental_clinic", "fire_station", "other"]
    return [
        {
            "building": f"Rakennus {n + 1}, Keskuskatu {n % 90 + 1}",
            "use": uses[n % len(uses)],
            "ownership": "own" if n % 3 else "leased",
            "floor_area": 100 + n * 7.5,
            "shared": n % 2 == 0,
        }
        for n in range(count)
    ]
