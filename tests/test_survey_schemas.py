"""Every shipped survey definition is sound: meta schema, texts in fi and sv, rounds resolve."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest

from desktop.i18n import REQUIRED_LANGS
from desktop.paths import schemas_dir
from desktop.survey import SchemaError, load_catalog
from desktop.survey.messages import KEYWORD_KINDS, MESSAGES

_PROBLEM = "survey.problem."

SCHEMAS = schemas_dir()
SECTION_FILES = sorted((SCHEMAS / "sections").glob("*.json"))
ROUND_FILES = sorted((SCHEMAS / "rounds").glob("*.json"))
TEXT_KEYS = ("x-title", "x-description", "x-label", "x-help", "x-unit")


def _load(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


def test_the_three_rounds_of_2022_are_shipped() -> None:
    catalog = load_catalog()
    assert catalog.problems == []
    assert catalog.round_ids() == ["2022-1", "2022-2", "2022-3"]
    first = catalog.round("2022-1")
    assert str(first.closes) == "2022-02-15"
    assert [s.id for s in first.sections] == [
        "background",
        "premises",
        "contracts",
        "staff",
        "change_support",
    ]


@pytest.mark.parametrize("path", SECTION_FILES, ids=lambda p: p.name)
def test_section_satisfies_the_meta_schema(path: Path) -> None:
    meta = jsonschema_rs.validator_for(_load(SCHEMAS / "meta" / "section.schema.json"))
    errors = [f"{list(e.instance_path)}: {e.message}" for e in meta.iter_errors(_load(path))]
    assert errors == []


@pytest.mark.parametrize("path", ROUND_FILES, ids=lambda p: p.name)
def test_round_satisfies_the_meta_schema(path: Path) -> None:
    meta = jsonschema_rs.validator_for(_load(SCHEMAS / "meta" / "round.schema.json"))
    assert [e.message for e in meta.iter_errors(_load(path))] == []


def _texts(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every visible text of a schema: x- annotations, choice labels, organisers, titles."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}/{key}"
            if key in TEXT_KEYS or (key in ("title", "description") and isinstance(value, dict)):
                yield here, value
            elif key == "x-options":
                for option, label in value.items():
                    yield f"{here}/{option}", label
            elif key == "organisers":
                for index, label in enumerate(value):
                    yield f"{here}/{index}", label
            else:
                yield from _texts(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, f"{where}/{index}")


@pytest.mark.parametrize("path", SECTION_FILES + ROUND_FILES, ids=lambda p: p.name)
def test_every_visible_text_is_in_finnish_and_swedish(path: Path) -> None:
    texts = list(_texts(_load(path)))
    assert texts, "a definition without texts cannot be shown"
    for where, value in texts:
        for lang in REQUIRED_LANGS:
            assert isinstance(value, dict) and value.get(lang, "").strip(), f"{where} lacks {lang}"


def test_each_round_uses_sections_that_resolve() -> None:
    catalog = load_catalog()
    for path in ROUND_FILES:
        manifest = _load(path)
        rnd = catalog.round(manifest["id"])
        assert [s.schema_id for s in rnd.sections] == [e["schema"] for e in manifest["sections"]]


def test_repeated_questions_keep_their_pointers() -> None:
    """Same pointer, same question: the key questions recur in every round."""
    catalog = load_catalog()
    for later in catalog.ordered_rounds()[1:]:
        assert later.previous is not None
        earlier = catalog.round(later.previous)
        for section in later.sections:
            before = earlier.section(section.id)
            if before is None:
                continue
            shared = {f.key for f in section.fields} & {f.key for f in before.fields}
            assert shared, f"{later.id}/{section.id} repeats nothing of {earlier.id}"
            for key in shared:
                old, new = before.field(key), section.field(key)
                assert old is not None and new is not None
                assert old.kind == new.kind, f"/{section.id}/{key} changed its kind"
        for old_pointer, new_pointer in later.changes.items():
            section_id, key = old_pointer.strip("/").split("/")[:2]
            old_section = earlier.section(section_id)
            assert old_section is not None and old_section.field(key) is not None, old_pointer
            assert new_pointer is None or later.section(new_pointer.split("/")[1]) is not None


def _keywords(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in KEYWORD_KINDS:
                yield key
            if key not in ("x-options", "properties") or not isinstance(value, dict):
                yield from _keywords(value)
            else:
                for child in value.values():
                    yield from _keywords(child)
    elif isinstance(node, list):
        for value in node:
            yield from _keywords(value)


def test_every_error_kind_the_schemas_can_produce_has_messages() -> None:
    kinds = {"type", "additionalProperties"}  # every section is a closed object of typed fields
    for path in SECTION_FILES:
        kinds |= {KEYWORD_KINDS[k] for k in _keywords(_load(path))}
    assert {"required", "enum", "minimum", "maxLength", "format"} <= kinds
    for kind in kinds:
        variants = [
            k for k in MESSAGES if k == f"{_PROBLEM}{kind}" or k.startswith(f"{_PROBLEM}{kind}.")
        ]
        assert variants, f"no message for {kind}"
        for variant in variants:
            for lang in ("fi", "sv", "en"):
                assert MESSAGES[variant].get(lang), f"{variant} lacks {lang}"


def test_message_placeholders_agree_across_languages() -> None:
    import string

    for kind, texts in MESSAGES.items():
        fields = {
            lang: {name for _, name, _, _ in string.Formatter().parse(text) if name}
            for lang, text in texts.items()
        }
        assert fields["fi"] == fields["sv"] == fields["en"], kind


# -- broken files are reported with the file and the reason -------------------------------


@pytest.fixture
def schema_copy(tmp_path: Path) -> Path:
    target = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, target)
    return target


def test_invalid_json_is_reported_with_file_and_line(schema_copy: Path) -> None:
    (schema_copy / "sections" / "staff-1.json").write_text('{"$id": "x",\n  oops}', "utf-8")
    catalog = load_catalog(schema_copy)
    reasons = {p.file: p.reason for p in catalog.problems}
    assert "not valid JSON (line 2" in reasons["sections/staff-1.json"]
    # The round that used it is reported; the others stay usable.
    assert "rounds/2022-1.json" in reasons
    assert "staff:1" in reasons["rounds/2022-1.json"]
    assert "2022-2" in catalog.rounds and "2022-1" not in catalog.rounds
    with pytest.raises(SchemaError) as raised:
        catalog.raise_problems()
    assert "sections/staff-1.json" in raised.value.message("fi")
    assert "Kyselymäärittelyissä on virheitä" in raised.value.message("fi")


def test_missing_order_entry_is_reported(schema_copy: Path) -> None:
    path = schema_copy / "sections" / "premises-1.json"
    schema = _load(path)
    schema["x-order"] = schema["x-order"][1:]
    path.write_text(json.dumps(schema), "utf-8")
    reasons = {p.file: p.reason for p in load_catalog(schema_copy).problems}
    assert "x-order must list every property once" in reasons["sections/premises-1.json"]


def test_choice_labels_must_match_values(schema_copy: Path) -> None:
    path = schema_copy / "sections" / "premises-1.json"
    schema = _load(path)
    schema["properties"]["lease_status"]["x-options"].pop(
        schema["properties"]["lease_status"]["enum"][0]
    )
    path.write_text(json.dumps(schema), "utf-8")
    reasons = {p.file: p.reason for p in load_catalog(schema_copy).problems}
    assert "x-options must label exactly the values of enum" in reasons["sections/premises-1.json"]


def test_unknown_schema_in_a_manifest_is_reported(schema_copy: Path) -> None:
    path = schema_copy / "rounds" / "2022-3.json"
    manifest = _load(path)
    manifest["sections"][1]["schema"] = "urn:tilannekuva:section:premises:99"
    path.write_text(json.dumps(manifest), "utf-8")
    reasons = {p.file: p.reason for p in load_catalog(schema_copy).problems}
    assert (
        "unknown or broken schema urn:tilannekuva:section:premises:99"
        in reasons["rounds/2022-3.json"]
    )


def test_schema_breaking_the_meta_schema_is_reported(schema_copy: Path) -> None:
    path = schema_copy / "sections" / "background-1.json"
    schema = _load(path)
    del schema["properties"]["respondent_name"]["x-label"]["sv"]
    path.write_text(json.dumps(schema), "utf-8")
    reasons = {p.file: p.reason for p in load_catalog(schema_copy).problems}
    assert "/properties/respondent_name" in reasons["sections/background-1.json"]


def test_duplicate_keys_are_reported(schema_copy: Path) -> None:
    path = schema_copy / "rounds" / "2022-2.json"
    text = path.read_text("utf-8").replace('"id":', '"id": "2022-9", "id":', 1)
    path.write_text(text, "utf-8")
    reasons = {p.file: p.reason for p in load_catalog(schema_copy).problems}
    assert "appears twice" in reasons["rounds/2022-2.json"]
