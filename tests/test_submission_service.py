"""The submission service: what stands between a round and its submission, in the one order
both front ends tell it, the next submission number, corrections and the key's organisation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.commands.demo import fill_round
from desktop.errors import UserError
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.readiness import Obstacle
from desktop.submission.service import Submissions
from desktop.workbook import Workbook

ROUND = "2022-1"
DURING = date(2022, 2, 1)  # the round is open
AFTER = date(2022, 3, 1)  # the round has closed


@pytest.fixture
def key() -> OrganisationKey:
    return create_key(Organisation("Kangasala", "Kangasala"))


@pytest.fixture
def service(store: Store) -> Submissions:
    workbook = Workbook(store)
    workbook.save_profile(Profile("211", contact_name="Anna Mäkelä", business_id="0201256-6"))
    return Submissions(workbook)


def test_an_empty_round_is_told_its_errors_first_and_a_missing_key_after(
    service: Submissions,
) -> None:
    ready = service.readiness(ROUND, today=DURING)
    assert ready.errors > 0
    assert ready.obstacles[0] is Obstacle.PROBLEMS
    assert Obstacle.NO_KEY in ready.obstacles  # no key file in the data folder
    refusal = ready.refusal()
    assert refusal is not None and refusal.key == "submission.refusal.has_problems"
    assert ready.next_number == 1 and ready.last_number == 0


def test_unsaved_answers_come_before_problems_and_typed_errors_count_as_problems(
    service: Submissions,
) -> None:
    fill_round(service.workbook, ROUND)
    ready = service.readiness(ROUND, today=DURING, unsaved=2)
    assert ready.first() is Obstacle.UNSAVED
    typed = service.readiness(ROUND, today=DURING, typed=1)
    assert typed.first() is Obstacle.PROBLEMS and typed.errors == 1


def test_a_closed_round_goes_only_when_the_user_accepts_a_late_answer(
    service: Submissions, key: OrganisationKey
) -> None:
    fill_round(service.workbook, ROUND)
    ready = service.readiness(ROUND, today=AFTER, key=key)
    assert ready.obstacles == (Obstacle.CLOSED,)
    assert ready.first() is Obstacle.CLOSED
    assert ready.first(after_closing=True) is None
    assert service.readiness(ROUND, today=DURING, key=key).first() is None


def test_a_submission_locks_the_round_and_a_correction_is_the_next_number(
    service: Submissions, key: OrganisationKey, tmp_path: Path
) -> None:
    fill_round(service.workbook, ROUND)
    result = service.export(ROUND, tmp_path, key=key, lang="fi", today=DURING)
    assert result.submission is not None and result.submission.number == 1
    ready = service.readiness(ROUND, today=DURING, key=key)
    assert ready.first() is Obstacle.LOCKED
    assert (ready.last_number, ready.next_number) == (1, 2)
    refused = ready.refusal()
    assert refused is not None and "1" in refused.message("fi")
    assert service.start_correction(ROUND) == 2
    assert service.start_correction(ROUND) is None  # open already: nothing to start
    service.workbook.set_json(ROUND, "/premises/estimated_annual_rent", 3_250_000)  # corrected
    second = service.export(ROUND, tmp_path, key=key, lang="fi", today=DURING)
    assert second.submission is not None and second.submission.number == 2
    assert [sent.submission.number for sent in service.sent(ROUND)] == [1, 2]
    # Who sent each: the contact person (with the title) the signed package names.
    assert [sent.sender for sent in service.sent(ROUND)] == ["Anna Mäkelä, Talousjohtaja"] * 2


def test_the_key_names_the_profile_s_municipality_and_business_id(
    service: Submissions,
) -> None:
    assert service.organisation() == Organisation("Kangasala", "Kangasala", "0201256-6")


def test_without_a_profile_nothing_is_submitted_or_corrected(store: Store) -> None:
    service = Submissions(Workbook(store))
    with pytest.raises(UserError):
        service.organisation()
    with pytest.raises(UserError):
        service.start_correction(ROUND)
