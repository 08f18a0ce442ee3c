"""Validation with the rules between answers, against the same validation without them.

Two targets: full validation of a filled round 2022-3 with all its rules
< 5 ms; a staff table of 1 000 rows re-validated (rules and the column
totals) after one cell is edited < 16 ms, one frame at 60 Hz. The baseline
is the same round with its rules and computed values taken out, measured in
the same run, so the ratio is what the rules add.

    python benchmarks/rules_validation.py
"""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

from desktop.paths import resources_dir
from desktop.survey import Round, shipped_catalog, validate_round
from desktop.survey.rules import compute

REPEATS = 300
EDITS = 200


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _without_rules(rnd: Round) -> Round:
    return rnd.replace(sections=tuple(s.replace(rules=(), computed=()) for s in rnd.sections))


def _filled() -> dict[str, Any]:
    data = json.loads((resources_dir() / "demo" / "answers-2022-3.json").read_text("utf-8"))
    answers: dict[str, Any] = data["answers"]
    answers["background"]["municipality"] = data["municipality"]
    return answers


def full_round(rnd: Round, answers: dict[str, Any]) -> list[float]:
    assert not [p for p in validate_round(rnd, answers) if p.blocking], "the demo must be complete"
    samples = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        validate_round(rnd, answers)
        samples.append(time.perf_counter() - start)
    return samples


def thousand_rows(rnd: Round, answers: dict[str, Any]) -> list[float]:
    rows = [
        {"group": "health_care", "headcount": 10, "person_years": 9.5, "permanent": 7}
        | {"fixed_term": 3}
        for _ in range(1000)
    ]
    answers = {**answers, "staff": {**answers["staff"], "staff_groups": rows}}
    staff = rnd.section("staff")
    assert staff is not None
    validate_round(rnd, answers)  # the first look at the section, before any edit
    samples = []
    for edit in range(EDITS):
        row = rows[(edit * 37) % len(rows)]
        row["headcount"] = 10 + edit % 7  # one cell typed; sometimes the row stops adding up
        start = time.perf_counter()
        validate_round(rnd, answers)
        for item in staff.computed:
            compute(item, answers["staff"])
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    rnd = shipped_catalog().round("2022-3")
    bare = _without_rules(rnd)
    answers = _filled()
    base, ruled, base_rows, ruled_rows = [], [], [], []
    for _ in range(3):  # interleaved, so both see the same machine load
        base += full_round(bare, answers)
        ruled += full_round(rnd, answers)
        base_rows += thousand_rows(bare, answers)
        ruled_rows += thousand_rows(rnd, answers)
    full_ms, base_ms = _median_ms(ruled), _median_ms(base)
    rows_ms, base_rows_ms = _median_ms(ruled_rows), _median_ms(base_rows)
    rules = sum(len(s.rules) for s in rnd.sections)
    print(f"filled round 2022-3 without rules:            {base_ms:.3f} ms")
    print(
        f"filled round 2022-3 with its {rules} rules:       {full_ms:.3f} ms  "
        f"(x{full_ms / base_ms:.2f})  target < 5 ms  {'OK' if full_ms < 5 else 'MISSED'}"
    )
    print(f"1 000-row staff table, one cell edited, no rules: {base_rows_ms:.3f} ms")
    print(
        f"1 000-row staff table, one cell edited, rules and totals: {rows_ms:.3f} ms  "
        f"(x{rows_ms / base_rows_ms:.2f})  target < 16 ms  {'OK' if rows_ms < 16 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
