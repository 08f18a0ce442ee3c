"""Validating a round's answers: every problem, each with its pointer and our own message.

Hidden follow-ups are left out first, so a value typed before its trigger
changed is kept in storage but never reported. The JSON Schema validator
(jsonschema-rs) finds the errors; this module turns each into a ``Problem``
whose message is written by us per error kind. Then the section's own rules
(``x-rules``, see ``desktop.survey.rules``) check the answers against each
other; a rule runs only once the answers it needs are given and valid, so a
missing or malformed answer is told once, by the check it fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from desktop.i18n import Lang, known, pick, text
from desktop.jsonvalue import JSONObject, JSONValue, join_pointer
from desktop.plain import Plain
from desktop.survey.formatting import format_number, past_per_cent
from desktop.survey.model import Field, Kind, Round, Section, is_answered
from desktop.survey.rules import ROUND, Rule, round_facts, run, run_rows, show
from desktop.survey.values import display_value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, Final, Literal

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


# Problem and RoundContext are plain value classes (``desktop.plain``): a dataclass compiles
# its methods at every start (start-up time).
class Problem(Plain, uncompared=("rule",), unshown=("section", "field", "column", "rule")):
    """One thing the user must fix, at one answer."""

    __slots__ = (
        "column",
        "explanation",
        "field",
        "kind",
        "params",
        "pointer",
        "row",
        "rule",
        "section",
        "severity",
    )

    def __init__(
        self,
        pointer: str,
        section: Section,
        field: Field | None,
        row: int | None,
        column: Field | None,
        kind: str,
        params: Mapping[str, Any] | None = None,
        severity: Literal["error", "warning"] = "error",
        rule: Rule | None = None,
        # A warning the user confirmed, in their words (see desktop.survey.explanations).
        explanation: str | None = None,
    ) -> None:
        self.pointer: Final = pointer
        self.section: Final = section
        self.field: Final = field
        self.row: Final = row
        self.column: Final = column
        self.kind: Final = kind
        self.params: Final[Mapping[str, Any]] = {} if params is None else params
        self.severity: Final = severity
        self.rule: Final = rule
        self.explanation: Final = explanation

    @property
    def blocking(self) -> bool:
        """An error blocks the final export; a warning is shown and may be explained."""
        return self.severity == "error"

    @property
    def rule_id(self) -> str | None:
        return self.rule.id if self.rule is not None else None

    @property
    def section_id(self) -> str:
        return self.section.id

    @property
    def field_key(self) -> str | None:
        return self.field.key if self.field else None

    def message(self, lang: Lang) -> str:
        if self.rule is not None and self.kind == "rule":
            return self._rule_message(self.rule, lang)
        values = {k: _show(v, lang) for k, v in self.params.items()}
        kind = self.kind
        if kind == "change":  # a large change from the previous round, shown in its unit
            question = self.column or self.field
            for name in ("previous", "answer"):
                if question is not None and name in self.params:
                    values[name] = display_value(question, self.params[name], lang)
            percent = self.params.get("percent")
            if isinstance(percent, int) and past_per_cent(percent):
                kind = "change.hundredfold"
            elif isinstance(percent, int):
                values["percent"] = f"{percent:+d}".replace("-", "−")
            else:
                kind = "change.from_nothing"
        return text(f"survey.problem.{kind}", lang, **values)

    def _rule_message(self, rule: Rule, lang: Lang) -> str:
        def question(name: str) -> Field | None:
            if rule.table is not None:
                return self.field.column(name) if self.field is not None else None
            return self.section.field(name)

        values: dict[str, str] = {}
        for name, value in self.params.items():
            field_ = question(name) if name not in rule.values else None
            describe = (lambda v, lg, f=field_: display_value(f, v, lg)) if field_ else None
            values[name] = show(value, lang, describe)
        return _dates_as_shown(pick(rule.message, lang)).format_map(_Filled(values))

    def where(self, lang: Lang) -> str:
        """The question the problem is in: "Kerrosala, rivi 2"."""
        if self.field is None:
            return pick(self.section.title, lang)
        parts = [self.field.title(lang)]
        if self.row is not None:
            parts.append(text("survey.where.row", lang, row=self.row + 1))
        if self.column is not None:
            parts.append(self.column.title(lang))
        return ", ".join(parts)

    def describe(self, lang: Lang) -> str:
        where = self.where(lang)
        # A question that ends in "?" reads better without a colon after it.
        separator = " " if where.endswith(("?", ":")) else ": "
        return f"{where}{separator}{self.message(lang)}"


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WRITTEN_DATE = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(_MONTHS)}) (\d{{4}})\b")


def _dates_as_shown(message: str) -> str:
    """A published message's own dates written as the program writes dates (d.m.yyyy): an
    English "1 January 2023" beside a placeholder's "5.9.2022" would mix two ways in one
    sentence. The section schema stays as published; only what is shown changes."""
    return _WRITTEN_DATE.sub(
        lambda m: f"{int(m[1])}.{_MONTHS.index(m[2]) + 1}.{m[3]}",
        message,
    )


class _Filled(dict[str, str]):
    """A placeholder whose value the rule could not read shows as a dash."""

    def __missing__(self, key: str) -> str:
        return "–"


def _show(value: Any, lang: Lang) -> str:
    if isinstance(value, bool):
        return text("survey.value.yes" if value else "survey.value.no", lang)
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
        # loaded when answers are first checked
        from desktop.survey.schema_engine import jsonschema_rs

        validator = jsonschema_rs.validator_for(dict(section.schema), validate_formats=True)
        _validators[key] = validator
    return validator


class RoundContext(Plain):
    """What a section's rules may read beyond the section: the round and other sections."""

    __slots__ = ("answers", "facts", "unusable")

    def __init__(
        self,
        facts: Mapping[str, Any],
        answers: Mapping[str, Mapping[str, JSONValue]],
        unusable: frozenset[str] = frozenset(),  # pointers (and their parents) with a problem
    ) -> None:
        self.facts: Final = facts
        self.answers: Final = answers
        self.unusable: Final = unusable


