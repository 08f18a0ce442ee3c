"""A number that changed more than its question allows since the previous round: a warning.

A repeated number question names its threshold in the schema: ``x-change``
with ``relative`` (0.3 = 30 %) and/or ``absolute`` (in the question's unit),
or the older ``x-compare`` (a relative threshold alone). An answer beyond it
is a warning, never an error: the official either fixes the answer or
confirms it with a short explanation, which is kept, signed in the package
and printed in the report like any confirmed warning
(``desktop.survey.explanations``). With both thresholds, a change must pass
both (a 40 % change of 3 persons is no news).

Table cells are compared with the previous row of the same key.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from desktop.jsonvalue import JSONObject, JSONValue
from desktop.survey.model import NUMERIC_KINDS, Field, Kind, Round, Section
from desktop.survey.previous_values import PreviousAnswers
from desktop.survey.validation import Problem

KIND = "change"


def beyond(question: Field, before: float, now: float) -> bool:
    """Whether the change from ``before`` to ``now`` is beyond the question's thresholds."""
    relative, absolute = question.compare_threshold, question.change_amount
    if relative is None and absolute is None:
        return False
    difference = abs(now - before)
    if absolute is not None and difference <= absolute:
        return False
    if relative is not None:
        # From nothing, any change is beyond every relative threshold.
        share = change_share(before, now)
        return difference > 0 if share is None else abs(share) > relative
    return True


def change_share(before: float, now: float) -> float | None:
    """The change from ``before`` to ``now`` as a share of ``before`` (0.61 for +61 %); None
    for a change from nothing: ``before`` is zero, or so small beside ``now`` that ``now``'s
    own precision does not hold it (1e-300 before 296: 296 − 1e-300 is 296), or the share
    is more than a number holds. Never infinite, never not a number."""
    if before == 0 or not (math.isfinite(before) and math.isfinite(now)):
        return None
    difference = now - before
    if difference == now or not math.isfinite(difference):
        return None
    share = difference / abs(before)
    return share if math.isfinite(share) and math.isfinite(share * 100) else None


def per_cent(before: float, now: float) -> int | None:
    """The change in whole per cent; None from nothing (``change_share``)."""
    share = change_share(before, now)
    return None if share is None else round(share * 100)


def _number(value: JSONValue | None) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _params(source: str, before: JSONValue, now: JSONValue) -> dict[str, JSONValue]:
    b, n = _number(before), _number(now)
    assert b is not None and n is not None
    params: dict[str, JSONValue] = {"round": source, "previous": before, "answer": now}
    percent = per_cent(b, n)
    if percent is not None:
        params["percent"] = percent
    return params


def change_problems(
    rnd: Round, answers: Mapping[str, JSONObject], previous: PreviousAnswers
) -> list[Problem]:
    """The warnings of every answered, visible number beyond its threshold."""
    found: list[Problem] = []
    source = previous.source.round_id
    for section in rnd.sections:
        given = answers.get(section.id, {})
        shown = section.visible_keys(given)
        for question in section.fields:
            if question.key not in shown:
                continue
            pointer = f"/{section.id}/{question.key}"
            if question.kind is Kind.TABLE:
                found.extend(_table(section, question, given.get(question.key), previous, source))
                continue
            if question.kind not in NUMERIC_KINDS:
                continue
            now = _number(given.get(question.key))
            before = previous.value(pointer)
            old = _number(before.value) if before is not None else None
            if now is None or old is None or before is None or not beyond(question, old, now):
                continue
            found.append(
                Problem(
                    pointer=pointer,
                    section=section,
                    field=question,
                    row=None,
                    column=None,
                    kind=KIND,
                    params=_params(source, before.value, given[question.key]),
                    severity="warning",
                )
            )
    return found


def _table(
    section: Section,
    table: Field,
    rows: JSONValue | None,
    previous: PreviousAnswers,
    source: str,
) -> list[Problem]:
    checked = [
        c
        for c in table.columns
        if c.kind in NUMERIC_KINDS and (c.compare_threshold or c.change_amount)
    ]
    if not checked or not isinstance(rows, list):
        return []
    pointer = f"/{section.id}/{table.key}"
    found = []
    for index, row in enumerate(rows):
        old_row = previous.row_for(pointer, row)
        if old_row is None or not isinstance(row, dict):
            continue
        for column in checked:
            now, old = _number(row.get(column.key)), _number(old_row.get(column.key))
            if now is None or old is None or not beyond(column, old, now):
                continue
            found.append(
                Problem(
                    pointer=f"{pointer}/{index}/{column.key}",
                    section=section,
                    field=table,
                    row=index,
                    column=column,
                    kind=KIND,
                    params=_params(source, old_row[column.key], row[column.key]),
                    severity="warning",
                )
            )
    return found
