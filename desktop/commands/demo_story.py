"""The demo's second round: 2022-1's answers carried into 2022-2, what changed typed in, a
large change explained, the round submitted, and the two submissions compared.

It is the official's third job after filling in and submitting: a round that repeats
the last one's questions is answered by copying them forward and typing only what
changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.commands.answers import print_problems
from desktop.commands.compare import print_comparison
from desktop.commands.output import Console
from desktop.review.compare import answers_for, compare
from desktop.review.copying import copy_forward
from desktop.workbook import Workbook

NEXT_ROUND = "2022-2"
DEMO_ACTOR = "demo"
RENT = "/premises/estimated_annual_rent"
# The rent as the county's calculation by the decree gave it: a large change, explained.
RECALCULATED_RENT = 5_200_000


def carry_on(
    workbook: Workbook,
    console: Console,
    submit: Callable[[str], None],
    demo: Mapping[str, Any],
) -> int:
    """2022-2 from 2022-1: copied, the ``demo`` answers of 2022-2 typed in where they
    differ, a large change explained, submitted and compared."""
    lang = console.lang
    store = workbook.store
    if store.is_locked(NEXT_ROUND):
        # Submitted by an earlier demo with these answers: a correction would change nothing.
        number = store.submissions(NEXT_ROUND)[-1].number
        console.say(console.text("commands.demo.sent_before", round=NEXT_ROUND, number=number))
        return 0
    console.say(console.text("commands.demo_story.carrying", round=NEXT_ROUND))
    done = copy_forward(workbook, NEXT_ROUND, actor=DEMO_ACTOR)
    console.say(
        console.text(
            "commands.demo_story.copied",
            count=done.copy.count if done.copy else 0,
            source=done.plan.source.label(lang),
            skipped=len(done.plan.skipped),
        )
    )
    typed = 0
    answers = workbook.answers(NEXT_ROUND)
    for section_id, fields in demo.items():
        for key, value in fields.items():
            if answers.get(section_id, {}).get(key) != value:
                workbook.set_json(NEXT_ROUND, f"/{section_id}/{key}", value, actor=DEMO_ACTOR)
                typed += 1
    workbook.set_json(NEXT_ROUND, RENT, RECALCULATED_RENT, actor=DEMO_ACTOR)
    why = console.text("commands.demo_story.why")
    console.say(console.text("commands.demo_story.typed", count=typed + 1))
    for warning in workbook.explain(NEXT_ROUND, RENT, why, actor=DEMO_ACTOR):
        console.say(
            console.text("commands.demo_story.explained", message=warning.describe(lang), text=why)
        )
    problems = workbook.problems(NEXT_ROUND)
    if workbook.blocking_problems(NEXT_ROUND):
        print_problems(console, workbook.round(NEXT_ROUND), problems)
        return 1
    submit(NEXT_ROUND)
    earlier = workbook.round(NEXT_ROUND).previous or ""
    first = store.submissions(earlier)[-1].number
    second = store.submissions(NEXT_ROUND)[-1].number
    console.say("")
    print_comparison(
        compare(
            workbook.catalog,
            answers_for(workbook, f"{earlier}#{first}"),
            answers_for(workbook, f"{NEXT_ROUND}#{second}"),
        ),
        console,
    )
    return 0
