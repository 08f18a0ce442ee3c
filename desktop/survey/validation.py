"""Validating a round's answers: every problem, each with its pointer and our own message.

Hidden follow-ups are left out first, so a value typed before its trigger
changed is kept in storage but never reported. The JSON Schema validator
(jsonschema-rs) finds the errors; this module turns each into a ``Problem``
whose message is written by us per error kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from desktop.i18n import Lang, pick
from desktop.jsonvalue import JSONObject, JSONValue, join_pointer
from desktop.survey.formatting import format_number
from desktop.survey.messages import MESSAGES
from desktop.survey.model import Field, Kind, Round, Section

_ROW = {"fi": "rivi {row}", "sv": "rad {row}", "en": "row {row}"}

# jsonschema-rs error kinds → the JSON Schema keyword they report.
_KIND_KEYWORD = {
    "Required": "required",
    "Type": "type",
    "Enum": "enum",
    "Constant": "const",
    "Minimum": "minimum",
    "Maximum": "maximum",
    "ExclusiveMinimum": "exclusiveMinimum",
    "ExclusiveMaximum": "exclusiveMaximum",
    "MultipleOf": "multipleOf",
    "MinLength": "minLength",
    "MaxLength": "maxLength",
    "Pattern": "pattern",
    "Format": "format",
    "MinItems": "minItems",
    "MaxItems": "maxItems",
    "UniqueItems": "uniqueItems",
    "AdditionalProperties": "additionalProperties",
}


@dataclass(frozen=True)
class Problem:
    """One thing the user must fix, at one answer."""

    pointer: str
    section: Section = dc_field(repr=False)
    field: Field | None = dc_field(repr=False)
    row: int | None
    column: Field | None = dc_field(repr=False)
    kind: str
    params: Mapping[str, Any] = dc_field(default_factory=dict)

    @property
    def section_id(self) -> str:
        return self.section.id

    @property
    def field_key(self) -> str | None:
        return self.field.key if self.field else None

    def message(self, lang: Lang) -> str:
        values = {k: _show(v, lang) for k, v in self.params.items()}
        return pick(MESSAGES[self.kind], lang).format(**values)

    def where(self, lang: Lang) -> str:
        """The question the problem is in: "Kerrosala, rivi 2"."""
        if self.field is None:
            return pick(self.section.title, lang)
        parts = [self.field.title(lang)]
        if self.row is not None:
            parts.append(pick(_ROW, lang).format(row=self.row + 1))
        if self.column is not None:
            parts.append(self.column.title(lang))
        return ", ".join(parts)

    def describe(self, lang: Lang) -> str:
        where = self.where(lang)
        # A question that ends in "?" reads better without a colon after it.
        separator = " " if where.endswith(("?", ":")) else ": "
        return f"{where}{separator}{self.message(lang)}"


def _show(value: Any, lang: Lang) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return format_number(value, lang)
    return str(value)


_validators: dict[tuple[str, str], Any] = {}


def remember_validator(section: Section, validator: Any) -> None:
    """Keep the validator the loader compiled for ``section`` (it compiles every schema once)."""
    _validators.setdefault((section.schema_id, section.sha256), validator)


def _validator(section: Section) -> Any:
    key = (section.schema_id, section.sha256)
    validator = _validators.get(key)
    if validator is None:
        import jsonschema_rs  # loaded when answers are first checked

        validator = jsonschema_rs.validator_for(dict(section.schema), validate_formats=True)
        _validators[key] = validator
    return validator


def validate_section(section: Section, answers: Mapping[str, JSONValue]) -> list[Problem]:
    """Every problem of one section's answers, in the order of the form."""
    effective = section.effective_answers(answers)
    problems = [_problem(section, error) for error in _validator(section).iter_errors(effective)]
    order = {f.key: i for i, f in enumerate(section.fields)}
    return sorted(
        problems,
        key=lambda p: (
            order.get(p.field_key or "", len(order)),
            -1 if p.row is None else p.row,
            _column_order(p),
            p.pointer,
        ),
    )


def _column_order(problem: Problem) -> int:
    if problem.field is None or problem.column is None:
        return -1
    keys = [c.key for c in problem.field.columns]
    return keys.index(problem.column.key) if problem.column.key in keys else len(keys)


def validate_round(rnd: Round, answers: Mapping[str, JSONObject]) -> list[Problem]:
    """Every problem of a round, section by section."""
    problems: list[Problem] = []
    for section in rnd.sections:
        problems.extend(validate_section(section, answers.get(section.id, {})))
    return problems


def _problem(section: Section, error: Any) -> Problem:
    path = [str(p) for p in error.instance_path]
    keyword = _KIND_KEYWORD.get(type(error.kind).__name__, "invalid")
    details: dict[str, Any] = error.kind.as_dict()
    params: dict[str, Any] = {}
    if keyword == "required":
        path.append(str(details["property"]))
    elif keyword == "additionalProperties":
        unexpected = details.get("unexpected") or ["?"]
        path.append(str(unexpected[0]))
        params["name"] = ", ".join(str(u) for u in unexpected)
    field_, row, column = _locate(section, path)
    target = column or field_
    kind = _refine(keyword, target, row, column, error.instance, details)
    if "limit" in details:
        params["limit"] = details["limit"]
    if "multiple_of" in details:
        params["limit"] = details["multiple_of"]
    if "expected_value" in details:
        params["expected"] = details["expected_value"]
    if keyword in ("maxLength", "maxItems") and isinstance(error.instance, str | list):
        params["actual"] = len(error.instance)
    if kind == "required.column" and row is not None:
        params["row"] = row + 1
    return Problem(
        pointer=join_pointer([section.id, *path]),
        section=section,
        field=field_,
        row=row,
        column=column,
        kind=kind,
        params=params,
    )


def _locate(section: Section, path: list[str]) -> tuple[Field | None, int | None, Field | None]:
    if not path:
        return None, None, None
    field_ = section.field(path[0])
    row = int(path[1]) if len(path) > 1 and path[1].isdigit() else None
    column = field_.column(path[2]) if field_ is not None and len(path) > 2 else None
    return field_, row, column


def _refine(
    keyword: str,
    target: Field | None,
    row: int | None,
    column: Field | None,
    instance: Any,
    details: Mapping[str, Any],
) -> str:
    """The plainest message kind for this error on this kind of field."""
    kind = target.kind if target is not None else None
    candidates: list[str] = []
    if keyword == "required" and column is not None and row is not None:
        candidates.append("required.column")
    elif keyword == "type" and kind is not None:
        wanted = {
            Kind.NUMBER: "number",
            Kind.MONEY: "number",
            Kind.INTEGER: "integer",
            Kind.YESNO: "boolean",
            Kind.MULTICHOICE: "array",
            Kind.TABLE: "array",
        }.get(kind, "string")
        candidates.append(f"type.{wanted}")
    elif keyword == "format":
        candidates.append(f"format.{details.get('format', '')}")
    elif keyword == "pattern" and kind is not None:
        candidates.append(f"pattern.{kind.value}")
    elif keyword == "minLength" and instance == "":
        candidates.append("minLength.empty")
    elif keyword == "minItems" and kind is not None:
        candidates.append(f"minItems.{kind.value}")
    candidates.append(keyword)
    return next(c for c in candidates if c in MESSAGES)