def _unusable(problems: Iterable[Problem]) -> set[str]:
    found: set[str] = set()
    for problem in problems:
        pointer = problem.pointer
        while pointer and pointer not in found:
            found.add(pointer)
            pointer = pointer.rpartition("/")[0]
    return found


def validate_section(
    section: Section, answers: Mapping[str, JSONValue], context: RoundContext | None = None
) -> list[Problem]:
    """Every problem of one section's answers, in the order of the form."""
    effective = section.effective_answers(answers)
    problems = [_problem(section, error) for error in _validator(section).iter_errors(effective)]
    if section.rules:
        if context is None:
            context = RoundContext({}, {section.id: effective})
        unusable = frozenset(_unusable(problems)) | context.unusable
        problems.extend(_rule_problems(section, effective, context, unusable))
    return _in_form_order(section, problems)


def _in_form_order(section: Section, problems: list[Problem]) -> list[Problem]:
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
    """Every problem of a round, section by section: errors and warnings alike."""
    effective = {s.id: s.effective_answers(answers.get(s.id, {})) for s in rnd.sections}
    by_section = {
        s.id: [_problem(s, e) for e in _validator(s).iter_errors(effective[s.id])]
        for s in rnd.sections
    }
    unusable = frozenset(_unusable(p for found in by_section.values() for p in found))
    context = RoundContext(round_facts(rnd.opens, rnd.closes), effective, unusable)
    problems: list[Problem] = []
    for section in rnd.sections:
        found = by_section[section.id]
        if section.rules:
            found = found + _rule_problems(section, effective[section.id], context, unusable)
        problems.extend(_in_form_order(section, found))
    return problems


