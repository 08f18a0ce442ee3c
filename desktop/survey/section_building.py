"""A section schema turned into the form's questions: each field with its kind, options and
change threshold, the follow-ups its ``allOf`` asks for, the order ``x-order`` gives, and
the compiled validator, with the consistency checks of each (``Invalid`` says what is wrong).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.survey.model import NUMERIC_KINDS, Condition, Field, Kind, Option, Section
from desktop.survey.rule_definitions import build_computed, build_rules

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any


class Invalid(Exception):
    """A reason a file is not usable (told by the loader with the file's name)."""


def _kind(schema: Mapping[str, Any]) -> Kind:
    return Kind(schema["x-widget"])


def _options(schema: Mapping[str, Any], where: str) -> tuple[Option, ...]:
    labels: Mapping[str, Any] = schema.get("x-options", {})
    values = schema.get("enum")
    if values is None and isinstance(schema.get("items"), Mapping):
        values = schema["items"].get("enum")
    if not labels and values is None:
        return ()
    if values is None or sorted(map(str, values)) != sorted(labels):
        raise Invalid(f"{where}: x-options must label exactly the values of enum")
    return tuple(Option(v, labels[str(v)]) for v in values)


def _build_field(key: str, schema: Mapping[str, Any], where: str) -> Field:
    kind = _kind(schema)
    columns: tuple[Field, ...] = ()
    if "x-change" in schema and kind not in NUMERIC_KINDS:
        raise Invalid(f"{where}: x-change belongs to a number question")
    if kind is Kind.TABLE:
        items = schema["items"]
        _check_order(items, f"{where}/items")
        if schema.get("x-row-key", items["x-order"][0]) not in items["properties"]:
            raise Invalid(f"{where}: x-row-key names no column of the table")
        columns = tuple(
            _build_field(name, items["properties"][name], f"{where}/items/properties/{name}")
            for name in items["x-order"]
        )
    return Field(
        key=key,
        kind=kind,
        label=schema["x-label"],
        help=schema.get("x-help", {}),
        unit=schema.get("x-unit", {}),
        options=_options(schema, where),
        columns=columns,
        schema=schema,
        read_only=bool(schema.get("readOnly", False)),
        compare_threshold=_relative_change(schema),
        change_amount=_change_amount(schema),
        none_label=schema.get("x-none", {}),
    )


def _relative_change(schema: Mapping[str, Any]) -> float | None:
    """``x-change``'s relative threshold, or the older ``x-compare`` that says only that."""
    change = schema.get("x-change")
    if isinstance(change, Mapping) and "relative" in change:
        return float(change["relative"])
    compare = schema.get("x-compare")
    return float(compare) if compare is not None else None


def _change_amount(schema: Mapping[str, Any]) -> float | None:
    change = schema.get("x-change")
    if isinstance(change, Mapping) and "absolute" in change:
        return float(change["absolute"])
    return None


def _check_order(schema: Mapping[str, Any], where: str) -> None:
    order = schema["x-order"]
    props = schema["properties"]
    if sorted(order) != sorted(props):
        missing = sorted(set(props) - set(order))
        extra = sorted(set(order) - set(props))
        raise Invalid(
            f"{where}: x-order must list every property once (missing {missing}, unknown {extra})"
        )
    unknown_required = sorted(set(schema.get("required", ())) - set(props))
    if unknown_required:
        raise Invalid(f"{where}: required names unknown fields {unknown_required}")


def _build_conditions(schema: Mapping[str, Any]) -> tuple[Condition, ...]:
    props = schema["properties"]
    conditions = []
    for index, rule in enumerate(schema.get("allOf", ())):
        when, then = rule["if"], rule["then"]
        triggers = tuple(dict.fromkeys([*when.get("properties", {}), *when.get("required", ())]))
        named = [*triggers, *then.get("required", ()), *then.get("x-shows", ())]
        unknown = sorted(n for n in named if n not in props)
        if unknown:
            raise Invalid(f"allOf/{index}: names unknown fields {unknown}")
        always = sorted(set(then.get("required", ())) & set(schema.get("required", ())))
        if always:
            raise Invalid(f"allOf/{index}: follow-ups {always} are also always required")
        conditions.append(
            Condition(
                when=when,
                requires=tuple(then.get("required", ())),
                shows=tuple(then.get("x-shows", ())),
                trigger_fields=triggers,
            )
        )
    return tuple(conditions)


def build_section(name: str, sha256: str, schema: dict[str, Any], *, compile: bool) -> Section:
    expected = f"{schema['x-section']}-{schema['x-version']}.json"
    if name != expected:
        raise Invalid(f"the file should be named {expected} after its x-section and x-version")
    if schema["$id"] != f"urn:tilannekuva:section:{schema['x-section']}:{schema['x-version']}":
        raise Invalid("$id does not match x-section and x-version")
    _check_order(schema, "")
    validator = compile_schema(schema) if compile else None
    fields = tuple(
        _build_field(name, schema["properties"][name], f"properties/{name}")
        for name in schema["x-order"]
    )
    try:
        # Not compiled: the definitions passed every check before (the loader's marker).
        rules = build_rules(schema.get("x-rules", ()), fields, checked=not compile)
        computed = build_computed(schema.get("x-computed", ()), fields)
    except ValueError as exc:
        raise Invalid(str(exc)) from exc
    section = Section(
        id=schema["x-section"],
        version=schema["x-version"],
        schema_id=schema["$id"],
        title=schema["x-title"],
        description=schema.get("x-description", {}),
        fields=fields,
        required=frozenset(schema.get("required", ())),
        conditions=_build_conditions(schema),
        schema=schema,
        sha256=sha256,
        source=name,
        rules=rules,
        computed=computed,
    )
    if validator is not None:
        from desktop.survey.validation import remember_validator

        remember_validator(section, validator)  # validating answers needs the same one
    return section


def compile_schema(schema: dict[str, Any]) -> Any:
    from desktop.survey.schema_engine import jsonschema_rs

    try:
        return jsonschema_rs.validator_for(schema, validate_formats=True)
    except (ValueError, jsonschema_rs.ValidationError) as exc:
        raise Invalid(f"not a usable JSON Schema: {exc}") from exc
