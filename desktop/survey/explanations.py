"""Warnings confirmed with a short explanation: what is kept, and which warning it answers.

A warning (a rule of severity ``warning``, or any other check that asks
"is this right?", such as a large change from the previous round) is
resolved either by changing the answer or by the official confirming it
with a few words. The explanation is kept with the warning it answered,
by the check's id and the answer's pointer, together with the values the
warning named: if the answer changes so that the warning says something
else, the old explanation no longer covers it and the warning asks again.
The explanation travels in the signed package and is printed in the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.jsonvalue import JSONObject, JSONValue
from desktop.plain import Plain
from desktop.survey.validation import Problem

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, Final

MAX_LENGTH = 1000


class Explanation(Plain):
    # A plain value class (``desktop.plain``): a dataclass compiles its methods at every start.
    __slots__ = ("check", "pointer", "text", "values")

    def __init__(
        self,
        check: str,  # the rule id (or the kind of check) that warned
        pointer: str,  # the answer it warned about
        text: str,
        values: Mapping[str, JSONValue],
    ) -> None:
        self.check: Final = check
        self.pointer: Final = pointer
        self.text: Final = text
        self.values: Final = values

    @property
    def key(self) -> str:
        return key_of(self.check, self.pointer)

    def as_json(self) -> JSONObject:
        return {
            "check": self.check,
            "pointer": self.pointer,
            "text": self.text,
            "values": dict(self.values),
        }

    @classmethod
    def from_json(cls, value: JSONValue) -> Explanation | None:
        """The explanation stored as ``value``; None for anything that is not one."""
        if not isinstance(value, dict):
            return None
        check, pointer, text = value.get("check"), value.get("pointer"), value.get("text")
        values = value.get("values", {})
        if not (isinstance(check, str) and isinstance(pointer, str) and isinstance(text, str)):
            return None
        return cls(check, pointer, text, values if isinstance(values, dict) else {})


def key_of(check: str, pointer: str) -> str:
    return f"{check}:{pointer}"


def check_of(problem: Problem) -> str:
    return problem.rule_id or problem.kind


def explanation_for(problem: Problem, text: str) -> Explanation:
    return Explanation(check_of(problem), problem.pointer, text, dict(problem.params))


def apply(problems: Iterable[Problem], kept: Mapping[str, Explanation]) -> list[Problem]:
    """The problems with each warning's explanation attached, where one still fits it."""
    result: list[Problem] = []
    for problem in problems:
        found = None if problem.blocking else kept.get(key_of(check_of(problem), problem.pointer))
        if found is not None and _same(found.values, problem.params):
            problem = problem.replace(explanation=found.text)
        result.append(problem)
    return result


def _same(kept: Mapping[str, Any], now: Mapping[str, Any]) -> bool:
    # Stored as JSON: 12 and 12.0 are the same value; True is not 1.
    if kept.keys() != now.keys():
        return False
    return all(
        kept[k] == now[k] and isinstance(kept[k], bool) == isinstance(now[k], bool) for k in kept
    )


def unexplained(problems: Iterable[Problem]) -> list[Problem]:
    """What stops the final export: errors, and warnings nobody has confirmed."""
    return [p for p in problems if p.blocking or p.explanation is None]
