"""A rule's message writes every date of one sentence alike: in English too, the round's start
and the transfer are both d.m.yyyy, as the program writes and reads dates."""

from __future__ import annotations

import pytest

from desktop.storage import Profile, Store
from desktop.workbook import Workbook

ROUND = "2022-3"


@pytest.fixture
def workbook(store: Store) -> Workbook:
    store.save_profile(Profile("445", contact_name="Åsa Östergård"))
    return Workbook(store)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "The planned date 1.3.2023 is not between the start of the round (5.9.2022) "
            "and the transfer (1.1.2023).",
        ),
        (
            "sv",
            "Den planerade dagen 1.3.2023 ligger inte mellan omgångens början (5.9.2022) "
            "och överföringen (1.1.2023).",
        ),
        (
            "fi",
            "Suunniteltu päivä 1.3.2023 ei ole kierroksen alun (5.9.2022) ja siirron "
            "(1.1.2023) välissä.",
        ),
    ],
)
def test_the_dates_of_a_rules_message_are_written_alike(
    workbook: Workbook, lang: str, said: str
) -> None:
    workbook.set_json(ROUND, "/premises/lease_status", "not_started", "fi")
    workbook.set_json(ROUND, "/premises/lease_planned_date", "2023-03-01", "fi")
    told = [
        p.message(lang)  # type: ignore[arg-type]
        for p in workbook.problems(ROUND)
        if p.pointer == "/premises/lease_planned_date"
    ]
    assert said in told, told