def blocking(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop the final export (errors, not warnings)."""
    return [p for p in problems if p.blocking]


def _rule_problems(
    section: Section,
    effective: Mapping[str, JSONValue],
    context: RoundContext,
    unusable: frozenset[str],
) -> list[Problem]:
    def pointer_value(pointer: str) -> JSONValue:
        _, sec, key = pointer.split("/")
        return context.answers.get(sec, {}).get(key)

    base: dict[str, Any] = {ROUND: context.facts}
    problems: list[Problem] = []
    for rule in section.rules:
        data_base = dict(base)
        for pointer in rule.pointers():
            data_base[pointer] = pointer_value(pointer)
        outside_ok = all(
            is_answered(pointer_value(n)) and n not in unusable
            for n in rule.needs
            if n.startswith("/")
        )
        if not outside_ok:
            continue
        own_needs = [n for n in rule.needs if not n.startswith("/")]
        if rule.table is None:
            prefix = f"/{section.id}/"
            if all(
                is_answered(effective.get(n), section.field(n)) and prefix + n not in unusable
                for n in own_needs
            ):
                outcome = run(rule, {**effective, **data_base})
                problems.extend(_rule_problem(section, rule, outcome, None))
            continue
        rows = effective.get(rule.table)
        if isinstance(rows, list):
            skip = _unusable_cells(f"/{section.id}/{rule.table}/", unusable)
            for index, outcome in run_rows(rule, rows, data_base, skip):
                problems.extend(_rule_problem(section, rule, outcome, index))
    return problems


def _unusable_cells(prefix: str, unusable: frozenset[str]) -> dict[int, set[str]]:
    """Row → the columns with a problem of their own, of one table."""
    cells: dict[int, set[str]] = {}
    for pointer in unusable:
        if pointer.startswith(prefix):
            row, _, column = pointer[len(prefix) :].partition("/")
            if row.isdigit():
                cells.setdefault(int(row), set()).add(column.partition("/")[0])
    return cells


def _rule_problem(section: Section, rule: Rule, outcome: Any, row: int | None) -> list[Problem]:
    if outcome.passed:
        return []
    first = rule.concerns[0]
    if row is None:
        field_, column, path = section.field(first), None, [section.id, first]
    else:
        field_ = section.field(rule.table or "")
        column = field_.column(first) if field_ is not None else None
        path = [section.id, rule.table or "", str(row), first]
    if outcome.failure is not None:
        return [
            Problem(
                pointer=join_pointer(path),
                section=section,
                field=field_,
                row=row,
                column=column,
                kind="rule.failed",
                params={"rule": rule.id, "reason": outcome.failure},
                rule=rule,
            )
        ]
    return [
        Problem(
            pointer=join_pointer(path),
            section=section,
            field=field_,
            row=row,
            column=column,
            kind="rule",
            params=dict(outcome.values),
            severity=rule.severity,
            rule=rule,
        )
    ]


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
    if kind == "format.email.letters":
        params["letters"] = ", ".join(_foreign_letters(error.instance))
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


def _foreign_letters(instance: Any) -> list[str]:
    """The letters of an e-mail address that no address may have (å, ä, ö: not a–z), each
    once, in the order they come."""
    if not isinstance(instance, str):
        return []
    return list(dict.fromkeys(c for c in instance if c.isalpha() and not c.isascii()))


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
    elif keyword == "required" and kind is Kind.MULTICHOICE and target is not None:
        if target.allows_none:
            # Nothing ticked is no answer: "none of these" is ticked for it.
            candidates.append("required.none_of_these")
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
        if details.get("format") == "email" and _foreign_letters(instance):
            candidates.append("format.email.letters")  # "åsa.östergård@…": not the @ sign
        candidates.append(f"format.{details.get('format', '')}")
    elif keyword == "pattern" and kind is not None:
        candidates.append(f"pattern.{kind.value}")
    elif keyword == "minLength" and instance == "":
        candidates.append("minLength.empty")
    elif keyword == "minItems" and kind is not None:
        candidates.append(f"minItems.{kind.value}")
    candidates.append(keyword)
    return next(c for c in candidates if known(f"survey.problem.{c}"))
