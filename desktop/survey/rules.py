"""Rules between answers and computed values, written in JSON Logic inside the section schemas.

JSON Schema checks each value by itself; a survey also promises checks
between values (permanent + fixed-term = headcount, "none" goes with no
other choice, a signing date before the round closes). A section schema
declares them under ``x-rules`` and its live totals under ``x-computed``
(see ``schemas/meta/README.md``). The expressions are JSON Logic, evaluated
by the ``json_logic`` package (panzi-json-logic) with an operation table we
hand it: only the operations listed in ``operations()`` exist, none of them
runs code, reads a clock or prints, and the only loops walk the answers'
own lists, so an evaluation ends in time bounded by the answers' size.

The loader checks every expression before a round is offered (an unknown
operation, a name that is no field, a message placeholder that is never
filled); a rule that still fails while running (a division by zero) is
reported as that rule's own problem and never passes silently.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterator, Mapping
from datetime import date

from desktop.i18n import Lang, Texts, pick, text
from desktop.jsonvalue import JSONValue
from desktop.plain import Plain
from desktop.survey.formatting import format_date, format_number, with_unit

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, Final, Literal, TypeAlias

Severity: TypeAlias = 'Literal["error", "warning"]'
ROUND = "@round"  # the round's own facts: {"@round.opens"}, {"@round.closes"}, {"@round.year"}
_ROUND_FACTS = frozenset({"opens", "closes", "year"})


def _total(_data: object, rows: object = None, column: object = None, *_ignored: object) -> float:
    """The sum of one numeric column of a table's rows; text, yes/no and empty cells count 0."""
    if not isinstance(rows, list) or not isinstance(column, str):
        return 0
    cells = [row.get(column) for row in rows if type(row) is dict]
    numbers = [v for v in cells if type(v) is int or type(v) is float]
    if all(type(v) is int for v in numbers):
        return sum(numbers)
    return math.fsum(numbers)  # 0.1 + 0.2 summed exactly: a total shows no 0,30000000000000004


def _count(_data: object, items: object = None, *_ignored: object) -> int:
    return len(items) if isinstance(items, list | str) else 0


# Taken from the library's own table, leaving out `log` (prints) and the
# data-shape helpers a survey rule has no use for.
_KEPT = (
    "==", "!=", "===", "!==", "<", ">", "<=", ">=", "!", "!!",
    "+", "-", "*", "/", "%", "min", "max", "in", "var", "cat", "substr", "merge", "missing",
)  # fmt: skip
_OURS = {"total": _total, "count": _count}


@functools.cache
def operations() -> dict[str, Any]:
    """The operations a rule may use; json-logic loads when a rule is first evaluated."""
    from json_logic.builtins import BUILTINS

    return {**{name: BUILTINS[name] for name in _KEPT}, **_OURS}


# Evaluated by the library itself (they decide which arguments to evaluate).
_CONTROL = frozenset({"if", "?:", "and", "or", "filter", "map", "reduce", "all", "some", "none"})
ALLOWED = frozenset(_KEPT) | frozenset(_OURS) | _CONTROL
_ITERATING = frozenset({"filter", "map", "reduce", "all", "some", "none"})


class RuleDefinitionError(ValueError):
    """A rule that cannot be used; the loader names the file and the rule with it."""


# Rule and Computed are plain value classes (``desktop.plain``): a dataclass compiles its
# methods at every start (start-up time).
class Rule(
    Plain,
    uncompared=("cache",),
    unshown=("check", "values", "message", "cache"),
):
    """One check between answers, from a section schema's ``x-rules``."""

    __slots__ = (
        "cache",
        "check",
        "concerns",
        "id",
        "inputs",
        "message",
        "needs",
        "severity",
        "table",
        "values",
    )

    def __init__(
        self,
        id: str,
        severity: Severity,
        check: Any,
        concerns: tuple[str, ...],
        needs: tuple[str, ...],
        values: Mapping[str, Any],
        message: Texts,
        table: str | None = None,
        inputs: tuple[str, ...] = (),  # every name and pointer the expressions read
        cache: dict[tuple[Any, ...], Outcome] | None = None,
    ) -> None:
        self.id: Final = id
        self.severity: Final = severity
        self.check: Final = check
        self.concerns: Final = concerns
        self.needs: Final = needs
        self.values: Final = values
        self.message: Final = message
        self.table: Final = table
        self.inputs: Final = inputs
        self.cache: Final[dict[tuple[Any, ...], Outcome]] = {} if cache is None else cache

    def pointers(self) -> tuple[str, ...]:
        return tuple(p for p in self.inputs if p.startswith("/"))


class Computed(Plain, unshown=("value",)):
    """A value the program works out from the answers and shows read-only."""

    __slots__ = ("beside", "decimals", "id", "inputs", "label", "unit", "value")

    def __init__(
        self,
        id: str,
        label: Texts,
        unit: Texts,
        value: Any,
        beside: str = "",
        decimals: int | None = None,
        inputs: tuple[str, ...] = (),
    ) -> None:
        self.id: Final = id
        self.label: Final = label
        self.unit: Final = unit
        self.value: Final = value
        self.beside: Final = beside
        self.decimals: Final = decimals
        self.inputs: Final = inputs


