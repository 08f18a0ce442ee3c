"""The demo's second round: 2022-1's answers carried into 2022-2, what changed typed in, a
large change explained, the round submitted, and the two submissions compared.

It is the official's third job after filling in and submitting: a round that repeats
the last one's questions is answered by copying them forward and typing only what
changed.
"""

from __future__ import annotations

from collections.abc import Callable

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
WHY = {
    "fi": "Vuokra laskettiin uudelleen valtioneuvoston asetuksen 272/2022 mukaan: pääomavuokra "
    "määräytyy rakennusten teknisestä arvosta.",
    "sv": "Hyran räknades om enligt statsrådets förordning 272/2022: kapitalhyran bestäms av "
    "byggnadernas tekniska värde.",
    "en": "The rent was recalculated under Government Decree 272/2022: the capital rent follows "
    "the buildings' technical value.",
}

TEXTS = {
    "carrying": {
        "fi": "\nSeuraava kierros {round}: edellisen kierroksen vastaukset pohjaksi.",
        "sv": "\nNästa omgång {round}: förra omgångens svar som grund.",
        "en": "\nThe next round {round}: the previous round's answers to start from.",
    },
    "reopened": {
        "fi": "Kierros {round} oli lähetetty aiemmassa demossa; se avataan korjausta varten.",
        "sv": "Omgången {round} skickades in i en tidigare demo; den öppnas för rättelse.",
        "en": "Round {round} was submitted in an earlier demo; it is reopened for a correction.",
    },
    "copied": {
        "fi": "{count} vastausta kopioitu kierrokselta {source} (jo annettuja ohitettu: {skipped}).",
        "sv": "{count} svar kopierades från omgången {source} (redan givna hoppades över: {skipped}).",
        "en": "{count} answers copied from round {source} (already given, skipped: {skipped}).",
    },
    "typed": {
        "fi": "{count} muuttunutta tai uutta vastausta kirjoitettu.",
        "sv": "{count} ändrade eller nya svar skrevs in.",
        "en": "{count} changed or new answers typed in.",
    },
    "explained": {
        "fi": "Suuri muutos vahvistettu selityksellä: {message}\n  Selitys: {text}",
        "sv": "En stor ändring bekräftades med en förklaring: {message}\n  Förklaring: {text}",
        "en": "A large change confirmed with an explanation: {message}\n  Explanation: {text}",
    },
}


def carry_on(workbook: Workbook, console: Console, submit: Callable[[str], None]) -> int:
    """2022-2 from 2022-1: copied, changed, explained, submitted and compared."""
    from desktop.commands.demo import demo_answers

    lang = console.lang
    store = workbook.store
    console.say(console.text(TEXTS, "carrying", round=NEXT_ROUND))
    if store.start_correction(NEXT_ROUND, actor=DEMO_ACTOR):
        console.say(console.text(TEXTS, "reopened", round=NEXT_ROUND))
    done = copy_forward(workbook, NEXT_ROUND, actor=DEMO_ACTOR)
    console.say(
        console.text(
            TEXTS,
            "copied",
            count=done.copy.count if done.copy else 0,
            source=done.plan.source.label(lang),
            skipped=len(done.plan.skipped),
        )
    )
    typed = 0
    answers = workbook.answers(NEXT_ROUND)
    for section_id, fields in demo_answers(NEXT_ROUND)["answers"].items():
        for key, value in fields.items():
            if answers.get(section_id, {}).get(key) != value:
                workbook.set_json(NEXT_ROUND, f"/{section_id}/{key}", value, actor=DEMO_ACTOR)
                typed += 1
    workbook.set_json(NEXT_ROUND, RENT, RECALCULATED_RENT, actor=DEMO_ACTOR)
    console.say(console.text(TEXTS, "typed", count=typed + 1))
    for warning in workbook.explain(NEXT_ROUND, RENT, WHY[lang], actor=DEMO_ACTOR):
        console.say(
            console.text(TEXTS, "explained", message=warning.describe(lang), text=WHY[lang])
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
