"""Reading ``x-rules`` and ``x-computed`` of a section schema, refusing what cannot work.

The meta schema has already checked the shape; here each expression is
walked (only allowed operations, names written out), every name is matched
to a field of the section (or a column of the rule's table), every message
placeholder to a value the rule fills in, and, once the round is known,
every pointer to another section to a field of that round.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from desktop.survey.rules import (
    _ROUND_FACTS,
    ROUND,
    Computed,
    Rule,
    RuleDefinitionError,
    placeholders,
    references,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any


def _top_names(logic: Any, where: str) -> list[str]:
    return [name for name, inner in references(logic, where) if not inner]


def _check_name(name: str, scope: Mapping[str, Any], where: str) -> None:
    if name.startswith("/"):
        parts = name.split("/")
        if len(parts) != 3 or not all(parts[1:]):
            raise RuleDefinitionError(f"{where}: {name!r} is not a pointer /section/field")
        return  # matched to the round's sections when the round is built
    head, _, rest = name.partition(".")
    if head == ROUND:
        if rest not in _ROUND_FACTS:
            raise RuleDefinitionError(f"{where}: {name!r}: the round offers {sorted(_ROUND_FACTS)}")
        return
    if head not in scope:
        raise RuleDefinitionError(f"{where}: {name!r} is not a field here")


def _scope(fields: Sequence[Any], table: str | None, where: str) -> dict[str, Any]:
    by_key = {f.key: f for f in fields}
    if table is None:
        return by_key
    owner = by_key.get(table)
    if owner is None or owner.kind.value != "table":
        raise RuleDefinitionError(f"{where}: {table!r} is not a table of this section")
    return {c.key: c for c in owner.columns}


def build_rules(
    raw: Iterable[Mapping[str, Any]], fields: Sequence[Any], *, checked: bool = False
) -> tuple[Rule, ...]:
    """The rules of ``raw``; ``checked``: these very definitions passed every check before,
    so their messages' placeholders are not matched again (start-up time)."""
    rules: list[Rule] = []
    seen: set[str] = set()
    for entry in raw:
        rule_id = entry["id"]
        where = f"x-rules/{rule_id}"
        if rule_id in seen:
            raise RuleDefinitionError(f"{where}: the rule id is used twice")
        seen.add(rule_id)
        table = entry.get("table")
        scope = _scope(fields, table, where)
        inputs = dict.fromkeys(_top_names(entry["check"], where))
        values: dict[str, Any] = dict(entry.get("values", {}))
        for name, logic in values.items():
            inputs.update(dict.fromkeys(_top_names(logic, f"{where}/values/{name}")))
        concerns = tuple(entry["concerns"])
        needs = tuple(entry.get("needs", concerns))
        # The values of the fields it concerns are there for the message too.
        inputs.update(dict.fromkeys(n for n in concerns if n not in inputs))
        for name in (*inputs, *needs):
            _check_name(name, scope, where)
        for name in concerns:
            if name.startswith(("/", ROUND)) or "." in name:
                raise RuleDefinitionError(f"{where}: concerns names fields of this section only")
        fillable = {n for n in inputs if n.isidentifier()} | set(values)
        for lang, text in () if checked else entry["message"].items():
            missing = sorted(placeholders({lang: text}) - fillable)
            if missing:
                raise RuleDefinitionError(
                    f"{where}: the {lang} message uses {missing}, which the rule does not read"
                )
        rules.append(
            Rule(
                id=rule_id,
                severity=entry["severity"],
                check=entry["check"],
                concerns=concerns,
                needs=needs,
                values=values,
                message=entry["message"],
                table=table,
                inputs=tuple(sorted(inputs)),
            )
        )
    return tuple(rules)


def build_computed(raw: Iterable[Mapping[str, Any]], fields: Sequence[Any]) -> tuple[Computed, ...]:
    items: list[Computed] = []
    seen: set[str] = set()
    scope = {f.key: f for f in fields}
    for entry in raw:
        where = f"x-computed/{entry['id']}"
        if entry["id"] in seen or entry["id"] in scope:
            raise RuleDefinitionError(f"{where}: the id is used twice")
        seen.add(entry["id"])
        inputs = _top_names(entry["value"], where)
        for name in inputs:
            if name.startswith("/"):
                raise RuleDefinitionError(f"{where}: a computed value reads its own section")
            _check_name(name, scope, where)
        if entry["beside"] not in scope:
            raise RuleDefinitionError(f"{where}: beside names no field of this section")
        items.append(
            Computed(
                id=entry["id"],
                label=entry["label"],
                unit=entry.get("unit", {}),
                value=entry["value"],
                beside=entry["beside"],
                decimals=entry.get("decimals"),
                inputs=tuple(dict.fromkeys(inputs)),
            )
        )
    return tuple(items)


def check_round_pointers(sections: Sequence[Any]) -> None:
    """Every pointer a rule reads names a field of a section of this round."""
    known = {f"/{s.id}/{f.key}" for s in sections for f in s.fields}
    for section in sections:
        for rule in section.rules:
            for pointer in (*rule.pointers(), *(n for n in rule.needs if n.startswith("/"))):
                if pointer not in known:
                    raise RuleDefinitionError(
                        f"{section.source}: x-rules/{rule.id}: {pointer} is not a question "
                        "of this round"
                    )