class Outcome:
    """What one evaluation of a rule found: passed, failed with values, or could not run."""

    # A plain class: a dataclass compiles its methods at every start (start-up time).
    __slots__ = ("failure", "passed", "values")

    def __init__(
        self,
        passed: bool,
        values: Mapping[str, JSONValue] | None = None,
        failure: str | None = None,
    ) -> None:
        self.passed = passed
        self.values: Mapping[str, JSONValue] = {} if values is None else values
        self.failure = failure


def references(logic: Any, where: str) -> Iterator[tuple[str, bool]]:
    """Every ``var`` name an expression reads, with whether it is read inside an iteration.

    Raises RuleDefinitionError for an operation that is not allowed or a
    ``var`` whose name is not written out (a computed name cannot be checked).
    """

    def walk(node: Any, inner: bool) -> Iterator[tuple[str, bool]]:
        if isinstance(node, list):
            for item in node:
                yield from walk(item, inner)
            return
        if not isinstance(node, dict):
            return
        if len(node) != 1:
            raise RuleDefinitionError(f"{where}: an operation is an object with one key")
        op, args = next(iter(node.items()))
        if op not in ALLOWED:
            raise RuleDefinitionError(f"{where}: the operation {op!r} is not allowed")
        if op == "var":
            name = args[0] if isinstance(args, list) and args else args
            if not isinstance(name, str | int) or isinstance(name, bool):
                raise RuleDefinitionError(f"{where}: var must name a field in plain text")
            yield str(name), inner
            if isinstance(args, list):
                yield from walk(args[1:], inner)
            return
        if op in _ITERATING and isinstance(args, list) and args:
            yield from walk(args[0], inner)
            yield from walk(args[1:], True)
            return
        yield from walk(args, inner)

    return walk(logic, False)


def placeholders(texts: Texts) -> set[str]:
    import string  # only when a rule's definition is checked (start-up time)

    return {
        name for text in texts.values() for _, name, _, _ in string.Formatter().parse(text) if name
    }


def evaluate(logic: Any, data: Mapping[str, Any]) -> Any:
    from json_logic.apply import apply

    return apply(logic, dict(data), operations())


def _freeze(value: Any) -> Any:
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, list):
        return ("l", tuple(_freeze(v) for v in value))
    if isinstance(value, dict):
        return ("d", tuple(sorted((k, _freeze(v)) for k, v in value.items())))
    return value


_CACHE_LIMIT = 50_000


def run(rule: Rule, data: Mapping[str, Any]) -> Outcome:
    """Evaluate ``rule`` on ``data``; the outcome is remembered for the same inputs.

    A rule reads only its declared inputs, so after one cell of a long table
    changes, only that row's rules run again.
    """
    key = tuple(_freeze(data.get(name.split(".")[0])) for name in rule.inputs)
    found = rule.cache.get(key)
    if found is not None:
        return found
    outcome = _run(rule, data)
    if len(rule.cache) >= _CACHE_LIMIT:
        rule.cache.clear()
    rule.cache[key] = outcome
    return outcome


_UNANSWERED: tuple[Any, ...] = (None, "", [], {})


def run_rows(
    rule: Rule, rows: list[Any], base: Mapping[str, Any], skip: Mapping[int, set[str]]
) -> list[tuple[int, Outcome]]:
    """The rows of a table where ``rule`` does not pass, with what it found.

    The hot path of a long table. A row rule reads only its declared
    columns, so the rows are read column by column (C-level list and zip
    work), each distinct combination of values is evaluated once and
    remembered, and after one cell changes only that row's values are new.
    A row is skipped while a value it needs is unanswered or has a problem
    of its own (``skip``: row → columns).
    """
    columns = tuple(n for n in rule.inputs if not n.startswith(("/", ROUND)))
    needs = {n for n in rule.needs if not n.startswith("/")}
    at = [columns.index(n) for n in needs if n in columns]
    others = tuple(_freeze(base.get(n.split(".")[0])) for n in rule.inputs if n not in columns)
    dicts = [row if type(row) is dict else None for row in rows]
    cells = [[row.get(c) if row is not None else None for row in dicts] for c in columns]
    keys: list[Any] = list(zip(*cells, strict=True)) or [()] * len(rows)
    try:
        distinct = set(keys)
    except TypeError:  # a list or an object in a cell: row by row, the general way
        return _run_rows_slowly(rule, dicts, base, skip, needs)
    failing: dict[Any, Outcome] = {}
    for key in distinct:
        if any(key[i] in _UNANSWERED for i in at):
            continue
        outcome = rule.cache.get((key, others))
        if outcome is None:
            outcome = _run(rule, {**dict(zip(columns, key, strict=True)), **base})
            if len(rule.cache) >= _CACHE_LIMIT:
                rule.cache.clear()
            rule.cache[(key, others)] = outcome
        if not outcome.passed:
            failing[key] = outcome
    if not failing:
        return []
    blocked = {i for i, cells in skip.items() if cells & needs}
    return [
        (i, failing[key])
        for i, key in enumerate(keys)
        if key in failing and dicts[i] is not None and i not in blocked
    ]


def _run_rows_slowly(
    rule: Rule,
    rows: list[dict[str, Any] | None],
    base: Mapping[str, Any],
    skip: Mapping[int, set[str]],
    needs: set[str],
) -> list[tuple[int, Outcome]]:
    found = []
    for index, row in enumerate(rows):
        if row is None or any(row.get(n) in _UNANSWERED for n in needs):
            continue
        if skip.get(index, set()) & needs:
            continue
        outcome = run(rule, {**row, **base})
        if not outcome.passed:
            found.append((index, outcome))
    return found


def _run(rule: Rule, data: Mapping[str, Any]) -> Outcome:
    # Any exception here is the rule's own failure (a division by zero, a
    # comparison the data cannot make): it is reported, never raised.
    try:
        result = evaluate(rule.check, data)
        if _truthy(result):
            return Outcome(passed=True)
        values: dict[str, JSONValue] = {
            name: _plain(data.get(name)) for name, _ in _named(rule) if name in data
        }
        for name, logic in rule.values.items():
            values[name] = _plain(evaluate(logic, data))
        return Outcome(passed=False, values=values)
    except Exception as exc:
        return Outcome(passed=False, failure=f"{type(exc).__name__}: {exc}"[:300])


def _named(rule: Rule) -> Iterator[tuple[str, bool]]:
    for name in rule.inputs:
        if not name.startswith(("/", ROUND)):
            yield name, False


def _truthy(result: Any) -> bool:
    if isinstance(result, float) and math.isnan(result):
        return False
    if isinstance(result, list | dict | str):
        return len(result) > 0
    return bool(result)


def _plain(value: Any) -> JSONValue:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def _totals(logic: Any) -> Iterator[tuple[Any, Any]]:
    """The (table, column) of every ``total`` an expression takes."""
    if isinstance(logic, dict):
        for operator, operands in logic.items():
            if operator == "total" and isinstance(operands, list) and len(operands) >= 2:
                yield operands[0], operands[1]
            yield from _totals(operands)
    elif isinstance(logic, list):
        for part in logic:
            yield from _totals(part)


def _sums_nothing(logic: Any, data: Mapping[str, Any]) -> bool:
    """Whether every ``total`` of ``logic`` is of a table not answered or a column left empty,
    or any is of a table not answered (a share of what is not told is not known).

    A table answered "none" (no rows) sums to 0: the official said there is nothing."""
    found, summed = False, False
    for table, column in _totals(logic):
        found = True
        name = table.get("var") if isinstance(table, dict) else None
        rows = data.get(name) if isinstance(name, str) else None
        if rows is None:
            return True
        if rows == [] or (
            isinstance(rows, list)
            and any(type(row) is dict and type(row.get(column)) in (int, float) for row in rows)
        ):
            summed = True
    return found and not summed


def compute(item: Computed, data: Mapping[str, Any]) -> float | None:
    """A computed value, or None when it cannot be worked out: nothing to divide by, or a
    total of nothing answered (a sum of nothing is shown as a dash, not as zero)."""
    if _sums_nothing(item.value, data):
        return None
    try:
        result = evaluate(item.value, data)
    except Exception:
        return None
    if isinstance(result, bool) or not isinstance(result, int | float):
        return None
    if not math.isfinite(result):
        return None
    return result


def display_computed(item: Computed, value: float | None, lang: Lang) -> str:
    """A computed value as shown: "1 234,5 m²", or a dash when it cannot be worked out."""
    if value is None:
        return "–"
    # A float total of decimals (areas in m²) is shown as the decimals it is made of.
    value = round(value, item.decimals if item.decimals is not None else 6)
    text = format_number(value, lang, decimals=item.decimals)
    return with_unit(text, pick(item.unit, lang), value, lang)


def round_facts(opens: date, closes: date) -> dict[str, JSONValue]:
    return {"opens": opens.isoformat(), "closes": closes.isoformat(), "year": opens.year}


def show(value: JSONValue, lang: Lang, describe: Callable[[JSONValue, Lang], str] | None) -> str:
    """A value as a message shows it: by its question when known, else by its shape."""
    if describe is not None and value is not None:
        return describe(value, lang)
    if value is None:
        return "–"
    if isinstance(value, bool):
        return text("survey.value.yes" if value else "survey.value.no", lang)
    if isinstance(value, int | float):
        return format_number(round(value, 2) if isinstance(value, float) else value, lang)
    if isinstance(value, str):
        try:
            return format_date(value) if len(value) == 10 and value[4] == "-" else value
        except ValueError:
            return value
    return ", ".join(show(v, lang, None) for v in value) if isinstance(value, list) else str(value)
